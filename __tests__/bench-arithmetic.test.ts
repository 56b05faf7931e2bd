/** The benchmark's arithmetic on fixed records: figures checked by hand, no timing involved. */
import { describe, expect, it } from 'vitest';
import { checkTarget, parseTimings, ratio, slotAccounting, variantFigures, workTimes, type VariantMeasurement } from '../bench/arithmetic.js';
import type { TaskRecord } from '../src/core/model.js';
import { computeRunMetrics } from '../src/report/metrics.js';

const measurement: VariantMeasurement = {
  tasks: 4,
  parallel: 2,
  wallMs: 25_000,
  workMs: [10_000, 10_000, 10_000, 10_000],
  overheadMs: [100, 200, 300, 400, 1000],
};

describe('variantFigures', () => {
  it('computes speedup, efficiency, the ratio to the reference and overhead percentiles', () => {
    const f = variantFigures(measurement, 50_000);
    expect(f.sumWorkMs).toBe(40_000);
    expect(f.speedup).toBeCloseTo(1.6, 12); // 40 s of work in 25 s
    expect(f.efficiency).toBeCloseTo(0.8, 12); // 1.6 of 2 slots
    expect(f.vsReference).toBeCloseTo(2, 12); // the loop took 50 s
    expect(f.overheadP50Ms).toBe(300);
    // rank 0.95 × 4 = 3.8: 400 + 0.8 × (1000 − 400)
    expect(f.overheadP95Ms).toBeCloseTo(880, 9);
  });

  it('counts only as many slots as there are tasks', () => {
    const f = variantFigures({ ...measurement, parallel: 16, wallMs: 10_000 }, 40_000);
    expect(f.speedup).toBeCloseTo(4, 12);
    expect(f.efficiency).toBeCloseTo(1, 12);
  });

  it('gives no percentile without samples and no speedup without wall time', () => {
    const f = variantFigures({ ...measurement, wallMs: 0, overheadMs: [] }, Number.NaN);
    expect(f.speedup).toBe(0);
    expect(f.efficiency).toBe(0);
    expect(f.overheadP50Ms).toBeNaN();
    expect(f.overheadP95Ms).toBeNaN();
  });

  it('agrees with the efficiency a run reports for the same wall time, durations and slots', () => {
    const records = measurement.workMs.map((ms, i) => ({ id: `t${i}`, status: 'succeeded', dependsOn: [], agentStartedAt: 0, agentFinishedAt: ms, durationMs: ms, phases: {} }) as unknown as TaskRecord);
    const run = computeRunMetrics(records, { startedAt: 0, finishedAt: 25_000, maxParallel: 2, mode: 'docker' });
    const f = variantFigures(measurement, 50_000);
    expect(f.speedup).toBeCloseTo(run.concurrency, 12);
    expect(f.efficiency).toBeCloseTo(run.efficiency, 12);
  });
});

describe('script timings', () => {
  const output = [
    'some agent output',
    'BENCH-TIMING w1-02 1700000001000 1700000011250',
    '  BENCH-TIMING w1-01 1700000000000 1700000010000  ',
    'BENCH-TIMING broken 12 x',
  ].join('\n');

  it('parses the timing lines and ignores everything else', () => {
    expect(parseTimings(output)).toEqual([
      { task: 'w1-02', startMs: 1700000001000, endMs: 1700000011250 },
      { task: 'w1-01', startMs: 1700000000000, endMs: 1700000010000 },
    ]);
  });

  it('returns work times in the order of the task ids, and fails for a task that printed none', () => {
    const timings = parseTimings(output);
    expect(workTimes(timings, ['w1-01', 'w1-02'])).toEqual([10_000, 10_250]);
    expect(() => workTimes(timings, ['w1-01', 'w1-03'])).toThrow("task 'w1-03' printed no BENCH-TIMING line");
  });
});

describe('targets', () => {
  it('checks minimums and maximums, inclusive, and never passes a missing value', () => {
    expect(checkTarget('eff', 0.97, 'min', 0.97).met).toBe(true);
    expect(checkTarget('eff', 0.969, 'min', 0.97).met).toBe(false);
    expect(checkTarget('rss', 150, 'max', 150).met).toBe(true);
    expect(checkTarget('rss', 150.1, 'max', 150).met).toBe(false);
    expect(checkTarget('rss', Number.NaN, 'max', 150).met).toBe(false);
  });

  it('overhead ratio: overhead over the bare lifecycle, undefined without one', () => {
    expect(ratio(270, 180)).toBeCloseTo(1.5, 12);
    expect(ratio(270, 0)).toBeNaN();
  });
});

describe('slotAccounting', () => {
  it('splits slots × wall into agent time, per-task overhead and idle slots', () => {
    // Two slots, a 10 s run: a = [1, 6) with 4 s in its agent, b = [1, 9) with 7 s, c = [6, 9.5) with 3 s.
    const tasks = [
      { startedAt: 1_000, finishedAt: 6_000, durationMs: 4_000 },
      { startedAt: 1_000, finishedAt: 9_000, durationMs: 7_000 },
      { startedAt: 6_000, finishedAt: 9_500, durationMs: 3_000 },
      { startedAt: null, finishedAt: 9_600, durationMs: null }, // skipped: no slot
    ];
    const a = slotAccounting(tasks, { startedAt: 0, finishedAt: 10_000, maxParallel: 2 });
    expect(a).toEqual({ slotMs: 20_000, agentMs: 14_000, taskOverheadMs: 2_500, idleMs: 3_500, setupMs: 1_000, tailMs: 500 });
    expect(a.agentMs + a.taskOverheadMs + a.idleMs).toBe(a.slotMs);
  });
});
