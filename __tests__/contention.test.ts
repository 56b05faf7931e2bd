import { describe, expect, it } from 'vitest';
import { attributeContention, contentionShare, CounterTrack, type HostReading, type StallSeries } from '../src/report/contention.js';
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

describe('attributeContention', () => {
  it('counts no contention while no other task of the run ran, however long the task waited', () => {
    const tasks = new Map([
      ['a', steady(0, 4, 0.3, 0.7)],
      ['b', steady(4, 8, 0.3, 0.7)],
    ]);
    const c = attributeContention(tasks, host(8, 2, 20), { cpus: 2 });
    expect(c.get('a')).toEqual({ contentionMs: 0, cpuWaitMs: expect.closeTo(2800, 6), observedMs: 4000 });
    expect(c.get('b')?.contentionMs).toBe(0);
  });

  it('on an otherwise idle host, counts all the wait of tasks sharing the CPUs', () => {
    // Two CPU-bound tasks on one CPU: each runs half the time and waits the other half.
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(0, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks, host(10, 1, 3), { cpus: 1 });
    expect(c.get('a')?.contentionMs).toBeCloseTo(5000, 6);
    expect(c.get('b')?.contentionMs).toBeCloseTo(5000, 6);
  });

  it('on a host busy without the run, keeps the wait the task would have had alone', () => {
    // 2 CPUs; a and b each want a CPU all the time and get 0.4 of one; 3 foreign threads take the
    // other 1.2. Alone next to those 3, a task gets 2/4 of a CPU: 4 s of CPU take 8 s, 4 s of them waiting.
    const tasks = new Map([
      ['a', steady(0, 10, 0.4, 0.6)],
      ['b', steady(0, 10, 0.4, 0.6)],
    ]);
    const c = attributeContention(tasks, host(10, 2, 2 + 3 + 1), { cpus: 2 });
    expect(c.get('a')?.cpuWaitMs).toBeCloseTo(6000, 6);
    expect(c.get('a')?.contentionMs).toBeCloseTo(2000, 6); // 10 s − 2 s = 8 s alone
  });

  it('with foreign load too light to make a task wait alone, counts all the wait', () => {
    // Four tasks on 2 CPUs, 0.2 CPU of foreign work but no foreign thread runnable at the readings.
    const tasks = new Map(['a', 'b', 'c', 'd'].map((id) => [id, steady(0, 10, 0.45, 0.55)] as const));
    const c = attributeContention(tasks, host(10, 2, 4 + 1), { cpus: 2 });
    // Whoever held the CPU: 1.35 of 1.55 CPU used by others was the run's, yet the wait is all contention.
    expect(c.get('a')?.contentionMs).toBeCloseTo(5500, 6);
  });

  it('takes throttling by the task\'s own limit out, and adds memory stall in the run\'s share', () => {
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5, { throttle: 0.2, memory: 0.1 })],
      ['b', steady(0, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks, host(10, 1, 3), { cpus: 1 });
    expect(c.get('a')?.cpuWaitMs).toBeCloseTo(3000, 6);
    expect(c.get('a')?.contentionMs).toBeCloseTo(3000 + 1000, 6);
  });

  it('without host readings, counts every wait while another task ran', () => {
    const tasks = new Map([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(5, 10, 0.5, 0.5)],
    ]);
    const c = attributeContention(tasks, [], { cpus: 2 });
    expect(c.get('a')?.contentionMs).toBeCloseTo(5000, 6);
    expect(c.get('b')?.contentionMs).toBeCloseTo(2500, 6);
  });

  it('leaves out tasks without readings, and counts only inside [from, to]', () => {
    const tasks = new Map<string, StallSeries>([
      ['a', steady(0, 10, 0.5, 0.5)],
      ['b', steady(0, 10, 0.5, 0.5)],
      ['none', { startedAt: 0, finishedAt: 10_000, readings: [] }],
    ]);
    const c = attributeContention(tasks, host(10, 1, 3), { cpus: 1, from: 2000, to: 4000 });
    expect(c.has('none')).toBe(false);
    expect(c.get('a')).toEqual({ contentionMs: expect.closeTo(1000, 6), cpuWaitMs: expect.closeTo(1000, 6), observedMs: 2000 });
    expect(contentionShare(tasks, host(10, 1, 3), { cpus: 1, from: 2000, to: 4000 })).toBeCloseTo(0.5, 6);
    expect(contentionShare(tasks, host(10, 1, 3), { cpus: 1, from: 20_000, to: 30_000 })).toBeNull();
  });
});

describe('ContentionLedger', () => {
  it('collects readings and host samples, and attributes with the exact agent times', async () => {
    let now = 0;
    let busyNs = 0;
    const ledger = new ContentionLedger({ clock: () => now, cpus: 1, readHost: async () => ({ busyNs, runnable: 3 }) });
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
    await ledger.stop();
  });
});
