/**
 * Contention: the part of each task's stall that the run's other tasks caused. Pure arithmetic over
 * recorded series — each task's cumulative stall counters (exec/stall.ts) and the host's cumulative
 * CPU use and runnable-thread count — so every figure can be recomputed by hand.
 *
 * A task's CPU wait has two possible causes: the run's other tasks, and everything else on the host
 * (other jobs, the Docker daemon, the orchestrator). Only the first is taken out of its duration to
 * estimate its time alone. Per interval between host readings, the wait counted as contention is
 * - nothing when no other task of the run was running;
 * - otherwise at least the run's share of the CPU the task's competitors used meanwhile
 *   (`others' CPU / (host busy − the task's own CPU)`): whoever held the CPU while it waited;
 * - and at least the wait minus what it would have waited alone next to the host's other runnable
 *   threads, in a fair-share model: with `d` threads of its own wanting a CPU, `E` foreign runnable
 *   threads and `P` CPUs, each thread gets `min(1, P / (d + E))` of a CPU, so a task needing `c` of
 *   CPU waits `c · max(0, (d + E) / P − 1)` alone. On an otherwise idle host that is 0, and all the wait
 *   is contention.
 * The first bound is right when the host is busy without the run (the foreign load keeps what it
 * took); the second when it is not (the fair-share model is exact for an idle host and needs no
 * weights, which the first gets from what was actually used). Memory stall counts as contention in
 * the same share; I/O stall never (a task alone waits for its own I/O).
 */
import type { TimedCounters } from '../exec/stall.js';

/** One task's stall readings over its agent run. */
export interface StallSeries {
  /** Epoch ms when the agent started; the counters are 0 then. */
  startedAt: number;
  /** Epoch ms when it ended; null while it runs (the counters are then extrapolated to the query time). */
  finishedAt: number | null;
  readings: readonly TimedCounters[];
}

/** One reading of the host: cumulative busy CPU time of all CPUs (ns) and runnable threads at that instant. */
export interface HostReading {
  at: number;
  busyNs: number;
  /** Threads running or waiting to run (`procs_running` of /proc/stat), the reader itself included. */
  runnable: number;
}

export interface ContentionOptions {
  /** CPUs of the host. */
  cpus: number;
  /** Only intervals inside [from, to] count (epoch ms). Default: all. */
  from?: number;
  to?: number;
}

export interface TaskContention {
  /** Stall attributed to the run's other tasks (CPU wait, throttling excluded, plus memory), ms. */
  contentionMs: number;
  /** CPU wait in the counted intervals, throttling excluded, ms. */
  cpuWaitMs: number;
  /** Task time inside the counted intervals, ms. */
  observedMs: number;
}

type Counter = 'cpuWaitNs' | 'throttledNs' | 'memoryNs' | 'cpuNs';

/**
 * A cumulative counter of one task as a function of time: 0 at the start, linear between readings,
 * continued at the last interval's rate after the last reading up to the end (the counters vanish
 * with the task, so its last moments are never read), constant afterwards. A counter the source does
 * not have reads 0.
 */
export class CounterTrack {
  readonly #times: number[] = [];
  readonly #values: number[] = [];
  readonly #end: number;
  readonly #start: number;

  constructor(series: StallSeries, key: Counter) {
    this.#start = series.startedAt;
    this.#end = series.finishedAt ?? Number.POSITIVE_INFINITY;
    this.#times.push(series.startedAt);
    this.#values.push(0);
    for (const r of [...series.readings].sort((x, y) => x.at - y.at)) {
      const value = r[key];
      if (value === null || r.at <= series.startedAt) continue;
      this.#times.push(Math.min(r.at, this.#end));
      this.#values.push(Math.max(value, this.#values[this.#values.length - 1]));
    }
  }

  at(t: number): number {
    const at = Math.min(t, this.#end);
    if (at <= this.#start) return 0;
    const times = this.#times;
    // The last point at or before `at` (binary search; times[0] < at here).
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const value = this.#values[lo];
    if (lo + 1 < times.length) {
      const span = times[lo + 1] - times[lo];
      return span > 0 ? value + ((this.#values[lo + 1] - value) * (at - times[lo])) / span : this.#values[lo + 1];
    }
    if (lo === 0 || times[lo] <= times[lo - 1]) return value;
    const rate = (value - this.#values[lo - 1]) / (times[lo] - times[lo - 1]);
    return value + rate * (at - times[lo]);
  }
}

/** {@link CounterTrack.at} for one value: the counter `key` of `series` at epoch ms `t`. */
export function counterAt(series: StallSeries, key: Counter, t: number): number {
  return new CounterTrack(series, key).at(t);
}

/** Host busy time at `t`, linear between the two readings around it. */
function hostBusyAt(a: HostReading, b: HostReading, t: number): number {
  const span = b.at - a.at;
  return span > 0 ? a.busyNs + ((b.busyNs - a.busyNs) * (t - a.at)) / span : b.busyNs;
}

/**
 * Attributes each task's stall to the run's other tasks, interval by interval between host readings
 * (see the module comment). Tasks with no reading at all get no entry. With fewer than two host
 * readings there is no host figure to share by: every wait while another task ran counts.
 */
export function attributeContention(
  tasks: ReadonlyMap<string, StallSeries>,
  host: readonly HostReading[],
  options: ContentionOptions,
): Map<string, TaskContention> {
  const cpus = Math.max(1, options.cpus);
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const measured = [...tasks]
    .filter(([, s]) => s.readings.length > 0)
    .map(([id, s]) => [id, { ...s, tracks: tracksOf(s) }] as const);
  const result = new Map<string, TaskContention>(measured.map(([id]) => [id, { contentionMs: 0, cpuWaitMs: 0, observedMs: 0 }]));
  if (measured.length === 0) return result;

  let intervals: [HostReading | null, HostReading | null, number, number][];
  const sorted = [...host].sort((x, y) => x.at - y.at);
  if (sorted.length >= 2) {
    intervals = [];
    for (let k = 1; k < sorted.length; k++) intervals.push([sorted[k - 1], sorted[k], sorted[k - 1].at, sorted[k].at]);
  } else {
    const start = Math.min(...measured.map(([, s]) => s.startedAt));
    const end = Math.max(...measured.map(([, s]) => s.finishedAt ?? s.readings[s.readings.length - 1].at));
    intervals = [[null, null, start, end]];
  }

  for (const [ha, hb, a0, b0] of intervals) {
    const a = Math.max(a0, from);
    const b = Math.min(b0, to);
    if (!(b > a)) continue;
    const live = measured.filter(([, s]) => s.startedAt < b && (s.finishedAt ?? Number.POSITIVE_INFINITY) > a);
    if (live.length === 0) continue;
    const delta = (s: { tracks: Record<Counter, CounterTrack> }, key: Counter, x: number, y: number) =>
      Math.max(0, s.tracks[key].at(y) - s.tracks[key].at(x));
    // Runnable threads of the run's tasks over the whole interval, for the foreign load E.
    let oursRunnable = 0;
    for (const [, s] of live) oursRunnable += (delta(s, 'cpuNs', a, b) + delta(s, 'cpuWaitNs', a, b)) / 1e6 / (b - a);
    const runnable = ha && hb ? (ha.runnable + hb.runnable) / 2 : 0;
    // The reader of /proc/stat is itself running when it reads.
    const foreign = Math.max(0, runnable - 1 - oursRunnable);

    for (const [id, s] of live) {
      const x = Math.max(a, s.startedAt);
      const y = Math.min(b, s.finishedAt ?? b);
      if (!(y > x)) continue;
      const ms = y - x;
      const waitMs = Math.max(0, delta(s, 'cpuWaitNs', x, y) - delta(s, 'throttledNs', x, y)) / 1e6;
      const memoryMs = delta(s, 'memoryNs', x, y) / 1e6;
      const cpuMs = delta(s, 'cpuNs', x, y) / 1e6;
      let othersCpuMs = 0;
      let othersRan = false;
      for (const [otherId, o] of live) {
        if (otherId === id) continue;
        if (o.startedAt < y && (o.finishedAt ?? Number.POSITIVE_INFINITY) > x) othersRan = true;
        othersCpuMs += delta(o, 'cpuNs', x, y) / 1e6;
      }
      const entry = result.get(id)!;
      entry.observedMs += ms;
      entry.cpuWaitMs += waitMs;
      if (!othersRan) continue;
      let share = 1;
      let aloneWaitMs = 0;
      if (ha && hb) {
        const elseCpuMs = (hostBusyAt(ha, hb, y) - hostBusyAt(ha, hb, x)) / 1e6 - cpuMs;
        share = elseCpuMs > 0 ? Math.min(1, othersCpuMs / elseCpuMs) : othersCpuMs > 0 ? 1 : 0;
        const ownThreads = (cpuMs + waitMs) / ms;
        aloneWaitMs = cpuMs * Math.max(0, (ownThreads + foreign) / cpus - 1);
      }
      // A task cannot be held up for longer than the interval (a sum over threads can exceed it).
      const cpuContention = Math.min(waitMs, ms, Math.max(waitMs * share, waitMs - aloneWaitMs));
      entry.contentionMs += cpuContention + memoryMs * share;
    }
  }
  return result;
}

function tracksOf(series: StallSeries): Record<Counter, CounterTrack> {
  return {
    cpuWaitNs: new CounterTrack(series, 'cpuWaitNs'),
    throttledNs: new CounterTrack(series, 'throttledNs'),
    memoryNs: new CounterTrack(series, 'memoryNs'),
    cpuNs: new CounterTrack(series, 'cpuNs'),
  };
}

/**
 * The share of the running tasks' time spent stalled by each other in [from, to]: attributed
 * contention over task time, 0–1; null when no task with readings ran then.
 */
export function contentionShare(
  tasks: ReadonlyMap<string, StallSeries>,
  host: readonly HostReading[],
  options: ContentionOptions & { from: number; to: number },
): number | null {
  let contention = 0;
  let observed = 0;
  for (const c of attributeContention(tasks, host, options).values()) {
    contention += c.contentionMs;
    observed += c.observedMs;
  }
  return observed > 0 ? Math.min(1, contention / observed) : null;
}
