/**
 * Verified results and best-of-N attempts in the reports: a line per check, the output tail of a check
 * that failed, the attempts table. Pure: records in, Markdown or text out. A check's output comes from
 * the task's own code: it goes into fenced blocks (nothing in them renders), masked already.
 */
import type { BestOf, BestOfAttempt, CheckRun, TaskRecord } from '../core/model.js';
import { formatDuration } from '../core/units.js';
import {
  codeOrText,
  describeDecision,
  escapeCell,
  escapeMarkdown,
  fenced,
  formatChanges,
  formatCost,
  formatVariant,
  plural,
  statusEmoji,
  statusLabel,
  stripControl,
  truncate,
} from './format.js';

/**
 * A command as shown inline, outside tables: at most `max` characters, in a code span (where nothing
 * renders) unless it holds a backtick, which would end the span.
 */
function commandCell(command: string, max = 80): string {
  const short = truncate(stripControl(command).trim(), max);
  return short.includes('`') ? escapeMarkdown(short) : `\`${short}\``;
}

/** `✅ passed in 12.3s` / `❌ exited with code 1 after 2.0s`: how a check went, without its command. */
export function formatCheckResult(check: CheckRun): string {
  if (check.passed) return `✅ passed in ${formatDuration(check.durationMs)}`;
  return `❌ ${check.reason ?? 'did not pass'}`.replace(/^❌ (verify|judge) /, '❌ ');
}

/** One line about a task's verify: `` `npm test` ✅ passed in 12.3s on `1a2b3c4d5e6f` ``. */
export function renderCheckLine(check: CheckRun): string {
  const commit = /^[0-9a-f]{7,64}$/.test(check.commit) ? ` on \`${check.commit.slice(0, 12)}\`` : '';
  return `${commandCell(check.command)} ${escapeCell(formatCheckResult(check), 200)}${commit}`;
}

/** The last lines of a check's output, fenced (empty when it printed nothing). */
export function renderCheckOutput(check: CheckRun): string {
  const text = check.outputTail.trim();
  return text ? fenced(text) : '_It printed nothing._';
}

/**
 * The job summary's section on checks: a line per task that has a verify (or attempts), with the
 * output tail of each failed one collapsed. Empty when no task was verified.
 */
export function renderVerificationMarkdown(tasks: readonly TaskRecord[]): string {
  const checked = tasks.filter((t) => t.verify);
  if (checked.length === 0) return '';
  const lines = checked.map((t) => {
    const check = t.verify!;
    const line = `- ${statusEmoji(t.status)} ${codeOrText(t.id)}: ${renderCheckLine(check)}`;
    if (check.passed) return line;
    return `${line}\n\n  <details><summary>Last lines of its output</summary>\n\n${indent(renderCheckOutput(check))}\n\n  </details>\n`;
  });
  return ['### Checks', 'Each task\'s `verify` ran on a fresh checkout of its result, in its sandbox.', lines.join('\n')].join('\n\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

const ATTEMPT_COLUMNS = ['#', 'Variant', 'Status', 'Agent time', 'Cost', 'Files (+/-)', 'Verify', 'Judge', 'Ref'];

/** One row of the attempts table. */
function attemptRow(a: BestOfAttempt): string {
  const verify = a.verify ? escapeCell(formatCheckResult(a.verify), 80) : '–';
  const judge = a.judge ? (typeof a.judge.score === 'number' ? String(a.judge.score) : escapeCell(a.judge.reason ?? 'no score', 60)) : '–';
  const cells = [
    `${a.attempt}${a.winner ? ' 🏆' : ''}`,
    escapeCell(formatVariant(a.variant), 60),
    `${statusEmoji(a.status)} ${statusLabel(a.status)}${a.reason && !a.verify?.reason ? `: ${escapeCell(a.reason, 80)}` : ''}`,
    formatDuration(a.durationMs),
    formatCost(a.costUsd),
    formatChanges(a.filesChanged, a.insertions, a.deletions),
    verify,
    judge,
    a.ref ? codeOrText(a.ref) : '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** What a best-of-N task came to, in one sentence. */
export function renderBestOfLine(task: Pick<TaskRecord, 'id'> & { bestOf: BestOf }): string {
  const { bestOf } = task;
  const judge = bestOf.judge ? ` Judge: ${commandCell(bestOf.judge)}.` : '';
  if (bestOf.winner === null) return `Best of ${bestOf.count}: no attempt had a result to take.${judge}`;
  return `Best of ${bestOf.count}: attempt ${bestOf.winner} won (${escapeMarkdown(describeDecision(bestOf.decidedBy))}).${judge}`;
}

/** The attempts of one best-of-N task as a table: time, cost, diff, checks and ref of each. */
export function renderAttemptsTable(attempts: readonly BestOfAttempt[]): string {
  return [`| ${ATTEMPT_COLUMNS.join(' | ')} |`, `|${ATTEMPT_COLUMNS.map(() => '---').join('|')}|`, ...attempts.map(attemptRow)].join('\n');
}

/**
 * The job summary's section on best-of-N tasks: per task, which attempt won and why, and a table of
 * every attempt with its ref, so a reviewer can look at the others. Empty when no task had attempts.
 */
export function renderAttemptsMarkdown(tasks: readonly TaskRecord[]): string {
  const bestOf = tasks.filter((t): t is TaskRecord & { bestOf: BestOf } => Array.isArray(t.bestOf?.attempts));
  if (bestOf.length === 0) return '';
  const parts = bestOf.map((t) => `**${codeOrText(t.id)}** · ${renderBestOfLine(t)}\n\n${renderAttemptsTable(t.bestOf.attempts)}`);
  return [
    '### Attempts',
    'Each attempt ran in its own sandbox from the same start point; the winner is on the task\'s branch, every attempt with a result on its ref (`git fetch origin <ref>` once pushed).',
    ...parts,
  ].join('\n\n');
}

/** Terminal lines about a task's checks and attempts (for the CLI's summary). */
export function renderVerificationText(task: TaskRecord, clean: (text: string, max: number) => string): string[] {
  const lines: string[] = [];
  if (task.verify) {
    lines.push(`      verify ${clean(task.verify.command, 60)}: ${clean(formatCheckResult(task.verify).replace(/^[✅❌] /u, ''), 120)}`);
  }
  for (const a of task.bestOf?.attempts ?? []) {
    const verify = a.verify ? `, verify ${a.verify.passed ? 'passed' : 'failed'}` : '';
    const judge = a.judge ? `, score ${a.judge.score ?? '–'}` : '';
    const changes = formatChanges(a.filesChanged, a.insertions, a.deletions);
    lines.push(
      `      #${a.attempt}${a.winner ? ' (won)' : ''} ${statusLabel(a.status)}, ${formatDuration(a.durationMs)}, ${formatCost(a.costUsd)}, ${changes === '–' ? 'no changes' : changes.replace(/^(\d+)/, (n) => plural(Number(n), 'file'))}${verify}${judge}${a.ref ? `  ${clean(a.ref, 100)}` : ''}`,
    );
  }
  return lines;
}
