import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/exec/proctree.ts
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
function parseProcStat(text) {
  let open = text.indexOf("("), close = text.lastIndexOf(")");
  if (open < 0 || close < open) return;
  let rest = text.slice(close + 1).trim().split(/\s+/), field = (n) => Number(rest[n - 3]), stat = {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? "?",
    ppid: field(4),
    pgrp: field(5),
    session: field(6),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
    startTime: field(22),
    rssPages: field(24)
  };
  return [stat.pid, stat.ppid, stat.pgrp, stat.session, stat.utime, stat.stime, stat.cutime, stat.cstime, stat.startTime, stat.rssPages].every(Number.isFinite) ? stat : void 0;
}
var clockTicks, pageSize, auxv, AT_PAGESZ = 6, AT_CLKTCK = 17;
function parseAuxv(data, wordBytes, littleEndian) {
  let entries = /* @__PURE__ */ new Map(), word = (at) => wordBytes === 8 ? Number(littleEndian ? data.readBigUInt64LE(at) : data.readBigUInt64BE(at)) : littleEndian ? data.readUInt32LE(at) : data.readUInt32BE(at);
  for (let at = 0; at + 2 * wordBytes <= data.length; at += 2 * wordBytes) {
    let key = word(at);
    if (key === 0) break;
    entries.set(key, word(at + wordBytes));
  }
  return entries;
}
var WORDS_OF_32_BITS = /* @__PURE__ */ new Set(["arm", "ia32", "mips", "mipsel", "ppc"]);
function fromAuxv(key) {
  auxv ??= readAuxv();
  let value = auxv.get(key);
  return value !== void 0 && value > 0 ? value : void 0;
}
function readAuxv() {
  try {
    return parseAuxv(readFileSync("/proc/self/auxv"), WORDS_OF_32_BITS.has(process.arch) ? 4 : 8, os.endianness() === "LE");
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function getconf(name, fallback) {
  try {
    let value = Number(execFileSync("getconf", [name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim());
    return Number.isFinite(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}
function clockTicksPerSecond() {
  return clockTicks ??= fromAuxv(AT_CLKTCK) ?? getconf("CLK_TCK", 100), clockTicks;
}
function pageSizeBytes() {
  return pageSize ??= fromAuxv(AT_PAGESZ) ?? getconf("PAGESIZE", 4096), pageSize;
}
async function readProcStat(pid, procDir = "/proc") {
  return readProcStatNow(pid, procDir);
}
function readProcStatNow(pid, procDir) {
  try {
    return parseProcStat(readFileSync(`${procDir}/${pid}/stat`, "utf8"));
  } catch {
    return;
  }
}
var SCAN_REUSE_MS = 100, scans = /* @__PURE__ */ new Map();
async function scanNow(procDir) {
  let at = Date.now(), names;
  try {
    names = readdirSync(procDir);
  } catch {
    return { at, stats: [] };
  }
  let stats = names.filter((n) => /^\d+$/.test(n)).map((n) => readProcStatNow(Number(n), procDir));
  return { at, stats: stats.filter((s) => s !== void 0) };
}
async function listProcesses(procDir = "/proc", maxAgeMs = SCAN_REUSE_MS) {
  let now = Date.now(), cached = scans.get(procDir);
  if (cached && now - cached.at < maxAgeMs) return (await cached.promise).stats;
  let promise = scanNow(procDir);
  return scans.set(procDir, { promise, at: now }), (await promise).stats;
}
function selectTree(all, rootPid, session) {
  let children = /* @__PURE__ */ new Map();
  for (let s of all) {
    let list = children.get(s.ppid);
    list ? list.push(s) : children.set(s.ppid, [s]);
  }
  let members = /* @__PURE__ */ new Map(), root = all.find((s) => s.pid === rootPid), queue = root ? [root] : [];
  for (session !== void 0 && queue.push(...all.filter((s) => s.session === session)); queue.length > 0; ) {
    let s = queue.pop();
    members.has(s.pid) || (members.set(s.pid, s), queue.push(...children.get(s.pid) ?? []));
  }
  return [...members.values()];
}
var ProcessTreeMonitor = class {
  #rootPid;
  #session;
  #procDir;
  #maxScanAgeMs;
  #known = /* @__PURE__ */ new Map();
  #goneTicks = 0;
  #bestTicks = 0;
  #members = [];
  constructor(rootPid, options = {}) {
    if (!Number.isInteger(rootPid) || rootPid <= 0) throw new TypeError(`Expected a positive pid, got ${rootPid}`);
    this.#rootPid = rootPid, this.#session = options.session, this.#procDir = options.procDir ?? "/proc", this.#maxScanAgeMs = options.maxScanAgeMs ?? SCAN_REUSE_MS;
  }
  /** The members seen at the last sample. */
  get members() {
    return this.#members;
  }
  /**
   * True when a member that was alive at the last sample and is gone now has an ancestor that is still
   * alive: the ancestor's cutime has taken (or will take) its time through the chain of waits, so adding
   * its last sample too would count it twice.
   */
  #inheritedByLiveAncestor(gone, isAlive) {
    let pid = gone.ppid;
    for (let depth = 0; depth < 4096; depth++) {
      let ancestor = this.#known.get(pid);
      if (!ancestor) return !1;
      if (isAlive(pid, ancestor.startTime)) return !0;
      pid = ancestor.ppid;
    }
    return !1;
  }
  /** Samples the tree; `fresh` forces a new scan of /proc (for the last look after the root exited). */
  async sample(at = Date.now(), fresh = !1) {
    let all = await listProcesses(this.#procDir, fresh ? 0 : this.#maxScanAgeMs), members = selectTree(all, this.#rootPid, this.#session), current = new Map(members.map((m) => [m.pid, m])), same = (pid, startTime) => current.get(pid)?.startTime === startTime;
    for (let [pid, known] of this.#known)
      !same(pid, known.startTime) && !this.#inheritedByLiveAncestor(known, same) && (this.#goneTicks += known.ticks);
    let liveTicks = 0, rssPages = 0, next = /* @__PURE__ */ new Map();
    for (let m of members) {
      let ticks = m.utime + m.stime + m.cutime + m.cstime;
      liveTicks += ticks, rssPages += m.rssPages, next.set(m.pid, { startTime: m.startTime, ppid: m.ppid, ticks });
    }
    return this.#known = next, this.#members = members, this.#bestTicks = Math.max(this.#bestTicks, this.#goneTicks + liveTicks), {
      at,
      cpuSeconds: this.#bestTicks / clockTicksPerSecond(),
      rssBytes: rssPages * pageSizeBytes(),
      pids: members.map((m) => m.pid)
    };
  }
};

export {
  parseProcStat,
  clockTicksPerSecond,
  readProcStat,
  ProcessTreeMonitor
};
//# sourceMappingURL=chunk-4ZFMDDWR.js.map
