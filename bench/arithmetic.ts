/**
 * The benchmark's arithmetic: pure functions over measured times, so every figure in the table can be
 * checked by hand (and is, in __tests__/bench-arithmetic.test.ts). Percentiles are the product's own
 * (linear interpolation, NumPy's default), so bench and run reports never disagree on a definition.
 */
import { percentile } from '../src/report/metrics.js';

/** What one task's script reported about itself: `BENCH-TIMING <task> <startMs> <endMs>`. */
export interface ScriptTiming {
  task: string;
  startMs: number;
  endMs: number;
}

const TIMING_LINE = /^BENCH-TIMING (\S+) (\d+) (\d+)$/;

/** Every timing line in `text` (other lines are ignored). */
export function parseTimings(text: string): ScriptTiming[] {
  const timings: ScriptTiming[] = [];
  for (const line of text.split('\n')) {
    const m = TIMING_LINE.exec(line.trim());
    if (m) timings.push({ task: m[1], startMs: Number(m[2]), endMs: Number(m[3]) });
  }
  return timings;
}

/** One way of running the same tasks (a baseline loop, or agent-fanout at some max-parallel). */
export interface VariantMeasurement {
  /** Tasks in the workload. */
  tasks: number;
  /** Tasks allowed at once (1 for a sequential loop). */
  parallel: number;
  /** From the first start to the last exit, as the user waits for it. */
  wallMs: number;
  /** Time each task's script ran, measured inside its container. */
  workMs: number[];
  /** Per-task time not spent in the script (empty when the variant cannot tell). */
  overheadMs: number[];
}

export interface VariantFigures {
  wallMs: number;
  /** Sum of script times: what the work costs with no orchestration at all, one task after another. */
  sumWorkMs: number;
  /** sumWorkMs / wallMs: tasks' worth of work done per unit of wall time. */
  speedup: number;
  /** speedup / min(tasks, parallel): 1 means every slot ran a script for the whole wall time. */
  efficiency: number;
  /** Wall time of the reference (the sequential `docker run` loop) / this wall time. */
  vsReference: number;
  overheadP50Ms: number;
  overheadP95Ms: number;
}

/** Figures of one variant; `referenceWallMs` is the sequential loop's wall time. */
export function variantFigures(m: VariantMeasurement, referenceWallMs: number): VariantFigures {
  const sumWorkMs = m.workMs.reduce((a, b) => a + b, 0);
  const speedup = m.wallMs > 0 ? sumWorkMs / m.wallMs : 0;
  const slots = Math.min(m.tasks, m.parallel);
  return {
    wallMs: m.wallMs,
    sumWorkMs,
    speedup,
    efficiency: slots > 0 ? speedup / slots : 0,
    vsReference: m.wallMs > 0 ? referenceWallMs / m.wallMs : 0,
    overheadP50Ms: percentile(m.overheadMs, 50),
    overheadP95Ms: percentile(m.overheadMs, 95),
  };
}

/** Script times of the given tasks; throws when a task printed no timing line (it did not run the script). */
export function workTimes(timings: readonly ScriptTiming[], taskIds: readonly string[]): number[] {
  const byTask = new Map(timings.map((t) => [t.task, t.endMs - t.startMs]));
  return taskIds.map((id) => {
    const ms = byTask.get(id);
    if (ms === undefined) throw new Error(`task '${id}' printed no BENCH-TIMING line`);
    return ms;
  });
}

/** A target from the issue, checked against a measured value. */
export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  /** `min`: the value must be at least the limit; `max`: at most. */
  kind: 'min' | 'max';
  met: boolean;
}

export function checkTarget(name: string, value: number, kind: 'min' | 'max', limit: number): TargetCheck {
  const met = Number.isFinite(value) && (kind === 'min' ? value >= limit : value <= limit);
  return { name, value, limit, kind, met };
}

/** `a / b`, NaN when b is not positive (a ratio to nothing is not a figure). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

export const MiB = 1024 ** 2;

/** The timing fields of a task record that slot accounting reads. */
export interface TaskSpan {
  startedAt: number | null;
  finishedAt: number | null;
  durationMs: number | null;
}

/**
 * Where a run's slot time went: `slots × wall` splits into agent time, per-task overhead (a slot
 * holds a task that is not in its agent: worktree, container lifecycle, commit) and idle slots (no
 * task at all: set-up before the first start, the ragged end, clean-up after the last task).
 * `agentMs / slotMs` is the run's efficiency.
 */
export interface SlotAccounting {
  slotMs: number;
  agentMs: number;
  taskOverheadMs: number;
  idleMs: number;
  /** From the run's start to the first task start. */
  setupMs: number;
  /** From the last task's end to the run's end. */
  tailMs: number;
}

export function slotAccounting(tasks: readonly TaskSpan[], run: { startedAt: number; finishedAt: number; maxParallel: number }): SlotAccounting {
  const ran = tasks.filter((t) => t.startedAt !== null && t.finishedAt !== null);
  const slotMs = (run.finishedAt - run.startedAt) * Math.min(ran.length, run.maxParallel);
  let agentMs = 0;
  let spanMs = 0;
  for (const t of ran) {
    agentMs += t.durationMs ?? 0;
    spanMs += t.finishedAt! - t.startedAt!;
  }
  return {
    slotMs,
    agentMs,
    taskOverheadMs: spanMs - agentMs,
    idleMs: slotMs - spanMs,
    setupMs: ran.length ? Math.min(...ran.map((t) => t.startedAt!)) - run.startedAt : Number.NaN,
    tailMs: ran.length ? run.finishedAt - Math.max(...ran.map((t) => t.finishedAt!)) : Number.NaN,
  };
}
