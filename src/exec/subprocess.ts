/**
 * The subprocess executor: runs the agent directly on the host, for machines without Docker.
 *
 * It gives no isolation: `cpus`, `memoryBytes`, `pidsLimit`, `network`, `image`, `mounts` and `user`
 * cannot be enforced without a container and are ignored (`memory.limitBytes` is null). What it does
 * keep from the container model: the agent gets exactly `spec.env` (plus PATH and HOME), runs in a
 * process group and session of its own, and when the agent exits, times out or is cancelled every
 * process left in that group is killed, as a container's would be.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { silentLogger, type Logger } from '../core/logger.js';
import { setLongTimeout, timerDelay, type LongTimer } from '../core/timers.js';
import { formatDuration } from '../core/units.js';
import { ProcessTreeMonitor, readProcStat, type TreeSample } from './proctree.js';
import { peakAtLeastAverage } from './stats.js';
import { ProcessTreeStallReader, StallMeter } from './stall.js';
import type { ExecResult, ExecSpec, Executor, ResourceSample } from './types.js';
import { errorMessage } from '../core/errors.js';

/** A time source; tests pass a fake one. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface SubprocessExecutorOptions {
  /** Where diagnostics go. Default: nowhere. */
  logger?: Logger;
  /** Time source for startedAt/finishedAt, samples and phases. Default: the system clock. */
  clock?: Clock;
  /** Milliseconds between resource samples of the process tree. Default 1000. */
  sampleIntervalMs?: number;
  /** Milliseconds between SIGTERM and SIGKILL when a task times out or is cancelled. Default 5000. */
  killGraceMs?: number;
  /**
   * Milliseconds to wait for the output pipes to close once the process group is gone (a process that
   * left the group may still hold them). Default 2000.
   */
  drainTimeoutMs?: number;
  /** Milliseconds between readings of the tree's scheduler wait (schedstat); 0 turns it off. Default 500. */
  stallIntervalMs?: number;
}

/**
 * What `<taskDir>/agent.pid` records while an agent runs on the host: its process group (also its
 * session: it is started with setsid), the leader's start time in clock ticks (so a recycled pid is
 * never taken for it) and the host.
 */
export interface AgentGroupRecord {
  pgid: number;
  startTime: number;
  host: string;
}

/** The file next to the task's log that records its running process group. */
export function agentGroupFile(logFile: string): string {
  return path.join(path.dirname(logFile), 'agent.pid');
}

/** Process groups still running, killed if this process exits first so no agent outlives the engine. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function trackGroup(pgid: number): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const group of liveGroups) signalGroup(group, 'SIGKILL');
    });
  }
  liveGroups.add(pgid);
}

/** Sends `signal` to a process group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  return value === undefined ? fallback : timerDelay('subprocess executor', name, value);
}

export function createSubprocessExecutor(options: SubprocessExecutorOptions = {}): Executor {
  return new SubprocessExecutor(options);
}

class SubprocessExecutor implements Executor {
  readonly mode = 'subprocess' as const;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #sampleIntervalMs: number;
  readonly #killGraceMs: number;
  readonly #drainTimeoutMs: number;
  readonly #stallIntervalMs: number;

  constructor(options: SubprocessExecutorOptions) {
    this.#logger = options.logger ?? silentLogger;
    this.#clock = options.clock ?? systemClock;
    this.#sampleIntervalMs = positive('sampleIntervalMs', options.sampleIntervalMs, 1000);
    this.#killGraceMs = positive('killGraceMs', options.killGraceMs, 5000);
    this.#drainTimeoutMs = positive('drainTimeoutMs', options.drainTimeoutMs, 2000);
    this.#stallIntervalMs = options.stallIntervalMs === 0 ? 0 : positive('stallIntervalMs', options.stallIntervalMs, 500);
  }

  async run(spec: ExecSpec): Promise<ExecResult> {
    const run = new SubprocessRun(spec, {
      logger: this.#logger,
      clock: this.#clock,
      sampleIntervalMs: this.#sampleIntervalMs,
      killGraceMs: this.#killGraceMs,
      drainTimeoutMs: this.#drainTimeoutMs,
      stallIntervalMs: this.#stallIntervalMs,
    });
    return run.execute();
  }
}

type RunSettings = Required<SubprocessExecutorOptions>;

/** Why the executor stopped a task: its timeout, a cancel, or output it can no longer write. */
type StopReason = 'timed_out' | 'cancelled' | 'output';

/** One execution: owns the child, its output files, its timers and its measurements. */
class SubprocessRun {
  readonly #spec: ExecSpec;
  readonly #s: RunSettings;
  readonly #phases: Record<string, number> = {};
  #stopReason: StopReason | undefined;
  #monitor: ProcessTreeMonitor | undefined;
  #stall: StallMeter | undefined;
  #pgid = 0;
  #lastSample: TreeSample | undefined;
  #startedAt = 0;
  #peakPercent = 0;
  #peakBytes = 0;
  #peakPids = 0;
  #sampling: Promise<void> | undefined;
  #outputErrors: string[] = [];
  /** Set once the process runs: a failed output file (a full disk) stops the task. */
  #onFileError: (() => void) | undefined;
  #callbackFailed = false;

  constructor(spec: ExecSpec, settings: RunSettings) {
    this.#spec = spec;
    this.#s = settings;
  }

  get #task(): string {
    return `task '${this.#spec.taskId}'`;
  }

  async execute(): Promise<ExecResult> {
    const spec = this.#spec;
    const t0 = this.#s.clock.now();
    if (spec.signal?.aborted) return this.#result('cancelled', null, t0, t0);
    if (spec.argv.length === 0 || !spec.argv[0]) return this.#failure(t0, 'no command to run (empty argv)');
    try {
      if (!(await stat(spec.workdir)).isDirectory()) return this.#failure(t0, `working directory '${spec.workdir}' is not a directory`);
    } catch (err) {
      return this.#failure(t0, `working directory '${spec.workdir}' is not accessible: ${errorMessage(err)}`);
    }

    const files: Writable[] = [];
    try {
      for (const file of [spec.logFile, spec.stdoutFile]) {
        await mkdir(path.dirname(file), { recursive: true });
        files.push((await open(file, 'w')).createWriteStream());
      }
    } catch (err) {
      await closeAll(files);
      return this.#failure(t0, `could not open output files: ${errorMessage(err)}`);
    }
    const [log, stdout] = files;
    for (const [file, stream] of [[spec.logFile, log], [spec.stdoutFile, stdout]] as const) {
      stream.on('error', (err) => {
        this.#outputErrors.push(`writing ${file} failed: ${errorMessage(err)}`);
        this.#onFileError?.();
      });
    }

    const env = { ...spec.env };
    env.PATH ??= process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
    env.HOME ??= process.env.HOME ?? os.homedir();

    let child: ChildProcess;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), {
        cwd: spec.workdir,
        env,
        // Its own session and process group: the whole tree can be signalled and found again.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      return this.#failStart(t0, this.#startError(err, env.PATH), files);
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined));
      child.once('error', (err) => resolve(err));
    });
    if (spawned || child.pid === undefined) return this.#failStart(t0, this.#startError(spawned, env.PATH), files);
    // Errors after spawn come from kill(); the group kill is what matters and is done separately.
    child.on('error', (err) => this.#s.logger.debug(`${this.#task}: process error: ${errorMessage(err)}`));

    const pid = child.pid;
    this.#pgid = pid;
    trackGroup(pid);

    this.#startedAt = this.#s.clock.now();
    this.#phases.spawn = this.#startedAt - t0;
    try {
      spec.onStarted?.();
    } catch (err) {
      this.#s.logger.warning(`${this.#task}: start callback failed: ${errorMessage(err)}`);
    }
    this.#s.logger.debug(`${this.#task}: started '${spec.argv[0]}' as pid ${pid} in ${spec.workdir}`);
    this.#monitor = new ProcessTreeMonitor(pid, { session: pid });
    if (this.#s.stallIntervalMs > 0) {
      // The members of the last tree sample; the root alone until the first one.
      const monitor = this.#monitor;
      const members = () => (monitor.members.length > 0 ? monitor.members.map((m) => m.pid) : [pid]);
      const onReading = spec.onStallReading;
      this.#stall = new StallMeter(new ProcessTreeStallReader(members), () => this.#s.clock.now(), onReading && ((r) => {
        try {
          onReading(r);
        } catch (err) {
          this.#s.logger.debug(`${this.#task}: stall callback failed: ${errorMessage(err)}`);
        }
      }));
      this.#stall.start(this.#s.stallIntervalMs);
    }

    const pumps = [
      this.#pump(child.stdout!, 'stdout', [log, stdout]),
      this.#pump(child.stderr!, 'stderr', [log]),
    ];
    // If this process is SIGKILLed, nothing here runs: `gc` finds the group from this file. (Written
    // once the pipes are read, so no output and no close event is missed meanwhile.)
    const groupFile = agentGroupFile(spec.logFile);
    const groupRecorded = this.#recordGroup(pid, groupFile);

    let graceTimer: NodeJS.Timeout | undefined;
    const stop = (reason: StopReason): void => {
      if (this.#stopReason) return;
      this.#stopReason = reason;
      const why = { timed_out: `timed out after ${formatDuration(spec.timeoutMs)}`, cancelled: 'cancelled', output: 'its output can no longer be written' }[reason];
      this.#s.logger.info(`${this.#task}: ${why}; stopping its processes (SIGTERM, SIGKILL after ${formatDuration(this.#s.killGraceMs)})`);
      void this.#killTree('SIGTERM');
      graceTimer = setTimeout(() => void this.#killTree('SIGKILL'), this.#s.killGraceMs);
    };
    // However long the timeout, it never reaches a timer as an overflowing delay (which fires at once).
    const timeoutTimer: LongTimer | undefined =
      spec.timeoutMs > 0 && !Number.isNaN(spec.timeoutMs) ? setLongTimeout(() => stop('timed_out'), spec.timeoutMs) : undefined;
    const onAbort = (): void => stop('cancelled');
    this.#onFileError = () => stop('output');
    if (this.#outputErrors.length > 0) this.#onFileError();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();

    // A first sample soon after the start catches short commands; then one per interval.
    const firstSample = setTimeout(() => this.#sampleOnce(), Math.min(200, this.#s.sampleIntervalMs));
    const sampler = setInterval(() => this.#sampleOnce(), this.#s.sampleIntervalMs);

    const { code, signal } = await exited;
    const finishedAt = this.#s.clock.now();
    this.#phases.wait = finishedAt - this.#startedAt;
    timeoutTimer?.clear();
    clearTimeout(graceTimer);
    clearTimeout(firstSample);
    clearInterval(sampler);
    await this.#stall?.stop();
    spec.signal?.removeEventListener('abort', onAbort);

    // The last look at the tree (orphans included) before they are killed.
    await this.#sampling;
    await this.#sample(true);
    const leftovers = await this.#killTree('SIGKILL');
    if (leftovers > 0) this.#s.logger.debug(`${this.#task}: killed ${leftovers} process(es) left running after the agent exited`);
    liveGroups.delete(pid);
    await groupRecorded;
    await rm(groupFile, { force: true }).catch(() => undefined);

    const drainStart = this.#s.clock.now();
    const drained = await withTimeout(Promise.all(pumps), this.#s.drainTimeoutMs);
    if (!drained) {
      this.#s.logger.warning(`${this.#task}: output pipes still open ${formatDuration(this.#s.drainTimeoutMs)} after exit (a process left its group?); closing them`);
      child.stdout?.destroy();
      child.stderr?.destroy();
      await Promise.all(pumps);
    }
    await closeAll([log, stdout]);
    this.#phases.flush = this.#s.clock.now() - drainStart;
    const exitCode = code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null);
    if (this.#stopReason === 'output') {
      const error = `${this.#task}: its output can no longer be logged (${this.#outputErrors[0]}); the task was stopped`;
      this.#s.logger.error(error);
      return { ...this.#result('error', exitCode, this.#startedAt, finishedAt), error };
    }
    for (const err of this.#outputErrors) this.#s.logger.warning(`${this.#task}: output: ${err}`);
    return this.#result(this.#stopReason ?? 'exited', exitCode, this.#startedAt, finishedAt);
  }

  async #recordGroup(pgid: number, file: string): Promise<void> {
    try {
      const leader = await readProcStat(pgid);
      const record: AgentGroupRecord = { pgid, startTime: leader?.startTime ?? 0, host: os.hostname() };
      await writeFile(file, JSON.stringify(record));
    } catch (err) {
      this.#s.logger.debug(`${this.#task}: could not record its process group in ${file}: ${errorMessage(err)}`);
    }
  }

  /** A start failure is also written to the task's log, where people look first. */
  async #failStart(at: number, detail: string, files: Writable[]): Promise<ExecResult> {
    const result = this.#failure(at, detail);
    files[0].write(`${result.error}\n`);
    await closeAll(files);
    return result;
  }

  #startError(err: unknown, pathVar: string): string {
    const command = this.#spec.argv[0];
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') return `could not start '${command}': command not found (PATH=${pathVar})`;
    if (code === 'EACCES') return `could not start '${command}': permission denied (not executable?)`;
    return `could not start '${command}': ${errorMessage(err)}`;
  }

  /** Copies a child stream into files with backpressure (constant memory) and to `onOutput`. */
  #pump(source: Readable, name: 'stdout' | 'stderr', targets: Writable[]): Promise<void> {
    const decoder = new StringDecoder('utf8');
    const onOutput = this.#spec.onOutput;
    const emit = (text: string): void => {
      if (!onOutput || text === '') return;
      try {
        onOutput(name, text);
      } catch (err) {
        if (!this.#callbackFailed) this.#s.logger.warning(`${this.#task}: output callback failed: ${errorMessage(err)}`);
        this.#callbackFailed = true;
      }
    };
    return new Promise<void>((resolve) => {
      source.on('data', (chunk: Buffer) => {
        const blocked = targets.filter((t) => !t.destroyed && !t.write(chunk));
        if (blocked.length > 0) {
          source.pause();
          void Promise.all(blocked.map((t) => drainOrClose(t))).then(() => source.resume());
        }
        emit(decoder.write(chunk));
      });
      source.once('close', () => {
        emit(decoder.end());
        resolve();
      });
      source.on('error', (err) => this.#outputErrors.push(`reading its ${name} failed: ${errorMessage(err)}`));
    });
  }

  #sampleOnce(): void {
    this.#sampling ??= this.#sample()
      .catch((err: unknown) => this.#s.logger.debug(`${this.#task}: resource sample failed: ${errorMessage(err)}`))
      .finally(() => (this.#sampling = undefined));
  }

  async #sample(fresh = false): Promise<void> {
    const monitor = this.#monitor;
    if (!monitor) return;
    const previous = this.#lastSample;
    const sample = await monitor.sample(this.#s.clock.now(), fresh);
    this.#lastSample = sample;
    const since = previous ?? { at: this.#startedAt, cpuSeconds: 0 };
    const seconds = (sample.at - since.at) / 1000;
    const cpuPercent = seconds > 0 ? ((sample.cpuSeconds - since.cpuSeconds) / seconds) * 100 : 0;
    this.#peakPercent = Math.max(this.#peakPercent, cpuPercent);
    this.#peakBytes = Math.max(this.#peakBytes, sample.rssBytes);
    this.#peakPids = Math.max(this.#peakPids, sample.pids.length);
    if (sample.pids.length === 0) return;
    const resource: ResourceSample = { at: sample.at, cpuPercent, memoryBytes: sample.rssBytes, pids: sample.pids.length };
    try {
      this.#spec.onSample?.(resource);
    } catch (err) {
      this.#s.logger.debug(`${this.#task}: sample callback failed: ${errorMessage(err)}`);
    }
  }

  /**
   * Signals the process group and every tree member seen at the last sample that left it (checked by
   * start time, so a recycled pid is never hit). Returns how many processes were signalled.
   */
  async #killTree(signal: NodeJS.Signals): Promise<number> {
    let count = 0;
    const members = this.#monitor?.members ?? [];
    for (const m of members) if (m.pgrp === this.#pgid) count++;
    if (!signalGroup(this.#pgid, signal)) count = 0;
    for (const m of members) {
      if (m.pgrp === this.#pgid) continue;
      const now = await readProcStat(m.pid);
      if (now?.startTime !== m.startTime) continue;
      try {
        process.kill(m.pid, signal);
        count++;
      } catch {
        // Gone in between: nothing to do.
      }
    }
    return count;
  }

  #result(outcome: ExecResult['outcome'], exitCode: number | null, startedAt: number, finishedAt: number): ExecResult {
    const last = this.#lastSample;
    const wall = (finishedAt - startedAt) / 1000;
    let cpu: ExecResult['cpu'] = null;
    // Never sampled (failed or cancelled before the process started): nothing was measured. Every
    // sample measures an interval (the first one from the start), so a sampled run has a peak.
    if (last) {
      const avgPercent = wall > 0 ? (last.cpuSeconds / wall) * 100 : 0;
      cpu = { seconds: last.cpuSeconds, avgPercent, peakPercent: peakAtLeastAverage(this.#peakPercent, avgPercent) };
    }
    return {
      outcome,
      exitCode,
      startedAt,
      finishedAt,
      cpu,
      memory: { peakBytes: last ? this.#peakBytes : null, limitBytes: null },
      peakPids: last ? this.#peakPids : null,
      stall: this.#stall?.summary(startedAt, finishedAt) ?? null,
      phases: { ...this.#phases },
    };
  }

  #failure(at: number, detail: string): ExecResult {
    const error = `${this.#task}: ${detail}`;
    this.#s.logger.error(error);
    return { ...this.#result('error', null, at, at), error };
  }
}


function drainOrClose(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** Ends the streams and waits until their files are closed (everything written is on disk then). */
async function closeAll(streams: Writable[]): Promise<void> {
  await Promise.all(
    streams.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.closed) return resolve();
          s.once('close', () => resolve());
          if (s.destroyed) return;
          s.end();
        }),
    ),
  );
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
