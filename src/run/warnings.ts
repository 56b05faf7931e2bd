/**
 * Settings that are valid but probably not what the user meant, found before any task starts:
 * warnings, never errors (the run goes ahead as configured).
 */
import { claudeMaxRetries, claudeRetryWindowMs } from '../agents/claude.js';
import type { RunConfig } from '../core/config.js';
import { formatDuration } from '../core/units.js';
import type { TaskSpec } from '../tasks/types.js';

/** Lists task ids, the first few by name. */
function taskList(ids: string[]): string {
  const shown = ids.slice(0, 5).map((id) => `'${id}'`).join(', ');
  return `${ids.length === 1 ? 'task' : 'tasks'} ${shown}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
}

/** Groups task ids under a key, in task order. */
function groupBy(tasks: readonly TaskSpec[], key: (task: TaskSpec) => string | null): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const task of tasks) {
    const k = key(task);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), task.id]);
  }
  return groups;
}

/**
 * Warnings about the run's settings:
 * - a claude task whose timeout is shorter than the longest Claude Code can spend retrying one failed
 *   API call (see {@link claudeRetryWindowMs}): an API outage then ends as `timed_out`, without the
 *   API's error, and task-level retries cannot help;
 * - `max-cost-usd` on an agent that reports no cost (only claude does): it is never checked;
 * - `max-cost-usd` with claude in json mode: checked only when the agent has finished;
 * - `judge` on a task with a single attempt: there is nothing to rank;
 * - `variants:` that set claude's model or flags on an attempt whose agent is not claude;
 * - `max-cost-usd` with `attempts`: the ceiling is per attempt.
 */
export function runSettingWarnings(config: RunConfig, tasks: readonly TaskSpec[], hostEnv: NodeJS.ProcessEnv): string[] {
  const warnings: string[] = [];
  const claudeTasks = tasks.filter((t) => (t.agent ?? config.agent) === 'claude');

  const short = groupBy(claudeTasks, (task) => {
    const timeoutMs = task.timeoutMs ?? config.timeoutMs;
    const retries = claudeMaxRetries(task, config, hostEnv);
    return timeoutMs < claudeRetryWindowMs(retries) ? `${timeoutMs}/${retries}` : null;
  });
  for (const [key, ids] of short) {
    const [timeoutMs, retries] = key.split('/').map(Number);
    warnings.push(
      `${taskList(ids)}: the timeout of ${formatDuration(timeoutMs)} is shorter than the up to ${formatDuration(claudeRetryWindowMs(retries))} ` +
        `Claude Code may wait between its ${retries} retries of a failing API call (claude-max-retries / CLAUDE_CODE_MAX_RETRIES): ` +
        'an API outage would end the task as timed out instead of with the API error, and retries would not run it again. ' +
        'Raise the timeout or lower claude-max-retries.',
    );
  }

  const budgeted = tasks.filter((t) => (t.maxCostUsd ?? config.maxCostUsd) !== undefined);
  const unpriced = budgeted.filter((t) => (t.agent ?? config.agent) !== 'claude');
  if (unpriced.length > 0) {
    warnings.push(`${taskList(unpriced.map((t) => t.id))}: max-cost-usd has no effect: only the claude agent reports a cost.`);
  }
  const jsonBudgeted = budgeted.filter((t) => (t.agent ?? config.agent) === 'claude');
  if (jsonBudgeted.length > 0 && config.claudeOutput !== 'stream') {
    warnings.push(
      `${taskList(jsonBudgeted.map((t) => t.id))}: max-cost-usd is checked only when the agent has finished with --claude-output json; ` +
        'a task over its budget fails but is not stopped early. Use --claude-output stream (input claude-output: stream) to stop it as it passes the budget.',
    );
  }
  const attemptsOf = (t: TaskSpec) => t.attempts ?? config.attempts;
  const lonelyJudge = tasks.filter((t) => (t.judge ?? config.judge) !== undefined && attemptsOf(t) === 1);
  if (lonelyJudge.length > 0) {
    warnings.push(`${taskList(lonelyJudge.map((t) => t.id))}: judge has no effect with a single attempt: it only ranks the attempts of a task with attempts above 1.`);
  }
  const claudeOnly = tasks.filter((t) =>
    (t.variants ?? []).some((v) => (v.model !== undefined || v.claudeArgs !== undefined) && (v.agent ?? t.agent ?? config.agent) !== 'claude'),
  );
  if (claudeOnly.length > 0) {
    warnings.push(`${taskList(claudeOnly.map((t) => t.id))}: a variant sets model or claude_args for an agent other than claude: they are ignored there.`);
  }
  const budgetedAttempts = budgeted.filter((t) => attemptsOf(t) > 1);
  if (budgetedAttempts.length > 0) {
    warnings.push(
      `${taskList(budgetedAttempts.map((t) => t.id))}: max-cost-usd applies to each attempt on its own: a task of N attempts may spend up to N times it.`,
    );
  }
  return warnings;
}
