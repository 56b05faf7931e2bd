/**
 * Contention: the part of each task's stall that the run's other tasks caused. Pure arithmetic over
 * recorded series of each task's cumulative counters (CPU time, CPU wait, throttling, memory stall;
 * exec/stall.ts), so every figure can be recomputed by hand.
 *
 * A task waits for a CPU because others hold it: the run's other tasks, or anything else on the host
 * (other jobs, the Docker daemon, the orchestrator). Only the first is contention. Per short interval,
 * with `c` the task's CPU time, `w` its wait (its own throttling taken out) and `o` the CPU time the
 * run's other tasks used:
 * - the task got a CPU for a share `a = c / (c + w)` of the time it wanted one;
 * - without the other tasks, the CPU they used would have been free for it: `a' = min(1, (c + o) / (c + w))`;
 * - alone it would have needed `c / a'` to do the same work, so it waited `c / a' − c` alone, and the
 *   rest of its wait, `w − (c / a' − c)`, is contention.
 * On an otherwise idle host that is all the wait whenever the others used at least what the task
 * waited; a task that waited while the others slept (`o = 0`) waited for something else, and its wait
 * counts as none. It is exact where the tasks share a CPU allotment (containers under Docker's cgroup)
 * and an upper bound where freed CPU would partly go to other programs of equal weight: the solo
 * times are then underestimated, and so is the speedup. Memory stall counts as contention in the same
 * proportion as the CPU wait; I/O stall never (a task alone waits for its own I/O).
 *
 * A task can also be slowed while it runs: work that streams through memory runs slower on its CPU
 * while others stream on the other CPUs (exec/memory-probe.ts). Where the run has a memory probe, per
 * interval, with `r` the probe's pass time over its time while no agent ran (the median of the
 * passes within a second of the interval), `U` the CPUs' worth of time all tasks ran and `u` this
 * task's: the probe ran beside `min(U, cpus − 1)` CPUs of task work, the task beside
 * `min(U − u, cpus − 1)`; it ran `s = 1 + (r − 1) · beside(task) / beside(probe)` times slower than
 * alone, so `c · (1 − 1/s)` of its CPU time `c` is contention. This assumes each task is as
 * memory-bound as the probe: right for work that streams memory, too much for CPU-bound work beside
 * it (the solo times are then underestimated, and so is the speedup). Alone (one task on the host's
 * CPUs) nothing is counted; CPU-bound tasks beside each other do not slow the probe, so nothing is
 * counted either. An interval's figure may be negative (the probe is noisy); only a task's total is
 * kept at 0 or more. When the probe's passes while agents ran were less than
 * {@link PROBE_MIN_SLOWDOWN} times slower than its baseline (median), nothing is counted: its passes
 * alone spread about that much beside CPU-bound tasks.
 */
import type { TimedCounters } from '../exec/stall.js';
import type { ProbeSample } from '../exec/memory-probe.js';

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
  /** Length of the intervals the counters are compared over, ms. Default 500. */
  stepMs?: number;
  /** Only time inside [from, to] counts (epoch ms). Default: all. */
  from?: number;
  to?: number;
  /** The run's memory probe passes and the host's CPUs; without it, memory bandwidth is not counted. */
  probe?: { samples: readonly ProbeSample[]; cpus: number };
}

export interface TaskContention {
  /** Stall attributed to the run's other tasks (CPU wait, throttling excluded, plus memory), ms. */
  contentionMs: number;
  /** CPU wait in the counted time, throttling excluded, ms. */
  cpuWaitMs: number;
  /** Task time inside the counted time, ms. */
  observedMs: number;
  /** Of contentionMs, the part from sharing memory bandwidth (see the module comment); 0 without a probe. */
  memoryBandwidthMs: number;
}

/** Fewest probe passes with no agent running for a baseline; with fewer, memory bandwidth is not counted. */
export const PROBE_BASELINE_PASSES = 3;
/** Probe passes within this many ms of an interval make its slowdown. */
const PROBE_WINDOW_MS = 1000;
/** Below this many CPUs of task work beside the probe, its passes say nothing about the tasks. */
const PROBE_MIN_BESIDE = 0.25;

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What the probe read over a run: its baseline pass time (ms) and its median slowdown while agents ran. */
export interface ProbeReading {
  baselineMs: number;
  /** Passes while any agent ran over the baseline, median; null with no such pass. */
  slowdown: number | null;
}

/**
 * Below this run-wide slowdown of the probe, its passes cannot be told from their own spread: nothing
 * is counted. Beside CPU-bound and sleeping tasks, whose memory traffic is next to none, the probe
 * read 0.82–1.25× its baseline over 26 bench runs on this project's VM (docs/performance.md); beside
 * tasks streaming memory, 1.5–1.9× when they slowed each other and about 1.0–1.1× when they did not.
 */
export const PROBE_MIN_SLOWDOWN = 1.3;

/**
 * Splits the probe's passes into those with no agent running (any series live at a pass rules it
 * out), whose median is the baseline, and those while agents ran. Null with fewer than
 * {@link PROBE_BASELINE_PASSES} passes for the baseline.
 */
export function readProbe(tasks: ReadonlyMap<string, StallSeries>, samples: readonly ProbeSample[]): ProbeReading | null {
  const spans = [...tasks.values()].map((s) => ({ start: s.startedAt, end: s.finishedAt ?? Number.POSITIVE_INFINITY }));
  const idle: number[] = [];
  const busy: number[] = [];
  for (const p of samples) {
    if (spans.some((s) => p.at >= s.start && p.at <= s.end)) busy.push(p.ms);
    else if (p.ms > 0) idle.push(p.ms);
  }
  if (idle.length < PROBE_BASELINE_PASSES) return null;
  const baselineMs = medianOf(idle);
  return { baselineMs, slowdown: busy.length > 0 ? medianOf(busy) / baselineMs : null };
}

/**
 * How many times slower a memory-bound task ran than alone, for a task that ran `taskCpus` CPUs' worth
 * of an interval in which all tasks ran `allCpus` and the probe's passes were `ratio` times their
 * baseline (see the module comment). 1 when the probe had no task work beside it.
 */
export function taskMemorySlowdown(ratio: number, allCpus: number, taskCpus: number, cpus: number): number {
  const besideProbe = Math.min(allCpus, cpus - 1);
  if (!(besideProbe >= PROBE_MIN_BESIDE) || !Number.isFinite(ratio)) return 1;
  const besideTask = Math.max(0, Math.min(allCpus - taskCpus, cpus - 1));
  return 1 + ((ratio - 1) * besideTask) / besideProbe;
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

/**
 * The contention of one interval for a task that used `cpuMs` of CPU, waited `waitMs` (throttling
 * taken out) while the run's other tasks used `othersCpuMs`: see the module comment.
 */
export function intervalContention(cpuMs: number, waitMs: number, othersCpuMs: number): number {
  if (!(waitMs > 0) || !(othersCpuMs > 0)) return 0;
  const wanted = cpuMs + waitMs;
  const aloneShare = Math.min(1, (cpuMs + othersCpuMs) / wanted);
  const aloneWait = cpuMs / aloneShare - cpuMs;
  return Math.max(0, Math.min(waitMs, waitMs - aloneWait));
}

/**
 * Attributes each task's stall to the run's other tasks, interval by interval (see the module
 * comment). Tasks with no reading at all get no entry.
 */
export function attributeContention(tasks: ReadonlyMap<string, StallSeries>, options: ContentionOptions = {}): Map<string, TaskContention> {
  const step = Math.max(1, options.stepMs ?? 500);
  const measured = measuredSeries(tasks);
  const result = new Map<string, TaskContention>(measured.map(({ id }) => [id, { contentionMs: 0, cpuWaitMs: 0, observedMs: 0, memoryBandwidthMs: 0 }]));
  if (measured.length === 0) return result;
  const probe = options.probe;
  const reading = probe && probe.cpus >= 2 ? readProbe(tasks, probe.samples) : null;
  const baseline = reading && reading.slowdown !== null && reading.slowdown >= PROBE_MIN_SLOWDOWN ? reading.baselineMs : null;
  const passes = baseline === null ? [] : [...probe!.samples].sort((x, y) => x.at - y.at);
  // The intervals move forward in time: the first pass within reach of the current one only moves on.
  let firstNear = 0;
  const bandwidth = new Map<string, number>();
  const first = Math.max(options.from ?? Number.NEGATIVE_INFINITY, Math.min(...measured.map((m) => m.series.startedAt)));
  const last = Math.min(options.to ?? Number.POSITIVE_INFINITY, Math.max(...measured.map((m) => m.end)));

  for (const { a, b, spans } of intervals(measured, step, first, last)) {
    let ratio = Number.NaN;
    let allCpus = 0;
    if (baseline !== null) {
      while (firstNear < passes.length && passes[firstNear].at < a - PROBE_WINDOW_MS) firstNear++;
      const near: number[] = [];
      for (let i = firstNear; i < passes.length && passes[i].at <= b + PROBE_WINDOW_MS; i++) near.push(passes[i].ms);
      if (near.length > 0) ratio = medianOf(near) / baseline;
      allCpus = cpusOf(spans, a, b);
    }
    for (const { m, x, y } of spans) {
      const ms = y - x;
      const waitMs = Math.max(0, delta(m, 'cpuWaitNs', x, y) - delta(m, 'throttledNs', x, y)) / 1e6;
      const cpuMs = delta(m, 'cpuNs', x, y) / 1e6;
      let othersCpuMs = 0;
      for (const o of spans) if (o.m !== m) othersCpuMs += delta(o.m, 'cpuNs', x, y) / 1e6;
      // A task cannot be held up for longer than the interval (a sum over threads can exceed it).
      const cpuContention = Math.min(ms, intervalContention(cpuMs, waitMs, othersCpuMs));
      const memoryMs = delta(m, 'memoryNs', x, y) / 1e6;
      const entry = result.get(m.id)!;
      entry.observedMs += ms;
      entry.cpuWaitMs += waitMs;
      entry.contentionMs += cpuContention + (waitMs > 0 ? (memoryMs * cpuContention) / waitMs : 0);
      if (Number.isFinite(ratio)) {
        const slowdown = taskMemorySlowdown(ratio, allCpus, cpuMs / (b - a), probe!.cpus);
        bandwidth.set(m.id, (bandwidth.get(m.id) ?? 0) + cpuMs * (1 - 1 / slowdown));
      }
    }
  }
  for (const [id, ms] of bandwidth) {
    const entry = result.get(id)!;
    // Never more than the task's time not already counted as contention.
    entry.memoryBandwidthMs = Math.max(0, Math.min(ms, entry.observedMs - entry.contentionMs));
    entry.contentionMs += entry.memoryBandwidthMs;
  }
  return result;
}

/**
 * How much the probe's passes could count for these tasks at most: the largest share of a task's
 * time that is CPU time in intervals of {@link attributeContention} where the tasks together ran
 * {@link PROBE_MIN_BESIDE} CPUs' worth or more (0–1). A task's memory bandwidth share is a part of its
 * CPU time in such intervals, whatever the probe read: agents that slept or waited for an answer
 * (next to no CPU) can get next to none.
 */
export function probeReach(tasks: ReadonlyMap<string, StallSeries>, options: Pick<ContentionOptions, 'stepMs'> = {}): number {
  const step = Math.max(1, options.stepMs ?? 500);
  const measured = measuredSeries(tasks);
  if (measured.length === 0) return 0;
  const reach = new Map(measured.map((m) => [m, { cpuMs: 0, observedMs: 0 }]));
  const first = Math.min(...measured.map((m) => m.series.startedAt));
  const last = Math.max(...measured.map((m) => m.end));
  for (const { a, b, spans } of intervals(measured, step, first, last)) {
    const counts = cpusOf(spans, a, b) >= PROBE_MIN_BESIDE;
    for (const { m, x, y } of spans) {
      const r = reach.get(m)!;
      r.observedMs += y - x;
      if (counts) r.cpuMs += delta(m, 'cpuNs', x, y) / 1e6;
    }
  }
  return Math.max(...[...reach.values()].map((r) => (r.observedMs > 0 ? Math.min(1, r.cpuMs / r.observedMs) : 0)));
}

/** A series with readings, its end (the last reading while it runs) and its counter tracks. */
interface Measured {
  id: string;
  series: StallSeries;
  end: number;
  tracks: Record<Counter, CounterTrack>;
}

function measuredSeries(tasks: ReadonlyMap<string, StallSeries>): Measured[] {
  return [...tasks]
    .filter(([, s]) => s.readings.length > 0)
    .map(([id, s]) => ({ id, series: s, end: s.finishedAt ?? s.readings[s.readings.length - 1].at, tracks: tracksOf(s) }));
}

/** The growth of one counter of a task over [x, y] (never negative). */
function delta(m: Measured, key: Counter, x: number, y: number): number {
  return Math.max(0, m.tracks[key].at(y) - m.tracks[key].at(x));
}

/** A series' part [x, y] of one interval. */
interface Span {
  m: Measured;
  x: number;
  y: number;
}

/** The intervals of `step` ms from `first` to `last`, each with every series' part of it (none empty). */
function* intervals(measured: readonly Measured[], step: number, first: number, last: number): Generator<{ a: number; b: number; spans: Span[] }> {
  for (let a = first; a < last; a += step) {
    const b = Math.min(last, a + step);
    const spans: Span[] = [];
    for (const m of measured) {
      const x = Math.max(a, m.series.startedAt);
      const y = Math.min(b, m.end);
      if (y > x) spans.push({ m, x, y });
    }
    yield { a, b, spans };
  }
}

/** CPUs' worth of time the series ran in the interval [a, b] of these spans. */
function cpusOf(spans: readonly Span[], a: number, b: number): number {
  let cpus = 0;
  for (const { m, x, y } of spans) cpus += delta(m, 'cpuNs', x, y) / 1e6 / (b - a);
  return cpus;
}

/**
 * The share of host CPU used by anything but the run's tasks in [from, to]: other jobs, the Docker
 * daemon, the orchestrator. 0–1 of all CPUs; null with fewer than two host readings in the span.
 */
export function foreignCpuShare(
  tasks: ReadonlyMap<string, StallSeries>,
  host: readonly HostReading[],
  options: { cpus: number; from: number; to: number },
): number | null {
  const inSpan = host.filter((h) => h.at >= options.from && h.at <= options.to).sort((a, b) => a.at - b.at);
  if (inSpan.length < 2) return null;
  const x = inSpan[0].at;
  const y = inSpan[inSpan.length - 1].at;
  if (!(y > x)) return null;
  let oursNs = 0;
  for (const s of tasks.values()) {
    const track = new CounterTrack(s, 'cpuNs');
    oursNs += Math.max(0, track.at(y) - track.at(x));
  }
  const busyNs = inSpan[inSpan.length - 1].busyNs - inSpan[0].busyNs;
  const capacityNs = options.cpus * (y - x) * 1e6;
  return Math.min(1, Math.max(0, (busyNs - oursNs) / capacityNs));
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
export function contentionShare(tasks: ReadonlyMap<string, StallSeries>, options: ContentionOptions & { from: number; to: number }): number | null {
  let contention = 0;
  let observed = 0;
  for (const c of attributeContention(tasks, options).values()) {
    contention += c.contentionMs;
    observed += c.observedMs;
  }
  return observed > 0 ? Math.min(1, contention / observed) : null;
}
