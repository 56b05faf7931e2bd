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

// src/report/contention.ts
function medianOf(values) {
  let sorted = [...values].sort((a, b) => a - b), mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
var PROBE_MIN_SLOWDOWN = 1.3;
function readProbe(tasks, samples) {
  let spans = [...tasks.values()].map((s) => ({ start: s.startedAt, end: s.finishedAt ?? Number.POSITIVE_INFINITY })), idle = [], busy = [];
  for (let p of samples)
    spans.some((s) => p.at >= s.start && p.at <= s.end) ? busy.push(p.ms) : p.ms > 0 && idle.push(p.ms);
  if (idle.length < 3) return null;
  let baselineMs = medianOf(idle);
  return { baselineMs, slowdown: busy.length > 0 ? medianOf(busy) / baselineMs : null };
}
function taskMemorySlowdown(ratio, allCpus, taskCpus, cpus) {
  let besideProbe = Math.min(allCpus, cpus - 1);
  if (!(besideProbe >= 0.25) || !Number.isFinite(ratio)) return 1;
  let besideTask = Math.max(0, Math.min(allCpus - taskCpus, cpus - 1));
  return 1 + (ratio - 1) * besideTask / besideProbe;
}
var CounterTrack = class {
  #times = [];
  #values = [];
  #end;
  #start;
  constructor(series, key) {
    this.#start = series.startedAt, this.#end = series.finishedAt ?? Number.POSITIVE_INFINITY, this.#times.push(series.startedAt), this.#values.push(0);
    for (let r of [...series.readings].sort((x, y) => x.at - y.at)) {
      let value = r[key];
      value === null || r.at <= series.startedAt || (this.#times.push(Math.min(r.at, this.#end)), this.#values.push(Math.max(value, this.#values[this.#values.length - 1])));
    }
  }
  at(t) {
    let at = Math.min(t, this.#end);
    if (at <= this.#start) return 0;
    let times = this.#times, lo = 0, hi = times.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      times[mid] <= at ? lo = mid : hi = mid - 1;
    }
    let value = this.#values[lo];
    if (lo + 1 < times.length) {
      let span = times[lo + 1] - times[lo];
      return span > 0 ? value + (this.#values[lo + 1] - value) * (at - times[lo]) / span : this.#values[lo + 1];
    }
    if (lo === 0 || times[lo] <= times[lo - 1]) return value;
    let rate = (value - this.#values[lo - 1]) / (times[lo] - times[lo - 1]);
    return value + rate * (at - times[lo]);
  }
};
function intervalContention(cpuMs, waitMs, othersCpuMs) {
  if (!(waitMs > 0) || !(othersCpuMs > 0)) return 0;
  let wanted = cpuMs + waitMs, aloneShare = Math.min(1, (cpuMs + othersCpuMs) / wanted), aloneWait = cpuMs / aloneShare - cpuMs;
  return Math.max(0, Math.min(waitMs, waitMs - aloneWait));
}
function attributeContention(tasks, options = {}) {
  let step = Math.max(1, options.stepMs ?? 500), measured = measuredSeries(tasks), result = new Map(measured.map(({ id }) => [id, { contentionMs: 0, cpuWaitMs: 0, observedMs: 0, memoryBandwidthMs: 0 }]));
  if (measured.length === 0) return result;
  let probe = options.probe, reading = probe && probe.cpus >= 2 ? readProbe(tasks, probe.samples) : null, baseline = reading && reading.slowdown !== null && reading.slowdown >= PROBE_MIN_SLOWDOWN ? reading.baselineMs : null, passes = baseline === null ? [] : [...probe.samples].sort((x, y) => x.at - y.at), firstNear = 0, bandwidth = /* @__PURE__ */ new Map(), first = Math.max(options.from ?? Number.NEGATIVE_INFINITY, Math.min(...measured.map((m) => m.series.startedAt))), last = Math.min(options.to ?? Number.POSITIVE_INFINITY, Math.max(...measured.map((m) => m.end)));
  for (let { a, b, spans } of intervals(measured, step, first, last)) {
    let ratio = Number.NaN, allCpus = 0;
    if (baseline !== null) {
      for (; firstNear < passes.length && passes[firstNear].at < a - 1e3; ) firstNear++;
      let near = [];
      for (let i = firstNear; i < passes.length && passes[i].at <= b + 1e3; i++) near.push(passes[i].ms);
      near.length > 0 && (ratio = medianOf(near) / baseline), allCpus = cpusOf(spans, a, b);
    }
    for (let { m, x, y } of spans) {
      let ms = y - x, waitMs = Math.max(0, delta(m, "cpuWaitNs", x, y) - delta(m, "throttledNs", x, y)) / 1e6, cpuMs = delta(m, "cpuNs", x, y) / 1e6, othersCpuMs = 0;
      for (let o of spans) o.m !== m && (othersCpuMs += delta(o.m, "cpuNs", x, y) / 1e6);
      let cpuContention = Math.min(ms, intervalContention(cpuMs, waitMs, othersCpuMs)), memoryMs = delta(m, "memoryNs", x, y) / 1e6, entry = result.get(m.id);
      if (entry.observedMs += ms, entry.cpuWaitMs += waitMs, entry.contentionMs += cpuContention + (waitMs > 0 ? memoryMs * cpuContention / waitMs : 0), Number.isFinite(ratio)) {
        let slowdown = taskMemorySlowdown(ratio, allCpus, cpuMs / (b - a), probe.cpus);
        bandwidth.set(m.id, (bandwidth.get(m.id) ?? 0) + cpuMs * (1 - 1 / slowdown));
      }
    }
  }
  for (let [id, ms] of bandwidth) {
    let entry = result.get(id);
    entry.memoryBandwidthMs = Math.max(0, Math.min(ms, entry.observedMs - entry.contentionMs)), entry.contentionMs += entry.memoryBandwidthMs;
  }
  return result;
}
function probeReach(tasks, options = {}) {
  let step = Math.max(1, options.stepMs ?? 500), measured = measuredSeries(tasks);
  if (measured.length === 0) return 0;
  let reach = new Map(measured.map((m) => [m, { cpuMs: 0, observedMs: 0 }])), first = Math.min(...measured.map((m) => m.series.startedAt)), last = Math.max(...measured.map((m) => m.end));
  for (let { a, b, spans } of intervals(measured, step, first, last)) {
    let counts = cpusOf(spans, a, b) >= 0.25;
    for (let { m, x, y } of spans) {
      let r = reach.get(m);
      r.observedMs += y - x, counts && (r.cpuMs += delta(m, "cpuNs", x, y) / 1e6);
    }
  }
  return Math.max(...[...reach.values()].map((r) => r.observedMs > 0 ? Math.min(1, r.cpuMs / r.observedMs) : 0));
}
function measuredSeries(tasks) {
  return [...tasks].filter(([, s]) => s.readings.length > 0).map(([id, s]) => ({ id, series: s, end: s.finishedAt ?? s.readings[s.readings.length - 1].at, tracks: tracksOf(s) }));
}
function delta(m, key, x, y) {
  return Math.max(0, m.tracks[key].at(y) - m.tracks[key].at(x));
}
function* intervals(measured, step, first, last) {
  for (let a = first; a < last; a += step) {
    let b = Math.min(last, a + step), spans = [];
    for (let m of measured) {
      let x = Math.max(a, m.series.startedAt), y = Math.min(b, m.end);
      y > x && spans.push({ m, x, y });
    }
    yield { a, b, spans };
  }
}
function cpusOf(spans, a, b) {
  let cpus = 0;
  for (let { m, x, y } of spans) cpus += delta(m, "cpuNs", x, y) / 1e6 / (b - a);
  return cpus;
}
function foreignCpuShare(tasks, host, options) {
  let inSpan = host.filter((h) => h.at >= options.from && h.at <= options.to).sort((a, b) => a.at - b.at);
  if (inSpan.length < 2) return null;
  let x = inSpan[0].at, y = inSpan[inSpan.length - 1].at;
  if (!(y > x)) return null;
  let oursNs = 0;
  for (let s of tasks.values()) {
    let track = new CounterTrack(s, "cpuNs");
    oursNs += Math.max(0, track.at(y) - track.at(x));
  }
  let busyNs = inSpan[inSpan.length - 1].busyNs - inSpan[0].busyNs, capacityNs = options.cpus * (y - x) * 1e6;
  return Math.min(1, Math.max(0, (busyNs - oursNs) / capacityNs));
}
function tracksOf(series) {
  return {
    cpuWaitNs: new CounterTrack(series, "cpuWaitNs"),
    throttledNs: new CounterTrack(series, "throttledNs"),
    memoryNs: new CounterTrack(series, "memoryNs"),
    cpuNs: new CounterTrack(series, "cpuNs")
  };
}
function contentionShare(tasks, options) {
  let contention = 0, observed = 0;
  for (let c of attributeContention(tasks, options).values())
    contention += c.contentionMs, observed += c.observedMs;
  return observed > 0 ? Math.min(1, contention / observed) : null;
}

// src/report/metrics.ts
var MEMORY_BANDWIDTH_NOTE_SHARE = 0.05, PROBE_NOTE_SLOWDOWN = 1.15, BUSY_HOST_SHARE = 0.5, MEMORY_HEAVY_BYTES = 256 * 1024 ** 2, MEMORY_HEAVY_CPU_SHARE = 0.7, FAILED_STATUSES2 = new Set(FAILED_STATUSES);
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
function peakOverlap(intervals2) {
  let events = [];
  for (let { start, end } of intervals2)
    start < end && events.push([start, 1], [end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0, peak = 0;
  for (let [, delta2] of events)
    open += delta2, peak = Math.max(peak, open);
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
function unionLength(intervals2) {
  let sorted = intervals2.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start), total = 0, end = Number.NEGATIVE_INFINITY;
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
    let counted = slowdown !== null && slowdown >= PROBE_MIN_SLOWDOWN, heavy = info.cpus === void 0 || counted ? null : memoryHeavy(ran, wallMs, info.cpus);
    if (speedup !== null && heavy) {
      let unseen = slowdown === null ? "which is not measured" : `which no counter here shows and the memory probe did not (it read ${slowdown.toFixed(2)}\xD7)`, note = `${heavy.tasks} tasks held over ${formatBytes(MEMORY_HEAVY_BYTES)} each while their CPU time filled ${Math.round(heavy.cpuShare * 100)}% of the host's CPUs: memory-heavy work runs slower on a CPU when others run beside it, ${unseen}, so the speedup may be lower`;
      speedupNote = speedupNote ? `${speedupNote}; ${note}` : note;
    } else if (speedup !== null && slowdown !== null && slowdown >= PROBE_NOTE_SLOWDOWN && !counted) {
      let note = `a memory probe ran ${slowdown.toFixed(2)}\xD7 slower while agents ran than while none did, below the ${PROBE_MIN_SLOWDOWN}\xD7 it takes to tell from its own spread: nothing was counted for memory bandwidth, so if the tasks stream through memory the speedup may be lower`;
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
  readProbe,
  attributeContention,
  probeReach,
  foreignCpuShare,
  contentionShare,
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
//# sourceMappingURL=chunk-RRFFMOIK.js.map
