import { describe, expect, it } from 'vitest';
import { cpuPercent, parseDockerStats, StatsAccumulator, workingSetBytes, type DockerStatsJson } from '../src/exec/stats.js';

// Recorded from Docker 20.10 on a cgroup v1 host (2 CPUs), a node busy loop; irrelevant fields cut.
const v1: DockerStatsJson = {
  read: '2026-11-29T01:59:01.127405791Z',
  pids_stats: { current: 7 },
  cpu_stats: {
    cpu_usage: { total_usage: 3576969574, percpu_usage: [980760622, 2596208952] },
    system_cpu_usage: 1007210000000,
    online_cpus: 2,
  },
  precpu_stats: {
    cpu_usage: { total_usage: 2569615000, percpu_usage: [36729791, 2532885209] },
    system_cpu_usage: 1005240000000,
    online_cpus: 2,
  },
  memory_stats: {
    usage: 78708736,
    max_usage: 78708736,
    stats: { cache: 335872, inactive_file: 0, total_cache: 335872, total_inactive_file: 0, rss: 76677120 },
    limit: 25276059648,
  },
};

// Shape of Docker 24 on a cgroup v2 host (4 CPUs): no max_usage, no percpu_usage, pids limit.
const v2: DockerStatsJson = {
  read: '2024-03-05T10:00:01.500000000Z',
  pids_stats: { current: 12, limit: 512 },
  cpu_stats: { cpu_usage: { total_usage: 2_500_000_000 }, system_cpu_usage: 4_000_000_000_000, online_cpus: 4 },
  precpu_stats: { cpu_usage: { total_usage: 1_500_000_000 }, system_cpu_usage: 3_996_000_000_000, online_cpus: 4 },
  memory_stats: {
    usage: 104_857_600,
    stats: { anon: 83_886_080, file: 20_971_520, inactive_file: 10_485_760, shmem: 4_194_304 },
    limit: 2_147_483_648,
  },
};

// What the stream keeps sending once the container has exited.
const gone: DockerStatsJson = {
  read: '0001-01-01T00:00:00Z',
  pids_stats: {},
  cpu_stats: { cpu_usage: { total_usage: 0 }, system_cpu_usage: 0 },
  precpu_stats: { cpu_usage: { total_usage: 0 }, system_cpu_usage: 0 },
  memory_stats: {},
};

/** A v1-shaped reading at `second` seconds with `cpuNs` cumulative CPU and `mem` bytes in use. */
function reading(second: number, cpuNs: number, prevCpuNs: number, mem: number, pids = 3): DockerStatsJson {
  const base = Date.parse('2026-01-01T00:00:00Z');
  const system = 1e12 + second * 2e9; // 2 CPUs: the host accrues 2 s of CPU time per second
  return {
    read: new Date(base + second * 1000).toISOString(),
    pids_stats: { current: pids },
    cpu_stats: { cpu_usage: { total_usage: cpuNs }, system_cpu_usage: system, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: prevCpuNs }, system_cpu_usage: second === 0 ? 0 : system - 2e9, online_cpus: 2 },
    memory_stats: { usage: mem + 1000, max_usage: mem + 5000, stats: { total_inactive_file: 1000, total_cache: 4000 } },
  };
}

describe('parseDockerStats', () => {
  it('reads a cgroup v1 object like docker stats does', () => {
    const p = parseDockerStats(v1, 0)!;
    expect(p.at).toBe(Date.parse('2026-11-29T01:59:01.127Z'));
    expect(p.cpuTotalNs).toBe(3576969574);
    // (1007354574 / 1970000000) * 2 CPUs * 100
    expect(p.cpuPercent).toBeCloseTo(102.27, 1);
    expect(p.memoryBytes).toBe(78708736);
    expect(p.maxUsageBytes).toBe(78708736);
    expect(p.limitBytes).toBe(25276059648);
    expect(p.pids).toBe(7);
  });

  it('reads a cgroup v2 object: inactive_file is subtracted, tmpfs (shmem) is not', () => {
    const p = parseDockerStats(v2, 0)!;
    expect(p.cpuPercent).toBeCloseTo(100, 6);
    expect(p.memoryBytes).toBe(104_857_600 - 10_485_760);
    expect(p.maxUsageBytes).toBeNull();
    expect(p.pids).toBe(12);
  });

  it('ignores the empty readings of an exited container', () => {
    expect(parseDockerStats(gone, 0)).toBeUndefined();
    expect(parseDockerStats({}, 0)).toBeUndefined();
  });

  it('has no CPU percent for the first object of a stream (zero precpu)', () => {
    expect(parseDockerStats(reading(0, 5e8, 0, 1e6), 0)!.cpuPercent).toBeNull();
  });

  it('uses the given time when the object has none', () => {
    expect(parseDockerStats({ ...v2, read: undefined }, 42)!.at).toBe(42);
  });
});

describe('cpuPercent / workingSetBytes', () => {
  it('falls back to the per-CPU list, then 1, when online_cpus is missing', () => {
    const prev = { cpu_usage: { total_usage: 0 }, system_cpu_usage: 1000 };
    expect(cpuPercent(prev, { cpu_usage: { total_usage: 100, percpu_usage: [1, 2, 3] }, system_cpu_usage: 2000 })).toBeCloseTo(30);
    expect(cpuPercent(prev, { cpu_usage: { total_usage: 100 }, system_cpu_usage: 2000 })).toBeCloseTo(10);
  });

  it('never reports negative memory', () => {
    expect(workingSetBytes(100, { inactive_file: 500 })).toBe(100);
    expect(workingSetBytes(100, {})).toBe(100);
  });
});

describe('StatsAccumulator', () => {
  it('counts CPU time from the first to the last reading by default', () => {
    const acc = new StatsAccumulator();
    acc.addDockerStats(reading(0, 0.5e9, 0, 10e6), 0);
    acc.addDockerStats(reading(1, 1.5e9, 0.5e9, 30e6, 9), 0); // one core busy: 100 %
    acc.addDockerStats(reading(2, 3.3e9, 1.5e9, 20e6), 0); // 1.8 s in 1 s: 180 %
    const s = acc.summary(2000);
    expect(s.cpu!.seconds).toBeCloseTo(2.8, 9);
    expect(s.cpu!.avgPercent).toBeCloseTo(140, 6);
    expect(s.cpu!.peakPercent).toBeCloseTo(180, 6);
    expect(s.memory.peakBytes).toBe(30e6);
    expect(s.peakPids).toBe(9);
    expect(s.samples).toBe(3);
  });

  it('counts from zero for a fresh container', () => {
    const acc = new StatsAccumulator({ countFromZero: true });
    acc.addDockerStats(reading(0, 0.5e9, 0, 10e6), 0);
    acc.addDockerStats(reading(1, 1.5e9, 0.5e9, 10e6), 0);
    expect(acc.summary(1000).cpu!.seconds).toBeCloseTo(1.5, 9);
  });

  it('returns the samples it takes and skips stale or empty ones', () => {
    const acc = new StatsAccumulator();
    const first = acc.addDockerStats(reading(0, 1e9, 0, 10e6), 0)!;
    expect(first).toEqual({ at: Date.parse('2026-01-01T00:00:00Z'), cpuPercent: 0, memoryBytes: 10e6, pids: 3 });
    expect(acc.addDockerStats(reading(1, 0.9e9, 0.8e9, 10e6), 0)).toBeUndefined(); // counter went back
    expect(acc.addDockerStats(gone, 0)).toBeUndefined();
    expect(acc.summary(1000).samples).toBe(1);
  });

  it('derives CPU percent from its own previous reading when precpu is missing', () => {
    const acc = new StatsAccumulator();
    const strip = (s: DockerStatsJson): DockerStatsJson => ({ ...s, precpu_stats: undefined });
    acc.addDockerStats(strip(reading(0, 1e9, 0, 1)), 0);
    const sample = acc.addDockerStats(strip(reading(2, 2e9, 0, 1)), 0)!;
    expect(sample.cpuPercent).toBeCloseTo(50, 6); // 1 s of CPU over 2 s
  });

  it('reports nothing measured, not zeros, without readings', () => {
    expect(new StatsAccumulator().summary(0)).toEqual({
      cpu: null,
      memory: { peakBytes: null },
      peakPids: null,
      samples: 0,
    });
  });

  it('has no CPU peak when no reading had an interval before it (a task shorter than the stats interval)', () => {
    // A fresh container's first reading: its counter gives the CPU time, but there is no rate.
    const acc = new StatsAccumulator({ countFromZero: true });
    acc.addDockerStats(reading(0, 0.38e9, 0, 10e6), 0);
    const s = acc.summary(1000);
    expect(s.cpu!.seconds).toBeCloseTo(0.38, 9);
    expect(s.cpu!.avgPercent).toBeCloseTo(38, 6);
    expect(s.cpu!.peakPercent).toBeNull();
    expect(s.memory.peakBytes).toBe(10e6);
  });

  it('never reports a peak below the average: samples that missed the busy part are raised to it', () => {
    const acc = new StatsAccumulator({ countFromZero: true });
    // 2 s of CPU before the first reading, then idle: sampled rates are 0 %, the run averaged 100 %.
    acc.addDockerStats(reading(0, 2e9, 0, 10e6), 0);
    acc.addDockerStats(reading(1, 2e9, 2e9, 10e6), 0);
    const s = acc.summary(2000);
    expect(s.cpu!.avgPercent).toBeCloseTo(100, 6);
    expect(s.cpu!.peakPercent).toBeCloseTo(100, 6);
    expect(s.cpu!.peakPercent!).toBeGreaterThanOrEqual(s.cpu!.avgPercent);
  });
});
