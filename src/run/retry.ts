/**
 * Task-level retries (`retries`): which failed attempts are run again, and the record of the attempts
 * in the task's results. Pure: the task runner calls it around its phases; nothing here touches git,
 * Docker or the clock.
 *
 * Only a failure the agent's adapter calls transient is retried (for claude: an API error with a
 * 408/429/5xx/529 status or a network error, after the CLI's own retries), and only when the agent
 * exited by itself. Never: a timeout (the attempt used the time the user allowed), running out of
 * memory, a turn limit, authentication, a cancelled run, a budget stop, or a failure of the
 * orchestrator itself (a working tree, a container that would not start).
 */
import type { AgentReport } from '../agents/types.js';
import type { TaskAttempt, TaskBudget, TaskRecord, TaskStatus } from '../core/model.js';
import type { ExecResult } from '../exec/types.js';
import { CostBudget, judgeBudget } from './budget.js';

/** An attempt's outcome as the task runner classified it. */
export interface AttemptOutcome {
  status: TaskStatus;
  reason?: string;
}

/** Whether a failed attempt may succeed if run again unchanged. */
export function isTransientFailure(outcome: AttemptOutcome, exec: Pick<ExecResult, 'outcome'> | null, report: Pick<AgentReport, 'transient'> | null): boolean {
  return outcome.status === 'failed' && exec?.outcome === 'exited' && report?.transient === true;
}

export interface RetryInput {
  /** 1-based number of the attempt that just ended. */
  attempt: number;
  /** The task's `retries`. */
  retries: number;
  transient: boolean;
  /** The run was cancelled. */
  cancelled: boolean;
  /** The task's cost ceiling is reached (or was passed by this attempt). */
  budgetReached: boolean;
}

export type RetryDecision = { retry: true; note: string } | { retry: false; note: string | null };

/**
 * Whether to run the task again after an attempt, and a note saying why for the log (null when
 * there is nothing to say: the attempt did not fail transiently, or no retries were asked for).
 */
export function retryDecision(input: RetryInput): RetryDecision {
  if (!input.transient || input.cancelled) return { retry: false, note: null };
  if (input.retries === 0) return { retry: false, note: null };
  if (input.budgetReached) return { retry: false, note: 'not retried: the task has spent its budget (max-cost-usd)' };
  if (input.attempt > input.retries) {
    return { retry: false, note: `not retried: ${input.retries} ${input.retries === 1 ? 'retry' : 'retries'} used (retries: ${input.retries})` };
  }
  return { retry: true, note: `attempt ${input.attempt} of at most ${input.retries + 1} failed for a transient reason; running it again on a fresh working tree` };
}

/** The measured figures of one attempt's agent run. */
export type AttemptFigures = Pick<ExecResult, 'startedAt' | 'finishedAt' | 'cpu' | 'memory' | 'peakPids'>;

/** The task record's figures over all attempts: see {@link combineAttemptFigures}. */
export type CombinedFigures = Pick<TaskRecord, 'agentStartedAt' | 'agentFinishedAt' | 'durationMs' | 'cpu' | 'memory' | 'peakPids'>;

const maxOf = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? Math.max(...known) : null;
};

/**
 * The agent figures of a task that ran several times: agent time and CPU seconds are summed (the
 * task occupied its slot for all of them, and a serial run would have retried too); peaks are the
 * highest of any attempt; the agent span runs from the first attempt's start to the last one's end.
 * One attempt's figures are returned as the executor measured them.
 */
export function combineAttemptFigures(attempts: readonly AttemptFigures[]): CombinedFigures {
  if (attempts.length === 0) throw new RangeError('combineAttemptFigures: no attempts');
  const last = attempts.at(-1)!;
  const durationMs = attempts.reduce((sum, a) => sum + Math.max(0, a.finishedAt - a.startedAt), 0);
  if (attempts.length === 1) {
    return { agentStartedAt: last.startedAt, agentFinishedAt: last.finishedAt, durationMs, cpu: last.cpu, memory: last.memory, peakPids: last.peakPids };
  }
  const measured = attempts.flatMap((a) => (a.cpu ? [a.cpu] : []));
  const seconds = measured.reduce((sum, c) => sum + c.seconds, 0);
  const cpu = measured.length
    ? {
        seconds,
        avgPercent: durationMs > 0 ? (seconds * 1000 * 100) / durationMs : (measured.at(-1)?.avgPercent ?? 0),
        peakPercent: maxOf(measured.map((c) => c.peakPercent)),
      }
    : null;
  return {
    agentStartedAt: attempts[0].startedAt,
    agentFinishedAt: last.finishedAt,
    durationMs,
    cpu,
    memory: { peakBytes: maxOf(attempts.map((a) => a.memory.peakBytes)), limitBytes: last.memory.limitBytes },
    peakPids: maxOf(attempts.map((a) => a.peakPids)),
  };
}

/** What an attempt ended with, for {@link AttemptLog.finish}. */
export interface AttemptEnd {
  outcome: AttemptOutcome;
  /** Agent time of the attempt (null when the agent never started). */
  durationMs: number | null;
  costUsd: number | null;
  costEstimated?: boolean;
  transient: boolean;
}

/** The attempts of one task, as they go into its record. */
export class AttemptLog {
  readonly #attempts: TaskAttempt[] = [];

  /** Starts the next attempt at `at` (epoch ms) and returns its number. */
  begin(at: number): number {
    const attempt = this.#attempts.length + 1;
    this.#attempts.push({ attempt, startedAt: at, finishedAt: null, status: 'running', durationMs: null, costUsd: null });
    return attempt;
  }

  /** Ends the current attempt at `at`. */
  finish(at: number, end: AttemptEnd): TaskAttempt {
    const current = this.#current('finish');
    Object.assign(current, { finishedAt: at, status: end.outcome.status, durationMs: end.durationMs, costUsd: end.costUsd });
    if (end.outcome.reason !== undefined) current.reason = end.outcome.reason;
    if (end.costEstimated) current.costEstimated = true;
    if (end.transient) current.transient = true;
    return { ...current };
  }

  /** Notes where the current attempt's output was moved to (before the next attempt overwrites it). */
  keptLog(file: string): void {
    this.#attempts.at(-1)!.logFile = file;
  }

  /** What the agent reported spending over the attempts so far (estimates are not figures it reported). */
  reportedCostUsd(): number {
    return this.#attempts.reduce((sum, a) => sum + (a.costUsd !== null && !a.costEstimated ? a.costUsd : 0), 0);
  }

  /** A copy for the record: events and the journal must not share the live objects. */
  snapshot(): TaskAttempt[] {
    return this.#attempts.map((a) => ({ ...a }));
  }

  get count(): number {
    return this.#attempts.length;
  }

  #current(what: string): TaskAttempt {
    const current = this.#attempts.at(-1);
    if (!current || current.finishedAt !== null) throw new Error(`AttemptLog.${what}: no attempt is running`);
    return current;
  }
}

export interface TaskAttemptsOptions {
  /** The task's `retries`. */
  retries: number;
  /** The task's `max-cost-usd`, if any. */
  maxCostUsd?: number;
  clock: () => number;
}

/** What the task runner does after an attempt, and what goes into the task's record. */
export interface AttemptStep {
  retry: boolean;
  /** The attempt's outcome, budget included: the task's when there is no retry. */
  outcome: AttemptOutcome;
  /** Fields of the task record: `attempts`, `budget`, and the agent figures over all attempts. */
  record: Partial<TaskRecord>;
  /** For the run's log, without the task id. */
  warnings: string[];
}

/**
 * The attempts of one task and the decisions between them: the task runner begins an attempt, runs
 * its phases, and hands what came out to {@link end}, which applies the budget, records the attempt
 * and says whether to go again.
 */
export class TaskAttempts {
  readonly #o: TaskAttemptsOptions;
  readonly #log = new AttemptLog();
  readonly #figures: AttemptFigures[] = [];
  #budget: CostBudget | undefined;
  #budgetRecord: TaskBudget | undefined;

  constructor(options: TaskAttemptsOptions) {
    this.#o = options;
  }

  /** Starts the next attempt; returns its number and the budget its agent must stay under (if any). */
  begin(): { attempt: number; budget: CostBudget | undefined } {
    const attempt = this.#log.begin(this.#o.clock());
    const { maxCostUsd } = this.#o;
    this.#budget = maxCostUsd === undefined ? undefined : new CostBudget(maxCostUsd, this.#log.reportedCostUsd());
    return { attempt, budget: this.#budget };
  }

  /** The attempts so far, for the record (a copy). */
  get attempts(): TaskAttempt[] {
    return this.#log.snapshot();
  }

  /**
   * Ends the current attempt. `outcome` is the runner's classification of the agent's exit; `streamed`
   * whether its output was read as it came (so the budget could stop it).
   */
  end(ran: { outcome: AttemptOutcome; exec: ExecResult; report: AgentReport | null; streamed: boolean; cancelled: boolean }): AttemptStep {
    const { exec, report, cancelled } = ran;
    const attempt = this.#log.count;
    this.#figures.push(exec);
    let outcome = ran.outcome;
    const transient = isTransientFailure(outcome, exec, report);
    let costUsd = report?.costUsd ?? null;
    let costEstimated = false;
    const warnings: string[] = [];
    const budget = this.#budget;
    if (budget) {
      const verdict = judgeBudget(outcome, budget, { reportedCostUsd: report?.costUsd, streaming: ran.streamed, cancelled, exitedByItself: exec.outcome === 'exited' });
      outcome = verdict.outcome;
      if (verdict.stoppedEarly) {
        costUsd = verdict.spentUsd! - budget.spentBeforeUsd;
        costEstimated = true;
        warnings.push(`${outcome.reason}; its agent was stopped`);
      }
      this.#budgetRecord = { maxCostUsd: budget.maxCostUsd, spentUsd: verdict.spentUsd, exceeded: verdict.exceeded, stoppedEarly: verdict.stoppedEarly };
    }
    this.#log.finish(this.#o.clock(), { outcome, durationMs: Math.max(0, exec.finishedAt - exec.startedAt), costUsd, costEstimated, transient });
    const { maxCostUsd } = this.#o;
    const decision = retryDecision({
      attempt,
      retries: this.#o.retries,
      transient,
      cancelled,
      budgetReached: this.#budgetRecord?.exceeded === true || (maxCostUsd !== undefined && this.#log.reportedCostUsd() >= maxCostUsd),
    });
    if (decision.note) warnings.push(`${decision.note} (${outcome.reason ?? outcome.status})`);
    return { retry: decision.retry, outcome, record: this.#recordFields(), warnings };
  }

  /** Notes where the last attempt's output was kept before the next attempt overwrites it. */
  keptLog(file: string): void {
    this.#log.keptLog(file);
  }

  /** A phase failed (or the run was cancelled) mid-attempt: the attempt ends with the task. */
  abandon(reason: string, cancelled: boolean): Partial<TaskRecord> {
    if (this.#log.count > 0 && this.#log.snapshot().at(-1)!.finishedAt === null) {
      this.#log.finish(this.#o.clock(), { outcome: { status: cancelled ? 'cancelled' : 'failed', reason }, durationMs: null, costUsd: null, transient: false });
    }
    return this.#recordFields();
  }

  #recordFields(): Partial<TaskRecord> {
    const fields: Partial<TaskRecord> = { attempts: this.#log.snapshot() };
    if (this.#figures.length > 0) Object.assign(fields, combineAttemptFigures(this.#figures));
    if (this.#budgetRecord) fields.budget = { ...this.#budgetRecord };
    return fields;
  }
}
