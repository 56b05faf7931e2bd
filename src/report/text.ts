/** The plain-text run summary the CLI prints: a headline with the speedup, then one line per task. */
import type { RunResult, TaskRecord } from '../core/model.js';
import { formatDuration } from '../core/units.js';
import {
  formatAttempts,
  formatChanges,
  formatConcurrency,
  formatCost,
  formatRatio,
  formatSpeedup,
  formatSpeedupEstimate,
  plural,
  statusLabel,
  statusSymbol,
  stripControl,
  truncate,
} from './format.js';
import { renderEgressText } from './egress.js';
import { renderVerificationText } from './verification.js';
import { taskCostUsd, taskDurationMs, taskRan } from './metrics.js';

/** Text from records on one terminal line: no control characters (no ANSI escapes from titles). */
function clean(text: string, max: number): string {
  return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}

function taskLine(task: TaskRecord, idWidth: number): string {
  const parts = [
    `  ${statusSymbol(task.status)} ${statusLabel(task.status).padEnd(9)}`,
    clean(task.id, 40).padEnd(idWidth),
    (taskRan(task) ? formatDuration(taskDurationMs(task)) : '–').padStart(7),
  ];
  if (task.branch) parts.push(clean(task.branch, 80));
  const changes = formatChanges(task.filesChanged, task.insertions, task.deletions);
  if (changes !== '–') parts.push(`${changes.replace(/^(\d+)/, (n) => plural(Number(n), 'file'))}`);
  const attempts = formatAttempts(task);
  if (attempts) parts.push(attempts);
  const cost = taskCostUsd(task);
  if (cost !== undefined) parts.push(formatCost(cost));
  if (task.title && task.title !== task.id) parts.push(`"${clean(task.title, 80)}"`);
  if (task.reason) parts.push(`— ${clean(task.reason, 160)}`);
  return parts.join('  ');
}

export function renderSummaryText(result: RunResult): string {
  const { run, tasks } = result;
  const counts = [`${run.succeeded} succeeded`, `${run.failed} failed${run.verifyFailed > 0 ? ` (${run.verifyFailed} verify)` : ''}`];
  if (run.skipped > 0) counts.push(`${run.skipped} skipped`);
  if (run.cancelled > 0) counts.push(`${run.cancelled} cancelled`);
  const figures = [
    `wall ${formatDuration(run.wallMs)}`,
    `sum of task time ${formatDuration(run.sumTaskMs)}`,
    `speedup ${formatSpeedupEstimate(run)} (${run.speedup !== null ? 'estimated vs one task at a time' : 'not estimated'})`,
    `mean concurrency ${formatConcurrency(run.concurrency)} (agents running at once)`,
    `efficiency ${formatRatio(run.efficiency)}`,
  ];
  if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
    figures.push(`critical-path bound ${formatSpeedup(run.speedupBound)}`);
  }
  const lines = [
    `Run ${clean(run.id, 80)}: ${plural(tasks.length, 'task')}, ${counts.join(', ')}`,
    `  ${figures.join(', ')}`,
    `  mode ${run.mode}${run.modeReason ? ` (${clean(run.modeReason, 160)})` : ''}, max-parallel ${run.maxParallel}, peak concurrency ${run.peakConcurrency}${run.totalCostUsd > 0 ? `, cost ${formatCost(run.totalCostUsd)}` : ''}`,
  ];
  lines.push(...renderEgressText(result));
  if (run.speedupNote) lines.push(`  speedup: ${clean(run.speedupNote, 400)}`);
  const idWidth = Math.min(40, Math.max(0, ...tasks.map((t) => clean(t.id, 40).length)));
  if (tasks.length > 0) lines.push('', ...tasks.flatMap((t) => [taskLine(t, idWidth), ...renderVerificationText(t, clean)]));
  return lines.join('\n') + '\n';
}
