/**
 * Resource accounting of a process tree from Linux `/proc`, for the subprocess executor (which has no
 * cgroup to ask). A tree is the root, every process descending from it by parent pid, and every
 * process still in its session (orphans re-parented to init stay in the session).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** The fields of `/proc/<pid>/stat` this module uses. Times are in clock ticks, RSS in pages. */
export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  utime: number;
  stime: number;
  /** CPU time of the children this process has waited for (and of their waited-for children). */
  cutime: number;
  cstime: number;
  /** Ticks after boot when the process started: with the pid, identifies a process across pid reuse. */
  startTime: number;
  rssPages: number;
}

/** One measurement of a whole tree. */
export interface TreeSample {
  /** Epoch ms. */
  at: number;
  /** CPU seconds used by the tree since it started, as far as it can be seen (monotonic). */
  cpuSeconds: number;
  /** Sum of the resident set sizes of the live members. */
  rssBytes: number;
  /** Live members (zombies included). */
  pids: number[];
}

/**
 * Parses the text of `/proc/<pid>/stat`. The command name is in parentheses and may itself contain
 * spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state) in proc(5) numbering.
  const field = (n: number): number => Number(rest[n - 3]);
  const stat: ProcStat = {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: field(4),
    pgrp: field(5),
    session: field(6),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
    startTime: field(22),
    rssPages: field(24),
  };
  const numbers = [stat.pid, stat.ppid, stat.pgrp, stat.session, stat.utime, stat.stime, stat.cutime, stat.cstime, stat.startTime, stat.rssPages];
  return numbers.every(Number.isFinite) ? stat : undefined;
}

let clockTicks: number | undefined;
let pageSize: number | undefined;
/** This process's auxiliary vector, read once; empty when it cannot be read. */
let auxv: Map<number, number> | undefined;

/** The auxiliary vector's keys this module reads (`<elf.h>`). */
export const AT_PAGESZ = 6;
export const AT_CLKTCK = 17;

/**
 * The entries of an auxiliary vector (`/proc/self/auxv`): pairs of machine words, key then value, up
 * to the `AT_NULL` key.
 */
export function parseAuxv(data: Buffer, wordBytes: 4 | 8, littleEndian: boolean): Map<number, number> {
  const entries = new Map<number, number>();
  const word = (at: number) =>
    wordBytes === 8
      ? Number(littleEndian ? data.readBigUInt64LE(at) : data.readBigUInt64BE(at))
      : littleEndian
        ? data.readUInt32LE(at)
        : data.readUInt32BE(at);
  for (let at = 0; at + 2 * wordBytes <= data.length; at += 2 * wordBytes) {
    const key = word(at);
    if (key === 0) break;
    entries.set(key, word(at + wordBytes));
  }
  return entries;
}

const WORDS_OF_32_BITS = new Set(['arm', 'ia32', 'mips', 'mipsel', 'ppc']);

/**
 * What the kernel told this process at its start (`/proc/self/auxv`), the same values `getconf` reads
 * from there: read from the file, so that no process is started (a synchronous start, in the middle
 * of a run's set-up, held this process's event loop 8 ms).
 */
function fromAuxv(key: number): number | undefined {
  auxv ??= readAuxv();
  const value = auxv.get(key);
  return value !== undefined && value > 0 ? value : undefined;
}

function readAuxv(): Map<number, number> {
  try {
    return parseAuxv(readFileSync('/proc/self/auxv'), WORDS_OF_32_BITS.has(process.arch) ? 4 : 8, os.endianness() === 'LE');
  } catch {
    return new Map();
  }
}

function getconf(name: string, fallback: number): number {
  try {
    const value = Number(execFileSync('getconf', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim());
    return Number.isFinite(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Clock ticks per second (`CLK_TCK`), read once: from the auxiliary vector, else `getconf`, else 100 (the Linux value). */
export function clockTicksPerSecond(): number {
  clockTicks ??= fromAuxv(AT_CLKTCK) ?? getconf('CLK_TCK', 100);
  return clockTicks;
}

/** The page size, read once: from the auxiliary vector, else `getconf`, else 4096. */
export function pageSizeBytes(): number {
  pageSize ??= fromAuxv(AT_PAGESZ) ?? getconf('PAGESIZE', 4096);
  return pageSize;
}

/**
 * Reads one process's stat; undefined when it is gone (or there is no /proc). Synchronously: /proc
 * answers at once, and a scan's hundreds of asynchronous reads cost the event loop several times more.
 */
export async function readProcStat(pid: number, procDir = '/proc'): Promise<ProcStat | undefined> {
  return readProcStatNow(pid, procDir);
}

function readProcStatNow(pid: number, procDir: string): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`${procDir}/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A scan of every process, shared by the trees sampled at about the same moment. */
interface Scan {
  at: number;
  stats: ProcStat[];
}

/** Scans younger than this are reused: parallel tasks sampling together cost one walk of /proc. */
const SCAN_REUSE_MS = 100;
const scans = new Map<string, { promise: Promise<Scan>; at: number }>();

async function scanNow(procDir: string): Promise<Scan> {
  const at = Date.now();
  let names: string[];
  try {
    names = readdirSync(procDir);
  } catch {
    return { at, stats: [] };
  }
  const stats = names.filter((n) => /^\d+$/.test(n)).map((n) => readProcStatNow(Number(n), procDir));
  return { at, stats: stats.filter((s): s is ProcStat => s !== undefined) };
}

/**
 * Every process on the host (empty where there is no /proc). A scan started less than `maxAgeMs` ago
 * is shared.
 */
export async function listProcesses(procDir = '/proc', maxAgeMs = SCAN_REUSE_MS): Promise<ProcStat[]> {
  const now = Date.now();
  const cached = scans.get(procDir);
  if (cached && now - cached.at < maxAgeMs) return (await cached.promise).stats;
  const promise = scanNow(procDir);
  scans.set(procDir, { promise, at: now });
  return (await promise).stats;
}

/** The members of the tree rooted at `rootPid` among `all`: descendants by ppid, plus `session` members. */
export function selectTree(all: readonly ProcStat[], rootPid: number, session?: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of all) {
    const list = children.get(s.ppid);
    if (list) list.push(s);
    else children.set(s.ppid, [s]);
  }
  const members = new Map<number, ProcStat>();
  const root = all.find((s) => s.pid === rootPid);
  const queue: ProcStat[] = root ? [root] : [];
  if (session !== undefined) queue.push(...all.filter((s) => s.session === session));
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (members.has(s.pid)) continue;
    members.set(s.pid, s);
    queue.push(...(children.get(s.pid) ?? []));
  }
  return [...members.values()];
}

interface Known {
  startTime: number;
  ppid: number;
  /** utime+stime+cutime+cstime at the last sample, in ticks. */
  ticks: number;
}

/** Options of {@link ProcessTreeMonitor}. */
export interface ProcessTreeMonitorOptions {
  /** Also count processes of this session id (the root's pid when it was started with setsid). Default none. */
  session?: number;
  /** Where the proc filesystem is. Default `/proc`. */
  procDir?: string;
  /** A scan of /proc at most this old (ms), made for another tree, is reused. Default 100. */
  maxScanAgeMs?: number;
}

/**
 * Samples a process tree's CPU time, RSS and process count.
 *
 * CPU time: each live member's own time plus the time of the children it has reaped (cutime/cstime)
 * counts every process exactly once while it lives. When a member disappears without a live member
 * parent to inherit its time (the root, reaped by us; orphans, reaped by init) its last sampled time is
 * kept. What cannot be seen: CPU a process used between the last sample and its death when no member
 * reaps it (at most one interval of the root's last activity), and processes that left the session.
 */
export class ProcessTreeMonitor {
  readonly #rootPid: number;
  readonly #session: number | undefined;
  readonly #procDir: string;
  readonly #maxScanAgeMs: number;
  #known = new Map<number, Known>();
  #goneTicks = 0;
  #bestTicks = 0;
  #members: ProcStat[] = [];

  constructor(rootPid: number, options: ProcessTreeMonitorOptions = {}) {
    if (!Number.isInteger(rootPid) || rootPid <= 0) throw new TypeError(`Expected a positive pid, got ${rootPid}`);
    this.#rootPid = rootPid;
    this.#session = options.session;
    this.#procDir = options.procDir ?? '/proc';
    this.#maxScanAgeMs = options.maxScanAgeMs ?? SCAN_REUSE_MS;
  }

  /** The members seen at the last sample. */
  get members(): readonly ProcStat[] {
    return this.#members;
  }

  /**
   * True when a member that was alive at the last sample and is gone now has an ancestor that is still
   * alive: the ancestor's cutime has taken (or will take) its time through the chain of waits, so adding
   * its last sample too would count it twice.
   */
  #inheritedByLiveAncestor(gone: Known, isAlive: (pid: number, startTime: number) => boolean): boolean {
    let pid = gone.ppid;
    for (let depth = 0; depth < 4096; depth++) {
      const ancestor = this.#known.get(pid);
      if (!ancestor) return false;
      if (isAlive(pid, ancestor.startTime)) return true;
      pid = ancestor.ppid;
    }
    return false;
  }

  /** Samples the tree; `fresh` forces a new scan of /proc (for the last look after the root exited). */
  async sample(at = Date.now(), fresh = false): Promise<TreeSample> {
    const all = await listProcesses(this.#procDir, fresh ? 0 : this.#maxScanAgeMs);
    const members = selectTree(all, this.#rootPid, this.#session);
    const current = new Map(members.map((m) => [m.pid, m]));
    const same = (pid: number, startTime: number): boolean => current.get(pid)?.startTime === startTime;
    for (const [pid, known] of this.#known) {
      if (!same(pid, known.startTime) && !this.#inheritedByLiveAncestor(known, same)) this.#goneTicks += known.ticks;
    }
    let liveTicks = 0;
    let rssPages = 0;
    const next = new Map<number, Known>();
    for (const m of members) {
      const ticks = m.utime + m.stime + m.cutime + m.cstime;
      liveTicks += ticks;
      rssPages += m.rssPages;
      next.set(m.pid, { startTime: m.startTime, ppid: m.ppid, ticks });
    }
    this.#known = next;
    this.#members = members;
    this.#bestTicks = Math.max(this.#bestTicks, this.#goneTicks + liveTicks);
    return {
      at,
      cpuSeconds: this.#bestTicks / clockTicksPerSecond(),
      rssBytes: rssPages * pageSizeBytes(),
      pids: members.map((m) => m.pid),
    };
  }
}
