import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  criticalPathMs
} from "./chunk-HYWQK3BD.js";

// src/report/metrics.ts
var FAILED_STATUSES = /* @__PURE__ */ new Set(["failed", "timed_out", "oom"]);
function taskRan(task) {
  return task.agentStartedAt !== null;
}
function taskDurationMs(task) {
  let ms = task.durationMs;
  return ms === null && task.agentStartedAt !== null && task.agentFinishedAt !== null && (ms = task.agentFinishedAt - task.agentStartedAt), ms !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}
function taskCostUsd(task) {
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
  return criticalPathMs(tasks, new Map(tasks.map((t) => [t.id, taskDurationMs(t)])));
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
function computeRunMetrics(tasks, info) {
  let wallMs = Math.max(0, info.finishedAt - info.startedAt), ran = tasks.filter(taskRan), sumTaskMs = ran.reduce((sum, t) => sum + taskDurationMs(t), 0), speedup = wallMs > 0 ? sumTaskMs / wallMs : 0, slots = Math.min(ran.length, info.maxParallel), efficiency = slots > 0 ? speedup / slots : 0, critical = info.criticalPathMs === void 0 ? criticalPathMs2(tasks) : info.criticalPathMs, speedupBound = critical !== null && critical > 0 ? sumTaskMs / critical : null, intervals = ran.map((t) => ({
    start: t.agentStartedAt,
    end: t.agentFinishedAt ?? Math.max(info.finishedAt, t.agentStartedAt)
  })), peakConcurrency = Math.max(peakOverlap(intervals), ran.length > 0 ? 1 : 0), succeeded = 0, failed = 0, skipped = 0, cancelled = 0, totalCostUsd = 0;
  for (let t of tasks)
    t.status === "succeeded" ? succeeded++ : FAILED_STATUSES.has(t.status) ? failed++ : t.status === "skipped" ? skipped++ : t.status === "cancelled" && cancelled++, totalCostUsd += taskCostUsd(t) ?? 0;
  return {
    wallMs,
    sumTaskMs,
    speedup,
    efficiency,
    criticalPathMs: critical,
    speedupBound,
    peakConcurrency,
    maxParallel: info.maxParallel,
    mode: info.mode,
    succeeded,
    failed,
    skipped,
    cancelled,
    // Sums of binary fractions drift (0.09881999999999999); a millionth of a dollar is plenty.
    totalCostUsd: Math.round(totalCostUsd * 1e6) / 1e6,
    heldBackMs: info.heldBackMs ?? 0
  };
}

export {
  taskRan,
  taskDurationMs,
  taskCostUsd,
  percentile,
  median,
  intervalsOverlap,
  peakOverlap,
  criticalPathMs2 as criticalPathMs,
  phaseMedians,
  computeRunMetrics
};
//# sourceMappingURL=chunk-7F4SQ2EB.js.map
