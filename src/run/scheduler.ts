/**
 * Runs a set of tasks with a concurrency limit (p-queue) in dependency order. A task is queued once all
 * its dependencies succeeded; a dependency that did not succeed makes its dependents `skipped`;
 * fail-fast and the abort signal cancel what has not started.
 */
import PQueue from 'p-queue';

export interface SchedulableTask {
  id: string;
  dependsOn: string[];
}

export type ScheduleOutcome = 'succeeded' | 'failed';

export interface ScheduleOptions {
  tasks: SchedulableTask[];
  /** Tasks run at once; at least 1. */
  concurrency: number;
  /** After the first failure, cancel every task that has not started. Default false. */
  failFast?: boolean;
  signal?: AbortSignal;
  /** Runs one task; resolves to whether it succeeded (rejections count as failures). */
  run(id: string, signal: AbortSignal): Promise<ScheduleOutcome>;
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
  const outcome = new Map<string, ScheduleOutcome | 'skipped' | 'cancelled'>();
  const started = new Set<string>();
  const queued = new Set<string>();
  const queue = new PQueue({ concurrency: options.concurrency });
  const controller = new AbortController();
  let cancelReason: string | null = null;

  const cancelPending = (reason: string) => {
    if (cancelReason !== null) return;
    cancelReason = reason;
    queue.clear();
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

  const enqueue = (id: string) => {
    options.onReady?.(id);
    void queue.add(async () => {
      if (cancelReason !== null || outcome.has(id)) return;
      started.add(id);
      let result: ScheduleOutcome;
      try {
        await options.beforeStart?.(id, controller.signal);
        result = controller.signal.aborted ? 'failed' : await options.run(id, controller.signal);
      } catch {
        result = 'failed';
      }
      outcome.set(id, result);
      if (result === 'failed' && failFast) cancelPending(`cancelled by fail-fast after task '${id}' failed`);
      settle();
    });
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
          enqueue(t.id);
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
