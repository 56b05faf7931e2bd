import { describe, expect, it } from 'vitest';
import { schedule, type ScheduleOutcome } from '../src/run/scheduler.js';

/** A run function whose tasks finish when the test says so, recording what ran concurrently. */
function controllable() {
  const running = new Set<string>();
  const starts: string[] = [];
  let peak = 0;
  const finishers = new Map<string, (o: ScheduleOutcome) => void>();
  const run = (id: string) =>
    new Promise<ScheduleOutcome>((resolve) => {
      starts.push(id);
      running.add(id);
      peak = Math.max(peak, running.size);
      finishers.set(id, (o) => {
        running.delete(id);
        resolve(o);
      });
    });
  const waitFor = async (pred: () => boolean) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(pred()).toBe(true);
  };
  return { run, starts, running, finishers, waitFor, peak: () => peak };
}

describe('schedule', () => {
  it('runs independent tasks up to the concurrency limit', async () => {
    const c = controllable();
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, dependsOn: [] }));
    const done = schedule({ tasks, concurrency: 3, run: c.run });
    await c.waitFor(() => c.running.size === 3);
    expect(c.starts).toEqual(['a', 'b', 'c']);
    c.finishers.get('b')!('succeeded');
    await c.waitFor(() => c.starts.length === 4);
    for (const id of ['a', 'c', 'd']) c.finishers.get(id)!('succeeded');
    await c.waitFor(() => c.starts.length === 5);
    c.finishers.get('e')!('failed');
    const outcome = await done;
    expect(c.peak()).toBe(3);
    expect(Object.fromEntries(outcome)).toEqual({ a: 'succeeded', b: 'succeeded', c: 'succeeded', d: 'succeeded', e: 'failed' });
  });

  it('starts a dependent only after its dependencies succeeded, and skips dependents of a failure', async () => {
    const c = controllable();
    const skipped: Record<string, string> = {};
    const tasks = [
      { id: 'base', dependsOn: [] },
      { id: 'other', dependsOn: [] },
      { id: 'child', dependsOn: ['base'] },
      { id: 'both', dependsOn: ['base', 'other'] },
      { id: 'grandchild', dependsOn: ['both'] },
    ];
    const done = schedule({ tasks, concurrency: 4, run: c.run, onSkipped: (id, reason) => (skipped[id] = reason) });
    await c.waitFor(() => c.running.size === 2);
    expect(c.starts).toEqual(['base', 'other']);
    c.finishers.get('base')!('succeeded');
    await c.waitFor(() => c.starts.includes('child'));
    expect(c.starts).not.toContain('both');
    c.finishers.get('other')!('failed');
    c.finishers.get('child')!('succeeded');
    const outcome = await done;
    expect(outcome.get('both')).toBe('skipped');
    expect(outcome.get('grandchild')).toBe('skipped');
    expect(skipped.both).toBe("dependency 'other' failed");
    expect(skipped.grandchild).toBe("dependency 'both' was skipped");
  });

  it('fail-fast cancels what has not started and lets running tasks finish', async () => {
    const c = controllable();
    const cancelled: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((id) => ({ id, dependsOn: [] }));
    const done = schedule({ tasks, concurrency: 2, failFast: true, run: c.run, onCancelled: (id) => cancelled.push(id) });
    await c.waitFor(() => c.running.size === 2);
    c.finishers.get('a')!('failed');
    await c.waitFor(() => cancelled.length === 2);
    c.finishers.get('b')!('succeeded');
    const outcome = await done;
    expect(Object.fromEntries(outcome)).toEqual({ a: 'failed', b: 'succeeded', c: 'cancelled', d: 'cancelled' });
    expect(c.starts).toEqual(['a', 'b']);
  });

  it('an abort cancels queued tasks and aborts the signal given to running ones', async () => {
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const tasks = ['a', 'b', 'c'].map((id) => ({ id, dependsOn: [] }));
    const done = schedule({
      tasks,
      concurrency: 1,
      signal: controller.signal,
      run: (_id, signal) => {
        seen.push(signal);
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve('failed')));
      },
    });
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const outcome = await done;
    expect(seen).toHaveLength(1);
    expect(seen[0].aborted).toBe(true);
    expect(Object.fromEntries(outcome)).toEqual({ a: 'failed', b: 'cancelled', c: 'cancelled' });
  });

  it('a rejected run counts as a failure', async () => {
    const outcome = await schedule({
      tasks: [{ id: 'x', dependsOn: [] }, { id: 'y', dependsOn: ['x'] }],
      concurrency: 2,
      run: async () => {
        throw new Error('boom');
      },
    });
    expect(Object.fromEntries(outcome)).toEqual({ x: 'failed', y: 'skipped' });
  });

  it('validates the concurrency up front', async () => {
    await expect(schedule({ tasks: [], concurrency: 0, run: async () => 'succeeded' })).rejects.toThrow(/concurrency/);
  });

  it('runs the attempts of a task as units sharing the limit, and concludes the task once all ended', async () => {
    const c = controllable();
    const concluded: [string, number[]][] = [];
    const tasks = [
      { id: 'best', dependsOn: [], attempts: 3 },
      { id: 'plain', dependsOn: [] },
      { id: 'after', dependsOn: ['best'] },
    ];
    const done = schedule({
      tasks,
      concurrency: 3,
      run: (id, _signal, attempt) => c.run(`${id}#${attempt}`),
      conclude: async (id, started) => {
        concluded.push([id, started]);
        return 'succeeded';
      },
    });
    await c.waitFor(() => c.running.size === 3);
    // Three slots: the three attempts of the first task; the other task waits for a slot.
    expect(c.starts).toEqual(['best#1', 'best#2', 'best#3']);
    c.finishers.get('best#2')!('failed');
    await c.waitFor(() => c.starts.includes('plain#1'));
    c.finishers.get('best#1')!('succeeded');
    c.finishers.get('plain#1')!('succeeded');
    await new Promise((r) => setTimeout(r, 20));
    // Its dependent waits for the task, not for its first attempt.
    expect(concluded).toEqual([]);
    expect(c.starts).not.toContain('after#1');
    c.finishers.get('best#3')!('failed');
    await c.waitFor(() => c.starts.includes('after#1'));
    expect(concluded).toEqual([['best', [1, 2, 3]]]);
    c.finishers.get('after#1')!('succeeded');
    expect(Object.fromEntries(await done)).toEqual({ best: 'succeeded', plain: 'succeeded', after: 'succeeded' });
  });

  it('a task whose conclusion is a failure skips its dependents; a cancel concludes with the attempts that started', async () => {
    const c = controllable();
    const controller = new AbortController();
    const concluded: [string, number[]][] = [];
    const done = schedule({
      tasks: [
        { id: 'best', dependsOn: [], attempts: 3 },
        { id: 'after', dependsOn: ['best'] },
      ],
      concurrency: 2,
      signal: controller.signal,
      run: (id, _signal, attempt) => c.run(`${id}#${attempt}`),
      conclude: async (id, started) => {
        concluded.push([id, started]);
        return 'failed';
      },
    });
    await c.waitFor(() => c.running.size === 2);
    controller.abort();
    c.finishers.get('best#1')!('succeeded');
    c.finishers.get('best#2')!('failed');
    const outcome = await done;
    // Attempt 3 never started: it is not among those the task concludes from.
    expect(concluded).toEqual([['best', [1, 2]]]);
    expect(c.starts).toEqual(['best#1', 'best#2']);
    expect(Object.fromEntries(outcome)).toEqual({ best: 'failed', after: 'cancelled' });
  });

  it('needs a conclude function when a task has attempts', async () => {
    await expect(schedule({ tasks: [{ id: 'a', dependsOn: [], attempts: 2 }], concurrency: 1, run: async () => 'succeeded' })).rejects.toThrow(/conclude/);
  });
});
