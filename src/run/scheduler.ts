/**
 * Runs a set of tasks with a concurrency limit (p-queue) in dependency order. A task is queued once all
 * its dependencies succeeded; a dependency that did not succeed makes its dependents `skipped`;
 * fail-fast and the abort signal cancel what has not started.
 *
 * A task with `attempts` above 1 (best-of-N) is queued as that many units, each in a slot of its own
 * (so they share the limit and the start hold with every other task); once all of them ended,
 * `conclude` decides the task's outcome, and only then do its dependents become ready.
 */
import PQueue from 'p-queue';

export interface SchedulableTask {
  id: string;
  dependsOn: string[];
  /** Independent attempts, each run in a slot of its own. Default 1. */
  attempts?: number;
}

export type ScheduleOutcome = 'succeeded' | 'failed';

export interface ScheduleOptions {
  tasks: SchedulableTask[];
  /** Tasks run at once; at least 1. */
  concurrency: number;
  /** After the first failure, cancel every task that has not started. Default false. */
  failFast?: boolean;
  signal?: AbortSignal;
  /**
   * Runs one task, or attempt `attempt` (1-based) of a task with attempts; resolves to whether it
   * succeeded (rejections count as failures).
   */
  run(id: string, signal: AbortSignal, attempt: number): Promise<ScheduleOutcome>;
  /**
   * A task with attempts: called once all of them ended (`started`: the attempts that ran; the others
   * were cancelled before they started); resolves to the task's outcome. Required when any task has
   * attempts; a rejection counts as a failure.
   */
  conclude?(id: string, started: number[]): Promise<ScheduleOutcome>;
  /** Awaited before each start, in the task's slot (the pressure monitor holds starts back here). */
  beforeStart?(id: string, signal: AbortSignal): Promise<void>;
  /** A task's dependencies are met and it waits for a slot. */
  onReady?(id: string): void;
  onSkipped?(id: string, reason: string): void;
  onCancelled?(id: string, reason: string): void;
}

/** Resolves once every task succeeded, failed, was skipped or was cancelled. Never rejects for a task. */
export async function schedule(options: ScheduleOptions): Promise<Map<string, ScheduleOutcome | 'skipped' | 'cancelled'>> {
  const { tasks, failFast = false } = options;
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new TypeError(`Expected concurrency to be an integer >= 1, got ${options.concurrency}`);
  }
  if (tasks.some((t) => (t.attempts ?? 1) > 1) && !options.conclude) {
    throw new TypeError('Expected a conclude function: some tasks have attempts');
  }
  const outcome = new Map<string, ScheduleOutcome | 'skipped' | 'cancelled'>();
  const started = new Set<string>();
  const queued = new Set<string>();
  const queue = new PQueue({ concurrency: options.concurrency });
  const controller = new AbortController();
  let cancelReason: string | null = null;

  const cancelPending = (reason: string) => {
    if (cancelReason !== null) return;
    cancelReason = reason;
    // Queued units see the reason as they come up and end at once (no queue.clear(): an attempt
    // that never starts must still count down, so that its task concludes).
    for (const t of tasks) {
      if (!started.has(t.id) && !outcome.has(t.id)) {
        outcome.set(t.id, 'cancelled');
        options.onCancelled?.(t.id, reason);
      }
    }
  };
  const onAbort = () => {
    cancelPending('run cancelled');
    controller.abort(options.signal?.reason);
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  const finish = (id: string, result: ScheduleOutcome) => {
    outcome.set(id, result);
    if (result === 'failed' && failFast) cancelPending(`cancelled by fail-fast after task '${id}' failed`);
    settle();
  };

  /**
   * One slot's work: the task itself (`attempt` 0) or one of its attempts; null when it never ran
   * (cancelled while queued, or while held back, for an attempt).
   */
  const runUnit = async (id: string, attempt: number, onRun?: () => void): Promise<ScheduleOutcome | null> => {
    if (cancelReason !== null || outcome.has(id)) return null;
    started.add(id);
    try {
      await options.beforeStart?.(id, controller.signal);
      if (controller.signal.aborted) return attempt === 0 ? 'failed' : null;
      onRun?.();
      return await options.run(id, controller.signal, Math.max(1, attempt));
    } catch {
      return 'failed';
    }
  };

  const enqueue = (task: SchedulableTask) => {
    const { id } = task;
    options.onReady?.(id);
    const count = task.attempts ?? 1;
    if (count <= 1) {
      void queue.add(async () => {
        const result = await runUnit(id, 0);
        if (result !== null) finish(id, result);
      });
      return;
    }
    const state = { started: [] as number[], open: count };
    for (let attempt = 1; attempt <= count; attempt++) {
      void queue.add(async () => {
        await runUnit(id, attempt, () => state.started.push(attempt));
        if (--state.open > 0) return;
        // Every attempt ended: the task's outcome, from those that ran.
        if (state.started.length === 0) return; // cancelled before any started: marked by cancelPending
        let result: ScheduleOutcome;
        try {
          result = await options.conclude!(id, [...state.started].sort((a, b) => a - b));
        } catch {
          result = 'failed';
        }
        finish(id, result);
      });
    }
  };

  // Called after every completion: queue tasks whose dependencies all succeeded, skip those with a
  // dependency that did not. Repeats until nothing changes, so skips propagate down chains.
  const settle = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const t of tasks) {
        if (outcome.has(t.id) || started.has(t.id) || queued.has(t.id)) continue;
        const bad = t.dependsOn.find((d) => {
          const o = outcome.get(d);
          return o !== undefined && o !== 'succeeded';
        });
        if (bad !== undefined) {
          const o = outcome.get(bad);
          outcome.set(t.id, 'skipped');
          options.onSkipped?.(t.id, `dependency '${bad}' ${o === 'failed' ? 'failed' : `was ${o}`}`);
          changed = true;
        } else if (cancelReason === null && t.dependsOn.every((d) => outcome.get(d) === 'succeeded')) {
          queued.add(t.id);
          enqueue(t);
        }
      }
    }
  };
  settle();
  // Wait until every task has an outcome (tasks may be queued from within completions).
  while (outcome.size < tasks.length) {
    await queue.onIdle();
    if (outcome.size < tasks.length && queue.size === 0 && queue.pending === 0) {
      // Nothing runs and nothing can: only possible for dependency ids missing from the set.
      for (const t of tasks) {
        if (!outcome.has(t.id)) {
          outcome.set(t.id, 'skipped');
          options.onSkipped?.(t.id, `dependencies never finished: ${t.dependsOn.join(', ')}`);
        }
      }
    }
  }
  options.signal?.removeEventListener('abort', onAbort);
  return outcome;
}
