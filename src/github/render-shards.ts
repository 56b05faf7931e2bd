/**
 * The comments of a matrix run (`mode: plan | shard | aggregate`). Pure. The issue's run comment is
 * written only by the plan and aggregate jobs, which never run while shards do; each shard writes
 * only a comment of its own. No comment has two concurrent writers, so no update can be lost —
 * GitHub offers no compare-and-swap on comment edits to make shared sections safe.
 */
import type { TaskRecord } from '../core/model.js';
import { codeOrText, escapeMarkdown, plural } from '../report/format.js';
import { renderCompactHeadline, renderCompactTaskTable, renderRunningLines } from '../report/index.js';
import { fenced } from './render.js';
import { truncate } from '../report/format.js';

/** Sticky comment key of shard `index`'s progress comment. */
export function shardCommentKey(index: number): string {
  return `run-shard-${index}`;
}

function footer(link: string, extra: string | null): string {
  const parts = [];
  if (link) parts.push(`[workflow run](${link})`);
  if (extra) parts.push(extra);
  return parts.length ? `\n\n<sub>agent-fanout · ${parts.join(' · ')}</sub>` : '';
}

/** The issue's run comment while the shards run: which tasks run where, and where progress shows. */
export function renderPlanComment(opts: {
  shards: readonly { shard: number; tasks: readonly string[] }[];
  taskCount: number;
  description: string;
  notes: readonly string[];
  errors: readonly string[];
  link: string;
}): string {
  const rows = opts.shards.map((s) => `| ${s.shard} | ${s.tasks.map((id) => codeOrText(id)).join(', ')} |`);
  const problems = opts.errors.length ? `\n\n**Problems**\n${opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n')}` : '';
  const notes = opts.notes.length ? `\n\n${opts.notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n')}` : '';
  return (
    `### 🔄 agent-fanout: ${plural(opts.taskCount, 'task')} on ${plural(opts.shards.length, 'runner')}\n\n` +
    `Started by ${escapeMarkdown(opts.description)}. Each shard runs on a runner of its own and shows its progress ` +
    `in a comment below; when all are done, this comment holds the combined report and those comments go away.\n\n` +
    `| Shard | Tasks |\n|---|---|\n${rows.join('\n')}` +
    notes +
    problems +
    footer(opts.link, null)
  );
}

/** A shard's own comment while it runs. */
export function renderShardProgressComment(opts: {
  index: number;
  count: number;
  runner: string;
  records: readonly TaskRecord[];
  now: number;
  link: string;
  runId: string | null;
}): string {
  const busy = opts.records.some((r) => r.status === 'queued' || r.status === 'running');
  const state = busy ? '🔄' : '⏳';
  const doing = busy ? 'running' : 'done; pushing branches and opening pull requests';
  return (
    `### ${state} agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)}: ${plural(opts.records.length, 'task')} ${doing}\n\n` +
    renderShardTables(opts.records, opts.now) +
    footer(opts.link, opts.runId ? `run ${codeOrText(opts.runId)}` : null)
  );
}

function renderShardTables(records: readonly TaskRecord[], now: number): string {
  const startedAt = Math.min(...records.map((r) => r.queuedAt));
  const headline = renderCompactHeadline({ tasks: records, wallMs: records.length ? Math.max(0, now - startedAt) : 0, final: null });
  const running = renderRunningLines(records, now);
  return [headline, ...(running ? [`**Running now**\n${running}`] : []), renderCompactTaskTable(records, { now })].join('\n\n');
}

/** A shard's comment once its part is done: the combined report replaces it. */
export function renderShardDoneComment(opts: { index: number; count: number; runner: string; succeeded: number; total: number; link: string; runId: string }): string {
  const mark = opts.succeeded === opts.total ? '✅' : '❌';
  return (
    `### ${mark} agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)}: ${opts.succeeded}/${opts.total} tasks succeeded\n\n` +
    'The combined report follows when every shard is done.' +
    footer(opts.link, `run ${codeOrText(opts.runId)}`)
  );
}

/** A shard that could not run its tasks. */
export function renderShardFailedComment(opts: { index: number; count: number; runner: string; message: string; link: string }): string {
  return (
    `### ❌ agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)} failed\n\n` +
    fenced(truncate(opts.message, 4000)) +
    footer(opts.link, null)
  );
}
