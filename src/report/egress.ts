/**
 * What the egress proxy refused (`network: allowlist`), for the summaries: "3 connections
 * refused: …", grouped by task, destination and reason. Pure: results in, text out. Host names
 * come from agents and are escaped like every other agent-written text.
 */
import type { EgressRefusal, RunResult } from '../core/model.js';
import type { RefusalReason } from '../exec/egress/proxy-program.js';
import { codeOrText, escapeCell, escapeMarkdown, plural, stripControl, truncate } from './format.js';

/** Inline code for a destination or allow-list entry made of safe characters, escaped text otherwise. */
function codeHost(text: string): string {
  return /^[\w.:*[\]/-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

const REASON_TEXT: Record<RefusalReason, string> = {
  'not-allowed': 'not on the allow-list',
  'private-address': 'resolves to a non-public address',
  'no-credentials': 'no proxy credentials',
  'bad-credentials': 'wrong proxy credentials',
  'bad-request': 'not a request the proxy forwards',
};

export function refusalReasonText(reason: RefusalReason): string {
  return REASON_TEXT[reason] ?? reason;
}

export interface RefusalGroup {
  /** Null: the proxy could not tell the task. */
  taskId: string | null;
  destination: string;
  reason: RefusalReason;
  count: number;
  firstAt: number;
}

/** `host:port`, with brackets around an IPv6 address; just the host when the port is unknown (0). */
export function formatDestination(host: string, port: number): string {
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return port > 0 ? `${shown}:${port}` : shown || '(none)';
}

/** Every refused connection the results know of. */
export function countRefused(result: RunResult): number {
  return result.tasks.reduce((sum, t) => sum + (t.egress?.refused ?? 0), 0) + (result.run.egress?.unattributed.length ?? 0);
}

/** Refusals grouped by task, destination and reason, in order of first occurrence. */
export function refusalGroups(result: RunResult): RefusalGroup[] {
  const groups = new Map<string, RefusalGroup>();
  const add = (taskId: string | null, r: EgressRefusal) => {
    const destination = formatDestination(r.host, r.port);
    const key = JSON.stringify([taskId, destination, r.reason]);
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.firstAt = Math.min(group.firstAt, r.at);
    } else {
      groups.set(key, { taskId, destination, reason: r.reason, count: 1, firstAt: r.at });
    }
  };
  for (const task of result.tasks) for (const r of task.egress?.refusals ?? []) add(task.id, r);
  for (const r of result.run.egress?.unattributed ?? []) add(null, r);
  return [...groups.values()].sort((a, b) => a.firstAt - b.firstAt);
}

/** Connections refused beyond the ones kept in the records (an agent hammering one host). */
function uncounted(result: RunResult): number {
  return result.tasks.reduce((sum, t) => sum + Math.max(0, (t.egress?.refused ?? 0) - (t.egress?.refusals.length ?? 0)), 0);
}

/** The "Network egress" section of the Markdown summary; empty without `network: allowlist`. */
export function renderEgressMarkdown(result: RunResult, maxRows = 30): string {
  const policy = result.run.egress;
  if (!policy) return '';
  const base = policy.allowHosts.length ? policy.allowHosts.map((h) => codeHost(h)).join(', ') : 'no host';
  const extra = result.tasks
    .map((t) => ({ id: t.id, own: (t.egress?.allowHosts ?? []).filter((h) => !policy.allowHosts.includes(h)) }))
    .filter((t) => t.own.length > 0)
    .map((t) => `${codeOrText(t.id)} also ${t.own.map((h) => codeHost(h)).join(', ')}`);
  const lines = [
    '### Network egress',
    `Network \`allowlist\`: tasks reach the outside only through the egress proxy. Every task may reach ${base}${extra.length ? `; ${extra.join('; ')}` : ''}.`,
  ];
  const total = countRefused(result);
  if (total === 0) {
    lines.push('', 'No connection was refused.');
    return lines.join('\n');
  }
  const groups = refusalGroups(result);
  const preview = groups
    .slice(0, 3)
    .map((g) => `${g.taskId === null ? 'unknown task' : codeOrText(g.taskId)} → ${codeHost(g.destination)}`)
    .join(', ');
  lines.push('', `**${plural(total, 'connection')} refused**: ${preview}${groups.length > 3 ? ', …' : ''}`, '');
  lines.push('| Task | Destination | Reason | Times | First at (UTC) |', '|---|---|---|---|---|');
  for (const g of groups.slice(0, maxRows)) {
    const task = g.taskId === null ? 'unknown' : codeOrText(g.taskId);
    lines.push(`| ${task} | ${codeHost(truncate(g.destination, 120))} | ${escapeCell(refusalReasonText(g.reason))} | ${g.count} | ${new Date(g.firstAt).toISOString().slice(11, 19)} |`);
  }
  if (groups.length > maxRows) lines.push('', `… and ${groups.length - maxRows} more destinations (all in the results JSON).`);
  const more = uncounted(result);
  if (more > 0) lines.push('', `${plural(more, 'further refusal')} not itemised (a task's record keeps its first 100).`);
  return lines.join('\n');
}

/** Lines for the CLI's text summary; none without `network: allowlist`. */
export function renderEgressText(result: RunResult, maxGroups = 8): string[] {
  if (!result.run.egress) return [];
  const total = countRefused(result);
  if (total === 0) return ['  network allowlist: no connection refused'];
  const clean = (text: string) => truncate(stripControl(text), 120);
  const groups = refusalGroups(result);
  const items = groups
    .slice(0, maxGroups)
    .map((g) => `${g.taskId === null ? '(unknown task)' : clean(g.taskId)} → ${clean(g.destination)} (${refusalReasonText(g.reason)})${g.count > 1 ? ` ×${g.count}` : ''}`);
  if (groups.length > maxGroups) items.push(`… ${groups.length - maxGroups} more in the results JSON`);
  return [`  ${plural(total, 'connection')} refused: ${items.join(', ')}`];
}
