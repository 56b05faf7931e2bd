/**
 * A task's cost ceiling (`max-cost-usd`), over all its attempts. In stream mode the agent's running
 * cost (an estimate from list prices until its result message replaces it with the CLI's figure) is
 * checked on every progress report, and the agent is stopped through the executor's abort path as
 * soon as it passes the ceiling. In json mode nothing is known until the agent exits: the final
 * figure is checked then, and the task fails although it ran to the end.
 */
import type { AgentProgress } from '../agents/types.js';
import type { TaskStatus } from '../core/model.js';
import { formatCost } from '../report/format.js';

/** The abort reason of a budget stop, so whoever sees the signal can tell it from a cancellation. */
export class BudgetExceeded extends Error {
  constructor(readonly costUsd: number, readonly maxCostUsd: number) {
    super(`over its budget of ${formatCost(maxCostUsd)}`);
    this.name = 'BudgetExceeded';
  }
}

/** One attempt's view of the ceiling: what earlier attempts spent counts against it. */
export class CostBudget {
  readonly #controller = new AbortController();
  #stoppedAtUsd: number | null = null;

  /**
   * @param maxCostUsd the task's ceiling.
   * @param spentBeforeUsd what earlier attempts of the task reported spending.
   */
  constructor(
    readonly maxCostUsd: number,
    readonly spentBeforeUsd = 0,
  ) {}

  /** Aborted when the running cost passed the ceiling. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The task's running cost (earlier attempts included) when the agent was stopped; null when it was not. */
  get stoppedAtUsd(): number | null {
    return this.#stoppedAtUsd;
  }

  /**
   * Checks a progress report and stops the agent (once) when the running cost passes the ceiling;
   * true when this call stopped it. A final report is left alone: the agent is exiting by itself,
   * and killing it now would lose the result message whose figure {@link judgeBudget} checks.
   */
  check(progress: AgentProgress): boolean {
    if (this.#stoppedAtUsd !== null || progress.final || progress.costUsd === null) return false;
    const total = this.spentBeforeUsd + progress.costUsd;
    if (!(total > this.maxCostUsd)) return false;
    this.#stoppedAtUsd = total;
    this.#controller.abort(new BudgetExceeded(total, this.maxCostUsd));
    return true;
  }
}

export interface BudgetOutcome {
  status: TaskStatus;
  reason?: string;
}

export interface BudgetVerdict {
  outcome: BudgetOutcome;
  /** The task's cost over all attempts so far; null when the agent reported none and was not stopped. */
  spentUsd: number | null;
  /** True when `spentUsd` is (partly) the running estimate of an agent stopped before it reported. */
  estimated: boolean;
  exceeded: boolean;
  stoppedEarly: boolean;
}

const earlier = (usd: number) => (usd > 0 ? `, counting ${formatCost(usd)} of earlier attempts` : '');

/** `stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)`. */
export function budgetStopReason(totalUsd: number, maxCostUsd: number, spentBeforeUsd = 0): string {
  return `stopped at ≈${formatCost(totalUsd)}: over its budget of ${formatCost(maxCostUsd)} (max-cost-usd)${earlier(spentBeforeUsd)}`;
}

/** The reason of a task found over its ceiling only once its agent had finished. */
export function budgetOverReason(totalUsd: number, maxCostUsd: number, spentBeforeUsd: number, streaming: boolean): string {
  const why = streaming
    ? 'the agent finished before its running cost stopped it'
    : 'not stopped early: in --claude-output json the cost is known only at the end (stream mode stops a task as it passes its budget)';
  return `cost ${formatCost(totalUsd)}: over its budget of ${formatCost(maxCostUsd)} (max-cost-usd)${earlier(spentBeforeUsd)}; ${why}`;
}

/**
 * The outcome of an attempt once its budget is taken into account. A budget stop makes it `failed`
 * with the stop's reason (unless the run was cancelled meanwhile). A final figure over the ceiling
 * makes a success `failed`; a failure keeps its own reason, with the budget added to it.
 */
export function judgeBudget(
  outcome: BudgetOutcome,
  budget: CostBudget,
  attempt: {
    reportedCostUsd: number | undefined;
    streaming: boolean;
    cancelled: boolean;
    /** The agent exited by itself (it may have beaten the kill): its own figure is judged then. */
    exitedByItself?: boolean;
  },
): BudgetVerdict {
  const { maxCostUsd, spentBeforeUsd } = budget;
  const stoppedAt = budget.stoppedAtUsd;
  if (stoppedAt !== null && !attempt.cancelled && !(attempt.exitedByItself && attempt.reportedCostUsd !== undefined)) {
    return {
      outcome: { status: 'failed', reason: budgetStopReason(stoppedAt, maxCostUsd, spentBeforeUsd) },
      spentUsd: stoppedAt,
      estimated: true,
      exceeded: true,
      stoppedEarly: true,
    };
  }
  const reported = attempt.reportedCostUsd;
  const spentUsd = reported === undefined ? (spentBeforeUsd > 0 ? spentBeforeUsd : null) : spentBeforeUsd + reported;
  const exceeded = spentUsd !== null && spentUsd > maxCostUsd;
  if (!exceeded || attempt.cancelled) return { outcome, spentUsd, estimated: false, exceeded, stoppedEarly: false };
  const over = budgetOverReason(spentUsd, maxCostUsd, spentBeforeUsd, attempt.streaming);
  if (outcome.status === 'succeeded') return { outcome: { status: 'failed', reason: over }, spentUsd, estimated: false, exceeded, stoppedEarly: false };
  return {
    outcome: { status: outcome.status, reason: outcome.reason ? `${outcome.reason}; also ${over}` : over },
    spentUsd,
    estimated: false,
    exceeded,
    stoppedEarly: false,
  };
}
