/**
 * The Markdown run summary (the job summary's full report) and its pieces: the full task table, a
 * Mermaid gantt of the agents' run times, the resources table, and the compact pieces of the issue
 * comment (headline, one short row per task, conflicts). Pure: records in, text out.
 */
import type { AgentProgress } from '../agents/types.js';
import { FAILED_STATUSES, type RunResult, type TaskRecord, type TaskStatus } from '../core/model.js';
import { formatBytes, formatDuration } from '../core/units.js';
import {
  codeOrText,
  escapeCell,
  formatAgentProgress,
  escapeMarkdown,
  formatAttempts,
  formatChanges,
  formatConcurrency,
  formatCost,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatSpeedup,
  formatSpeedupEstimate,
  mermaidLabel,
  plural,
  statusEmoji,
  statusLabel,
} from './format.js';
import { renderEgressMarkdown } from './egress.js';
import { renderAttemptsMarkdown, renderVerificationMarkdown } from './verification.js';
import { median, percentile, phaseMedians, taskCostUsd, taskDurationMs, taskRan } from './metrics.js';

/** Two tasks whose branches change the same files. */
export interface ConflictNote {
  a: string;
  b: string;
  files: string[];
}

export interface SummaryOptions {
  /** PR URL per task id; a PR column replaces the branch column. Default none (branch column). */
  prLinks?: Record<string, string>;
  /** Tasks changing the same files; adds a conflicts section. Default none. */
  conflicts?: ConflictNote[];
  /** Run-level errors (not task failures); adds an errors section. Default none. */
  errors?: string[];
  /** Heading text. Default `agent-fanout run <run id>`. */
  title?: string;
}

export interface TaskRowOptions {
  /** The task's PR. */
  prUrl?: string;
  /** Whether the row has a PR cell. Default: whether `prUrl` is given. */
  withPr?: boolean;
}

const TASK_COLUMNS = [
  'Status',
  'Task',
  'Branch',
  'PR',
  'Duration',
  'Queue wait',
  'Overhead',
  'CPU s / avg / peak',
  'Memory peak / limit',
  'Turns',
  'Cost',
  'Files (+/-)',
] as const;

/** The PR column takes the branch column's place: with PRs, branches are listed under the table. */
function columns(withPr: boolean): string[] {
  return TASK_COLUMNS.filter((c) => (withPr ? c !== 'Branch' : c !== 'PR'));
}

/** The header and delimiter lines of the task table. */
export function renderTaskTableHeader(opts: { withPr?: boolean } = {}): string {
  const cols = columns(opts.withPr ?? false);
  return `| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`;
}

/**
 * A Markdown link to a PR, or `–`. Only http(s) URLs are linked, and characters that would end the
 * link destination are percent-encoded.
 */
export function renderPrLink(url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return '–';
  const number = /\/pull\/(\d+)/.exec(url)?.[1];
  const safe = url.replace(/[\s()<>|\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${number ? `#${number}` : 'PR'}](${safe})`;
}

/** One row of the task table (matching {@link renderTaskTableHeader} with the same `withPr`). */
export function renderTaskRow(task: TaskRecord, opts: TaskRowOptions = {}): string {
  const withPr = opts.withPr ?? opts.prUrl !== undefined;
  const status = `${statusEmoji(task.status)} ${statusLabel(task.status)}${attemptsNote(task)}${task.reason ? `: ${escapeCell(task.reason, 120)}` : ''}`;
  const name = task.title && task.title !== task.id ? `${codeOrText(task.id)} — ${escapeCell(task.title, 120)}` : codeOrText(task.id);
  const cpu = task.cpu
    ? `${formatSeconds(task.cpu.seconds)} / ${formatPercent(task.cpu.avgPercent)} / ${formatPercent(task.cpu.peakPercent)}`
    : '–';
  const memory = task.memory ? `${formatBytes(task.memory.peakBytes)} / ${formatBytes(task.memory.limitBytes)}` : '–';
  const cells = [
    status,
    name,
    withPr ? renderPrLink(opts.prUrl) : task.branch ? codeOrText(task.branch) : '–',
    taskRan(task) ? formatDuration(taskDurationMs(task)) : '–',
    formatDuration(task.queueWaitMs),
    formatDuration(task.overheadMs),
    cpu,
    memory,
    task.agent?.turns !== undefined ? String(task.agent.turns) : '–',
    formatCost(taskCostUsd(task)),
    formatChanges(task.filesChanged, task.insertions, task.deletions),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** ` (2 attempts)` after a status, or nothing for a single attempt. */
function attemptsNote(task: TaskRecord): string {
  const note = formatAttempts(task);
  return note ? ` (${note})` : '';
}

/**
 * One line per task that ran more than once (`retries`): each attempt's outcome, agent time, cost and
 * reason. Empty when no task was retried.
 */
export function renderAttemptsList(tasks: readonly TaskRecord[]): string {
  return tasks
    .filter((t) => (t.attempts?.length ?? 0) > 1)
    .map((t) => {
      const attempts = t.attempts!.map((a) => {
        const cost = a.costUsd === null ? '' : `, ${a.costEstimated ? '≈' : ''}${formatCost(a.costUsd)}`;
        const reason = a.reason ? `: ${escapeCell(a.reason, 120)}` : '';
        return `${a.attempt}. ${statusEmoji(a.status)} ${statusLabel(a.status)} (${formatDuration(a.durationMs)}${cost})${reason}`;
      });
      return `- ${codeOrText(t.id)}: ${attempts.join(' → ')}`;
    })
    .join('\n');
}

/** The whole task table; with `prLinks`, a PR column instead of the branch column. */
export function renderTaskTable(tasks: readonly TaskRecord[], prLinks?: Record<string, string>): string {
  const withPr = prLinks !== undefined;
  const rows = tasks.map((t) => renderTaskRow(t, { withPr, prUrl: prLinks?.[t.id] }));
  return [renderTaskTableHeader({ withPr }), ...rows].join('\n');
}

/** The mermaid tag of a bar: successes `done`, failures (verify included) `crit`. */
function ganttTag(status: TaskStatus): string {
  return status === 'succeeded' ? 'done, ' : FAILED_STATUSES.includes(status) ? 'crit, ' : '';
}

/** One bar from `start` to `end` (epoch ms); mermaid drops zero-length bars, so it lasts at least 1 ms. */
function ganttBar(label: string, tag: string, id: number, start: number, end: number): string {
  const from = Math.round(start);
  return `    ${mermaidLabel(label)} :${tag}t${id}, ${from}, ${Math.max(Math.round(end), from + 1)}`;
}

/**
 * The gantt bars of one task, from agent start to agent end: one bar, or for a best-of-N task one
 * per attempt that ran (`add-login attempt 2`, the winner `active`). `id` numbers the bars (mermaid ids
 * must be unique); an agent still running ends at `openUntil`.
 */
export function ganttBars(task: TaskRecord, id: () => number, openUntil?: number | null): string[] {
  const attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  if (attempts.length > 0) {
    return attempts.flatMap((a) =>
      a.agentStartedAt === null
        ? []
        : [ganttBar(`${task.id} attempt ${a.attempt}`, a.winner ? 'active, ' : ganttTag(a.status), id(), a.agentStartedAt, a.agentFinishedAt ?? openUntil ?? a.agentStartedAt)],
    );
  }
  if (task.agentStartedAt === null) return [];
  return [ganttBar(task.id, ganttTag(task.status), id(), task.agentStartedAt, task.agentFinishedAt ?? openUntil ?? task.agentStartedAt)];
}

/**
 * A Mermaid gantt with one bar per task whose agent ran, from agent start to agent end (epoch ms,
 * `dateFormat x`). Failed runs are `crit`, successful ones `done`. A best-of-N task gets a section of
 * its own with a bar per attempt (the winner `active`). Bars get generated ids (`t1`…) and sanitized
 * labels, because task ids and titles are not valid mermaid syntax in general. Returns an empty
 * string when no task ran.
 */
export function renderGantt(tasks: readonly TaskRecord[], runFinishedAt?: number | null): string {
  let bar = 0;
  const id = () => ++bar;
  const plain: string[] = [];
  const grouped: string[] = [];
  for (const task of tasks) {
    const bars = ganttBars(task, id, runFinishedAt);
    if (bars.length === 0) continue;
    if (task.bestOf) grouped.push(`    section ${mermaidLabel(`${task.id} best of ${task.bestOf.count}`)}`, ...bars);
    else plain.push(...bars);
  }
  if (plain.length + grouped.length === 0) return '';
  return ['```mermaid', 'gantt', '    dateFormat x', '    axisFormat %M:%S', ...(plain.length ? ['    section Tasks', ...plain] : []), ...grouped, '```'].join('\n');
}

/** Run-level resource and timing figures, as a two-column table. */
export function renderResourcesTable(result: RunResult): string {
  const { run, tasks } = result;
  const ran = tasks.filter(taskRan);
  const durations = ran.map(taskDurationMs);
  const queueWaits = tasks.flatMap((t) => (t.queueWaitMs === null ? [] : [t.queueWaitMs]));
  const overheads = tasks.flatMap((t) => (t.overheadMs === null ? [] : [t.overheadMs]));
  const measured = tasks.flatMap((t) => (t.cpu ? [t.cpu] : []));
  const cpuAvg = measured.map((c) => c.avgPercent);
  // The run's peak is the highest task peak, and never below the highest task average: a task whose
  // intervals were not sampled still ran at least that busy.
  const cpuPeak = Math.max(-Infinity, ...measured.map((c) => Math.max(c.peakPercent ?? -Infinity, c.avgPercent)));
  const memPeakTask = tasks.reduce<TaskRecord | null>(
    (best, t) => (t.memory?.peakBytes != null && (best?.memory?.peakBytes == null || t.memory.peakBytes > best.memory.peakBytes) ? t : best),
    null,
  );
  const pids = Math.max(-Infinity, ...tasks.flatMap((t) => (t.peakPids === null ? [] : [t.peakPids])));
  const orNone = (ms: number): string => (Number.isFinite(ms) ? formatDuration(ms) : '–');

  const rows: [string, string][] = [
    ['Agent duration median / p95 / max', `${orNone(median(durations))} / ${orNone(percentile(durations, 95))} / ${orNone(percentile(durations, 100))}`],
    ['Queue wait median / max', `${orNone(median(queueWaits))} / ${orNone(percentile(queueWaits, 100))}`],
    ['Overhead median / max', `${orNone(median(overheads))} / ${orNone(percentile(overheads, 100))}`],
    ['Peak concurrency', `${run.peakConcurrency} of ${run.maxParallel}`],
    ['Mean concurrency (agents at once)', formatConcurrency(run.concurrency)],
    ['Tasks stalled by each other (sum)', orNone(run.contentionMs ?? Number.NaN)],
    ['One task at a time (estimated)', orNone(run.serialEstimateMs ?? Number.NaN)],
    ['CPU total', measured.length ? formatSeconds(measured.reduce((sum, c) => sum + c.seconds, 0)) : '–'],
    ['CPU avg (median of tasks) / peak', `${formatPercent(median(cpuAvg))} / ${formatPercent(cpuPeak)}`],
    [
      'Memory peak (task)',
      memPeakTask?.memory?.peakBytes != null
        ? `${formatBytes(memPeakTask.memory.peakBytes)} of ${formatBytes(memPeakTask.memory.limitBytes)} (${codeOrText(memPeakTask.id)})`
        : '–',
    ],
    ['Processes peak', Number.isFinite(pids) ? String(pids) : '–'],
  ];
  if (run.heldBackMs > 0) rows.push(['Starts held back (host pressure)', formatDuration(run.heldBackMs)]);
  for (const hold of run.pressureHolds ?? []) {
    rows.push([
      `Held at ${new Date(hold.at).toISOString().slice(11, 19)} UTC`,
      `${formatDuration(hold.ms)}, ${hold.starts} start(s), cpu ${hold.cpuPercent.toFixed(0)}%, memory ${hold.memoryPercent.toFixed(0)}%` +
        (typeof hold.stallPercent === 'number' ? `, running tasks stalled by each other ${hold.stallPercent.toFixed(0)}%` : ''),
    ]);
  }
  if (run.totalCostUsd > 0) rows.push(['Agent cost total', formatCost(run.totalCostUsd)]);
  for (const [phase, ms] of Object.entries(phaseMedians(tasks))) {
    rows.push([`Phase ${codeOrText(phase)} (median)`, formatDuration(ms)]);
  }
  return ['| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/**
 * The headline: task counts, wall time, sum of task time, speedup, efficiency, mode and
 * max-parallel, plus the dependency bound when tasks have dependencies.
 */
export function renderHeadline(result: RunResult): string {
  const { run, tasks } = result;
  const parts = [
    `**${plural(tasks.length, 'task')}**`,
    `${run.succeeded} succeeded`,
    `${run.failed} failed${run.verifyFailed > 0 ? ` (${run.verifyFailed} of them verify failed)` : ''}`,
    ...(run.skipped > 0 ? [`${run.skipped} skipped`] : []),
    ...(run.cancelled > 0 ? [`${run.cancelled} cancelled`] : []),
    `wall time **${formatDuration(run.wallMs)}**`,
    `sum of task time **${formatDuration(run.sumTaskMs)}**`,
    `speedup **${formatSpeedupEstimate(run)}** (${run.speedup !== null ? 'estimated vs one task at a time' : 'not estimated'})`,
    `mean concurrency ${formatConcurrency(run.concurrency)}`,
    `efficiency **${formatRatio(run.efficiency)}**`,
    `mode \`${run.mode}\``,
    `max-parallel ${run.maxParallel}`,
  ];
  if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
    parts.push(`critical-path bound ${formatSpeedup(run.speedupBound)} (critical path ${formatDuration(run.criticalPathMs)})`);
  }
  let headline = parts.join(' · ');
  if (run.speedupNote) headline += `\n\n> Speedup: ${escapeMarkdown(run.speedupNote)}`;
  if (run.modeReason) headline += `\n\n> Mode: ${escapeMarkdown(run.modeReason)}`;
  return headline;
}

/** The complete run summary. */
export function renderSummaryMarkdown(result: RunResult, opts: SummaryOptions = {}): string {
  const sections: string[] = [
    `## ${opts.title !== undefined ? escapeMarkdown(opts.title) : `agent-fanout run ${codeOrText(result.run.id)}`}`,
    renderHeadline(result),
    '### Tasks',
    renderTaskTable(result.tasks, opts.prLinks),
  ];
  const retried = renderAttemptsList(result.tasks);
  if (retried) sections.push('### Retries', 'Tasks whose agent failed for a transient reason and ran again on a fresh working tree; the result is the last attempt\'s.', retried);
  const checks = renderVerificationMarkdown(result.tasks);
  if (checks) sections.push(checks);
  const attempts = renderAttemptsMarkdown(result.tasks);
  if (attempts) sections.push(attempts);
  const gantt = renderGantt(result.tasks, result.run.finishedAt);
  if (gantt) sections.push('### Timeline', gantt);
  sections.push('### Resources', renderResourcesTable(result));
  const egress = renderEgressMarkdown(result);
  if (egress) sections.push(egress);
  if (opts.conflicts && opts.conflicts.length > 0) {
    sections.push(
      '### Conflicts',
      'These branches change the same files; merging one may conflict with the other.',
      opts.conflicts
        .map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(', ')}`)
        .join('\n'),
    );
  }
  if (opts.errors && opts.errors.length > 0) {
    sections.push('### Errors', opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n'));
  }
  return sections.join('\n\n') + '\n';
}

/** What the compact task table shows in its PR column for a task: a link, a branch, or a short note. */
export type PrCell = { url: string } | { branch: string } | { note: string };

export interface CompactTableOptions {
  /** The PR column per task id; tasks without an entry show `–`. */
  prCells?: Record<string, PrCell>;
  /** Epoch ms: running tasks show the time since their agent (or task) started. Default: none. */
  now?: number;
  /** Task titles and failure reasons in the rows. Default true; off when a huge run must fit a comment. */
  detail?: boolean;
}

/** The sum of the costs agents reported (all attempts), or null when none reported any (shown `–`, not `$0.00`). */
export function reportedCostUsd(tasks: readonly TaskRecord[]): number | null {
  const costs = tasks.flatMap((t) => {
    const cost = taskCostUsd(t);
    return cost === undefined ? [] : [cost];
  });
  return costs.length ? costs.reduce((a, b) => a + b, 0) : null;
}

/** Agent time so far of a running task (since its agent, else its task, started); null before that. */
function elapsedMs(task: TaskRecord, now: number): number | null {
  const since = task.agentStartedAt ?? task.startedAt;
  return since === null ? null : Math.max(0, now - since);
}

function prCell(cell: PrCell | undefined): string {
  if (!cell) return '–';
  if ('url' in cell) return renderPrLink(cell.url);
  if ('branch' in cell) return codeOrText(cell.branch);
  return escapeCell(cell.note, 40);
}

/**
 * One short row per task, for an issue thread: status, task, PR, agent time, cost, files. Running tasks
 * show their time so far; what has not happened (yet) is `–`.
 */
export function renderCompactTaskTable(tasks: readonly TaskRecord[], opts: CompactTableOptions = {}): string {
  const detail = opts.detail ?? true;
  const rows = tasks.map((t) => {
    const reason = detail && t.reason ? `: ${escapeCell(t.reason, 80)}` : '';
    const name = detail && t.title && t.title !== t.id ? `${codeOrText(t.id)} — ${escapeCell(t.title, 60)}` : codeOrText(t.id);
    const duration =
      t.status === 'running' && opts.now !== undefined
        ? formatDuration(elapsedMs(t, opts.now))
        : taskRan(t) && t.status !== 'running'
          ? formatDuration(taskDurationMs(t))
          : '–';
    const cells = [
      `${statusEmoji(t.status)} ${statusLabel(t.status)}${attemptsNote(t)}${reason}`,
      name,
      prCell(opts.prCells?.[t.id]),
      duration,
      formatCost(taskCostUsd(t)),
      formatChanges(t.filesChanged, t.insertions, t.deletions),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| Status | Task | PR | Duration | Cost | Files |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * The counts line of a run, finished or not: tasks per state, wall time (so far), speedup once the run
 * is over, and the agents' cost (`–` when no agent reports one).
 */
export function renderCompactHeadline(opts: {
  tasks: readonly TaskRecord[];
  wallMs: number;
  /** The finished run's speedup estimate (its bound when not estimated); null while the run is in progress. */
  final: { speedup: number | null; speedupMax: number | null } | null;
}): string {
  const { tasks } = opts;
  const count = (status: TaskStatus): number => tasks.filter((t) => t.status === status).length;
  const states = (['succeeded', 'failed', 'verify_failed', 'timed_out', 'oom', 'skipped', 'cancelled', 'running', 'queued'] as const)
    .map((s) => [s, count(s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${statusEmoji(s)} ${n} ${statusLabel(s)}`);
  const done = opts.final !== null;
  return [
    `**${plural(tasks.length, 'task')}**`,
    ...states,
    `${done ? 'wall' : 'elapsed'} **${formatDuration(opts.wallMs)}**`,
    ...(opts.final ? [`speedup **${formatSpeedupEstimate(opts.final)}**`] : []),
    `${done ? 'cost' : 'cost so far'} **${formatCost(reportedCostUsd(tasks))}**`,
  ].join(' · ');
}

/** One line per running task: what is happening now, for the top of a progress comment. */
export function renderRunningLines(tasks: readonly TaskRecord[], now: number, progress: ReadonlyMap<string, AgentProgress> = new Map()): string {
  return tasks
    .filter((t) => t.status === 'running')
    .map((t) => {
      const title = t.title && t.title !== t.id ? ` — ${escapeCell(t.title, 60)}` : '';
      const attempt = formatAttempts(t);
      const phase = `${t.agentStartedAt === null ? 'preparing' : 'agent running'}${attempt ? ` (${attempt})` : ''}`;
      // A running agent that reports progress (claude in stream mode) says what it is doing.
      const live = progress.get(t.id);
      const detail = live ? ` · ${escapeCell(formatAgentProgress(live), 120)}` : '';
      return `- ${statusEmoji('running')} ${codeOrText(t.id)}${title} · ${phase} for ${formatDuration(elapsedMs(t, now))}${detail}`;
    })
    .join('\n');
}

/** Conflicting pairs, at most `max` (then how many more), each with at most 5 files. */
export function renderConflictList(
  conflicts: readonly ConflictNote[],
  opts: { prLinks?: Record<string, string>; max?: number } = {},
): string {
  const max = opts.max ?? 20;
  const name = (id: string): string => {
    const url = opts.prLinks?.[id];
    return url ? `${renderPrLink(url)} ${codeOrText(id)}` : codeOrText(id);
  };
  const lines = conflicts.slice(0, max).map((c) => {
    const files = c.files.slice(0, 5).map((f) => codeOrText(f));
    if (c.files.length > 5) files.push(`and ${c.files.length - 5} more`);
    return `- ${name(c.a)} and ${name(c.b)}: ${files.join(', ')}`;
  });
  if (conflicts.length > max) lines.push(`- … and ${plural(conflicts.length - max, 'more pair')} (all in the job summary)`);
  return lines.join('\n');
}

/**
 * Everything about a finished run that is not needed to review it: the full headline (sum of task
 * time, efficiency, mode, parallelism, the dependency bound), the timeline, resources, phase medians
 * and pressure holds. For a collapsed section of the issue comment.
 */
export function renderRunDetails(result: RunResult): string {
  const sections = [renderHeadline(result)];
  const gantt = renderGantt(result.tasks, result.run.finishedAt);
  if (gantt) sections.push('**Timeline** (agent run time per task)', gantt);
  sections.push('**Resources**', renderResourcesTable(result));
  return sections.join('\n\n');
}
