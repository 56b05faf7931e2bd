import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  criticalPathMs
} from "./chunk-HYWQK3BD.js";
import {
  formatBytes
} from "./chunk-AFWIZD6R.js";

// src/core/model.ts
var FINAL_STATUSES = ["succeeded", "failed", "verify_failed", "timed_out", "oom", "skipped", "cancelled"], FAILED_STATUSES = ["failed", "verify_failed", "timed_out", "oom"];
function queuedTaskRecord(task, branch, queuedAt) {
  return {
    id: task.id,
    title: task.title,
    file: task.file,
    issues: task.issues,
    dependsOn: task.dependsOn,
    status: "queued",
    reason: null,
    exitCode: null,
    branch,
    baseCommit: null,
    commit: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
    changedFiles: [],
    queuedAt,
    readyAt: null,
    startedAt: null,
    agentStartedAt: null,
    agentFinishedAt: null,
    finishedAt: null,
    durationMs: null,
    queueWaitMs: null,
    overheadMs: null,
    phases: {},
    cpu: null,
    memory: null,
    peakPids: null,
    stall: null,
    contentionMs: null,
    soloMs: null,
    agent: null,
    logFile: null,
    worktree: null
  };
}

// src/report/metrics.ts
var MEMORY_BANDWIDTH_NOTE_SHARE = 0.05, BUSY_HOST_SHARE = 0.5, MEMORY_HEAVY_BYTES = 256 * 1024 ** 2, MEMORY_HEAVY_CPU_SHARE = 0.7, FAILED_STATUSES2 = new Set(FAILED_STATUSES);
function taskRan(task) {
  return task.agentStartedAt !== null;
}
function taskDurationMs(task) {
  let ms = task.durationMs;
  return ms === null && task.agentStartedAt !== null && task.agentFinishedAt !== null && (ms = task.agentFinishedAt - task.agentStartedAt), ms !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}
function agentRuns(task, openUntil) {
  let interval = (start, end) => typeof start == "number" ? [{ start, end: end ?? Math.max(openUntil ?? start, start) }] : [], attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  return attempts.length > 0 ? attempts.flatMap((a) => interval(a.agentStartedAt, a.agentFinishedAt)) : interval(task.agentStartedAt, task.agentFinishedAt);
}
function taskSpanMs(task) {
  let attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  return attempts.length === 0 ? taskDurationMs(task) : Math.max(0, ...attempts.map((a) => typeof a.durationMs == "number" && Number.isFinite(a.durationMs) ? a.durationMs : 0));
}
function taskCostUsd(task) {
  let bestOf = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  if (bestOf.length > 0) {
    let costs = bestOf.flatMap((a) => {
      let { costUsd } = typeof a == "object" && a !== null ? a : {};
      return typeof costUsd == "number" && Number.isFinite(costUsd) ? [costUsd] : [];
    });
    return costs.length > 0 ? costs.reduce((sum, c) => sum + c, 0) : void 0;
  }
  let reported = (Array.isArray(task.attempts) ? task.attempts : []).flatMap((a) => {
    let { costUsd, costEstimated } = typeof a == "object" && a !== null ? a : {};
    return typeof costUsd == "number" && Number.isFinite(costUsd) && costEstimated !== !0 ? [costUsd] : [];
  });
  if (reported.length > 0) return reported.reduce((sum, c) => sum + c, 0);
  let own = task.agent?.costUsd;
  return typeof own == "number" && Number.isFinite(own) ? own : void 0;
}
function percentile(values, p) {
  if (typeof p != "number" || Number.isNaN(p) || p < 0 || p > 100)
    throw new RangeError(`percentile: p must be a number in [0, 100], got ${String(p)}`);
  if (values.length === 0) return Number.NaN;
  let sorted = [...values].sort((a, b) => a - b), rank = p / 100 * (sorted.length - 1), lower = Math.floor(rank), upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}
function median(values) {
  return percentile(values, 50);
}
function intervalsOverlap(a, b) {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}
function peakOverlap(intervals) {
  let events = [];
  for (let { start, end } of intervals)
    start < end && events.push([start, 1], [end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0, peak = 0;
  for (let [, delta] of events)
    open += delta, peak = Math.max(peak, open);
  return peak;
}
function criticalPathMs2(tasks) {
  return criticalPathMs(tasks, new Map(tasks.map((t) => [t.id, taskSpanMs(t)])));
}
function phaseMedians(tasks) {
  let values = /* @__PURE__ */ new Map();
  for (let task of tasks)
    for (let [phase, ms] of Object.entries(task.phases ?? {})) {
      if (!Number.isFinite(ms)) continue;
      let list = values.get(phase) ?? [];
      list.push(ms), values.set(phase, list);
    }
  let result = {};
  for (let [phase, list] of values) result[phase] = median(list);
  return result;
}
var UNMEASURED_TOLERANCE = 0.05;
function unionLength(intervals) {
  let sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start), total = 0, end = Number.NEGATIVE_INFINITY;
  for (let { start, end: e } of sorted)
    e <= end || (total += e - Math.max(start, end), end = e);
  return total;
}
function overheadIntervals(t, run) {
  if (t.startedAt === null) return [];
  let end = t.finishedAt ?? run.finishedAt;
  if (t.agentStartedAt === null) return [{ start: t.startedAt, end }];
  let list = [{ start: t.startedAt, end: t.agentStartedAt }];
  return t.agentFinishedAt !== null && list.push({ start: t.agentFinishedAt, end }), list.filter((i) => i.end > i.start);
}
function overlapMs(a, b) {
  let total = 0;
  for (let x of a) for (let y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}
function estimateSoloTimes(tasks, run) {
  let cpus = Math.max(1, run.cpus ?? 1), spans = tasks.filter((t) => t.startedAt !== null).map((t) => ({
    task: t,
    start: Math.max(run.startedAt, t.startedAt),
    end: Math.min(run.finishedAt, Math.max(t.startedAt, t.finishedAt ?? run.finishedAt)),
    overhead: overheadIntervals(t, run)
  })), wallMs = Math.max(0, run.finishedAt - run.startedAt), idleMs = Math.max(0, wallMs - unionLength(spans)), soloMs = /* @__PURE__ */ new Map(), unmeasured = [], contentionMs = 0, agentMs = 0, unmeasuredMs = 0, spansMs = 0;
  for (let span of spans) {
    let { task } = span, duration = taskDurationMs(task), total = Math.max(0, span.end - span.start), overhead = Math.max(0, task.overheadMs ?? total - duration);
    agentMs += duration, spansMs += duration + overhead;
    let contention = 0;
    task.contentionMs !== void 0 && task.contentionMs !== null && Number.isFinite(task.contentionMs) ? (contention = Math.min(duration, Math.max(0, task.contentionMs)), contentionMs += contention) : taskRan(task) && duration > 0 && (unmeasured.push(task.id), unmeasuredMs += duration);
    let ownMs = span.overhead.reduce((sum, i) => sum + (i.end - i.start), 0), besideMs = 0;
    for (let other of spans) other !== span && (besideMs += overlapMs(span.overhead, other.overhead));
    let others = ownMs > 0 ? besideMs / ownMs : 0, overheadAlone = overhead * Math.min(cpus, 1 + others) / (1 + others);
    soloMs.set(task.id, duration - contention + overheadAlone);
  }
  let serialMs = idleMs;
  for (let ms of soloMs.values()) serialMs += ms;
  return {
    soloMs,
    idleMs,
    serialMs,
    serialMaxMs: idleMs + spansMs,
    contentionMs,
    unmeasured,
    unmeasuredShare: agentMs > 0 ? unmeasuredMs / agentMs : 0
  };
}
function memoryHeavy(ran, wallMs, cpus) {
  if (wallMs <= 0) return null;
  let tasks = ran.filter((t) => (t.memory?.peakBytes ?? 0) >= MEMORY_HEAVY_BYTES).length, cpuShare = ran.reduce((sum, t) => sum + (t.cpu?.seconds ?? 0), 0) / (wallMs / 1e3 * Math.max(1, cpus));
  return tasks >= 2 && cpuShare >= MEMORY_HEAVY_CPU_SHARE ? { tasks, cpuShare } : null;
}
function computeRunMetrics(tasks, info) {
  let wallMs = Math.max(0, info.finishedAt - info.startedAt), ran = tasks.filter(taskRan), sumTaskMs = ran.reduce((sum, t) => sum + taskDurationMs(t), 0), concurrency = wallMs > 0 ? sumTaskMs / wallMs : 0, runs = ran.flatMap((t) => agentRuns(t, info.finishedAt)), slots = Math.min(Math.max(runs.length, ran.length), info.maxParallel), efficiency = slots > 0 ? concurrency / slots : 0, solo = info.solo ?? estimateSoloTimes(tasks, { startedAt: info.startedAt, finishedAt: info.finishedAt, cpus: info.cpus }), anyMeasured = ran.length > solo.unmeasured.length, speedup = 0, speedupMax = null, speedupNote = null, serialEstimateMs = solo.serialMs;
  if (wallMs > 0 && ran.length > 0) {
    if (speedup = solo.serialMs / wallMs, solo.unmeasured.length > 0) {
      let what = `no stall data for ${solo.unmeasured.length} of ${ran.length} task${ran.length === 1 ? "" : "s"} (${Math.round(solo.unmeasuredShare * 100)}% of agent time)`;
      solo.unmeasuredShare > UNMEASURED_TOLERANCE ? (speedup = null, serialEstimateMs = null, speedupMax = solo.serialMaxMs / wallMs, speedupNote = `${what}: contention not measured, so the speedup is at most ${speedupMax.toFixed(2)}\xD7`) : speedupNote = `${what}: counted without contention`;
    }
    let foreign = info.foreignCpuShare;
    if (speedup !== null && typeof foreign == "number" && foreign > BUSY_HOST_SHARE) {
      let busy = `the host was busy with other work (${Math.round(foreign * 100)}% of its CPU): the solo times assume the CPU the other tasks used would have gone to each task, which other programs competed for too`;
      speedupNote = speedupNote ? `${speedupNote}; ${busy}` : busy;
    }
    let slowdown = info.memorySlowdown ?? null, bandwidthMs = ran.reduce((sum, t) => sum + (typeof t.memoryBandwidthMs == "number" && Number.isFinite(t.memoryBandwidthMs) ? t.memoryBandwidthMs : 0), 0);
    if (speedup !== null && slowdown !== null && sumTaskMs > 0 && bandwidthMs / sumTaskMs > MEMORY_BANDWIDTH_NOTE_SHARE) {
      let note = `the tasks shared memory bandwidth (a memory probe ran ${slowdown.toFixed(2)}\xD7 slower while agents ran than while none did): ${Math.round(bandwidthMs / sumTaskMs * 100)}% of agent time counted as contention, assuming each task was as memory-bound as the probe, so for CPU-bound tasks the speedup may be higher`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    }
    let heavy = info.cpus === void 0 || slowdown !== null ? null : memoryHeavy(ran, wallMs, info.cpus);
    if (speedup !== null && heavy) {
      let note = `${heavy.tasks} tasks held over ${formatBytes(MEMORY_HEAVY_BYTES)} each while their CPU time filled ${Math.round(heavy.cpuShare * 100)}% of the host's CPUs: memory-heavy work runs slower on a CPU when others run beside it, which is not measured, so the speedup may be lower`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    }
  }
  let critical = info.criticalPathMs === void 0 ? criticalPathMs2(tasks) : info.criticalPathMs, speedupBound = critical !== null && critical > 0 ? sumTaskMs / critical : null, peakConcurrency = Math.max(peakOverlap(runs), ran.length > 0 ? 1 : 0), succeeded = 0, failed = 0, verifyFailed = 0, skipped = 0, cancelled = 0, totalCostUsd = 0;
  for (let t of tasks)
    t.status === "succeeded" ? succeeded++ : FAILED_STATUSES2.has(t.status) && failed++, t.status === "verify_failed" ? verifyFailed++ : t.status === "skipped" ? skipped++ : t.status === "cancelled" && cancelled++, totalCostUsd += taskCostUsd(t) ?? 0;
  return {
    wallMs,
    sumTaskMs,
    concurrency,
    serialEstimateMs,
    speedup,
    speedupNote,
    speedupMax,
    contentionMs: anyMeasured ? solo.contentionMs : null,
    ...info.memorySlowdown !== void 0 ? { memorySlowdown: info.memorySlowdown } : {},
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
    heldBackMs: info.heldBackMs ?? 0
  };
}

export {
  FINAL_STATUSES,
  FAILED_STATUSES,
  queuedTaskRecord,
  taskRan,
  taskDurationMs,
  taskCostUsd,
  percentile,
  median,
  intervalsOverlap,
  peakOverlap,
  criticalPathMs2 as criticalPathMs,
  phaseMedians,
  estimateSoloTimes,
  computeRunMetrics
};
//# sourceMappingURL=chunk-PXWIKXCL.js.map
