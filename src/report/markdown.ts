/**
 * The Markdown run summary (job summary, PR comment) and its pieces: task table rows reused in PR
 * bodies, a Mermaid gantt of the agents' run times, and the compact progress table of the live
 * sticky comment. Pure: records in, text out.
 */
import type { RunResult, TaskRecord } from '../core/model.js';
import { formatBytes, formatDuration } from '../core/units.js';
import {
  codeOrText,
  escapeCell,
  escapeMarkdown,
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
import { median, percentile, phaseMedians, taskDurationMs, taskRan } from './metrics.js';

/** Two tasks whose branches change the same files. */
export interface ConflictNote {
  a: string;
  b: string;
  files: string[];
}

export interface SummaryOptions {
  /** PR URL per task id; adds a PR column. Default none (no column). */
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

function columns(withPr: boolean): string[] {
  return TASK_COLUMNS.filter((c) => withPr || c !== 'PR');
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
  const status = `${statusEmoji(task.status)} ${statusLabel(task.status)}${task.reason ? `: ${escapeCell(task.reason, 120)}` : ''}`;
  const name = task.title && task.title !== task.id ? `${codeOrText(task.id)} — ${escapeCell(task.title, 120)}` : codeOrText(task.id);
  const cpu = task.cpu
    ? `${formatSeconds(task.cpu.seconds)} / ${formatPercent(task.cpu.avgPercent)} / ${formatPercent(task.cpu.peakPercent)}`
    : '–';
  const memory = task.memory ? `${formatBytes(task.memory.peakBytes)} / ${formatBytes(task.memory.limitBytes)}` : '–';
  const cells = [
    status,
    name,
    task.branch ? codeOrText(task.branch) : '–',
    ...(withPr ? [renderPrLink(opts.prUrl)] : []),
    taskRan(task) ? formatDuration(taskDurationMs(task)) : '–',
    formatDuration(task.queueWaitMs),
    formatDuration(task.overheadMs),
    cpu,
    memory,
    task.agent?.turns !== undefined ? String(task.agent.turns) : '–',
    formatCost(task.agent?.costUsd),
    formatChanges(task.filesChanged, task.insertions, task.deletions),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The whole task table; a PR column is added when `prLinks` is given. */
export function renderTaskTable(tasks: readonly TaskRecord[], prLinks?: Record<string, string>): string {
  const withPr = prLinks !== undefined;
  const rows = tasks.map((t) => renderTaskRow(t, { withPr, prUrl: prLinks?.[t.id] }));
  return [renderTaskTableHeader({ withPr }), ...rows].join('\n');
}

/**
 * A Mermaid gantt with one bar per task whose agent ran, from agent start to agent end (epoch ms,
 * `dateFormat x`). Failed runs are `crit`, successful ones `done`. Bars get generated ids (`t1`…)
 * and sanitized labels, because task ids and titles are not valid mermaid syntax in general.
 * Returns an empty string when no task ran.
 */
export function renderGantt(tasks: readonly TaskRecord[], runFinishedAt?: number | null): string {
  const bars: string[] = [];
  tasks.forEach((task, index) => {
    if (task.agentStartedAt === null) return;
    const start = Math.round(task.agentStartedAt);
    const rawEnd = task.agentFinishedAt ?? runFinishedAt ?? task.agentStartedAt;
    // Mermaid drops zero-length bars; one millisecond keeps the task visible.
    const end = Math.max(Math.round(rawEnd), start + 1);
    const tag =
      task.status === 'succeeded' ? 'done, ' : ['failed', 'timed_out', 'oom'].includes(task.status) ? 'crit, ' : '';
    bars.push(`    ${mermaidLabel(task.id)} :${tag}t${index + 1}, ${start}, ${end}`);
  });
  if (bars.length === 0) return '';
  return ['```mermaid', 'gantt', '    dateFormat x', '    axisFormat %M:%S', '    section Tasks', ...bars, '```'].join(
    '\n',
  );
}

/** Run-level resource and timing figures, as a two-column table. */
export function renderResourcesTable(result: RunResult): string {
  const { run, tasks } = result;
  const ran = tasks.filter(taskRan);
  const durations = ran.map(taskDurationMs);
  const queueWaits = tasks.flatMap((t) => (t.queueWaitMs === null ? [] : [t.queueWaitMs]));
  const overheads = tasks.flatMap((t) => (t.overheadMs === null ? [] : [t.overheadMs]));
  const cpuSeconds = tasks.reduce((sum, t) => sum + (t.cpu?.seconds ?? 0), 0);
  const cpuAvg = tasks.flatMap((t) => (t.cpu ? [t.cpu.avgPercent] : []));
  const cpuPeak = Math.max(-Infinity, ...tasks.flatMap((t) => (t.cpu ? [t.cpu.peakPercent] : [])));
  const memPeakTask = tasks.reduce<TaskRecord | null>(
    (best, t) => (t.memory && (!best?.memory || t.memory.peakBytes > best.memory.peakBytes) ? t : best),
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
    ['CPU total', formatSeconds(cpuSeconds)],
    ['CPU avg (median of tasks) / peak', `${formatPercent(median(cpuAvg))} / ${formatPercent(cpuPeak)}`],
    [
      'Memory peak (task)',
      memPeakTask?.memory
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
    `${run.failed} failed`,
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
  const gantt = renderGantt(result.tasks, result.run.finishedAt);
  if (gantt) sections.push('### Timeline', gantt);
  sections.push('### Resources', renderResourcesTable(result));
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

/**
 * The live progress table (sticky comment): a counts line, then one row per task with its state and
 * elapsed time — agent time once the agent started, else time since the task was picked up;
 * finished tasks show their final figure, tasks that never started `–`.
 */
export function renderProgressTable(records: readonly TaskRecord[], now: number): string {
  const count = (pred: (t: TaskRecord) => boolean): number => records.filter(pred).length;
  const running = count((t) => t.status === 'running');
  const queued = count((t) => t.status === 'queued');
  const done = records.length - running - queued;
  const counts = [
    `**${done}/${records.length} done**`,
    `${running} running`,
    `${queued} queued`,
    ...(['succeeded', 'failed', 'timed_out', 'oom', 'skipped', 'cancelled'] as const)
      .map((s) => [s, count((t) => t.status === s)] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${statusEmoji(s)} ${n}`),
  ].join(' · ');

  const rows = records.map((t) => {
    const since = t.agentStartedAt ?? t.startedAt;
    let elapsed: number | null = null;
    if (since !== null) {
      const until = t.status === 'running' ? now : (t.agentStartedAt !== null ? t.agentFinishedAt : t.finishedAt) ?? now;
      elapsed = Math.max(0, until - since);
    }
    const detail = t.reason ? escapeCell(t.reason, 80) : t.branch ? codeOrText(t.branch) : '';
    return `| ${statusEmoji(t.status)} ${statusLabel(t.status)} | ${codeOrText(t.id)} | ${formatDuration(elapsed)} | ${detail} |`;
  });
  return [counts, '', '| Status | Task | Elapsed | Detail |', '|---|---|---|---|', ...rows].join('\n');
}
