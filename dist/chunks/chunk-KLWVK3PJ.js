import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

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
  let step = Math.max(1, options.stepMs ?? 500), measured = [...tasks].filter(([, s]) => s.readings.length > 0).map(([id, s]) => ({ id, series: s, end: s.finishedAt ?? s.readings[s.readings.length - 1].at, tracks: tracksOf(s) })), result = new Map(measured.map(({ id }) => [id, { contentionMs: 0, cpuWaitMs: 0, observedMs: 0, memoryBandwidthMs: 0 }]));
  if (measured.length === 0) return result;
  let probe = options.probe, reading = probe && probe.cpus >= 2 ? readProbe(tasks, probe.samples) : null, baseline = reading && reading.slowdown !== null && reading.slowdown >= PROBE_MIN_SLOWDOWN ? reading.baselineMs : null, passes = baseline === null ? [] : [...probe.samples].sort((x, y) => x.at - y.at), firstNear = 0, bandwidth = /* @__PURE__ */ new Map(), first = Math.max(options.from ?? Number.NEGATIVE_INFINITY, Math.min(...measured.map((m) => m.series.startedAt))), last = Math.min(options.to ?? Number.POSITIVE_INFINITY, Math.max(...measured.map((m) => m.end))), delta = (m, key, x, y) => Math.max(0, m.tracks[key].at(y) - m.tracks[key].at(x));
  for (let a = first; a < last; a += step) {
    let b = Math.min(last, a + step), live = measured.filter((m) => m.series.startedAt < b && m.end > a), ratio = Number.NaN, allCpus = 0;
    if (baseline !== null) {
      for (; firstNear < passes.length && passes[firstNear].at < a - 1e3; ) firstNear++;
      let near = [];
      for (let i = firstNear; i < passes.length && passes[i].at <= b + 1e3; i++) near.push(passes[i].ms);
      near.length > 0 && (ratio = medianOf(near) / baseline);
      for (let m of live) allCpus += delta(m, "cpuNs", Math.max(a, m.series.startedAt), Math.min(b, m.end)) / 1e6 / (b - a);
    }
    for (let m of live) {
      let x = Math.max(a, m.series.startedAt), y = Math.min(b, m.end);
      if (!(y > x)) continue;
      let ms = y - x, waitMs = Math.max(0, delta(m, "cpuWaitNs", x, y) - delta(m, "throttledNs", x, y)) / 1e6, cpuMs = delta(m, "cpuNs", x, y) / 1e6, othersCpuMs = 0;
      for (let o of live) o !== m && (othersCpuMs += delta(o, "cpuNs", x, y) / 1e6);
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

// src/report/results.ts
import fs from "node:fs/promises";
import path from "node:path";
function buildRunResult(info, metrics, tasks) {
  return { version: 1, run: { ...info, ...metrics }, tasks };
}
async function writeResultFiles(opts) {
  let { result, jsonFile, summaryFile, markdown } = opts;
  if (jsonFile) {
    let tmp = `${jsonFile}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(path.resolve(jsonFile)), { recursive: !0 }), await fs.writeFile(tmp, JSON.stringify(result, null, 2) + `
`), await fs.rename(tmp, jsonFile);
    } catch (err) {
      throw await fs.rm(tmp, { force: !0 }).catch(() => {
      }), new Error(`writing results JSON to ${jsonFile} failed: ${err.message}`, { cause: err });
    }
  }
  if (summaryFile)
    try {
      await fs.appendFile(summaryFile, markdown.endsWith(`
`) ? markdown : `${markdown}
`);
    } catch (err) {
      throw new Error(`writing the summary to ${summaryFile} failed: ${err.message}`, { cause: err });
    }
}

// src/report/redact.ts
var REDACTED = "***";
var NOT_SECRET = /^(true|false|\d+)$/i;
function secretValues(names, env, extra = []) {
  let values = /* @__PURE__ */ new Set(), add = (value) => {
    if (!(!value || value.length < 4 || NOT_SECRET.test(value.trim()))) {
      values.add(value);
      for (let line of value.split(/\r?\n/)) line.trim().length >= 4 && values.add(line.trim());
    }
  };
  for (let name of names) add(env[name]);
  for (let value of extra) add(value);
  return [...values];
}
function variants(secret) {
  let forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), Buffer.from(secret, "utf8").toString("base64")];
  return [...new Set(forms)].filter((f) => f.length >= 4);
}
function createRedactor(secrets) {
  let forms = [...new Set([...secrets].filter((s) => s.length >= 4).flatMap(variants))].sort((a, b) => b.length - a.length), text = (input) => {
    let out = input;
    for (let form of forms) out.includes(form) && (out = out.split(form).join("***"));
    return out;
  }, walk = (value) => typeof value == "string" ? text(value) : Array.isArray(value) ? value.map(walk) : value !== null && typeof value == "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])) : value;
  return {
    text: forms.length ? text : (input) => input,
    deep: (value) => forms.length ? walk(value) : value
  };
}

export {
  readProbe,
  attributeContention,
  foreignCpuShare,
  contentionShare,
  buildRunResult,
  writeResultFiles,
  REDACTED,
  secretValues,
  createRedactor
};
//# sourceMappingURL=chunk-KLWVK3PJ.js.map
