import { describe, expect, it } from 'vitest';
import {
  attributeContention,
  contentionShare,
  CounterTrack,
  foreignCpuShare,
  intervalContention,
  probeReach,
  readProbe,
  taskMemorySlowdown,
  type HostReading,
  type StallSeries,
} from '../src/report/contention.js';
import { ContentionLedger } from '../src/run/contention.js';
import type { TimedCounters } from '../src/exec/stall.js';
import { MemoryProbe, parseProbeLine, type ProbeSample } from '../src/exec/memory-probe.js';

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
    expect(c.get('a')).toEqual({ contentionMs: 0, cpuWaitMs: expect.closeTo(2800, 6), observedMs: 4000, memoryBandwidthMs: 0 });
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
    expect(c.get('a')).toEqual({ contentionMs: expect.closeTo(1000, 6), cpuWaitMs: expect.closeTo(1000, 6), observedMs: 2000, memoryBandwidthMs: 0 });
    expect(contentionShare(tasks, { from: 2000, to: 4000 })).toBeCloseTo(0.5, 6);
    expect(contentionShare(tasks, { from: 20_000, to: 30_000 })).toBeNull();
  });
});

/** Probe passes every half second in [from, to] s, each taking `ms`. */
function passes(from: number, to: number, ms: number): ProbeSample[] {
  const list: ProbeSample[] = [];
  for (let t = from; t <= to + 1e-9; t += 0.5) list.push({ at: Math.round(t * 1000), ms });
  return list;
}

describe('memory bandwidth from the probe', () => {
  it('taskMemorySlowdown scales the probe\'s slowdown by the task work beside the task against beside the probe', () => {
    // Two CPUs, both busy with tasks: the probe and each task ran beside one CPU of task work.
    expect(taskMemorySlowdown(1.5, 2, 1, 2)).toBeCloseTo(1.5, 10);
    expect(taskMemorySlowdown(1.5, 2, 0.25, 2)).toBeCloseTo(1.5, 10); // 8 tasks sharing 2 CPUs
    // One task on two CPUs: the probe ran beside it, the task beside nothing.
    expect(taskMemorySlowdown(1.5, 1, 1, 2)).toBe(1);
    // Four CPUs, two busy: the probe ran beside two CPUs of work, each task beside one.
    expect(taskMemorySlowdown(2, 2, 1, 4)).toBeCloseTo(1.5, 10);
    expect(taskMemorySlowdown(2, 4, 1, 4)).toBeCloseTo(2, 10);
    // Next to no task work beside the probe, or no ratio: nothing.
    expect(taskMemorySlowdown(3, 0.1, 0.05, 2)).toBe(1);
    expect(taskMemorySlowdown(Number.NaN, 2, 1, 2)).toBe(1);
  });

  it('counts the time tasks that shared the CPUs ran slower, as the probe measured it', () => {
    // Two CPU-busy tasks on two CPUs, 0–10 s; the probe's passes take 2 ms before and 3 ms while they run.
    const tasks = new Map([
      ['a', steady(0, 10, 1, 0)],
      ['b', steady(0, 10, 1, 0)],
    ]);
    const samples = [...passes(-3, -0.5, 2), ...passes(0.5, 9.5, 3)];
    expect(readProbe(tasks, samples)).toEqual({ baselineMs: 2, slowdown: 1.5 });
    const c = attributeContention(tasks, { probe: { samples, cpus: 2 } });
    // 1.5× slower: a third of each task's 10 s of CPU.
    expect(c.get('a')?.memoryBandwidthMs).toBeCloseTo(10_000 / 3, 6);
    expect(c.get('a')?.contentionMs).toBeCloseTo(10_000 / 3, 6);
    expect(c.get('b')?.memoryBandwidthMs).toBeCloseTo(10_000 / 3, 6);
    // Without the probe, the same series count nothing: neither waited.
    expect(attributeContention(tasks).get('a')?.contentionMs).toBe(0);
  });

  it('counts nothing for tasks one at a time, for CPU-bound tasks, or without a baseline', () => {
    const oneAtATime = new Map([
      ['a', steady(0, 5, 1, 0)],
      ['b', steady(5, 10, 1, 0)],
    ]);
    const slowed = [...passes(-3, -0.5, 2), ...passes(0.5, 9.5, 3)];
    // The probe ran beside each task, but no task ran beside another.
    expect(attributeContention(oneAtATime, { probe: { samples: slowed, cpus: 2 } }).get('a')?.memoryBandwidthMs).toBe(0);

    const sideBySide = new Map([
      ['a', steady(0, 10, 1, 0)],
      ['b', steady(0, 10, 1, 0)],
    ]);
    // Passes no slower (or, noisy, faster) while they ran: nothing, never less than nothing.
    const same = [...passes(-3, -0.5, 2), ...passes(0.5, 9.5, 1.8)];
    expect(attributeContention(sideBySide, { probe: { samples: same, cpus: 2 } }).get('a')).toEqual({ contentionMs: 0, cpuWaitMs: 0, observedMs: 10_000, memoryBandwidthMs: 0 });
    // Passes slower by less than their own spread: nothing.
    const little = [...passes(-3, -0.5, 2), ...passes(0.5, 9.5, 2.5)];
    expect(attributeContention(sideBySide, { probe: { samples: little, cpus: 2 } }).get('a')?.memoryBandwidthMs).toBe(0);
    // Two passes with no agent running are too few for a baseline.
    const fewIdle = [...passes(-1, -0.5, 2), ...passes(0.5, 9.5, 3)];
    expect(readProbe(sideBySide, fewIdle)).toBeNull();
    expect(attributeContention(sideBySide, { probe: { samples: fewIdle, cpus: 2 } }).get('a')?.memoryBandwidthMs).toBe(0);
    // One CPU: no other CPU to share memory with.
    expect(attributeContention(sideBySide, { probe: { samples: slowed, cpus: 1 } }).get('a')?.memoryBandwidthMs).toBe(0);
  });

  it('never counts more than the task time its CPU wait left', () => {
    // Each waited half its time for the other; the probe says 10× slower.
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(0, 10, 0.5, 0.5)],
    ]);
    const samples = [...passes(-3, -0.5, 1), ...passes(0.5, 9.5, 10)];
    const a = attributeContention(tasks, { probe: { samples, cpus: 2 } }).get('a')!;
    expect(a.contentionMs).toBeLessThanOrEqual(a.observedMs + 1e-6);
    expect(a.memoryBandwidthMs).toBeCloseTo(a.contentionMs - 5000, 6);
  });

  it('probeReach: at most the CPU time tasks ran where they ran a quarter of a CPU or more together', () => {
    // Eight agents waiting for an answer (or sleeping): 0.02 CPUs each, 0.16 in all, whatever the probe read.
    const waiting = new Map(Array.from({ length: 8 }, (_, i) => [`t${i}`, steady(0, 10, 0.02, 0)] as const));
    expect(probeReach(waiting)).toBe(0);
    const slowed = [...passes(-3, -0.5, 2), ...passes(0.5, 9.5, 6)];
    for (const c of attributeContention(waiting, { probe: { samples: slowed, cpus: 2 } }).values()) expect(c.memoryBandwidthMs).toBe(0);
    // Eight 10 s sleeps that each commit with 30 ms of CPU in their last half second, all at once:
    // that half second counts, but it is 0.3 % of each task's time.
    const committing = new Map(
      Array.from({ length: 8 }, (_, i) => {
        const readings: TimedCounters[] = [0.5, 9.5, 10].map((t) => ({ at: t * 1000, cpuNs: t < 10 ? 0 : 30e6, cpuWaitNs: 0, throttledNs: 0, memoryNs: 0, ioNs: null }));
        return [`t${i}`, { startedAt: 0, finishedAt: 10_000, readings }] as const;
      }),
    );
    expect(probeReach(committing)).toBeCloseTo(0.003, 6);
    for (const c of attributeContention(committing, { probe: { samples: slowed, cpus: 2 } }).values()) {
      expect(c.memoryBandwidthMs).toBeGreaterThan(0);
      expect(c.memoryBandwidthMs).toBeLessThanOrEqual(30);
    }
    // Two of them running 0.15 CPUs each for one second: 15 % of that second each.
    const busy = new Map(waiting);
    busy.set('t0', steady(4, 5, 0.15, 0));
    busy.set('t1', steady(4, 5, 0.15, 0));
    expect(probeReach(busy)).toBeCloseTo(0.15, 6);
    // No readings at all: nothing to count.
    expect(probeReach(new Map([['a', { startedAt: 0, finishedAt: 1000, readings: [] }]]))).toBe(0);
  });

  it('parseProbeLine reads "<epoch ms> <CPU ms>" and nothing else', () => {
    expect(parseProbeLine('1796096476739 2.870\n')).toEqual({ at: 1796096476739, ms: 2.87 });
    expect(parseProbeLine('oops')).toBeUndefined();
    expect(parseProbeLine('1 -2')).toBeUndefined();
  });

  it('rejects options that are not whole numbers', () => {
    expect(() => new MemoryProbe({ intervalMs: 0 })).toThrow(/intervalMs must be a whole number ≥ 1, got 0/);
    expect(() => new MemoryProbe({ bytes: 1.5 })).toThrow(/bytes must be a whole number ≥ 1, got 1.5/);
  });

  it('the real probe reports its passes, its final ones before stop() returns, and is gone then', async () => {
    // No steady passes within the test: the two quick ones at the start, then three when stopped.
    const probe = new MemoryProbe({ bytes: 4 * 1024 ** 2, intervalMs: 600_000, initialPasses: 2, finalPasses: 3 });
    probe.start();
    const pid = probe.pid;
    expect(pid).toBeGreaterThan(0);
    const deadline = Date.now() + 30_000;
    while (probe.samples.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(probe.samples).toHaveLength(2);
    await probe.stop();
    expect(probe.samples).toHaveLength(5);
    for (const s of probe.samples) {
      expect(s.ms).toBeGreaterThanOrEqual(0);
      expect(Math.abs(s.at - Date.now())).toBeLessThan(60_000);
    }
    expect(() => process.kill(pid!, 0)).toThrow(/ESRCH/);
    await probe.stop(); // twice is harmless
  });

  it('a probe whose binary is missing records nothing and stops cleanly', async () => {
    const probe = new MemoryProbe({ node: '/nonexistent/node' });
    probe.start();
    await probe.stop();
    expect(probe.samples).toEqual([]);
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
  it('waits for the probe\'s final passes only when they can count', async () => {
    for (const [cpu, finalPasses] of [
      [0.02, 0],
      [1, 3],
    ] as const) {
      // Two quick passes at the start, three when stopped, no steady ones within the test.
      const probe = new MemoryProbe({ bytes: 4 * 1024 ** 2, intervalMs: 600_000, initialPasses: 2, finalPasses: 3 });
      const ledger = new ContentionLedger({ cpus: 2, readHost: async () => undefined, probe });
      probe.start();
      const deadline = Date.now() + 30_000;
      while (probe.samples.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const now = Date.now();
      for (const id of ['a', 'b']) {
        const series = steady(now / 1000 - 2, now / 1000, cpu, 0);
        for (const reading of series.readings) ledger.record(id, reading);
        ledger.finished(id, series.startedAt, series.finishedAt!);
      }
      await ledger.stop();
      expect(probe.samples, `tasks at ${cpu} CPUs each`).toHaveLength(2 + finalPasses);
    }
  });

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
