/**
 * How long a task was stalled while it ran: runnable but waiting for a CPU, waiting for memory, waiting
 * for I/O. This is what separates "the task took 12 s" from "the task needed 4 s and waited 8 s for the
 * others": the run's speedup estimate (report/metrics) takes each task's CPU wait out of its duration.
 *
 * Two sources:
 * - `schedstat`, for the CPU wait whenever the task's threads can be listed (its container's cgroup, or
 *   its process tree): the scheduler's wait time (`run_delay`, field 2 of `/proc/<tid>/schedstat`),
 *   exact per thread, of the thread that waited most in each interval between readings (see
 *   {@link ThreadCounterSum}).
 * - `pressure`: the pressure-stall totals of the container's cgroup (`cpu.pressure`, `memory.pressure`,
 *   `io.pressure`; cgroup v2, or the `unified` hierarchy a cgroup v1 host mounts next to v1), for memory
 *   and I/O, and for the CPU wait only when the threads cannot be listed. A group's pressure total is
 *   an average over the CPUs its threads ran on, weighted by time: a task that waits on one CPU and runs
 *   on another shows less stall than it had (measured here: 24.9 s of "some" against 34.8 s of its one
 *   busy thread's run_delay).
 *
 * Both count time throttled by the task's own CPU limit as waiting; the cgroup's `cpu.stat` throttled
 * time is read separately and taken out (a task limited to one CPU that uses one CPU is not contended).
 * Pure parsers and small readers; the executors sample them while their task runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type StallSource = 'pressure' | 'schedstat';

/** Cumulative counters at one instant, in nanoseconds. Null: the source does not measure it. */
export interface StallCounters {
  /**
   * Runnable but not running, throttling by the task's own CPU limit included: the wait of its
   * critical path (`schedstat`, see {@link ThreadCounterSum}) or its cgroup's "some" total (`pressure`).
   */
  cpuWaitNs: number;
  /** Throttled by the task's own CPU quota (cgroup `cpu.stat`). */
  throttledNs: number | null;
  memoryNs: number | null;
  ioNs: number | null;
  /** CPU time used (the cgroup's usage, or the threads' schedstat run time); null where not readable. */
  cpuNs: number | null;
}

/** What a task's stall came to over its agent run (ExecResult, task record, results JSON). */
export interface StallSummary {
  source: StallSource;
  /** Waiting for a CPU held by someone else, ms: the CPU wait with the task's own throttling taken out. */
  cpuWaitMs: number;
  /** Throttled by its own CPU limit (not contention), ms; null where not measured. */
  throttledMs: number | null;
  /** Stalled on memory (reclaim, refaults), ms; null where not measured. */
  memoryMs: number | null;
  /** Stalled on I/O, ms; null where not measured. Reported, not taken out: a task alone waits for its I/O too. */
  ioMs: number | null;
  /**
   * Share of the agent's run the readings covered, 0–1. The counters vanish with the task's processes,
   * so the time after the last reading is extrapolated from the last interval's rates.
   */
  coverage: number;
}

/** Something that reads a task's cumulative counters; undefined once the task's cgroup or processes are gone. */
export interface StallReader {
  readonly source: StallSource;
  read(): Promise<StallCounters | undefined>;
}

// --- parsers ------------------------------------------------------------------------------------

/** A pressure file (`some avg10=… total=<µs>` and, since Linux 5.13 for cpu, a `full` line): the totals in µs. */
export function parsePressure(text: string): { someUs: number; fullUs: number | null } | undefined {
  const total = (kind: string): number | null => {
    const m = new RegExp(`^${kind}\\b.*\\btotal=(\\d+)`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const someUs = total('some');
  return someUs === null ? undefined : { someUs, fullUs: total('full') };
}

/** `/proc/<tid>/schedstat`: time on a CPU (ns), time runnable and waiting (ns), timeslices run. */
export function parseSchedstat(text: string): { runNs: number; waitNs: number; slices: number } | undefined {
  const parts = text.trim().split(/\s+/).map(Number);
  if (parts.length < 3 || !parts.slice(0, 3).every(Number.isFinite)) return undefined;
  return { runNs: parts[0], waitNs: parts[1], slices: parts[2] };
}

/** A flat-keyed cgroup file (`cpu.stat`, `memory.stat`): `name value` lines. */
export function parseKeyedFile(text: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && Number.isFinite(Number(value))) values[key] = Number(value);
  }
  return values;
}

/** Throttled time in ns from a `cpu.stat`: v1 `throttled_time` (ns), v2 `throttled_usec`; null when neither. */
export function throttledNsFromCpuStat(stat: Record<string, number>): number | null {
  if (stat.throttled_time !== undefined) return stat.throttled_time;
  if (stat.throttled_usec !== undefined) return stat.throttled_usec * 1000;
  return null;
}

/** CPU time in ns from a v1 `cpuacct.usage` (a bare number of ns) or a v2 `cpu.stat` (`usage_usec`). */
export function cpuUsageNs(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const usec = parseKeyedFile(text).usage_usec;
  return usec === undefined ? null : usec * 1000;
}

// --- summarising a series of readings --------------------------------------------------------------

/** One reading of a task's counters at epoch ms `at`. */
export interface TimedCounters extends StallCounters {
  at: number;
}

/**
 * The stall of one agent run from its readings. The counters start at zero with the task (a fresh
 * cgroup, fresh processes), so the readings count from `startedAt`; the time after the last reading
 * is extrapolated at the rates of the last interval. The CPU wait is the measured wait minus the
 * throttled time, never below zero; every figure is capped at the run's duration.
 * Returns null when there is no reading at all.
 */
export function summarizeStall(source: StallSource, readings: readonly TimedCounters[], startedAt: number, finishedAt: number): StallSummary | null {
  const inRun = readings.filter((r) => r.at >= startedAt).sort((a, b) => a.at - b.at);
  if (inRun.length === 0) return null;
  const duration = Math.max(0, finishedAt - startedAt);
  const last = inRun[inRun.length - 1];
  const before = inRun.length > 1 ? inRun[inRun.length - 2] : { at: startedAt, cpuWaitNs: 0, throttledNs: 0, memoryNs: 0, ioNs: 0, cpuNs: 0 };
  const lastAt = Math.min(last.at, finishedAt);
  const tailMs = Math.max(0, finishedAt - lastAt);
  const span = last.at - before.at;
  const extend = (now: number | null, then: number | null): number | null => {
    if (now === null) return null;
    const rate = span > 0 && then !== null ? Math.max(0, now - then) / span : 0;
    return Math.min(duration, (now + rate * tailMs) / 1e6);
  };
  const waitMs = extend(last.cpuWaitNs, before.cpuWaitNs) ?? 0;
  const throttledMs = extend(last.throttledNs, before.throttledNs);
  return {
    source,
    cpuWaitMs: Math.max(0, waitMs - (throttledMs ?? 0)),
    throttledMs,
    memoryMs: extend(last.memoryNs, before.memoryNs),
    ioMs: extend(last.ioNs, before.ioNs),
    coverage: duration > 0 ? Math.min(1, Math.max(0, lastAt - startedAt) / duration) : 1,
  };
}

/**
 * Samples a reader while a task runs and keeps its readings. `sample()` never rejects (a failed read
 * is a missing reading); `stop()` ends the timer.
 */
export class StallMeter {
  readonly #reader: StallReader;
  readonly #clock: () => number;
  readonly #onReading: ((reading: TimedCounters) => void) | undefined;
  readonly #readings: TimedCounters[] = [];
  #timer: NodeJS.Timeout | undefined;
  #pending: Promise<void> | undefined;
  #gone = false;

  /** `onReading` gets every reading as it is taken (the engine's contention ledger); it must not throw. */
  constructor(reader: StallReader, clock: () => number = Date.now, onReading?: (reading: TimedCounters) => void) {
    this.#reader = reader;
    this.#clock = clock;
    this.#onReading = onReading;
  }

  get source(): StallSource {
    return this.#reader.source;
  }

  get readings(): readonly TimedCounters[] {
    return this.#readings;
  }

  /** Samples now and then every `intervalMs` until {@link stop}. */
  start(intervalMs: number): void {
    void this.sample();
    this.#timer = setInterval(() => void this.sample(), intervalMs);
    this.#timer.unref();
  }

  async sample(): Promise<void> {
    if (this.#gone || this.#pending) return this.#pending;
    this.#pending = (async () => {
      try {
        const counters = await this.#reader.read();
        if (counters) {
          const reading = { at: this.#clock(), ...counters };
          this.#readings.push(reading);
          this.#onReading?.(reading);
        } else if (this.#readings.length > 0) this.#gone = true;
      } catch {
        // A reading that failed is a reading missed; the summary extrapolates over the gap.
      } finally {
        this.#pending = undefined;
      }
    })();
    return this.#pending;
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#pending;
  }

  summary(startedAt: number, finishedAt: number): StallSummary | null {
    return summarizeStall(this.#reader.source, this.#readings, startedAt, finishedAt);
  }
}

/**
 * Keeps a growing series of readings bounded on long runs: past `max` entries, the newest quarter
 * stays at full resolution and every other entry before it goes.
 */
export function thinOldest<T>(list: T[], max = 4000): void {
  if (list.length <= max) return;
  const keepFrom = Math.floor((list.length * 3) / 4);
  const older = list.slice(0, keepFrom).filter((_, i) => i % 2 === 0);
  list.splice(0, keepFrom, ...older);
}

// --- readers ------------------------------------------------------------------------------------

/**
 * Reads a small file of /proc or a cgroup filesystem. Synchronously: the kernel makes them on the
 * spot without touching a disk, and an asynchronous read (open, stat, read and close, each a hop to
 * the thread pool and back) cost the event loop several times more: about 0.3 s of CPU over a
 * 12 s run of 8 containers read twice a second.
 */
async function readText(file: string): Promise<string | undefined> {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return (await readText(file)) !== undefined;
}

/**
 * Sums the scheduler counters (wait, run time) of a changing set of threads. A thread that exits keeps
 * what it had at its last reading (what it did after that is not seen); a thread id reused by a new
 * thread (its counters went down) starts a new entry.
 *
 * It also keeps the wait of the task's critical path, as far as readings show it: per interval between
 * two readings, the largest wait of one thread. A sum over threads counts helpers that wait while the
 * main thread runs, and several threads waiting at once, as the task's delay; a task is held up by
 * its busiest thread, which is what most agents are (one event loop spawning one tool at a time).
 */
export class ThreadCounterSum {
  #current = new Map<string, ThreadCounters>();
  #gone: ThreadCounters = { waitNs: 0, runNs: 0 };
  #pathWaitNs = 0;

  /** Adds the readings of the threads alive now; returns the totals over every thread seen. */
  update(threads: ReadonlyMap<string, ThreadCounters>): ThreadCounters & { pathWaitNs: number } {
    let longest = 0;
    for (const [tid, now] of threads) {
      const previous = this.#current.get(tid);
      const fresh = previous === undefined || now.waitNs < previous.waitNs || now.runNs < previous.runNs;
      longest = Math.max(longest, fresh ? now.waitNs : now.waitNs - previous.waitNs);
    }
    this.#pathWaitNs += longest;
    for (const [tid, previous] of this.#current) {
      const now = threads.get(tid);
      if (now === undefined || now.waitNs < previous.waitNs || now.runNs < previous.runNs) {
        this.#gone = { waitNs: this.#gone.waitNs + previous.waitNs, runNs: this.#gone.runNs + previous.runNs };
      }
    }
    this.#current = new Map(threads);
    return { ...this.total, pathWaitNs: this.#pathWaitNs };
  }

  get total(): ThreadCounters {
    const sum = { ...this.#gone };
    for (const c of this.#current.values()) {
      sum.waitNs += c.waitNs;
      sum.runNs += c.runNs;
    }
    return sum;
  }
}

export interface ThreadCounters {
  waitNs: number;
  runNs: number;
}

/** Reads `/proc/<tid>/schedstat` (or `/proc/<pid>/task/<tid>/schedstat`) for each id; missing ones are left out. */
async function readThreads(files: ReadonlyMap<string, string>): Promise<Map<string, ThreadCounters>> {
  const entries = await Promise.all(
    [...files].map(async ([key, file]) => {
      const text = await readText(file);
      const stat = text === undefined ? undefined : parseSchedstat(text);
      return stat ? ([key, { waitNs: stat.waitNs, runNs: stat.runNs }] as const) : undefined;
    }),
  );
  return new Map(entries.filter((e): e is readonly [string, ThreadCounters] => e !== undefined));
}

/** Where a container's cgroup files are. */
export interface ContainerCgroup {
  /** A cgroup v2 directory with `cpu.pressure` (pure v2 host, or the unified hierarchy of a v1 host). */
  pressureDir: string | null;
  /** The directory with `cpu.stat` (throttling). */
  cpuStatDir: string | null;
  /** The container's CPU time: a v2 `cpu.stat` (`usage_usec`) or a v1 `cpuacct.usage` (ns). */
  cpuUsageFile: string | null;
  /** The file listing the container's threads: a v1 `tasks`, or a v2 `cgroup.threads`. */
  threadsFile: string | null;
}

/** Relative cgroup paths Docker uses for a container: the cgroupfs driver's and the systemd driver's. */
function containerCgroupNames(id: string): string[] {
  return [`docker/${id}`, `system.slice/docker-${id}.scope`];
}

/**
 * Finds a running container's cgroup directories under `root` (default `/sys/fs/cgroup`): cgroup v2
 * (pure or the unified hierarchy of a v1 host) for pressure files, v1 `cpu`/`cpu,cpuacct` for
 * `cpu.stat` and the thread list. Null when none is found (another cgroup parent, or no access to the
 * host's cgroup filesystem, e.g. when agent-fanout itself runs in a container).
 */
export async function locateContainerCgroup(id: string, root = '/sys/fs/cgroup'): Promise<ContainerCgroup | null> {
  const names = containerCgroupNames(id);
  const first = async (dirs: string[], file: string): Promise<string | null> => {
    for (const dir of dirs) if (await exists(path.join(dir, file))) return dir;
    return null;
  };
  const v2 = [root, path.join(root, 'unified')].flatMap((base) => names.map((n) => path.join(base, n)));
  const v1 = ['cpu', 'cpu,cpuacct', 'cpuacct,cpu'].flatMap((c) => names.map((n) => path.join(root, c, n)));
  const v1acct = ['cpuacct', 'cpu,cpuacct', 'cpuacct,cpu'].flatMap((c) => names.map((n) => path.join(root, c, n)));
  const pressureDir = await first(v2, 'cpu.pressure');
  const tasksDir = await first(v1, 'tasks');
  const threadsDir = tasksDir ? null : await first(v2, 'cgroup.threads');
  const threadsFile = tasksDir ? path.join(tasksDir, 'tasks') : threadsDir ? path.join(threadsDir, 'cgroup.threads') : null;
  // On a v1 host the quota lives in the v1 cpu controller; on a v2 host in the cgroup itself (cpu.max).
  const cpuStatDir = (await first(v1, 'cpu.stat')) ?? (pressureDir && (await exists(path.join(pressureDir, 'cpu.max'))) ? pressureDir : null);
  const acctDir = await first(v1acct, 'cpuacct.usage');
  const cpuUsageFile = acctDir
    ? path.join(acctDir, 'cpuacct.usage')
    : pressureDir && (await exists(path.join(pressureDir, 'cpu.stat')))
      ? path.join(pressureDir, 'cpu.stat')
      : null;
  if (!pressureDir && !threadsFile) return null;
  return { pressureDir, cpuStatDir, threadsFile, cpuUsageFile };
}

/**
 * Reads a container's stall from its cgroup: the CPU wait from its threads' schedstat (from pressure
 * files when the threads cannot be listed), memory and I/O from pressure files where there are any.
 */
export class ContainerStallReader implements StallReader {
  readonly source: StallSource;
  readonly #cgroup: ContainerCgroup;
  readonly #procDir: string;
  readonly #threads = new ThreadCounterSum();

  constructor(cgroup: ContainerCgroup, procDir = '/proc') {
    this.#cgroup = cgroup;
    this.#procDir = procDir;
    this.source = cgroup.threadsFile ? 'schedstat' : 'pressure';
  }

  async read(): Promise<StallCounters | undefined> {
    const { pressureDir, cpuStatDir, threadsFile, cpuUsageFile } = this.#cgroup;
    const [cpuStat, usage, list, cpuText, memoryText, ioText] = await Promise.all([
      cpuStatDir ? readText(path.join(cpuStatDir, 'cpu.stat')) : undefined,
      cpuUsageFile ? readText(cpuUsageFile) : undefined,
      threadsFile ? readText(threadsFile) : undefined,
      ...['cpu', 'memory', 'io'].map((r) => (pressureDir ? readText(path.join(pressureDir, `${r}.pressure`)) : undefined)),
    ]);
    const throttledNs = cpuStat === undefined ? null : throttledNsFromCpuStat(parseKeyedFile(cpuStat));
    const cpuNs = usage === undefined ? null : cpuUsageNs(usage);
    const some = (text: string | undefined): number | null => {
      const p = text === undefined ? undefined : parsePressure(text);
      return p ? p.someUs * 1000 : null;
    };
    const memoryNs = some(memoryText);
    const ioNs = some(ioText);
    if (threadsFile) {
      if (list === undefined) return undefined;
      const tids = list.split('\n').filter((t) => /^\d+$/.test(t.trim()));
      const threads = await readThreads(new Map(tids.map((t) => [t, path.join(this.#procDir, t, 'schedstat')])));
      // No thread left: the container is exiting; a reading now would only hide the last interval's rate.
      if (threads.size === 0) return undefined;
      const total = this.#threads.update(threads);
      return { cpuWaitNs: total.pathWaitNs, throttledNs, memoryNs, ioNs, cpuNs: cpuNs ?? total.runNs };
    }
    const cpuWaitNs = some(cpuText);
    if (cpuWaitNs === null) return undefined;
    return { cpuWaitNs, throttledNs, memoryNs, ioNs, cpuNs };
  }
}

/**
 * Reads the scheduler wait of a process tree's threads (the subprocess executor's tasks have no cgroup
 * of their own). `members` gives the tree's live pids at the time of the call.
 */
export class ProcessTreeStallReader implements StallReader {
  readonly source = 'schedstat' as const;
  readonly #members: () => readonly number[];
  readonly #procDir: string;
  readonly #threads = new ThreadCounterSum();

  constructor(members: () => readonly number[], procDir = '/proc') {
    this.#members = members;
    this.#procDir = procDir;
  }

  async read(): Promise<StallCounters | undefined> {
    const files = new Map<string, string>();
    await Promise.all(
      this.#members().map(async (pid) => {
        let tids: string[];
        try {
          tids = readdirSync(path.join(this.#procDir, String(pid), 'task'));
        } catch {
          return;
        }
        for (const tid of tids) files.set(`${pid}/${tid}`, path.join(this.#procDir, String(pid), 'task', tid, 'schedstat'));
      }),
    );
    const threads = await readThreads(files);
    if (threads.size === 0) return undefined;
    const total = this.#threads.update(threads);
    return { cpuWaitNs: total.pathWaitNs, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: total.runNs };
  }
}

// --- the host -------------------------------------------------------------------------------------

/**
 * `/proc/stat`: busy time of all CPUs together (user, nice, system, irq, softirq, steal; in clock
 * ticks, guest time being part of user) and `procs_running`, the threads running or runnable now.
 */
export function parseHostStat(text: string): { busyTicks: number; runnable: number } | undefined {
  const cpu = /^cpu\s+(.*)$/m.exec(text);
  const running = /^procs_running\s+(\d+)/m.exec(text);
  if (!cpu || !running) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = cpu[1].trim().split(/\s+/).map(Number);
  const busy = [user, nice, system, irq ?? 0, softirq ?? 0, steal ?? 0];
  if (!busy.every(Number.isFinite)) return undefined;
  return { busyTicks: busy.reduce((a, b) => a + b, 0), runnable: Number(running[1]) };
}

/** Reads the host's busy CPU time (ns) and runnable threads; undefined where there is no /proc/stat. */
export async function readHostStat(file = '/proc/stat', ticksPerSecond = 100): Promise<{ busyNs: number; runnable: number } | undefined> {
  const text = await readText(file);
  const parsed = text === undefined ? undefined : parseHostStat(text);
  return parsed && { busyNs: (parsed.busyTicks * 1e9) / ticksPerSecond, runnable: parsed.runnable };
}
