/**
 * The dashboard's model of the runs on this machine, built from the event journals in
 * `<stateDir>/journal/` and kept current as they grow: the directory is watched, with polling as a
 * fallback, and only appended bytes are read. Everything is bounded: the latest `maxRuns` runs, the
 * latest `maxSamples` samples per task, capped log tails, loaded only for tasks someone looks at.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { AgentProgress } from '../agents/types.js';
import { journalDir } from '../run/journal.js';
import type { Logger } from '../core/logger.js';
import { FINAL_STATUSES, type RunEvent, type RunInfo, type RunResult, type TaskRecord, type TaskStatus } from '../core/model.js';
import type { ResourceSample } from '../exec/types.js';
import { formatAgentProgress, stripControl } from '../report/format.js';
import { taskCostUsd } from '../report/metrics.js';
import { HostSampler } from './host.js';
import { processState } from '../run/liveness.js';
import { LogTail, type LogTailOptions } from './logtail.js';
import type {
  EgressRefusalView,
  HostPoint,
  HostStats,
  LogTailView,
  ProgressView,
  RunDetail,
  RunMetricsView,
  RunState,
  RunSummary,
  SampleView,
  TaskView,
} from './protocol.js';
import { errorMessage } from '../core/errors.js';

/** Tells whether a run still has something alive elsewhere, e.g. containers labelled with its id. */
export type IsRunLive = (runId: string) => boolean | Promise<boolean>;

export interface DashboardStateOptions {
  stateDir: string;
  logger: Logger;
  /**
   * Asked, for a run without `run-finished`, when its own process is not known to be alive (e.g.
   * Docker containers labelled `dev.agent-fanout.run-id=<id>` exist). Default: nobody is asked.
   */
  isRunLive?: IsRunLive;
  /** Runs kept, the latest by start time. Default 50. */
  maxRuns?: number;
  /** Samples kept per task. Default 120. */
  maxSamples?: number;
  /** Log tail caps. Default 200 lines / 64 KiB. */
  log?: LogTailOptions;
  /** Log tails kept in memory that nobody follows. Default 16. */
  maxIdleLogTails?: number;
  /** Polling period for journals and followed logs, in ms. Default 500. */
  pollMs?: number;
  /** How often an unfinished run's liveness is checked while it looks live, in ms. Default 2000. */
  livenessMs?: number;
  /** How often an interrupted run is checked again (its journal growing triggers a check too). Default 30000. */
  interruptedRecheckMs?: number;
  /** A run whose journal names no pid counts as live while its journal changed this recently. Default 30000. */
  activeWindowMs?: number;
  /** Host sampling period in ms. Default 1000. */
  hostSampleMs?: number;
  /** Default `Date.now`. */
  clock?: () => number;
}

export type StateChange =
  /** Something in the run list changed (a run appeared, progressed, finished, was dropped). */
  | { kind: 'runs' }
  /** A run was (re)loaded as a whole: subscribers need a fresh snapshot. */
  | { kind: 'reset'; runId: string }
  | { kind: 'removed'; runId: string }
  | { kind: 'task'; runId: string; taskId: string; task: TaskView }
  | { kind: 'sample'; runId: string; taskId: string; sample: SampleView }
  | { kind: 'log'; runId: string; taskId: string; reset: boolean; truncated: boolean; lines: string[] }
  | { kind: 'host'; host: HostStats };

/**
 * The latest samples of a task in typed arrays: 500 tasks × 120 samples as objects with boxed
 * numbers would cost ~5 MB of heap, as columns ~1.7 MB.
 */
class SampleRing {
  readonly #at: Float64Array;
  readonly #cpu: Float64Array;
  readonly #mem: Float64Array;
  readonly #pids: Uint32Array;
  #start = 0;
  #length = 0;

  constructor(capacity: number) {
    this.#at = new Float64Array(capacity);
    this.#cpu = new Float64Array(capacity);
    this.#mem = new Float64Array(capacity);
    this.#pids = new Uint32Array(capacity);
  }

  push(sample: SampleView): void {
    const capacity = this.#at.length;
    const i = (this.#start + this.#length) % capacity;
    this.#at[i] = sample.at;
    this.#cpu[i] = sample.cpu;
    this.#mem[i] = sample.mem;
    this.#pids[i] = sample.pids;
    if (this.#length < capacity) this.#length++;
    else this.#start = (this.#start + 1) % capacity;
  }

  toArray(): SampleView[] {
    const out: SampleView[] = [];
    for (let k = 0; k < this.#length; k++) {
      const i = (this.#start + k) % this.#at.length;
      out.push({ at: this.#at[i], cpu: this.#cpu[i], mem: this.#mem[i], pids: this.#pids[i] });
    }
    return out;
  }
}

interface TaskModel {
  view: TaskView;
  samples: SampleRing;
  logFile: string | null;
  /** A best-of-N task: the latest reading of each attempt, summed into the task's samples. */
  attemptSamples?: Map<number, SampleView>;
}

interface RunModel {
  id: string;
  file: string;
  sortKey: number;
  info: RunInfo | null;
  tasks: Map<string, TaskModel>;
  finished: boolean;
  finishedAt: number | null;
  metrics: RunMetricsView | null;
  live: boolean;
  nextLivenessAt: number;
  lastEventAt: number;
  mtimeMs: number;
  offset: number;
  ino: number;
  partial: string;
  decoder: StringDecoder;
}

interface TailEntry {
  tail: LogTail;
  runId: string;
  taskId: string;
  pins: number;
  usedAt: number;
}

const JOURNAL_SUFFIX = '.ndjson';
/** Journals are read in chunks this big through one reused buffer: reads are serialised by `poll`. */
const READ_CHUNK = 64 * 1024;
/** A journal line longer than this is garbage (a record is a few KiB); dropped instead of buffered. */
const MAX_LINE = 4 * 1024 * 1024;
const FINAL = new Set<TaskStatus>(FINAL_STATUSES);

export class DashboardState {
  readonly stateDir: string;
  readonly #dir: string;
  readonly #logger: Logger;
  readonly #isRunLive: IsRunLive | undefined;
  readonly #maxRuns: number;
  readonly #maxSamples: number;
  readonly #logOptions: LogTailOptions;
  readonly #maxIdleLogTails: number;
  readonly #pollMs: number;
  readonly #livenessMs: number;
  readonly #interruptedRecheckMs: number;
  readonly #activeWindowMs: number;
  readonly #hostSampleMs: number;
  readonly #clock: () => number;
  readonly #host: HostSampler;
  /** Start time of every journal file seen (read once from its first line). */
  readonly #known = new Map<string, number>();
  readonly #runs = new Map<string, RunModel>();
  readonly #tails = new Map<string, TailEntry>();
  readonly #listeners = new Set<(change: StateChange) => void>();
  /** The state directory as given and as resolved through symlinks. */
  #roots: string[];
  #watcher: fs.FSWatcher | null = null;
  #pollTimer: NodeJS.Timeout | null = null;
  #hostTimer: NodeJS.Timeout | null = null;
  #debounce: NodeJS.Timeout | null = null;
  #polling: Promise<void> | null = null;
  #pollAgain = false;
  #runsChanged = false;
  #closed = false;
  #liveCheckFailed = false;
  readonly #readBuffer = Buffer.allocUnsafe(READ_CHUNK);

  constructor(options: DashboardStateOptions) {
    if (!options.stateDir) throw new TypeError('dashboard: stateDir is required');
    const positive = (name: string, value: number | undefined, fallback: number): number => {
      if (value === undefined) return fallback;
      if (!Number.isFinite(value) || value <= 0) throw new TypeError(`dashboard: ${name} must be a positive number, got ${value}`);
      return value;
    };
    this.stateDir = path.resolve(options.stateDir);
    this.#dir = journalDir(this.stateDir);
    this.#roots = [this.stateDir];
    this.#logger = options.logger;
    this.#isRunLive = options.isRunLive;
    this.#maxRuns = positive('maxRuns', options.maxRuns, 50);
    this.#maxSamples = Math.floor(positive('maxSamples', options.maxSamples, 120));
    this.#logOptions = options.log ?? {};
    this.#maxIdleLogTails = positive('maxIdleLogTails', options.maxIdleLogTails, 16);
    this.#pollMs = positive('pollMs', options.pollMs, 500);
    this.#livenessMs = positive('livenessMs', options.livenessMs, 2000);
    this.#interruptedRecheckMs = positive('interruptedRecheckMs', options.interruptedRecheckMs, 30_000);
    this.#activeWindowMs = positive('activeWindowMs', options.activeWindowMs, 30_000);
    this.#hostSampleMs = positive('hostSampleMs', options.hostSampleMs, 1000);
    this.#clock = options.clock ?? Date.now;
    this.#host = new HostSampler({ clock: this.#clock });
  }

  /** Loads the journals (and checks which unfinished runs are live), then follows them. */
  async start(): Promise<void> {
    const real = await fsp.realpath(this.stateDir).catch(() => this.stateDir);
    if (real !== this.stateDir) this.#roots.push(real);
    await this.poll();
    this.#pollTimer = setInterval(() => void this.poll(), this.#pollMs);
    this.#pollTimer.unref();
    this.#hostTimer = setInterval(() => this.#emit({ kind: 'host', host: this.#host.sample() }), this.#hostSampleMs);
    this.#hostTimer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of [this.#pollTimer, this.#hostTimer, this.#debounce]) if (timer) clearInterval(timer);
    this.#watcher?.close();
    this.#watcher = null;
    this.#listeners.clear();
    await this.#polling;
  }

  onChange(listener: (change: StateChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get host(): HostStats {
    return this.#host.current;
  }

  get hostHistory(): HostPoint[] {
    return this.#host.history;
  }

  /** The runs, newest first. */
  listRuns(): RunSummary[] {
    const now = this.#clock();
    return [...this.#runs.values()]
      .filter((run) => run.info !== null)
      .sort((a, b) => b.sortKey - a.sortKey || (a.id < b.id ? 1 : -1))
      .map((run) => this.#summary(run, now));
  }

  getRun(runId: string): RunDetail | undefined {
    const run = this.#runs.get(runId);
    if (!run?.info) return undefined;
    return {
      summary: this.#summary(run, this.#clock()),
      baseCommit: run.info.baseCommit,
      modeReason: run.info.modeReason ?? null,
      tasks: [...run.tasks.values()].map((t) => ({ ...t.view, samples: t.samples.toArray() })),
    };
  }

  hasTask(runId: string, taskId: string): boolean {
    return this.#runs.get(runId)?.tasks.has(taskId) ?? false;
  }

  /** The task's log tail, brought up to date. Undefined when there is no such task. */
  async readLog(runId: string, taskId: string): Promise<LogTailView | undefined> {
    if (!this.hasTask(runId, taskId)) return undefined;
    const entry = this.#tail(runId, taskId);
    if (!entry) return { runId, taskId, lines: [], truncated: false };
    entry.usedAt = this.#clock();
    await entry.tail.sync(this.#isFinal(runId, taskId));
    this.#evictIdleTails();
    return { runId, taskId, lines: [...entry.tail.lines], truncated: entry.tail.truncated };
  }

  /** Follows the task's log while pinned: appended lines arrive as `log` changes. Returns the unpin. */
  pinLog(runId: string, taskId: string): () => void {
    const entry = this.#tail(runId, taskId);
    if (!entry) return () => {};
    entry.pins++;
    let pinned = true;
    return () => {
      if (!pinned) return;
      pinned = false;
      entry.pins--;
      entry.usedAt = this.#clock();
      this.#evictIdleTails();
    };
  }

  /** One scan: new and removed journals, appended events, liveness, followed logs. Serialised. */
  poll(): Promise<void> {
    if (this.#polling) {
      this.#pollAgain = true;
      return this.#polling;
    }
    this.#polling = (async () => {
      try {
        do {
          this.#pollAgain = false;
          await this.#scan();
          await this.#syncPinnedTails();
          if (this.#runsChanged) {
            this.#runsChanged = false;
            this.#emit({ kind: 'runs' });
          }
        } while (this.#pollAgain && !this.#closed);
      } catch (error) {
        this.#logger.warning(`dashboard: reading journals in ${this.#dir} failed: ${errorMessage(error)}`);
      } finally {
        this.#polling = null;
      }
    })();
    return this.#polling;
  }

  #emit(change: StateChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        this.#logger.warning(`dashboard: change listener failed: ${errorMessage(error)}`);
      }
    }
  }

  #ensureWatcher(): void {
    if (this.#watcher || this.#closed) return;
    try {
      this.#watcher = fs.watch(this.#dir, { persistent: false }, () => this.#schedulePoll());
      this.#watcher.on('error', () => {
        // Polling carries on; the watcher is recreated on the next scan.
        this.#watcher?.close();
        this.#watcher = null;
      });
    } catch {
      // No directory yet, or no inotify: polling covers it.
    }
  }

  #schedulePoll(): void {
    if (this.#debounce || this.#closed) return;
    this.#debounce = setTimeout(() => {
      this.#debounce = null;
      void this.poll();
    }, 20);
    this.#debounce.unref();
  }

  async #scan(): Promise<void> {
    let names: string[];
    try {
      names = (await fsp.readdir(this.#dir)).filter((n) => n.endsWith(JOURNAL_SUFFIX));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      names = [];
    }
    this.#ensureWatcher();
    const present = new Set(names);
    for (const name of this.#known.keys()) if (!present.has(name)) this.#known.delete(name);
    for (const name of names) {
      if (this.#known.has(name)) continue;
      const startedAt = await this.#readStartTime(path.join(this.#dir, name));
      if (startedAt !== null) this.#known.set(name, startedAt);
    }

    const latest = [...this.#known.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))
      .slice(0, this.#maxRuns)
      .map(([name]) => name.slice(0, -JOURNAL_SUFFIX.length));
    const keep = new Set(latest);
    for (const id of [...this.#runs.keys()]) {
      if (keep.has(id)) continue;
      this.#runs.delete(id);
      for (const [key, entry] of this.#tails) if (entry.runId === id) this.#tails.delete(key);
      this.#runsChanged = true;
      this.#emit({ kind: 'removed', runId: id });
    }

    const now = this.#clock();
    for (const id of latest) {
      let run = this.#runs.get(id);
      if (!run) {
        run = newRunModel(id, path.join(this.#dir, id + JOURNAL_SUFFIX), this.#known.get(id + JOURNAL_SUFFIX) ?? 0);
        this.#runs.set(id, run);
      }
      if (!run.finished || run.offset === 0) await this.#readAppended(run);
      if (!run.finished && now >= run.nextLivenessAt) await this.#checkLiveness(run);
    }
  }

  /** The run's start from its first line (`run-started`), else the file's mtime; null while still empty. */
  async #readStartTime(file: string): Promise<number | null> {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(file, 'r');
      const stat = await handle.stat();
      if (stat.size === 0) return null;
      const { bytesRead } = await handle.read(this.#readBuffer, 0, Math.min(stat.size, READ_CHUNK), 0);
      const text = this.#readBuffer.toString('utf8', 0, bytesRead);
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        try {
          const event = JSON.parse(text.slice(0, nl)) as RunEvent;
          if (event.type === 'run-started' && typeof event.run?.startedAt === 'number') return event.run.startedAt;
        } catch {
          // Not a journal line: fall back to the file's time.
        }
      } else if (bytesRead < READ_CHUNK) {
        return null; // first line still being written
      }
      return stat.mtimeMs;
    } catch {
      return null;
    } finally {
      await handle?.close();
    }
  }

  async #readAppended(run: RunModel): Promise<void> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(run.file, 'r');
    } catch {
      return;
    }
    try {
      const stat = await handle.stat();
      if (stat.size < run.offset || (run.ino !== -1 && stat.ino !== run.ino)) {
        // Rewritten: start over.
        Object.assign(run, newRunModel(run.id, run.file, run.sortKey));
      }
      run.ino = stat.ino;
      if (stat.size === run.offset) return;
      const fresh = run.offset === 0;
      const buffer = this.#readBuffer;
      while (run.offset < stat.size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_CHUNK, stat.size - run.offset), run.offset);
        if (bytesRead === 0) break;
        run.offset += bytesRead;
        const lines = (run.partial + run.decoder.write(buffer.subarray(0, bytesRead))).split('\n');
        run.partial = lines.pop() ?? '';
        if (run.partial.length > MAX_LINE) run.partial = '';
        for (const line of lines) {
          if (!line.trim()) continue;
          let event: RunEvent;
          try {
            event = JSON.parse(line) as RunEvent;
          } catch {
            continue; // a torn line from a crash mid-write
          }
          this.#apply(run, event, !fresh);
        }
      }
      run.mtimeMs = stat.mtimeMs;
      this.#runsChanged = true;
      // Fresh data for a run that looked dead: look again now.
      if (!run.finished && !run.live) run.nextLivenessAt = 0;
      if (fresh) this.#emit({ kind: 'reset', runId: run.id });
    } finally {
      await handle.close();
    }
  }

  #apply(run: RunModel, event: RunEvent, emit: boolean): void {
    if (typeof event?.at === 'number' && event.at > run.lastEventAt) run.lastEventAt = event.at;
    switch (event?.type) {
      case 'run-started': {
        run.info = event.run;
        run.sortKey = event.run.startedAt;
        for (const t of event.tasks ?? []) {
          if (!run.tasks.has(t.id)) run.tasks.set(t.id, { view: initialTaskView(t, event.run.startedAt), samples: new SampleRing(this.#maxSamples), logFile: null });
        }
        break;
      }
      case 'task-state': {
        const task = this.#task(run, event.taskId);
        task.view = taskViewFrom(event.record, event.status, task.view);
        if (typeof event.record?.logFile === 'string') task.logFile = event.record.logFile;
        if (emit) this.#emit({ kind: 'task', runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case 'task-progress': {
        const task = this.#task(run, event.taskId);
        task.view = { ...task.view, progress: progressView(event.progress) };
        if (emit) this.#emit({ kind: 'task', runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case 'task-sample': {
        const task = this.#task(run, event.taskId);
        const sample = typeof event.attempt === 'number' ? attemptsTogether(task, event.attempt, sampleView(event.sample)) : sampleView(event.sample);
        task.samples.push(sample);
        task.view.last = sample;
        if (emit) this.#emit({ kind: 'sample', runId: run.id, taskId: event.taskId, sample });
        break;
      }
      case 'egress-refused': {
        // Unattributed refusals (no task) are in the results and the summary only.
        if (typeof event.taskId !== 'string') break;
        const task = this.#task(run, event.taskId);
        const previous = task.view.egress ?? { allowed: 0, refused: 0, recent: [] };
        task.view = {
          ...task.view,
          egress: { allowed: previous.allowed, refused: previous.refused + 1, recent: [...previous.recent, refusalView(event.refusal)].slice(-RECENT_REFUSALS) },
        };
        if (emit) this.#emit({ kind: 'task', runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case 'run-finished': {
        run.finished = true;
        run.live = false;
        run.finishedAt = event.result?.run?.finishedAt ?? event.at;
        run.metrics = metricsView(event.result);
        for (const record of event.result?.tasks ?? []) {
          const task = this.#task(run, record.id);
          task.view = taskViewFrom(record, record.status, task.view);
          if (typeof record.logFile === 'string') task.logFile = record.logFile;
          if (emit) this.#emit({ kind: 'task', runId: run.id, taskId: record.id, task: task.view });
        }
        break;
      }
      default:
        // task-output is not journaled; unknown types come from newer writers.
        break;
    }
  }

  #task(run: RunModel, taskId: string): TaskModel {
    let task = run.tasks.get(taskId);
    if (!task) {
      task = {
        view: initialTaskView({ id: taskId, title: taskId, file: '', dependsOn: [], branch: null }, null),
        samples: new SampleRing(this.#maxSamples),
        logFile: null,
      };
      run.tasks.set(taskId, task);
    }
    return task;
  }

  async #checkLiveness(run: RunModel): Promise<void> {
    const now = this.#clock();
    const proc = run.info ? processState(run.info.pid, run.info.host, run.info.startedAt) : 'unknown';
    let live = proc === 'alive';
    if (!live && this.#isRunLive) {
      try {
        live = await this.#isRunLive(run.id);
      } catch (error) {
        if (!this.#liveCheckFailed) this.#logger.warning(`dashboard: checking run '${run.id}' for live containers failed: ${errorMessage(error)}`);
        this.#liveCheckFailed = true;
      }
    }
    // Without a pid (another host, an older writer) a journal that still moves is the best sign of life.
    if (!live && proc === 'unknown') live = now - run.mtimeMs < this.#activeWindowMs;
    if (run.finished) return; // finished while we asked
    if (live !== run.live) {
      run.live = live;
      this.#runsChanged = true;
    }
    run.nextLivenessAt = now + (live ? this.#livenessMs : this.#interruptedRecheckMs);
  }

  #state(run: RunModel): RunState {
    if (run.finished) return 'finished';
    return run.live ? 'running' : 'interrupted';
  }

  #summary(run: RunModel, now: number): RunSummary {
    const info = run.info!;
    const state = this.#state(run);
    const counts: Partial<Record<TaskStatus, number>> = {};
    let done = 0;
    let running = 0;
    let busyMs = 0;
    let anyStarted = false;
    for (const { view } of run.tasks.values()) {
      counts[view.status] = (counts[view.status] ?? 0) + 1;
      if (FINAL.has(view.status)) done++;
      if (view.status === 'running') running++;
      if (view.durationMs !== null) {
        busyMs += view.durationMs;
        anyStarted = true;
      } else if (view.startedAt !== null && !FINAL.has(view.status)) {
        // The agent's own start is known only when it ends; until then the task's start stands in.
        const end = state === 'running' ? now : run.lastEventAt;
        busyMs += Math.max(0, end - view.startedAt);
        anyStarted = true;
      }
    }
    const end = run.finishedAt ?? (state === 'running' ? now : run.lastEventAt);
    const wallMs = Math.max(0, end - info.startedAt);
    const concurrency = run.metrics ? run.metrics.concurrency : anyStarted && wallMs > 0 ? busyMs / wallMs : null;
    const speedup = run.metrics ? run.metrics.speedup : null;
    return {
      id: run.id,
      repo: info.repo,
      repoName: path.basename(info.repo ?? '') || info.repo,
      issue: info.issue ?? null,
      baseRef: info.baseRef,
      host: info.host ?? null,
      startedAt: info.startedAt,
      finishedAt: run.finishedAt,
      lastEventAt: run.lastEventAt,
      state,
      mode: info.mode,
      maxParallel: info.maxParallel,
      tasksTotal: run.tasks.size,
      tasksDone: done,
      tasksRunning: running,
      counts,
      speedup,
      concurrency,
      wallMs: run.metrics?.wallMs ?? wallMs,
      metrics: run.metrics,
    };
  }

  #isFinal(runId: string, taskId: string): boolean {
    const run = this.#runs.get(runId);
    const status = run?.tasks.get(taskId)?.view.status;
    return (status !== undefined && FINAL.has(status)) || (run !== undefined && this.#state(run) !== 'running');
  }

  /** Where a task's log is: its record's `logFile`, else the engine's layout `<runDir>/tasks/<id>/output.log`. */
  #logPath(run: RunModel, taskId: string): string | null {
    const task = run.tasks.get(taskId);
    if (!task) return null;
    const file = task.logFile ?? (run.info?.runDir ? path.join(run.info.runDir, 'tasks', taskId, 'output.log') : null);
    if (!file) return null;
    // The journal names the file; the dashboard reads nothing outside the state directory.
    const resolved = path.resolve(file);
    return this.#roots.some((root) => resolved.startsWith(root + path.sep)) ? resolved : null;
  }

  #tail(runId: string, taskId: string): TailEntry | undefined {
    const run = this.#runs.get(runId);
    if (!run) return undefined;
    const file = this.#logPath(run, taskId);
    if (!file) return undefined;
    const key = `${runId}\0${taskId}`;
    let entry = this.#tails.get(key);
    if (entry && entry.tail.file !== file) {
      // The record named the log file later than the layout guess: follow the named one.
      entry.tail = this.#newTail(file, runId, taskId);
    }
    if (!entry) {
      entry = { tail: this.#newTail(file, runId, taskId), runId, taskId, pins: 0, usedAt: this.#clock() };
      this.#tails.set(key, entry);
    }
    return entry;
  }

  #newTail(file: string, runId: string, taskId: string): LogTail {
    return new LogTail(file, {
      ...this.#logOptions,
      // Emitted in the same turn the tail changes, so a snapshot plus later changes never repeat a line.
      onUpdate: (update, tail) => {
        if (update.reset || update.appended.length > 0) {
          this.#emit({ kind: 'log', runId, taskId, reset: update.reset, truncated: tail.truncated, lines: update.appended });
        }
      },
    });
  }

  async #syncPinnedTails(): Promise<void> {
    for (const entry of this.#tails.values()) {
      if (entry.pins > 0) await entry.tail.sync(this.#isFinal(entry.runId, entry.taskId));
    }
  }

  #evictIdleTails(): void {
    const idle = [...this.#tails.entries()].filter(([, e]) => e.pins === 0).sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [key] of idle.slice(0, Math.max(0, idle.length - this.#maxIdleLogTails))) this.#tails.delete(key);
  }
}

function newRunModel(id: string, file: string, sortKey: number): RunModel {
  return {
    id,
    file,
    sortKey,
    info: null,
    tasks: new Map(),
    finished: false,
    finishedAt: null,
    metrics: null,
    live: false,
    nextLivenessAt: 0,
    lastEventAt: 0,
    mtimeMs: 0,
    offset: 0,
    ino: -1,
    partial: '',
    decoder: new StringDecoder('utf8'),
  };
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const numOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function sampleView(sample: ResourceSample): SampleView {
  return {
    at: num(sample?.at),
    cpu: Math.round(num(sample?.cpuPercent) * 10) / 10,
    mem: num(sample?.memoryBytes),
    pids: num(sample?.pids),
  };
}

/** How long an attempt's last reading counts towards its task's (attempts are sampled about once a second). */
const ATTEMPT_SAMPLE_TTL_MS = 3000;

/**
 * A best-of-N task's reading: the sum of its attempts' latest ones (their containers run side by
 * side; a reading older than a few seconds is an attempt that ended).
 */
function attemptsTogether(task: TaskModel, attempt: number, sample: SampleView): SampleView {
  const latest = (task.attemptSamples ??= new Map());
  latest.set(attempt, sample);
  const sum: SampleView = { at: sample.at, cpu: 0, mem: 0, pids: 0 };
  for (const [k, s] of latest) {
    if (sample.at - s.at > ATTEMPT_SAMPLE_TTL_MS) {
      latest.delete(k);
      continue;
    }
    sum.cpu = Math.round((sum.cpu + s.cpu) * 10) / 10;
    sum.mem += s.mem;
    sum.pids += s.pids;
  }
  return sum;
}

function initialTaskView(
  task: Pick<TaskRecord, 'id' | 'title' | 'file' | 'dependsOn' | 'branch'>,
  queuedAt: number | null,
): TaskView {
  return {
    id: task.id,
    title: task.title ?? task.id,
    file: task.file ?? '',
    dependsOn: Array.isArray(task.dependsOn) ? task.dependsOn.filter((d) => typeof d === 'string') : [],
    status: 'queued',
    reason: null,
    exitCode: null,
    branch: strOrNull(task.branch),
    commit: null,
    prUrl: null,
    queuedAt,
    readyAt: null,
    startedAt: null,
    agentStartedAt: null,
    agentFinishedAt: null,
    finishedAt: null,
    durationMs: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
    cpu: null,
    memory: null,
    costUsd: null,
    turns: null,
    attempt: 0,
    last: null,
    progress: null,
    egress: null,
    verify: null,
    bestOf: null,
  };
}

/** Refusals a task view carries (the record keeps more). */
const RECENT_REFUSALS = 5;

function refusalView(refusal: { at?: unknown; host?: unknown; port?: unknown; reason?: unknown } | undefined): EgressRefusalView {
  const host = strOrNull(refusal?.host) ?? '';
  const port = num(refusal?.port);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { at: num(refusal?.at), destination: (port > 0 ? `${shown}:${port}` : shown).slice(0, 300), reason: (strOrNull(refusal?.reason) ?? '').slice(0, 40) };
}

function egressView(record: TaskRecord, previous: TaskView['egress']): TaskView['egress'] {
  const egress = record.egress;
  if (!egress || typeof egress !== 'object') return previous;
  const refusals = Array.isArray(egress.refusals) ? egress.refusals : [];
  return { allowed: num(egress.allowed), refused: num(egress.refused), recent: refusals.slice(-RECENT_REFUSALS).map(refusalView) };
}

/** A task view from a record: picked field by field; the agent's final text and env-like data stay out. */
function taskViewFrom(record: TaskRecord, status: TaskStatus, previous: TaskView): TaskView {
  // Pull request links are not part of TaskRecord yet; a writer that adds `prUrl` gets it shown.
  const prUrl = strOrNull((record as Partial<{ prUrl: unknown }>).prUrl);
  return {
    id: previous.id,
    title: strOrNull(record.title) ?? previous.title,
    file: strOrNull(record.file) ?? previous.file,
    dependsOn: Array.isArray(record.dependsOn) ? record.dependsOn.filter((d) => typeof d === 'string') : previous.dependsOn,
    status,
    reason: strOrNull(record.reason),
    exitCode: numOrNull(record.exitCode),
    branch: strOrNull(record.branch) ?? previous.branch,
    commit: strOrNull(record.commit),
    prUrl: prUrl && /^https:\/\//.test(prUrl) ? prUrl : previous.prUrl,
    queuedAt: numOrNull(record.queuedAt) ?? previous.queuedAt,
    readyAt: numOrNull(record.readyAt),
    startedAt: numOrNull(record.startedAt),
    agentStartedAt: numOrNull(record.agentStartedAt),
    agentFinishedAt: numOrNull(record.agentFinishedAt),
    finishedAt: numOrNull(record.finishedAt),
    durationMs: numOrNull(record.durationMs),
    filesChanged: num(record.filesChanged),
    insertions: num(record.insertions),
    deletions: num(record.deletions),
    cpu: record.cpu ? { seconds: num(record.cpu.seconds), avgPercent: num(record.cpu.avgPercent), peakPercent: numOrNull(record.cpu.peakPercent) } : null,
    memory: record.memory ? { peakBytes: numOrNull(record.memory.peakBytes), limitBytes: numOrNull(record.memory.limitBytes) } : null,
    costUsd: numOrNull(taskCostUsd(record)),
    turns: numOrNull(record.agent?.turns),
    attempt: Array.isArray(record.attempts) ? record.attempts.length : previous.attempt,
    last: previous.last,
    progress: previous.progress,
    egress: egressView(record, previous.egress),
    verify: verifyView(record.verify),
    bestOf: bestOfView(record.bestOf),
  };
}

function verifyView(check: { passed?: unknown } | undefined): TaskView['verify'] {
  if (!check || typeof check !== 'object') return null;
  return check.passed === true ? 'passed' : 'failed';
}

const STATUSES: ReadonlySet<string> = new Set(['queued', 'running', ...FINAL_STATUSES]);

/** The attempts of a best-of-N task, field by field (the journal is a file on disk). */
function bestOfView(bestOf: TaskRecord['bestOf']): TaskView['bestOf'] {
  if (!bestOf || typeof bestOf !== 'object' || !Array.isArray(bestOf.attempts)) return null;
  const attempts = bestOf.attempts.slice(0, 16).map((a) => ({
    attempt: num(a?.attempt),
    status: (STATUSES.has(a?.status) ? a.status : 'queued') as TaskStatus,
    startedAt: numOrNull(a?.startedAt),
    agentStartedAt: numOrNull(a?.agentStartedAt),
    agentFinishedAt: numOrNull(a?.agentFinishedAt),
    finishedAt: numOrNull(a?.finishedAt),
    verify: verifyView(a?.verify),
    winner: a?.winner === true,
  }));
  return { count: num(bestOf.count), winner: numOrNull(bestOf.winner), attempts };
}

/** A progress view from a journaled report, field by field; strings are clipped again (the journal is a file on disk). */
function progressView(progress: AgentProgress | undefined): ProgressView | null {
  if (!progress || typeof progress !== 'object') return null;
  const clip = (value: unknown, max: number): string | null => (typeof value === 'string' ? stripControl(value).slice(0, max) : null);
  const tool = progress.tool && typeof progress.tool === 'object'
    ? { name: clip(progress.tool.name, 40) ?? '?', detail: clip(progress.tool.detail, 60), running: progress.tool.running === true }
    : null;
  const retry = progress.retry && typeof progress.retry === 'object'
    ? { attempt: num(progress.retry.attempt), maxRetries: numOrNull(progress.retry.maxRetries), status: numOrNull(progress.retry.status) }
    : null;
  const t = progress.tokens;
  const tokens = { input: num(t?.input), output: num(t?.output), cacheRead: num(t?.cacheRead), cacheCreation: num(t?.cacheCreation) };
  const clean: AgentProgress = {
    turns: num(progress.turns),
    toolCalls: num(progress.toolCalls),
    tool,
    tokens,
    costUsd: numOrNull(progress.costUsd),
    final: progress.final === true,
    retry,
    model: null,
  };
  return {
    turns: clean.turns,
    toolCalls: clean.toolCalls,
    tool,
    tokens: tokens.input + tokens.output + tokens.cacheRead + tokens.cacheCreation,
    costUsd: clean.costUsd,
    final: clean.final,
    retry,
    text: formatAgentProgress(clean),
  };
}

function metricsView(result: RunResult | undefined): RunMetricsView | null {
  const run = result?.run;
  if (!run) return null;
  return {
    wallMs: num(run.wallMs),
    sumTaskMs: num(run.sumTaskMs),
    // Results written before the estimate existed have no `concurrency`: their `speedup` was that ratio.
    speedup: run.concurrency === undefined ? null : numOrNull(run.speedup),
    speedupMax: numOrNull(run.speedupMax),
    speedupNote: run.concurrency === undefined ? 'recorded before speedup estimates: sum of task time / wall time only' : typeof run.speedupNote === 'string' ? run.speedupNote.slice(0, 300) : null,
    concurrency: num(run.concurrency ?? run.speedup),
    serialEstimateMs: numOrNull(run.serialEstimateMs),
    contentionMs: numOrNull(run.contentionMs),
    efficiency: num(run.efficiency),
    criticalPathMs: numOrNull(run.criticalPathMs),
    speedupBound: numOrNull(run.speedupBound),
    peakConcurrency: num(run.peakConcurrency),
    totalCostUsd: num(run.totalCostUsd),
  };
}

