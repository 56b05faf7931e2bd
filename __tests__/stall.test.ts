import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ContainerStallReader,
  cpuUsageNs,
  locateContainerCgroup,
  parseHostStat,
  parseKeyedFile,
  parsePressure,
  parseSchedstat,
  ProcessTreeStallReader,
  readHostStat,
  StallMeter,
  summarizeStall,
  ThreadCounterSum,
  throttledNsFromCpuStat,
  type StallReader,
  type TimedCounters,
} from '../src/exec/stall.js';

/** Recorded cgroup and /proc files: a v1 host with the unified hierarchy (this CI host), v1 alone, v2 with systemd. */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'stall');
const ID = 'aaaa1111';

describe('parsers', () => {
  it('reads the totals of a pressure file, with and without a full line', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'hybrid/unified/docker', ID, 'cpu.pressure'), 'utf8');
    expect(parsePressure(text)).toEqual({ someUs: 636626745, fullUs: 591408243 });
    expect(parsePressure('some avg10=1.00 avg60=0.50 avg300=0.10 total=42\n')).toEqual({ someUs: 42, fullUs: null });
    expect(parsePressure('')).toBeUndefined();
    expect(parsePressure('full avg10=0 total=3')).toBeUndefined();
  });

  it('reads schedstat: run time, wait time, timeslices', () => {
    expect(parseSchedstat('2000000000 700000000 310\n')).toEqual({ runNs: 2e9, waitNs: 7e8, slices: 310 });
    expect(parseSchedstat('12 x')).toBeUndefined();
    expect(parseSchedstat('')).toBeUndefined();
  });

  it('reads throttled time of cgroup v1 (ns) and v2 (µs), and CPU usage of both', () => {
    const v1 = parseKeyedFile(fs.readFileSync(path.join(FIXTURES, 'hybrid/cpu/docker', ID, 'cpu.stat'), 'utf8'));
    expect(v1).toMatchObject({ nr_periods: 120, nr_throttled: 7, throttled_time: 250000000 });
    expect(throttledNsFromCpuStat(v1)).toBe(250_000_000);
    const v2 = fs.readFileSync(path.join(FIXTURES, 'v2/system.slice', `docker-${ID}.scope`, 'cpu.stat'), 'utf8');
    expect(throttledNsFromCpuStat(parseKeyedFile(v2))).toBe(1_500_000_000);
    expect(throttledNsFromCpuStat({ usage_usec: 5 })).toBeNull();
    expect(cpuUsageNs('191109506145\n')).toBe(191109506145);
    expect(cpuUsageNs(v2)).toBe(9_000_000_000);
    expect(cpuUsageNs('nothing 1')).toBeNull();
  });

  it('reads the host\'s busy ticks and runnable threads from /proc/stat', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'proc-stat'), 'utf8');
    // user + nice + system + irq + softirq + steal; idle and iowait are not busy.
    expect(parseHostStat(text)).toEqual({ busyTicks: 211020 + 151157 + 205027 + 0 + 1604 + 1060, runnable: 9 });
    expect(parseHostStat('cpu 1 2 3')).toBeUndefined();
  });

  it('reads the real host (this machine)', async () => {
    const host = await readHostStat();
    expect(host?.busyNs).toBeGreaterThan(0);
    expect(host?.runnable).toBeGreaterThanOrEqual(1);
    expect(parseSchedstat(fs.readFileSync('/proc/self/schedstat', 'utf8'))?.runNs).toBeGreaterThan(0);
  });
});

describe('locateContainerCgroup and ContainerStallReader', () => {
  const proc = path.join(FIXTURES, 'v1-proc');

  it('on a v1 host with the unified hierarchy: threads and throttling from v1, memory and I/O pressure from v2', async () => {
    const root = path.join(FIXTURES, 'hybrid');
    const cgroup = await locateContainerCgroup(ID, root);
    expect(cgroup).toEqual({
      pressureDir: path.join(root, 'unified/docker', ID),
      cpuStatDir: path.join(root, 'cpu/docker', ID),
      threadsFile: path.join(root, 'cpu/docker', ID, 'tasks'),
      cpuUsageFile: path.join(root, 'cpuacct/docker', ID, 'cpuacct.usage'),
    });
    const reader = new ContainerStallReader(cgroup!, proc);
    expect(reader.source).toBe('schedstat');
    // CPU wait: threads 101 and 102 waited 0.7 s and 0.3 s; the task was held up by the longer (not
    // the pressure file's average over CPUs).
    expect(await reader.read()).toEqual({
      cpuWaitNs: 700_000_000,
      throttledNs: 250_000_000,
      memoryNs: 1_500_000,
      ioNs: 16057745_000,
      cpuNs: 191109506145,
    });
  });

  it('on cgroup v1 alone: the threads\' schedstat, no memory or I/O figure', async () => {
    const root = path.join(FIXTURES, 'v1');
    const cgroup = await locateContainerCgroup(ID, root);
    expect(cgroup?.pressureDir).toBeNull();
    expect(cgroup?.threadsFile).toBe(path.join(root, 'cpu,cpuacct/docker', ID, 'tasks'));
    const reader = new ContainerStallReader(cgroup!, proc);
    expect(reader.source).toBe('schedstat');
    expect(await reader.read()).toEqual({ cpuWaitNs: 700_000_000, throttledNs: 250_000_000, memoryNs: null, ioNs: null, cpuNs: 3_000_000_000 });
  });

  it('on a v2 host with the systemd driver: cgroup.threads, throttling and usage in the cgroup\'s own cpu.stat', async () => {
    const root = path.join(FIXTURES, 'v2');
    const dir = path.join(root, 'system.slice', `docker-${ID}.scope`);
    const cgroup = await locateContainerCgroup(ID, root);
    expect(cgroup).toEqual({ pressureDir: dir, cpuStatDir: dir, threadsFile: path.join(dir, 'cgroup.threads'), cpuUsageFile: path.join(dir, 'cpu.stat') });
    // No io.pressure in this fixture: not measured rather than zero.
    expect(await new ContainerStallReader(cgroup!, proc).read()).toEqual({ cpuWaitNs: 7e8, throttledNs: 1.5e9, memoryNs: 0, ioNs: null, cpuNs: 9e9 });
  });

  it('falls back to the CPU pressure total when the threads cannot be listed', async () => {
    const dir = path.join(FIXTURES, 'v2', 'system.slice', `docker-${ID}.scope`);
    const reader = new ContainerStallReader({ pressureDir: dir, cpuStatDir: dir, threadsFile: null, cpuUsageFile: path.join(dir, 'cpu.stat') });
    expect(reader.source).toBe('pressure');
    expect(await reader.read()).toEqual({ cpuWaitNs: 4e9, throttledNs: 1.5e9, memoryNs: 0, ioNs: null, cpuNs: 9e9 });
  });

  it('finds nothing for an unknown container, and reads nothing once the cgroup is gone', async () => {
    expect(await locateContainerCgroup('bbbb2222', path.join(FIXTURES, 'hybrid'))).toBeNull();
    const gone = new ContainerStallReader({ pressureDir: '/nonexistent/cg', cpuStatDir: null, threadsFile: null, cpuUsageFile: null });
    expect(await gone.read()).toBeUndefined();
    const exited = new ContainerStallReader({ pressureDir: null, cpuStatDir: null, threadsFile: '/nonexistent/cg/tasks', cpuUsageFile: null });
    expect(await exited.read()).toBeUndefined();
  });
});

describe('ThreadCounterSum and ProcessTreeStallReader', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('keeps the counters of threads that exited and starts again for a reused id; the path wait takes the longest wait per interval', () => {
    const sum = new ThreadCounterSum();
    expect(sum.update(new Map([['1', { waitNs: 10, runNs: 100 }], ['2', { waitNs: 5, runNs: 50 }]]))).toEqual({ waitNs: 15, runNs: 150, pathWaitNs: 10 });
    // Thread 2 exited; thread 1 went on.
    expect(sum.update(new Map([['1', { waitNs: 30, runNs: 200 }]]))).toEqual({ waitNs: 35, runNs: 250, pathWaitNs: 30 });
    // Id 1 now belongs to a new thread (its counters went down): the old one's 30/200 stay counted.
    expect(sum.update(new Map([['1', { waitNs: 2, runNs: 20 }]]))).toEqual({ waitNs: 37, runNs: 270, pathWaitNs: 32 });
  });

  it('reads the schedstat of every thread of the tree\'s processes', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stall-proc-'));
    const thread = (pid: number, tid: number, run: number, wait: number) => {
      fs.mkdirSync(path.join(dir!, String(pid), 'task', String(tid)), { recursive: true });
      fs.writeFileSync(path.join(dir!, String(pid), 'task', String(tid), 'schedstat'), `${run} ${wait} 7\n`);
    };
    thread(10, 10, 1000, 400);
    thread(10, 11, 500, 100);
    thread(12, 12, 300, 50);
    let members = [10, 12];
    const reader = new ProcessTreeStallReader(() => members, dir);
    expect(await reader.read()).toEqual({ cpuWaitNs: 400, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: 1800 });
    members = [99];
    // Nothing of the tree left to read: no reading rather than a reading of zero.
    expect(await reader.read()).toBeUndefined();
  });
});

describe('summarizeStall', () => {
  const reading = (at: number, waitMs: number, extra: Partial<TimedCounters> = {}): TimedCounters => ({
    at,
    cpuWaitNs: waitMs * 1e6,
    throttledNs: 0,
    memoryNs: null,
    ioNs: null,
    cpuNs: null,
    ...extra,
  });

  it('extrapolates past the last reading at the last interval\'s rate, and says how much was read', () => {
    // Read at 1 s (400 ms waited) and 2 s (900 ms); the task ran until 3 s: 500 ms/s more.
    const s = summarizeStall('pressure', [reading(1000, 400), reading(2000, 900)], 0, 3000)!;
    expect(s.cpuWaitMs).toBe(1400);
    expect(s.coverage).toBeCloseTo(2 / 3, 10);
    expect(s.source).toBe('pressure');
  });

  it('takes the task\'s own throttling out of its wait and caps every figure at the duration', () => {
    const s = summarizeStall('pressure', [reading(1000, 800, { throttledNs: 300e6, ioNs: 5000e6, memoryNs: 10e6 })], 0, 1000)!;
    expect(s).toEqual({ source: 'pressure', cpuWaitMs: 500, throttledMs: 300, memoryMs: 10, ioMs: 1000, coverage: 1 });
  });

  it('uses the start as the baseline with one reading, ignores readings from before the start, and gives null without any', () => {
    const s = summarizeStall('schedstat', [reading(-50, 999), reading(500, 100)], 0, 1000)!;
    expect(s.cpuWaitMs).toBe(200); // 100 ms in the first 500 ms, the same rate for the next 500 ms
    expect(summarizeStall('schedstat', [], 0, 1000)).toBeNull();
  });
});

describe('StallMeter', () => {
  it('keeps readings until the source is gone, passes each on, and summarizes them', async () => {
    const values: (number | undefined)[] = [100, 300, undefined, 900];
    let now = 0;
    const reader: StallReader = {
      source: 'pressure',
      read: async () => {
        const v = values.shift();
        return v === undefined ? undefined : { cpuWaitNs: v * 1e6, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: null };
      },
    };
    const seen: number[] = [];
    const meter = new StallMeter(reader, () => now, (r) => seen.push(r.cpuWaitNs / 1e6));
    now = 500;
    await meter.sample();
    now = 1000;
    await meter.sample();
    now = 1500;
    await meter.sample(); // gone: no reading, and no more reads after it
    await meter.sample();
    expect(seen).toEqual([100, 300]);
    expect(meter.readings.map((r) => r.at)).toEqual([500, 1000]);
    expect(meter.summary(0, 1500)?.cpuWaitMs).toBe(500);
    await meter.stop();
  });
});
