/**
 * Docker stats → resource samples and per-task totals. Pure: no Docker access, so the arithmetic is
 * unit-tested on recorded objects of both cgroup v1 and v2 hosts.
 */
import type { ResourceSample } from './types.js';

/** The parts of a Docker stats object (`GET /containers/{id}/stats`) that are read here. */
export interface DockerStatsJson {
  /** RFC 3339 time of the reading; `0001-01-01T00:00:00Z` once the container is gone. */
  read?: string;
  cpu_stats?: DockerCpuStats;
  /** The previous reading of the same stream (zeros in the first object). */
  precpu_stats?: DockerCpuStats;
  memory_stats?: {
    usage?: number;
    /** cgroup v1 only: the cgroup's high-water mark, page cache included. */
    max_usage?: number;
    limit?: number;
    stats?: Record<string, number>;
  };
  pids_stats?: { current?: number; limit?: number };
}

export interface DockerCpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
  system_cpu_usage?: number;
  online_cpus?: number;
}

/** One stats object reduced to the numbers the accumulator needs. */
export interface ParsedStats {
  /** Epoch ms of the reading. */
  at: number;
  /** Cumulative CPU time of the container's cgroup, ns. */
  cpuTotalNs: number;
  /** CPU use since the previous reading in percent of one core; null when there is no previous one. */
  cpuPercent: number | null;
  /** Memory in use without reclaimable file cache (what `docker stats` shows). */
  memoryBytes: number;
  /** cgroup v1 high-water mark (includes page cache); null on cgroup v2. */
  maxUsageBytes: number | null;
  limitBytes: number | null;
  pids: number;
}

/** The epoch ms Docker writes for "no reading" (a container that is gone). */
const ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

/**
 * Reads one Docker stats object; undefined when it carries no reading (Docker keeps streaming empty
 * objects for a container that has exited). `now` stands in when the object has no usable time.
 */
export function parseDockerStats(stats: DockerStatsJson, now: number): ParsedStats | undefined {
  const readAt = stats.read ? Date.parse(stats.read) : NaN;
  if (readAt === ZERO_TIME) return undefined;
  const cpuTotalNs = stats.cpu_stats?.cpu_usage?.total_usage;
  const memory = stats.memory_stats;
  if (!cpuTotalNs && memory?.usage === undefined) return undefined;
  return {
    at: Number.isFinite(readAt) ? readAt : now,
    cpuTotalNs: cpuTotalNs ?? 0,
    cpuPercent: cpuPercent(stats.precpu_stats, stats.cpu_stats),
    memoryBytes: workingSetBytes(memory?.usage ?? 0, memory?.stats ?? {}),
    maxUsageBytes: memory?.max_usage ?? null,
    limitBytes: memory?.limit ?? null,
    pids: stats.pids_stats?.current ?? 0,
  };
}

/**
 * CPU percent of one core between two readings, as `docker stats` computes it: the container's
 * share of all host CPU time, times the number of CPUs.
 */
export function cpuPercent(previous: DockerCpuStats | undefined, current: DockerCpuStats | undefined): number | null {
  const prevTotal = previous?.cpu_usage?.total_usage;
  const prevSystem = previous?.system_cpu_usage;
  const total = current?.cpu_usage?.total_usage;
  const system = current?.system_cpu_usage;
  // The first object of a stream has an all-zero precpu_stats: no interval to measure over.
  if (!prevSystem || !system || prevTotal === undefined || total === undefined) return null;
  const systemDelta = system - prevSystem;
  const cpuDelta = total - prevTotal;
  if (systemDelta <= 0 || cpuDelta < 0) return null;
  const cpus = current?.online_cpus || current?.cpu_usage?.percpu_usage?.length || 1;
  return (cpuDelta / systemDelta) * cpus * 100;
}

/**
 * Usage minus inactive file cache (v1: `total_inactive_file`, v2: `inactive_file`), as the Docker
 * CLI reports it. Not minus all `cache`: tmpfs pages count as cache but cannot be reclaimed, and the
 * task's home and /tmp are tmpfs.
 */
export function workingSetBytes(usage: number, stats: Record<string, number>): number {
  const inactive = stats.total_inactive_file ?? stats.inactive_file;
  return inactive !== undefined && inactive < usage ? usage - inactive : usage;
}

/**
 * A task's resource totals. What was not measured is null, never 0: no reading at all leaves
 * `cpu`, the memory peak and the process peak null; readings without a CPU interval (a task shorter
 * than the first stats interval) leave the CPU peak null.
 */
export interface StatsSummary {
  cpu: { seconds: number; avgPercent: number; peakPercent: number | null } | null;
  memory: { peakBytes: number | null };
  peakPids: number | null;
  /** Readings taken. */
  samples: number;
}

/**
 * The peak to report next to an average over the same run. The average (CPU seconds over the run's
 * wall time) is measured exactly; the peak is the busiest sampling interval (about a second), and the
 * busiest interval of a run is never less busy than the run as a whole: a sampled peak below the
 * average means the samples missed the busiest moments (before the first reading, after the last), so
 * the average is the honest lower bound. No interval measured at all: null (shown as "–").
 */
export function peakAtLeastAverage(sampledPeak: number | null, avgPercent: number): number | null {
  return sampledPeak === null ? null : Math.max(sampledPeak, avgPercent);
}

export interface StatsAccumulatorOptions {
  /**
   * The CPU counter started at zero when the measured process started (a fresh container's cgroup):
   * CPU time spent before the first reading then counts too. Default false: only the time between
   * the first and the last reading counts.
   */
  countFromZero?: boolean;
}

/** Folds a stream of stats readings into the totals of one task. */
export class StatsAccumulator {
  #baselineNs: number | null;
  #lastNs: number | null = null;
  #previous: ParsedStats | null = null;
  #peakPercent: number | null = null;
  #peakMemory = 0;
  #peakPids = 0;
  #count = 0;

  constructor(options: StatsAccumulatorOptions = {}) {
    this.#baselineNs = options.countFromZero ? 0 : null;
  }

  /**
   * Adds one Docker stats object; returns the resource sample it yields, or undefined when the object
   * carries no reading.
   */
  addDockerStats(stats: DockerStatsJson, now: number): ResourceSample | undefined {
    const parsed = parseDockerStats(stats, now);
    return parsed ? this.add(parsed) : undefined;
  }

  /** Adds one parsed reading; returns the resource sample it yields, or undefined when it is stale. */
  add(reading: ParsedStats): ResourceSample | undefined {
    // A cumulative counter never goes down: a smaller value is a late or bogus reading.
    if (this.#lastNs !== null && reading.cpuTotalNs < this.#lastNs) return undefined;
    const measured = reading.cpuPercent ?? this.#percentSincePrevious(reading);
    this.#baselineNs ??= reading.cpuTotalNs;
    this.#lastNs = reading.cpuTotalNs;
    this.#previous = reading;
    this.#count++;
    // A reading with no interval before it has no rate: it counts for memory, not for the CPU peak.
    if (measured !== null) this.#peakPercent = Math.max(this.#peakPercent ?? 0, measured);
    const percent = measured ?? 0;
    this.#peakMemory = Math.max(this.#peakMemory, reading.memoryBytes);
    this.#peakPids = Math.max(this.#peakPids, reading.pids);
    return { at: reading.at, cpuPercent: percent, memoryBytes: reading.memoryBytes, pids: reading.pids };
  }

  /** Totals so far; `wallMs` is the time the measured process ran (for the average CPU percent). */
  summary(wallMs: number): StatsSummary {
    if (this.#count === 0 || this.#lastNs === null || this.#baselineNs === null) {
      return { cpu: null, memory: { peakBytes: null }, peakPids: null, samples: 0 };
    }
    const seconds = (this.#lastNs - this.#baselineNs) / 1e9;
    const avgPercent = wallMs > 0 ? (seconds / (wallMs / 1000)) * 100 : 0;
    return {
      cpu: { seconds, avgPercent, peakPercent: peakAtLeastAverage(this.#peakPercent, avgPercent) },
      memory: { peakBytes: this.#peakMemory },
      peakPids: this.#peakPids,
      samples: this.#count,
    };
  }

  /** Fallback when a reading has no precpu part: CPU time over wall time since our last reading. */
  #percentSincePrevious(reading: ParsedStats): number | null {
    const previous = this.#previous;
    if (!previous || reading.at <= previous.at) return null;
    return ((reading.cpuTotalNs - previous.cpuTotalNs) / 1e6 / (reading.at - previous.at)) * 100;
  }
}
