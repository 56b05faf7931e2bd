/**
 * One run out of many shards: the shards' results JSON files (and the plan, when there is one)
 * become one results document — today's shape plus a `shards` list — and one report. Pure:
 * documents in, document and text out.
 *
 * The combined wall time runs from the first task's start to the last task's end over all shards,
 * so the speedup is what the whole fan-out achieved against running every task one after the
 * other; efficiency is over every slot of every runner. Shards that produced nothing, or failed
 * before their tasks ran, are reported with their tasks (as `cancelled`), never left out.
 */
import { queuedTaskRecord } from '../core/model.js';
import type { RunResult, ShardInfo, TaskRecord } from '../core/model.js';
import type { Plan } from '../tasks/plan.js';
import { formatDuration } from '../core/units.js';
import { codeOrText, escapeCell, escapeMarkdown, formatRatio, formatSpeedup, mermaidLabel, plural } from './format.js';
import {
  ganttBars,
  renderHeadline,
  renderResourcesTable,
  renderTaskTable,
  type ConflictNote,
} from './markdown.js';
import { computeRunMetrics } from './metrics.js';
import { renderSummaryText } from './text.js';

export type ShardStatus = 'succeeded' | 'failed' | 'missing';

/** One shard in the combined results. */
export interface ShardSummary {
  shard: number;
  /** `succeeded`: every task succeeded; `failed`: a task did not, or the shard itself failed; `missing`: no results. */
  status: ShardStatus;
  /** The runner (its name, else its host name); null when missing. */
  host: string | null;
  runId: string | null;
  /** The results file it came from. */
  file: string | null;
  /** Its task ids (from its results, else from the plan). */
  tasks: string[];
  startedAt: number | null;
  finishedAt: number | null;
  /** The shard's own fan-out wall time, sum of task time and speedup. */
  wallMs: number | null;
  sumTaskMs: number | null;
  speedup: number | null;
  maxParallel: number | null;
  /** Why it failed or is missing. */
  error?: string;
}

/** The combined results JSON (`aggregate --json`, the action's `results` in `aggregate` mode). */
export interface AggregateResult extends RunResult {
  shards: ShardSummary[];
}

export interface ShardResultFile {
  file: string;
  result: RunResult;
}

export interface AggregateOptions {
  /** The plan the shards ran: tells which shards and tasks are missing. */
  plan?: Plan;
}

export interface Aggregated {
  result: AggregateResult;
  /** Problems with the inputs (duplicates, mixed base commits), for the report's errors. */
  errors: string[];
}

const SUCCESS = 'succeeded';

function missingRecord(id: string, planTask: Plan['tasks'][number] | undefined, reason: string, at: number): TaskRecord {
  const task = { id, title: id, file: planTask?.file ?? '', issues: [], dependsOn: planTask?.dependsOn ?? [] };
  return { ...queuedTaskRecord(task, null, at), status: 'cancelled', reason };
}

/** The shard a result belongs to: its own `shard.index`, else the plan shard holding its tasks. */
function shardIndexOf(input: ShardResultFile, plan: Plan | undefined): number | null {
  if (input.result.shard) return input.result.shard.index;
  const first = input.result.tasks[0]?.id;
  return plan?.tasks.find((t) => t.id === first)?.shard ?? null;
}

/** Combines the shards' results; see the module comment for the definitions. */
export function aggregateShardResults(inputs: readonly ShardResultFile[], options: AggregateOptions = {}): Aggregated {
  const { plan } = options;
  const errors: string[] = [];
  if (inputs.length === 0 && !plan) throw new TypeError('aggregateShardResults: no results and no plan: nothing to aggregate');

  // Results by shard; a file without shard information and no plan to place it takes the next free number.
  const byShard = new Map<number, ShardResultFile>();
  const unplaced: ShardResultFile[] = [];
  for (const input of inputs) {
    const index = shardIndexOf(input, plan);
    if (index === null) {
      unplaced.push(input);
      continue;
    }
    const earlier = byShard.get(index);
    if (earlier) {
      const later = (earlier.result.run.finishedAt ?? 0) > (input.result.run.finishedAt ?? 0) ? earlier : input;
      errors.push(`two results for shard ${index} (${earlier.file}, ${input.file}): using the later one, ${later.file}`);
      byShard.set(index, later);
    } else {
      byShard.set(index, input);
    }
  }
  for (const input of unplaced) {
    let index = 1;
    while (byShard.has(index)) index++;
    byShard.set(index, input);
  }

  const present = [...byShard.values()].map((i) => i.result);
  const count = Math.max(plan?.shardCount ?? 0, ...present.map((r) => r.shard?.count ?? 0), ...byShard.keys());
  const planTaskById = new Map((plan?.tasks ?? []).map((t) => [t.id, t]));
  const anyTime = Math.min(...present.map((r) => r.run.startedAt), Number.POSITIVE_INFINITY);
  const queuedAt = Number.isFinite(anyTime) ? anyTime : 0;

  const records: TaskRecord[] = [];
  const seen = new Map<string, number>();
  const shards: ShardSummary[] = [];
  for (let index = 1; index <= count; index++) {
    const input = byShard.get(index);
    const planned = plan?.shards[index - 1]?.tasks ?? [];
    if (!input) {
      const reason = `shard ${index} produced no results: its job failed, was cancelled or never ran`;
      for (const id of planned) records.push(missingRecord(id, planTaskById.get(id), reason, queuedAt));
      shards.push({
        shard: index,
        status: 'missing',
        host: null,
        runId: null,
        file: null,
        tasks: [...planned],
        startedAt: null,
        finishedAt: null,
        wallMs: null,
        sumTaskMs: null,
        speedup: null,
        maxParallel: null,
        error: plan ? reason : `${reason} (without the plan its tasks are unknown)`,
      });
      continue;
    }
    const { result } = input;
    const info: ShardInfo | undefined = result.shard;
    const own: string[] = [];
    for (const task of result.tasks) {
      const other = seen.get(task.id);
      if (other !== undefined) {
        errors.push(`task '${task.id}' is in the results of shards ${other} and ${index}: counted once, from shard ${other}`);
        continue;
      }
      seen.set(task.id, index);
      records.push(task);
      own.push(task.id);
    }
    // A shard that failed outside its tasks lists them all as cancelled itself; anything the plan
    // gave it that its results lack is added here, so no task disappears from the report.
    const lacking = [...new Set([...planned, ...(info?.tasks ?? [])])].filter((id) => !seen.has(id));
    const lackReason = `shard ${index} did not report this task${info?.error ? `: ${info.error}` : ''}`;
    for (const id of lacking) {
      seen.set(id, index);
      records.push(missingRecord(id, planTaskById.get(id), lackReason, queuedAt));
      own.push(id);
    }
    if (plan && info && info.planFingerprint !== plan.fingerprint) {
      errors.push(`shard ${index} (${input.file}) ran another plan than the one given (fingerprints differ)`);
    }
    const failedTasks = own.filter((id) => records.find((r) => r.id === id)?.status !== SUCCESS);
    shards.push({
      shard: index,
      status: info?.error || failedTasks.length > 0 ? 'failed' : 'succeeded',
      host: info?.runner ?? result.run.host ?? null,
      runId: result.run.id,
      file: input.file,
      tasks: own,
      startedAt: result.run.startedAt,
      finishedAt: result.run.finishedAt,
      wallMs: result.run.wallMs,
      sumTaskMs: result.run.sumTaskMs,
      speedup: result.run.speedup,
      maxParallel: result.run.maxParallel,
      ...(info?.error ? { error: info.error } : failedTasks.length ? { error: `${plural(failedTasks.length, 'task')} did not succeed` } : {}),
    });
  }

  const bases = [...new Set(present.map((r) => r.run.baseCommit))];
  if (bases.length > 1) errors.push(`the shards started from different base commits: ${bases.map((b) => b.slice(0, 12)).join(', ')}`);
  if (plan && bases.length === 1 && bases[0] !== plan.baseCommit) {
    errors.push(`the shards started from ${bases[0].slice(0, 12)}, the plan from ${plan.baseCommit.slice(0, 12)}`);
  }

  // Wall time: first task start to last task end, over all shards.
  const starts = records.flatMap((r) => { const at = r.startedAt ?? r.agentStartedAt; return at === null ? [] : [at]; });
  const ends = records.flatMap((r) => { const at = r.finishedAt ?? r.agentFinishedAt; return at === null ? [] : [at]; });
  const startedAt = starts.length ? Math.min(...starts) : queuedAt;
  const finishedAt = ends.length ? Math.max(...ends) : Math.max(startedAt, ...present.map((r) => r.run.finishedAt ?? startedAt));
  const slots = present.reduce((sum, r) => sum + r.run.maxParallel, 0);
  const modes = [...new Set(present.map((r) => r.run.mode))];
  const first = present[0];
  const metrics = computeRunMetrics(records, {
    startedAt,
    finishedAt,
    maxParallel: Math.max(1, slots),
    mode: modes[0] ?? 'docker',
    heldBackMs: present.reduce((sum, r) => sum + (r.run.heldBackMs ?? 0), 0),
  });
  const hosts = [...new Set(shards.flatMap((s) => (s.host ? [s.host] : [])))];
  const reasons = [...new Set(present.flatMap((r) => (r.run.modeReason ? [r.run.modeReason] : [])))];
  const result: AggregateResult = {
    version: 1,
    run: {
      id: `${first?.run.id ?? 'plan'}-shards${count}`,
      repo: first?.run.repo ?? '',
      baseRef: first?.run.baseRef ?? plan?.baseCommit ?? '',
      baseCommit: plan?.baseCommit ?? first?.run.baseCommit ?? '',
      issue: present.find((r) => r.run.issue !== null)?.run.issue ?? null,
      startedAt,
      finishedAt,
      runDir: '',
      host: hosts.join(', '),
      modeReason: modes.length > 1 ? `shards ran in different modes: ${modes.join(', ')}` : reasons.length ? reasons.join('; ') : null,
      ...metrics,
    },
    tasks: records,
    shards,
  };
  return { result, errors };
}

export interface AggregateSummaryOptions {
  prLinks?: Record<string, string>;
  conflicts?: ConflictNote[];
  errors?: string[];
  title?: string;
}

/** A Mermaid gantt with one section per shard (agent start to agent end per task). */
export function renderShardGantt(result: AggregateResult): string {
  const byId = new Map(result.tasks.map((t) => [t.id, t]));
  const lines: string[] = [];
  let bar = 0;
  for (const shard of result.shards) {
    const bars: string[] = [];
    for (const id of shard.tasks) {
      const task = byId.get(id);
      if (task) bars.push(...ganttBars(task, () => ++bar, result.run.finishedAt));
    }
    if (bars.length === 0) continue;
    lines.push(`    section ${mermaidLabel(`Shard ${shard.shard}${shard.host ? ` ${shard.host}` : ''}`)}`, ...bars);
  }
  if (lines.length === 0) return '';
  return ['```mermaid', 'gantt', '    dateFormat x', '    axisFormat %M:%S', ...lines, '```'].join('\n');
}

const SHARD_EMOJI: Record<ShardStatus, string> = { succeeded: '✅', failed: '❌', missing: '❔' };

/** The shards table: status, runner, tasks and each shard's own figures. */
export function renderShardTable(result: AggregateResult): string {
  const rows = result.shards.map((s) => {
    const status = `${SHARD_EMOJI[s.status]} ${s.status}${s.error ? `: ${escapeCell(s.error, 160)}` : ''}`;
    const tasks = s.tasks.length ? s.tasks.map((id) => codeOrText(id)).join(', ') : '–';
    return `| ${s.shard} | ${status} | ${s.host ? escapeCell(s.host, 60) : '–'} | ${tasks} | ${formatDuration(s.wallMs)} | ${formatDuration(s.sumTaskMs)} | ${formatSpeedup(s.speedup)} |`;
  });
  return ['| Shard | Status | Runner | Tasks | Wall | Sum of task time | Speedup |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The complete report of a sharded run: what {@link renderSummaryMarkdown} is for one runner. */
export function renderAggregateMarkdown(result: AggregateResult, opts: AggregateSummaryOptions = {}): string {
  const { run, shards } = result;
  const ran = shards.filter((s) => s.status !== 'missing').length;
  const title = opts.title !== undefined ? escapeMarkdown(opts.title) : `agent-fanout: ${plural(result.tasks.length, 'task')} over ${plural(shards.length, 'shard')}`;
  const sections = [
    `## ${title}`,
    renderHeadline(result),
    `${ran} of ${plural(shards.length, 'shard')} reported, on ${plural(run.host ? run.host.split(', ').length : 0, 'runner')}. ` +
      `Wall time runs from the first task's start to the last task's end over all shards; efficiency is over all ${run.maxParallel} slots ` +
      `(${formatRatio(run.efficiency)}).`,
    '### Shards',
    renderShardTable(result),
  ];
  const troubled = shards.filter((s) => s.status !== 'succeeded');
  if (troubled.length) {
    sections.push(
      '### Missing or failed shards',
      troubled
        .map((s) => {
          const tasks = s.tasks.length ? s.tasks.map((id) => codeOrText(id)).join(', ') : 'tasks unknown';
          return `- ${SHARD_EMOJI[s.status]} shard ${s.shard} ${s.status}${s.error ? ` (${escapeMarkdown(s.error)})` : ''}: ${tasks}`;
        })
        .join('\n'),
    );
  }
  sections.push('### Tasks', renderTaskTable(result.tasks, opts.prLinks));
  const gantt = renderShardGantt(result);
  if (gantt) sections.push('### Timeline', gantt);
  sections.push('### Resources', renderResourcesTable(result));
  if (opts.conflicts && opts.conflicts.length > 0) {
    sections.push(
      '### Conflicts',
      'These branches change the same files; merging one may conflict with the other.',
      opts.conflicts.map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(', ')}`).join('\n'),
    );
  }
  if (opts.errors && opts.errors.length > 0) sections.push('### Errors', opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n'));
  return sections.join('\n\n') + '\n';
}

/** The CLI's text summary: the run's, then one line per shard. */
export function renderAggregateText(result: AggregateResult): string {
  const lines = result.shards.map((s) => {
    const figures = s.status === 'missing' ? 'no results' : `wall ${formatDuration(s.wallMs)}, speedup ${formatSpeedup(s.speedup)}`;
    return `  shard ${s.shard} ${s.status}${s.host ? ` on ${s.host}` : ''}: ${s.tasks.length} task(s), ${figures}${s.error ? ` — ${s.error}` : ''}`;
  });
  return `${renderSummaryText(result)}\nShards:\n${lines.join('\n')}\n`;
}
