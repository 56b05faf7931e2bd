/**
 * Run metrics computed from task records: pure arithmetic, no clock and no I/O, so every figure
 * in a report can be checked by hand against the records it came from.
 */
import type { ExecutorMode } from '../exec/types.js';
import { FAILED_STATUSES as FAILED, type RunMetrics, type TaskAttempt, type TaskRecord } from '../core/model.js';
import { criticalPathMs as graphCriticalPathMs } from '../tasks/graph.js';
import { formatBytes } from '../core/units.js';
import { PROBE_MIN_SLOWDOWN } from './contention.js';

/** A half-open time interval `[start, end)` in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

export interface RunMetricsInfo {
  /** Epoch ms when the fan-out started / finished: their difference is the wall time. */
  startedAt: number;
  finishedAt: number;
  maxParallel: number;
  mode: ExecutorMode;
  /**
   * Longest dependency chain over measured agent durations. Default (undefined): computed from the
   * records with {@link criticalPathMs}. `null` means "not known" and leaves `speedupBound` null.
   */
  criticalPathMs?: number | null;
  /** Time the pressure monitor held starts back. Default 0. */
  heldBackMs?: number;
  /** Share of the host's CPU used by anything but the tasks while they ran (0–1). Default null (unknown). */
  foreignCpuShare?: number | null;
  /** CPUs of the host, for the overhead tasks did side by side (see {@link estimateSoloTimes}). Default 1. */
  cpus?: number;
  /** {@link estimateSoloTimes} of the same tasks and span, when the caller has it already. */
  solo?: SoloEstimate;
  /**
   * The memory probe's slowdown while agents ran (RunMetrics.memorySlowdown). A number means the probe
   * ran and the tasks' memory bandwidth contention is in their contentionMs; default null (no probe).
   */
  memorySlowdown?: number | null;
}

/** Above this share of agent time counted as memory bandwidth contention, the speedup says so. */
export const MEMORY_BANDWIDTH_NOTE_SHARE = 0.05;

/**
 * From this probe slowdown up to {@link PROBE_MIN_SLOWDOWN}, nothing is counted for memory bandwidth
 * (the probe cannot be told from its own spread there) but the speedup says it may be lower: tasks
 * that slowed each other 1.36× once read 1.27× on the probe, and the speedup came out 32 % high.
 */
export const PROBE_NOTE_SLOWDOWN = 1.15;

/** Above this share of host CPU used by other work, the speedup carries a note that it is less certain. */
export const BUSY_HOST_SHARE = 0.5;

/**
 * Tasks that held at least this much memory while their CPU time filled at least
 * {@link MEMORY_HEAVY_CPU_SHARE} of the host's CPUs over the run make the speedup carry a note when
 * nothing was counted for memory bandwidth: work that streams through memory runs slower on a CPU when
 * others run beside it, which no counter here measures and the memory probe does not always show (the
 * estimate is then too high; docs/performance.md, the memory workload).
 */
export const MEMORY_HEAVY_BYTES = 256 * 1024 ** 2;
export const MEMORY_HEAVY_CPU_SHARE = 0.7;

const FAILED_STATUSES: ReadonlySet<string> = new Set(FAILED);

/** True when the task's agent was started (whatever happened afterwards). */
export function taskRan(task: TaskRecord): boolean {
  return task.agentStartedAt !== null;
}

/**
 * The agent time of a task: `durationMs`, else derived from the agent timestamps, else 0 (never ran
 * or never finished). Negative values (clock skew) count as 0 so one bad record cannot cancel others.
 */
export function taskDurationMs(task: TaskRecord): number {
  let ms = task.durationMs;
  if (ms === null && task.agentStartedAt !== null && task.agentFinishedAt !== null) {
    ms = task.agentFinishedAt - task.agentStartedAt;
  }
  return ms !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/**
 * The agent runs of a task, as intervals: one per attempt of a best-of-N task (they ran side by side),
 * else the task's own; a run that has not ended is open until `openUntil` (default: its start).
 * Empty when its agent never ran.
 */
export function agentRuns(task: TaskRecord, openUntil?: number): Interval[] {
  const interval = (start: number | null, end: number | null): Interval[] =>
    typeof start === 'number' ? [{ start, end: end ?? Math.max(openUntil ?? start, start) }] : [];
  const attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  if (attempts.length > 0) return attempts.flatMap((a) => interval(a.agentStartedAt, a.agentFinishedAt));
  return interval(task.agentStartedAt, task.agentFinishedAt);
}

/**
 * How long a task keeps the critical path busy: its agent time, or for a best-of-N task the longest of
 * its attempts (they run side by side: the task is done when the slowest is).
 */
export function taskSpanMs(task: TaskRecord): number {
  const attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  if (attempts.length === 0) return taskDurationMs(task);
  return Math.max(0, ...attempts.map((a) => (typeof a.durationMs === 'number' && Number.isFinite(a.durationMs) ? a.durationMs : 0)));
}

/**
 * What a task cost over its attempts, as the agents reported it: the sum of the attempts' figures
 * (estimates of stopped attempts left out: they were never reported; for a best-of-N task, every
 * attempt's), else the agent's own figure (results without `attempts`); undefined when nothing
 * reported a cost.
 */
export function taskCostUsd(task: Pick<TaskRecord, 'agent' | 'attempts' | 'bestOf'>): number | undefined {
  const bestOf: unknown[] = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  if (bestOf.length > 0) {
    const costs = bestOf.flatMap((a) => {
      const { costUsd } = (typeof a === 'object' && a !== null ? a : {}) as { costUsd?: unknown };
      return typeof costUsd === 'number' && Number.isFinite(costUsd) ? [costUsd] : [];
    });
    return costs.length > 0 ? costs.reduce((sum, c) => sum + c, 0) : undefined;
  }
  // Records may come from files (shards' results, the journal): nothing in them is taken on trust.
  const attempts: unknown[] = Array.isArray(task.attempts) ? task.attempts : [];
  const reported = attempts.flatMap((a) => {
    const { costUsd, costEstimated } = (typeof a === 'object' && a !== null ? a : {}) as Partial<TaskAttempt>;
    return typeof costUsd === 'number' && Number.isFinite(costUsd) && costEstimated !== true ? [costUsd] : [];
  });
  if (reported.length > 0) return reported.reduce((sum, c) => sum + c, 0);
  const own = task.agent?.costUsd;
  return typeof own === 'number' && Number.isFinite(own) ? own : undefined;
}

/**
 * Percentile by linear interpolation between closest ranks — the "inclusive" definition used by
 * NumPy's default (`method='linear'`), Excel's `PERCENTILE.INC` and R's type 7: sort the values,
 * take the fractional rank `r = p/100 · (n − 1)` and interpolate between the values at
 * `floor(r)` and `ceil(r)`. So p0 is the minimum, p100 the maximum, and a single value is every
 * percentile. An empty array gives `NaN` (there is no percentile of nothing; reports print `–`).
 * @throws RangeError when `p` is not a number in [0, 100].
 */
export function percentile(values: readonly number[], p: number): number {
  if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 100) {
    throw new RangeError(`percentile: p must be a number in [0, 100], got ${String(p)}`);
  }
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/** The 50th percentile ({@link percentile}); `NaN` for an empty array. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Whether two half-open intervals share any instant: `[0, 10)` and `[10, 20)` do not (one task
 * ending as the next starts is not concurrency); an empty interval overlaps nothing.
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/**
 * The largest number of intervals open at one instant (sweep line). At equal times ends are
 * processed before starts, so touching intervals do not count as overlapping. Empty intervals
 * are ignored.
 */
export function peakOverlap(intervals: readonly Interval[]): number {
  const events: [time: number, delta: number][] = [];
  for (const { start, end } of intervals) {
    if (!(start < end)) continue;
    events.push([start, 1], [end, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, delta] of events) {
    open += delta;
    peak = Math.max(peak, open);
  }
  return peak;
}

/** Length of the longest dependency chain, each task weighing its measured agent duration (its longest attempt's). */
export function criticalPathMs(tasks: readonly TaskRecord[]): number {
  return graphCriticalPathMs(tasks, new Map(tasks.map((t) => [t.id, taskSpanMs(t)])));
}

/** Median duration of each lifecycle phase over the tasks that report it, in first-seen order. */
export function phaseMedians(tasks: readonly TaskRecord[]): Record<string, number> {
  const values = new Map<string, number[]>();
  for (const task of tasks) {
    for (const [phase, ms] of Object.entries(task.phases ?? {})) {
      if (!Number.isFinite(ms)) continue;
      const list = values.get(phase) ?? [];
      list.push(ms);
      values.set(phase, list);
    }
  }
  const result: Record<string, number> = {};
  for (const [phase, list] of values) result[phase] = median(list);
  return result;
}

/** Share of the agents' time that may lack stall data before the speedup is withheld. */
export const UNMEASURED_TOLERANCE = 0.05;

/** Each task's estimated solo time, and what they add up to. */
export interface SoloEstimate {
  /** Per task that started: estimated time alone (agent without contention + overhead as alone), ms. */
  soloMs: Map<string, number>;
  /** Time in [startedAt, finishedAt] with no task in progress (set-up, gaps, the end), ms. */
  idleMs: number;
  /** idleMs + Σ soloMs. */
  serialMs: number;
  /** idleMs + Σ task spans with no contention taken out: the most the serial time can be. */
  serialMaxMs: number;
  /** Σ contentionMs of the measured tasks. */
  contentionMs: number;
  /** Tasks whose agent ran without stall data, and their share of all agent time. */
  unmeasured: string[];
  unmeasuredShare: number;
}

/** Length of the union of intervals (overlaps counted once). */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const { start, end: e } of sorted) {
    if (e <= end) continue;
    total += e - Math.max(start, end);
    end = e;
  }
  return total;
}

/** A task's per-task overhead: set-up before its agent started, and wrap-up after it ended (all of it when it never ran). */
function overheadIntervals(t: TaskRecord, run: { startedAt: number; finishedAt: number }): Interval[] {
  if (t.startedAt === null) return [];
  const end = t.finishedAt ?? run.finishedAt;
  if (t.agentStartedAt === null) return [{ start: t.startedAt, end }];
  const list = [{ start: t.startedAt, end: t.agentStartedAt }];
  if (t.agentFinishedAt !== null) list.push({ start: t.agentFinishedAt, end });
  return list.filter((i) => i.end > i.start);
}

/** Time two interval lists overlap. */
function overlapMs(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/**
 * Estimates how long each task would have taken alone, and so how long the run would have taken one
 * task at a time (pure; the definitions are also in the README):
 * - agent time alone = the agent's duration minus the stall the other tasks caused (`contentionMs`,
 *   report/contention.ts); a task without stall data keeps its measured duration;
 * - overhead alone: per-task overhead (worktree, container lifecycle, commit) is done by git, the
 *   Docker daemon and the orchestrator on the host's CPUs, where no per-task stall is measured. Tasks
 *   whose overhead ran side by side share those CPUs: with on average `k` others in their overhead at
 *   the same time, a task's overhead alone is its measured overhead × min(cpus, 1 + k) / (1 + k). A
 *   task whose overhead overlapped no other's keeps its own;
 * - serial time = the time with no task in progress (it would be there once in a serial run too) plus
 *   every task's time alone.
 */
export function estimateSoloTimes(tasks: readonly TaskRecord[], run: { startedAt: number; finishedAt: number; cpus?: number }): SoloEstimate {
  const cpus = Math.max(1, run.cpus ?? 1);
  const spans = tasks
    .filter((t) => t.startedAt !== null)
    .map((t) => ({
      task: t,
      start: Math.max(run.startedAt, t.startedAt as number),
      end: Math.min(run.finishedAt, Math.max(t.startedAt as number, t.finishedAt ?? run.finishedAt)),
      overhead: overheadIntervals(t, run),
    }));
  const wallMs = Math.max(0, run.finishedAt - run.startedAt);
  const idleMs = Math.max(0, wallMs - unionLength(spans));

  const soloMs = new Map<string, number>();
  const unmeasured: string[] = [];
  let contentionMs = 0;
  let agentMs = 0;
  let unmeasuredMs = 0;
  let spansMs = 0;
  for (const span of spans) {
    const { task } = span;
    const duration = taskDurationMs(task);
    const total = Math.max(0, span.end - span.start);
    const overhead = Math.max(0, task.overheadMs ?? total - duration);
    agentMs += duration;
    spansMs += duration + overhead;
    let contention = 0;
    if (task.contentionMs !== undefined && task.contentionMs !== null && Number.isFinite(task.contentionMs)) {
      contention = Math.min(duration, Math.max(0, task.contentionMs));
      contentionMs += contention;
    } else if (taskRan(task) && duration > 0) {
      unmeasured.push(task.id);
      unmeasuredMs += duration;
    }
    const ownMs = span.overhead.reduce((sum, i) => sum + (i.end - i.start), 0);
    let besideMs = 0;
    for (const other of spans) if (other !== span) besideMs += overlapMs(span.overhead, other.overhead);
    const others = ownMs > 0 ? besideMs / ownMs : 0;
    const overheadAlone = (overhead * Math.min(cpus, 1 + others)) / (1 + others);
    soloMs.set(task.id, duration - contention + overheadAlone);
  }
  let serialMs = idleMs;
  for (const ms of soloMs.values()) serialMs += ms;
  return {
    soloMs,
    idleMs,
    serialMs,
    serialMaxMs: idleMs + spansMs,
    contentionMs,
    unmeasured,
    unmeasuredShare: agentMs > 0 ? unmeasuredMs / agentMs : 0,
  };
}

/**
 * The memory-heavy tasks (peak memory ≥ {@link MEMORY_HEAVY_BYTES}) when there are at least two and
 * the tasks' CPU time filled at least {@link MEMORY_HEAVY_CPU_SHARE} of the host's CPUs over the
 * wall time; else null. Only for a run on one host whose CPUs are known.
 */
function memoryHeavy(ran: readonly TaskRecord[], wallMs: number, cpus: number): { tasks: number; cpuShare: number } | null {
  if (wallMs <= 0) return null;
  const tasks = ran.filter((t) => (t.memory?.peakBytes ?? 0) >= MEMORY_HEAVY_BYTES).length;
  const cpuSeconds = ran.reduce((sum, t) => sum + (t.cpu?.seconds ?? 0), 0);
  const cpuShare = cpuSeconds / ((wallMs / 1000) * Math.max(1, cpus));
  return tasks >= 2 && cpuShare >= MEMORY_HEAVY_CPU_SHARE ? { tasks, cpuShare } : null;
}

/**
 * Computes the run's figures. Definitions (also in the README):
 * - `wallMs` = finishedAt − startedAt of the fan-out;
 * - `sumTaskMs` = sum of agent durations of the tasks that ran, as measured, every attempt of a
 *   best-of-N task counted;
 * - `concurrency` = sumTaskMs / wallMs, the mean number of agents running at once (0 when wallMs is 0);
 * - `serialEstimateMs`, `speedup` = serialEstimateMs / wallMs: see {@link estimateSoloTimes}. When
 *   agents making up more than {@link UNMEASURED_TOLERANCE} of the agent time have no stall data,
 *   `speedup` is null, `speedupMax` the bound with no contention and `speedupNote` says why;
 * - `efficiency` = concurrency / min(agent runs, maxParallel) — 1 means every usable slot held a
 *   running agent for the whole wall time (0 when nothing ran); each attempt of a best-of-N task is one run;
 * - `speedupBound` = sumTaskMs / criticalPathMs, the best any parallelism could do given the
 *   dependencies (null when the critical path is unknown or 0);
 * - `peakConcurrency` = most agents running at one instant (see {@link peakOverlap}); at least 1
 *   when any task ran, since a zero-length run still ran;
 * - `failed` counts `failed`, `verify_failed`, `timed_out` and `oom` (`verifyFailed` the second
 *   alone); tasks still `queued`/`running` are in no count.
 */
export function computeRunMetrics(tasks: readonly TaskRecord[], info: RunMetricsInfo): RunMetrics {
  const wallMs = Math.max(0, info.finishedAt - info.startedAt);
  const ran = tasks.filter(taskRan);
  const sumTaskMs = ran.reduce((sum, t) => sum + taskDurationMs(t), 0);
  const concurrency = wallMs > 0 ? sumTaskMs / wallMs : 0;
  // A task still running when the run ended (aborted run) is open until the run's end.
  const runs = ran.flatMap((t) => agentRuns(t, info.finishedAt));
  const slots = Math.min(Math.max(runs.length, ran.length), info.maxParallel);
  const efficiency = slots > 0 ? concurrency / slots : 0;

  const solo = info.solo ?? estimateSoloTimes(tasks, { startedAt: info.startedAt, finishedAt: info.finishedAt, cpus: info.cpus });
  const anyMeasured = ran.length > solo.unmeasured.length;
  let speedup: number | null = 0;
  let speedupMax: number | null = null;
  let speedupNote: string | null = null;
  let serialEstimateMs: number | null = solo.serialMs;
  if (wallMs > 0 && ran.length > 0) {
    speedup = solo.serialMs / wallMs;
    if (solo.unmeasured.length > 0) {
      const what = `no stall data for ${solo.unmeasured.length} of ${ran.length} task${ran.length === 1 ? '' : 's'} (${Math.round(solo.unmeasuredShare * 100)}% of agent time)`;
      if (solo.unmeasuredShare > UNMEASURED_TOLERANCE) {
        speedup = null;
        serialEstimateMs = null;
        speedupMax = solo.serialMaxMs / wallMs;
        speedupNote = `${what}: contention not measured, so the speedup is at most ${speedupMax.toFixed(2)}×`;
      } else {
        speedupNote = `${what}: counted without contention`;
      }
    }
    const foreign = info.foreignCpuShare;
    if (speedup !== null && typeof foreign === 'number' && foreign > BUSY_HOST_SHARE) {
      const busy = `the host was busy with other work (${Math.round(foreign * 100)}% of its CPU): the solo times assume the CPU the other tasks used would have gone to each task, which other programs competed for too`;
      speedupNote = speedupNote ? `${speedupNote}; ${busy}` : busy;
    }
    const slowdown = info.memorySlowdown ?? null;
    const bandwidthMs = ran.reduce((sum, t) => sum + (typeof t.memoryBandwidthMs === 'number' && Number.isFinite(t.memoryBandwidthMs) ? t.memoryBandwidthMs : 0), 0);
    if (speedup !== null && slowdown !== null && sumTaskMs > 0 && bandwidthMs / sumTaskMs > MEMORY_BANDWIDTH_NOTE_SHARE) {
      const note = `the tasks shared memory bandwidth (a memory probe ran ${slowdown.toFixed(2)}× slower while agents ran than while none did): ${Math.round((bandwidthMs / sumTaskMs) * 100)}% of agent time counted as contention, assuming each task was as memory-bound as the probe, so for CPU-bound tasks the speedup may be higher`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    }
    // Memory-heavy tasks with nothing counted for memory bandwidth (no probe, or under its gate): the
    // probe does not see all that slows them (docs/performance.md, the memory workload).
    const counted = slowdown !== null && slowdown >= PROBE_MIN_SLOWDOWN;
    const heavy = info.cpus === undefined || counted ? null : memoryHeavy(ran, wallMs, info.cpus);
    if (speedup !== null && heavy) {
      const unseen = slowdown === null ? 'which is not measured' : `which no counter here shows and the memory probe did not (it read ${slowdown.toFixed(2)}×)`;
      const note = `${heavy.tasks} tasks held over ${formatBytes(MEMORY_HEAVY_BYTES)} each while their CPU time filled ${Math.round(heavy.cpuShare * 100)}% of the host's CPUs: memory-heavy work runs slower on a CPU when others run beside it, ${unseen}, so the speedup may be lower`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    } else if (speedup !== null && slowdown !== null && slowdown >= PROBE_NOTE_SLOWDOWN && !counted) {
      const note = `a memory probe ran ${slowdown.toFixed(2)}× slower while agents ran than while none did, below the ${PROBE_MIN_SLOWDOWN}× it takes to tell from its own spread: nothing was counted for memory bandwidth, so if the tasks stream through memory the speedup may be lower`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    }
  }

  const critical = info.criticalPathMs === undefined ? criticalPathMs(tasks) : info.criticalPathMs;
  const speedupBound = critical !== null && critical > 0 ? sumTaskMs / critical : null;

  const peakConcurrency = Math.max(peakOverlap(runs), ran.length > 0 ? 1 : 0);

  let succeeded = 0;
  let failed = 0;
  let verifyFailed = 0;
  let skipped = 0;
  let cancelled = 0;
  let totalCostUsd = 0;
  for (const t of tasks) {
    if (t.status === 'succeeded') succeeded++;
    else if (FAILED_STATUSES.has(t.status)) failed++;
    if (t.status === 'verify_failed') verifyFailed++;
    else if (t.status === 'skipped') skipped++;
    else if (t.status === 'cancelled') cancelled++;
    totalCostUsd += taskCostUsd(t) ?? 0;
  }

  return {
    wallMs,
    sumTaskMs,
    concurrency,
    serialEstimateMs,
    speedup,
    speedupNote,
    speedupMax,
    contentionMs: anyMeasured ? solo.contentionMs : null,
    ...(info.memorySlowdown !== undefined ? { memorySlowdown: info.memorySlowdown } : {}),
    foreignCpuShare: info.foreignCpuShare ?? null,
    efficiency,
    criticalPathMs: critical,
    speedupBound,
    peakConcurrency,
    maxParallel: info.maxParallel,
    mode: info.mode,
    succeeded,
    failed,
    verifyFailed,
    skipped,
    cancelled,
    // Sums of binary fractions drift (0.09881999999999999); a millionth of a dollar is plenty.
    totalCostUsd: Math.round(totalCostUsd * 1e6) / 1e6,
    heldBackMs: info.heldBackMs ?? 0,
  };
}
