import { describe, expect, it } from 'vitest';
import { autoParallelism, PressureMonitor } from '../src/run/concurrency.js';
import { silentLogger } from '../src/core/logger.js';

const GiB = 1024 ** 3;

describe('autoParallelism', () => {
  it('is derived from host memory and the per-task limit, not from cores', () => {
    expect(autoParallelism(2 * GiB, 20, { totalMemoryBytes: 24 * GiB })).toBe(9); // floor(19.2 / 2)
    expect(autoParallelism(512 * 1024 ** 2, 50, { totalMemoryBytes: 24 * GiB })).toBe(16); // capped
    expect(autoParallelism(8 * GiB, 5, { totalMemoryBytes: 4 * GiB })).toBe(1); // at least one
    expect(autoParallelism(1 * GiB, 3, { totalMemoryBytes: 24 * GiB })).toBe(3); // never more than tasks
  });
});

describe('PressureMonitor', () => {
  it('holds starts only while pressure is sustained, and accounts for the time held', async () => {
    let readings = [{ cpuPercent: 95, memoryPercent: 40 }];
    let now = 0;
    const monitor = new PressureMonitor({
      logger: silentLogger,
      clock: () => now,
      probe: () => readings[0],
      intervalMs: 5,
      sustainedSamples: 2,
    });
    monitor.sample();
    await monitor.waitForCapacity(); // one sample over: not sustained, no hold
    expect(monitor.holds).toBe(0);
    monitor.sample();
    expect(monitor.underPressure).toBe(true);
    const waiting = monitor.waitForCapacity();
    now = 1500;
    readings = [{ cpuPercent: 20, memoryPercent: 40 }];
    monitor.sample();
    await waiting;
    expect(monitor.holds).toBe(1);
    expect(monitor.heldBackMs).toBe(1500);
  });

  it('goes by the running tasks\' stall share when there is one, not by a busy host', () => {
    let share: number | null = 0.1;
    const monitor = new PressureMonitor({
      logger: silentLogger,
      // The host is busy with other work: the CPU rule alone would hold every start.
      probe: () => ({ cpuPercent: 99, memoryPercent: 40 }),
      stallProbe: () => share,
      sustainedSamples: 1,
    });
    monitor.sample();
    expect(monitor.underPressure).toBe(false);
    share = 0.45; // running tasks wait for each other 45% of their time
    monitor.sample();
    expect(monitor.underPressure).toBe(true);
    share = 0.3; // at the threshold is not over it
    monitor.sample();
    expect(monitor.underPressure).toBe(false);
    share = null; // nothing measured running: the host CPU rule again
    monitor.sample();
    expect(monitor.underPressure).toBe(true);
  });

  it('records the stall share that caused a hold', async () => {
    let share = 0.6;
    let now = 0;
    const monitor = new PressureMonitor({ logger: silentLogger, clock: () => now, probe: () => ({ cpuPercent: 50, memoryPercent: 40 }), stallProbe: () => share, intervalMs: 5, sustainedSamples: 1 });
    monitor.sample();
    const waiting = monitor.waitForCapacity();
    now = 700;
    share = 0.05;
    monitor.sample();
    await waiting;
    expect(monitor.episodes).toEqual([{ at: 0, ms: 700, starts: 1, cpuPercent: 50, memoryPercent: 40, stallPercent: 60 }]);
  });

  it('memory over its threshold counts as pressure too', () => {
    const monitor = new PressureMonitor({ logger: silentLogger, probe: () => ({ cpuPercent: 10, memoryPercent: 90 }), sustainedSamples: 1 });
    monitor.sample();
    expect(monitor.underPressure).toBe(true);
  });
});

describe('PressureMonitor accounting', () => {
  it('counts starts held at the same time once, and logs each episode', async () => {
    let reading = { cpuPercent: 95, memoryPercent: 40 };
    let now = 0;
    const monitor = new PressureMonitor({ logger: silentLogger, clock: () => now, probe: () => reading, intervalMs: 5, sustainedSamples: 1 });
    monitor.sample();
    const first = monitor.waitForCapacity();
    now = 400;
    const second = monitor.waitForCapacity();
    now = 1000;
    reading = { cpuPercent: 10, memoryPercent: 40 };
    monitor.sample();
    await Promise.all([first, second]);
    expect(monitor.holds).toBe(2);
    expect(monitor.heldBackMs).toBe(1000); // not 1000 + 600

    reading = { cpuPercent: 10, memoryPercent: 92 };
    monitor.sample();
    const third = monitor.waitForCapacity();
    now = 1300;
    reading = { cpuPercent: 10, memoryPercent: 40 };
    monitor.sample();
    await third;
    expect(monitor.heldBackMs).toBe(1300);
    expect(monitor.episodes).toEqual([
      { at: 0, ms: 1000, starts: 2, cpuPercent: 95, memoryPercent: 40, stallPercent: null },
      { at: 1000, ms: 300, starts: 1, cpuPercent: 10, memoryPercent: 92, stallPercent: null },
    ]);
  });

  it('releases a held start when the run is aborted', async () => {
    const monitor = new PressureMonitor({ logger: silentLogger, probe: () => ({ cpuPercent: 99, memoryPercent: 99 }), intervalMs: 5, sustainedSamples: 1 });
    monitor.sample();
    const controller = new AbortController();
    const waiting = monitor.waitForCapacity(controller.signal);
    controller.abort();
    await waiting;
    expect(monitor.episodes).toHaveLength(1);
  });
});
