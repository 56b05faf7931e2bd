import { describe, expect, it } from 'vitest';
import {
  attributeContention,
  contentionShare,
  CounterTrack,
  foreignCpuShare,
  intervalContention,
  type HostReading,
  type StallSeries,
} from '../src/report/contention.js';
import { ContentionLedger } from '../src/run/contention.js';
import type { TimedCounters } from '../src/exec/stall.js';

/**
 * A task running from `start` to `end` s whose counters grow steadily: `cpu` and `wait` in CPU-seconds
 * per second, read every half second.
 */
function steady(start: number, end: number, cpu: number, wait: number, extra: { throttle?: number; memory?: number } = {}): StallSeries {
  const readings: TimedCounters[] = [];
  for (let t = start + 0.5; t <= end + 1e-9; t += 0.5) {
    const s = t - start;
    readings.push({
      at: t * 1000,
      cpuNs: cpu * s * 1e9,
      cpuWaitNs: wait * s * 1e9,
      throttledNs: (extra.throttle ?? 0) * s * 1e9,
      memoryNs: (extra.memory ?? 0) * s * 1e9,
      ioNs: null,
    });
  }
  return { startedAt: start * 1000, finishedAt: end * 1000, readings };
}

/** Host readings every half second from 0 to `end` s: `busy` CPUs in use, `runnable` threads (the reader included). */
function host(end: number, busy: number, runnable: number): HostReading[] {
  const list: HostReading[] = [];
  for (let t = 0; t <= end + 1e-9; t += 0.5) list.push({ at: t * 1000, busyNs: busy * t * 1e9, runnable });
  return list;
}

describe('CounterTrack', () => {
  const series: StallSeries = {
    startedAt: 1000,
    finishedAt: 4000,
    readings: [
      { at: 2000, cpuWaitNs: 100, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: 10 },
      { at: 3000, cpuWaitNs: 300, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: 20 },
    ],
  };

  it('starts at 0, interpolates between readings, carries the last rate on to the end, then stays', () => {
    const wait = new CounterTrack(series, 'cpuWaitNs');
    expect(wait.at(0)).toBe(0);
    expect(wait.at(1500)).toBe(50);
    expect(wait.at(2500)).toBe(200);
    expect(wait.at(3500)).toBe(400); // 200 per second after the last reading
    expect(wait.at(4000)).toBe(500);
    expect(wait.at(9000)).toBe(500); // ended
    expect(new CounterTrack(series, 'memoryNs').at(3000)).toBe(0); // not measured: reads 0
  });

  it('keeps extrapolating a running task to the time asked', () => {
    expect(new CounterTrack({ ...series, finishedAt: null }, 'cpuNs').at(5000)).toBe(40);
  });
});

describe('intervalContention', () => {
  it('is all the wait when the others used at least what the task waited', () => {
    // Two CPU-bound tasks on one CPU, per second: each runs 0.5 s and waits 0.5 s; alone it would run 1 s.
    expect(intervalContention(500, 500, 500)).toBe(500);
    expect(intervalContention(250, 750, 1750)).toBe(750); // 8 tasks on 2 CPUs
  });

  it('keeps the wait the others\' CPU could not have covered', () => {
    // Ran 100 ms, waited 800 ms, the others used 200 ms: alone it gets 300 of the 900 ms it wants
    // a CPU (1/3), so 100 ms of work take 300 ms, 200 ms of them waiting; 600 ms were contention.
    expect(intervalContention(100, 800, 200)).toBeCloseTo(600, 10);
  });

  it('is nothing when the others used no CPU or the task did not wait', () => {
    expect(intervalContention(300, 700, 0)).toBe(0);
    expect(intervalContention(1000, 0, 1000)).toBe(0);
    expect(intervalContention(0, 500, 400)).toBe(500); // starved: alone it would have run
  });
});

describe('attributeContention', () => {
  it('counts no contention while no other task of the run ran, however long the task waited', () => {
    const tasks = new Map([
      ['a', steady(0, 4, 0.3, 0.7)],
      ['b', steady(4, 8, 0.3, 0.7)],
    ]);
    const c = attributeContention(tasks);
    expect(c.get('a')).toEqual({ contentionMs: 0, cpuWaitMs: expect.closeTo(2800, 6), observedMs: 4000 });
    expect(c.get('b')?.contentionMs).toBe(0);
  });

  it('counts all the wait of tasks sharing the CPUs', () => {
    // Two CPU-bound tasks on one CPU: each runs half the time and waits the other half.
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(0, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks);
    expect(c.get('a')?.contentionMs).toBeCloseTo(5000, 6);
    expect(c.get('b')?.contentionMs).toBeCloseTo(5000, 6);
  });

  it('keeps the wait caused by other programs: what the others\' CPU could not have covered', () => {
    // Four tasks that each got 0.1 CPU and waited 0.8 of every second, on a host busy with other work.
    const tasks = new Map(['a', 'b', 'c', 'd'].map((id) => [id, steady(0, 10, 0.1, 0.8)] as const));
    const c = attributeContention(tasks);
    // Per second: alone 0.4 of the 0.9 s it wants a CPU: 0.1 s of work take 0.225 s, 0.125 s waiting.
    expect(c.get('a')?.contentionMs).toBeCloseTo(6750, 6);
  });

  it('takes throttling by the task\'s own limit out, and adds memory stall in the same proportion', () => {
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5, { throttle: 0.2, memory: 0.1 })],
      ['b', steady(0, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks);
    expect(c.get('a')?.cpuWaitMs).toBeCloseTo(3000, 6);
    expect(c.get('a')?.contentionMs).toBeCloseTo(3000 + 1000, 6);
  });

  it('counts only the time two tasks overlapped', () => {
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(5, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks);
    expect(c.get('a')?.contentionMs).toBeCloseTo(2500, 6);
    expect(c.get('b')?.contentionMs).toBeCloseTo(2500, 6);
  });

  it('leaves out tasks without readings, and counts only inside [from, to]', () => {
    const tasks = new Map<string, StallSeries>([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(0, 10, 0.5, 0.5)],
      ['none', { startedAt: 0, finishedAt: 10_000, readings: [] }],
    ]);
    const c = attributeContention(tasks, { from: 2000, to: 4000 });
    expect(c.has('none')).toBe(false);
    expect(c.get('a')).toEqual({ contentionMs: expect.closeTo(1000, 6), cpuWaitMs: expect.closeTo(1000, 6), observedMs: 2000 });
    expect(contentionShare(tasks, { from: 2000, to: 4000 })).toBeCloseTo(0.5, 6);
    expect(contentionShare(tasks, { from: 20_000, to: 30_000 })).toBeNull();
  });
});

describe('foreignCpuShare', () => {
  it('is the host\'s busy CPU not used by the run\'s tasks, over all CPUs', () => {
    const tasks = new Map([['a', steady(0, 10, 0.5, 0)]]);
    expect(foreignCpuShare(tasks, host(10, 1.5, 3), { cpus: 2, from: 0, to: 10_000 })).toBeCloseTo(0.5, 6);
    expect(foreignCpuShare(tasks, [], { cpus: 2, from: 0, to: 10_000 })).toBeNull();
  });
});

describe('ContentionLedger', () => {
  it('collects readings and host samples, and attributes with the exact agent times', async () => {
    let now = 0;
    let busyNs = 0;
    const ledger = new ContentionLedger({ clock: () => now, cpus: 1, readHost: async () => ({ busyNs, runnable: 3 }) });
    expect(ledger.foreignShare(0, 4000)).toBeNull();
    const a = steady(0, 4, 0.5, 0.5);
    const b = steady(0, 4, 0.5, 0.5);
    for (let i = 0; i <= 8; i++) {
      now = i * 500;
      busyNs = now * 1e6;
      await ledger.sampleHost();
      if (i > 0) {
        ledger.record('a', a.readings[i - 1]);
        ledger.record('b', b.readings[i - 1]);
      }
      if (i === 4) expect(ledger.recentShare(1000)).toBeCloseTo(0.5, 6);
    }
    ledger.finished('a', 0, 4000);
    ledger.finished('b', 0, 4000);
    const c = ledger.attribute();
    expect(c.get('a')?.contentionMs).toBeCloseTo(2000, 6);
    expect(c.get('b')?.contentionMs).toBeCloseTo(2000, 6);
    // The host was as busy as the two tasks together.
    expect(ledger.foreignShare(0, 4000)).toBeCloseTo(0, 6);
    await ledger.stop();
  });
});
