import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../src/core/model.js';
import {
  computeRunMetrics,
  criticalPathMs,
  estimateSoloTimes,
  intervalsOverlap,
  median,
  peakOverlap,
  percentile,
  phaseMedians,
} from '../src/report/index.js';
import { taskRecord } from './support/factories.js';
import { unionLength } from '../src/report/metrics.js';

const T0 = 1_700_000_000_000;

/** A finished task whose agent ran from T0+startS to T0+endS seconds. */
function task(id: string, startS: number | null, endS: number | null, extra: Partial<TaskRecord> = {}): TaskRecord {
  const agentStartedAt = startS === null ? null : T0 + startS * 1000;
  const agentFinishedAt = endS === null ? null : T0 + endS * 1000;
  return taskRecord(id, {
    title: id,
    queuedAt: T0,
    readyAt: T0,
    startedAt: agentStartedAt,
    agentStartedAt,
    agentFinishedAt,
    finishedAt: agentFinishedAt,
    durationMs: agentStartedAt !== null && agentFinishedAt !== null ? agentFinishedAt - agentStartedAt : null,
    queueWaitMs: 0,
    overheadMs: 0,
    ...extra,
  });
}

const info = (wallS: number, maxParallel: number) => ({
  startedAt: T0,
  finishedAt: T0 + wallS * 1000,
  maxParallel,
  mode: 'docker' as const,
});

describe('computeRunMetrics', () => {
  it('4 tasks of 10 s in 11 s wall at max-parallel 4', () => {
    const tasks = ['a', 'b', 'c', 'd'].map((id, i) => task(id, i * 0.25, i * 0.25 + 10));
    const m = computeRunMetrics(tasks, info(11, 4));
    expect(m.wallMs).toBe(11_000);
    expect(m.sumTaskMs).toBe(40_000);
    expect(m.concurrency).toBeCloseTo(40 / 11, 10); // 3.636…
    expect(m.efficiency).toBeCloseTo(40 / 11 / 4, 10); // 0.909…
    // No stall data: no estimate, only its bound (no contention: 40 s of tasks, 0.25 s idle at the end).
    expect(m.speedup).toBeNull();
    expect(m.serialEstimateMs).toBeNull();
    expect(m.speedupMax).toBeCloseTo(40.25 / 11, 10);
    expect(m.speedupNote).toMatch(/^no stall data for 4 of 4 tasks \(100% of agent time\): contention not measured/);
    expect(m.peakConcurrency).toBe(4);
    expect(m.succeeded).toBe(4);
    expect(m.failed).toBe(0);
    expect(m.mode).toBe('docker');
    expect(m.maxParallel).toBe(4);
    expect(m.heldBackMs).toBe(0);
  });

  it('divides by the number of tasks that ran when fewer than max-parallel', () => {
    const tasks = [task('a', 0, 10), task('b', 0, 10), task('skipped', null, null, { status: 'skipped' })];
    const m = computeRunMetrics(tasks, info(10, 8));
    expect(m.concurrency).toBe(2);
    expect(m.efficiency).toBe(1); // 2 / min(2 ran, 8)
    expect(m.skipped).toBe(1);
  });

  it('counts statuses and sums agent cost', () => {
    const tasks = [
      task('ok', 0, 5, { agent: { ok: true, costUsd: 0.25 } }),
      task('bad', 0, 5, { status: 'failed', agent: { ok: false, costUsd: 0.5 } }),
      task('slow', 0, 5, { status: 'timed_out' }),
      task('big', 0, 5, { status: 'oom' }),
      task('stop', null, null, { status: 'cancelled' }),
    ];
    const m = computeRunMetrics(tasks, { ...info(5, 4), heldBackMs: 1234 });
    expect([m.succeeded, m.failed, m.skipped, m.cancelled]).toEqual([1, 3, 0, 1]);
    expect(m.totalCostUsd).toBeCloseTo(0.75, 10);
    expect(m.heldBackMs).toBe(1234);
  });

  it('rounds the total cost to a millionth of a dollar', () => {
    const costs = [0.01234, 0.02345, 0.03456, 0.02847];
    expect(costs.reduce((a, b) => a + b)).not.toBe(0.09882); // the drift being fixed
    const m = computeRunMetrics(costs.map((c, i) => task(`t${i}`, 0, 1, { agent: { ok: true, costUsd: c } })), info(1, 4));
    expect(m.totalCostUsd).toBe(0.09882);
  });

  it('gives 0 speedup and efficiency for a zero wall time or no tasks', () => {
    expect(computeRunMetrics([task('a', 0, 0)], info(0, 2))).toMatchObject({ speedup: 0, efficiency: 0 });
    expect(computeRunMetrics([], info(3, 2))).toMatchObject({ speedup: 0, efficiency: 0, peakConcurrency: 0, sumTaskMs: 0 });
  });

  it('uses the critical path given by the caller, or computes it, or leaves the bound null', () => {
    const tasks = [task('a', 0, 10), task('b', 10, 25, { dependsOn: ['a'] }), task('c', 0, 5)];
    expect(computeRunMetrics(tasks, { ...info(25, 4), criticalPathMs: 20_000 })).toMatchObject({
      criticalPathMs: 20_000,
      speedupBound: 1.5,
    });
    expect(computeRunMetrics(tasks, info(25, 4))).toMatchObject({ criticalPathMs: 25_000, speedupBound: 30 / 25 });
    expect(computeRunMetrics(tasks, { ...info(25, 4), criticalPathMs: null })).toMatchObject({
      criticalPathMs: null,
      speedupBound: null,
    });
  });

  it('peak concurrency does not count touching intervals as overlapping', () => {
    // a→b→c run back to back in one slot while d spans them: never more than 2 at once.
    const tasks = [task('a', 0, 10), task('b', 10, 20), task('c', 20, 30), task('d', 0, 30)];
    expect(computeRunMetrics(tasks, info(30, 4)).peakConcurrency).toBe(2);
  });
});

describe('speedup from estimated solo times', () => {
  it('takes out what the tasks waited for each other: the issue\'s case of no real gain', () => {
    // Three tasks of 10 s that each waited 7 s for the others: 3 s each alone, 9 s one at a time.
    const tasks = [task('a', 0, 10), task('b', 0.5, 10.5), task('c', 1, 11)].map((t) => ({ ...t, contentionMs: 7000 }));
    const m = computeRunMetrics(tasks, info(11, 3));
    expect(m.concurrency).toBeCloseTo(30 / 11, 10); // what used to be called the speedup: 2.73
    expect(m.serialEstimateMs).toBe(9000);
    expect(m.speedup).toBeCloseTo(9 / 11, 10); // 0.82: slower than one at a time
    expect(m.contentionMs).toBe(21_000);
    expect(m.speedupNote).toBeNull();
    expect(m.speedupMax).toBeNull();
  });

  it('estimates 1 for tasks run one after another without contention, idle time included once', () => {
    const tasks = [task('a', 0, 10), task('b', 10, 20), task('c', 21, 30)].map((t) => ({ ...t, contentionMs: 0 }));
    const m = computeRunMetrics(tasks, info(31, 1));
    expect(m.serialEstimateMs).toBe(31_000); // 29 s of tasks + 1 s gap + 1 s at the end
    expect(m.speedup).toBe(1);
  });

  it('shares overhead done side by side out over the CPUs, and keeps a lone task\'s own', () => {
    // Overhead before the agent: [agent start − overhead, agent start).
    const spanned = (id: string, startS: number, endS: number, overheadMs: number) => {
      const t = task(id, startS, endS, { contentionMs: 0, overheadMs });
      return { ...t, startedAt: t.agentStartedAt! - overheadMs };
    };
    const tasks = [
      spanned('a', 2, 10, 1000), // set-up [1 s, 2 s), side by side with b's
      spanned('b', 2, 10, 1000),
      spanned('c', 2.5, 10, 1000), // [1.5 s, 2.5 s): half beside a and b
      spanned('lone', 20, 25, 1000), // overlapped nothing: keeps its 1000 ms
    ];
    const run = { startedAt: T0, finishedAt: T0 + 25_000 };
    // One CPU: a had 1.5 others beside it on average (b all the time, c half): 1000 / 2.5 alone.
    const one = estimateSoloTimes(tasks, { ...run, cpus: 1 });
    expect(one.soloMs.get('a')).toBeCloseTo(8000 + 400, 10);
    expect(one.soloMs.get('c')).toBeCloseTo(7500 + 500, 10); // a and b beside it half the time each: k = 1
    expect(one.soloMs.get('lone')).toBe(6000);
    // Two CPUs: two at once cost nothing extra; a: 1000 × 2 / 2.5.
    const two = estimateSoloTimes(tasks, { ...run, cpus: 2 });
    expect(two.soloMs.get('a')).toBeCloseTo(8000 + 800, 10);
    expect(two.soloMs.get('c')).toBe(8500);
    // Idle: before a (starts at 1 s), between 10 s and 19 s: 1 + 9 = 10 s.
    expect(two.idleMs).toBe(10_000);
    expect(two.serialMs).toBeCloseTo(10_000 + 8800 + 8800 + 8500 + 6000, 10);
    expect(two.serialMaxMs).toBe(10_000 + 9000 + 9000 + 8500 + 6000);
  });

  it('never takes out more than the agent time, and counts a small unmeasured share without contention', () => {
    const tasks = [
      task('a', 0, 10, { contentionMs: 15_000 }),
      task('b', 0, 10, { contentionMs: 1000 }),
      task('tiny', 0, 0.5), // no stall data: 0.5 of 20.5 s of agent time
    ];
    const m = computeRunMetrics(tasks, info(10, 4));
    expect(m.serialEstimateMs).toBe(0 + 9000 + 500);
    expect(m.speedup).toBeCloseTo(0.95, 10);
    expect(m.contentionMs).toBe(11_000);
    expect(m.speedupNote).toBe('no stall data for 1 of 3 tasks (2% of agent time): counted without contention');
  });

  it('keeps the estimate on a host busy with other work, and says it is less certain', () => {
    const tasks = [task('a', 0, 10, { contentionMs: 2000 }), task('b', 0, 10, { contentionMs: 2000 })];
    const busy = computeRunMetrics(tasks, { ...info(10, 2), foreignCpuShare: 0.72 });
    expect(busy.speedup).toBeCloseTo(1.6, 10);
    expect(busy.foreignCpuShare).toBe(0.72);
    expect(busy.speedupNote).toMatch(/^the host was busy with other work \(72% of its CPU\): the solo times assume/);
    expect(computeRunMetrics(tasks, { ...info(10, 2), foreignCpuShare: 0.3 }).speedupNote).toBeNull();
  });

  it('says the speedup may be lower when memory-heavy tasks kept the CPUs busy', () => {
    const MiB = 1024 ** 2;
    const heavy = (id: string, peakMiB: number, cpuSeconds: number) =>
      task(id, 0, 10, { contentionMs: 5000, memory: { peakBytes: peakMiB * MiB, limitBytes: 0 }, cpu: { seconds: cpuSeconds, avgPercent: 0, peakPercent: 0 } });
    // Two 512 MiB tasks, 8 s of CPU each in 10 s on 2 CPUs: 80 % of the host's CPU.
    const m = computeRunMetrics([heavy('a', 512, 8), heavy('b', 512, 8)], { ...info(10, 2), cpus: 2 });
    expect(m.speedup).toBeCloseTo(1, 10);
    expect(m.speedupNote).toBe(
      "2 tasks held over 256 MiB each while their CPU time filled 80% of the host's CPUs: memory-heavy work runs slower on a CPU when others run beside it, which is not measured, so the speedup may be lower",
    );
    // Small tasks, or CPUs mostly idle, or a single big task: no note.
    expect(computeRunMetrics([heavy('a', 64, 8), heavy('b', 64, 8)], { ...info(10, 2), cpus: 2 }).speedupNote).toBeNull();
    expect(computeRunMetrics([heavy('a', 512, 2), heavy('b', 512, 2)], { ...info(10, 2), cpus: 2 }).speedupNote).toBeNull();
    expect(computeRunMetrics([heavy('a', 512, 8), heavy('b', 64, 8)], { ...info(10, 2), cpus: 2 }).speedupNote).toBeNull();
  });

  it('says how much was counted for shared memory bandwidth, and then drops the memory-heavy note', () => {
    const MiB = 1024 ** 2;
    const heavy = (id: string, bandwidthMs: number) =>
      task(id, 0, 10, { contentionMs: 5000, memoryBandwidthMs: bandwidthMs, memory: { peakBytes: 512 * MiB, limitBytes: 0 }, cpu: { seconds: 8, avgPercent: 0, peakPercent: 0 } });
    const m = computeRunMetrics([heavy('a', 2000), heavy('b', 2000)], { ...info(10, 2), cpus: 2, memorySlowdown: 1.5 });
    expect(m.memorySlowdown).toBe(1.5);
    expect(m.speedupNote).toBe(
      'the tasks shared memory bandwidth (a memory probe ran 1.50× slower while agents ran than while none did): 20% of agent time counted as contention, assuming each task was as memory-bound as the probe, so for CPU-bound tasks the speedup may be higher',
    );
    // Under the probe's gate nothing was counted: memory-heavy tasks that kept the CPUs busy still get
    // the note (on 2026-12-01 such tasks ran 7–12 % more CPU time side by side while the probe read
    // 0.97–1.01×), with what the probe read.
    const heavyNote = (read: string) =>
      `2 tasks held over 256 MiB each while their CPU time filled 80% of the host's CPUs: memory-heavy work runs slower on a CPU when others run beside it, which no counter here shows and the memory probe did not (it read ${read}×), so the speedup may be lower`;
    expect(computeRunMetrics([heavy('a', 0), heavy('b', 0)], { ...info(10, 2), cpus: 2, memorySlowdown: 1.02 }).speedupNote).toBe(heavyNote('1.02'));
    expect(computeRunMetrics([heavy('a', 0), heavy('b', 0)], { ...info(10, 2), cpus: 2, memorySlowdown: 1.27 }).speedupNote).toBe(heavyNote('1.27'));
    // Tasks that are not memory-heavy: under the gate but not by much, the probe's own note; well under it, none.
    const light = (id: string) =>
      task(id, 0, 10, { contentionMs: 5000, memoryBandwidthMs: 0, memory: { peakBytes: 64 * MiB, limitBytes: 0 }, cpu: { seconds: 8, avgPercent: 0, peakPercent: 0 } });
    expect(computeRunMetrics([light('a'), light('b')], { ...info(10, 2), cpus: 2, memorySlowdown: 1.27 }).speedupNote).toBe(
      'a memory probe ran 1.27× slower while agents ran than while none did, below the 1.3× it takes to tell from its own spread: nothing was counted for memory bandwidth, so if the tasks stream through memory the speedup may be lower',
    );
    expect(computeRunMetrics([light('a'), light('b')], { ...info(10, 2), cpus: 2, memorySlowdown: 1.14 }).speedupNote).toBeNull();
    expect(computeRunMetrics([light('a'), light('b')], { ...info(10, 2), cpus: 2, memorySlowdown: 1.02 }).speedupNote).toBeNull();
    // No probe: the field is absent and the old note stands.
    const none = computeRunMetrics([heavy('a', 0), heavy('b', 0)], { ...info(10, 2), cpus: 2 });
    expect(none).not.toHaveProperty('memorySlowdown');
    expect(none.speedupNote).toMatch(/^2 tasks held over 256 MiB each/);
  });

  it('unionLength counts overlapping intervals once', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 12 }, { start: 20, end: 21 }, { start: 3, end: 3 }])).toBe(13);
    expect(unionLength([])).toBe(0);
  });
});

describe('peakOverlap / intervalsOverlap', () => {
  it('orders ends before starts at the same instant', () => {
    expect(peakOverlap([{ start: 0, end: 10 }, { start: 10, end: 20 }])).toBe(1);
    expect(peakOverlap([{ start: 0, end: 10 }, { start: 9, end: 20 }, { start: 5, end: 6 }])).toBe(2);
    expect(peakOverlap([{ start: 0, end: 10 }, { start: 0, end: 10 }, { start: 0, end: 10 }])).toBe(3);
    expect(peakOverlap([{ start: 5, end: 5 }])).toBe(0);
  });

  it('treats intervals as half-open', () => {
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(intervalsOverlap({ start: 10, end: 20 }, { start: 0, end: 10 })).toBe(false);
    expect(intervalsOverlap({ start: 0, end: 10 }, { start: 9, end: 20 })).toBe(true);
    expect(intervalsOverlap({ start: 0, end: 100 }, { start: 40, end: 50 })).toBe(true);
    expect(intervalsOverlap({ start: 5, end: 5 }, { start: 0, end: 10 })).toBe(false);
  });
});

describe('percentile', () => {
  const values = [15, 20, 35, 40, 50];

  it('interpolates linearly between closest ranks', () => {
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48, 10); // rank 3.8: 40 + 0.8 × 10
    expect(percentile(values, 25)).toBe(20);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
  });

  it('does not depend on input order and does not mutate it', () => {
    const shuffled = [50, 15, 40, 20, 35];
    expect(percentile(shuffled, 95)).toBeCloseTo(48, 10);
    expect(shuffled).toEqual([50, 15, 40, 20, 35]);
  });

  it('a single value is every percentile; empty gives NaN; p outside [0,100] throws', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(median([])).toBeNaN();
    expect(() => percentile(values, 101)).toThrow(RangeError);
    expect(() => percentile(values, -1)).toThrow(RangeError);
    expect(() => percentile(values, Number.NaN)).toThrow(RangeError);
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('phaseMedians / criticalPathMs', () => {
  it('takes the median of each phase over the tasks reporting it', () => {
    const tasks = [
      task('a', 0, 1, { phases: { create: 100, remove: 10 } }),
      task('b', 0, 1, { phases: { create: 300 } }),
      task('c', 0, 1, { phases: { create: 200, remove: 30 } }),
    ];
    expect(phaseMedians(tasks)).toEqual({ create: 200, remove: 20 });
    expect(phaseMedians([])).toEqual({});
  });

  it('follows the longest dependency chain, ignoring unknown ids and cycles', () => {
    const tasks = [
      task('a', 0, 10),
      task('b', 10, 15, { dependsOn: ['a'] }),
      task('c', 0, 29),
      task('d', 15, 30, { dependsOn: ['b', 'ghost'] }),
    ];
    expect(criticalPathMs(tasks)).toBe(30_000); // a(10) + b(5) + d(15) > c(29)
    tasks[2] = task('c', 0, 31);
    expect(criticalPathMs(tasks)).toBe(31_000);
    const cyclic = [task('x', 0, 4, { dependsOn: ['y'] }), task('y', 0, 6, { dependsOn: ['x'] })];
    expect(criticalPathMs(cyclic)).toBe(10_000);
  });
});
