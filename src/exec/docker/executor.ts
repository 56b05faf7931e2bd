/**
 * The executor that runs one task per container: limited, labelled, streamed, measured, and always
 * removed.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { silentLogger, type Logger } from '../../core/logger.js';
import { setLongTimeout, timerDelay } from '../../core/timers.js';
import { StallMeter, ContainerStallReader, locateContainerCgroup } from '../stall.js';
import { StatsAccumulator } from '../stats.js';
import type { ExecOutcome, ExecResult, ExecSpec, Executor } from '../types.js';
import { TaskOutput } from './demux.js';
import { dockerMessage, statusCode } from './errors.js';
import { containerLabels, orchestratorLabels } from './labels.js';
import { kernelLogSaysOomKilled, readOomKills } from './oom.js';
import { rootShim, type RootShim } from './root-shim.js';
import { StatsFollower } from './stats.js';

/** How long one reading of the host's OOM kill count serves the starts that follow it. */
const OOM_COUNT_SHARED_MS = 1000;

/** Where agents find their home directory inside a container (a tmpfs, writable by any uid). */
export const CONTAINER_HOME = '/home/agent';

export interface DockerExecutorOptions {
  /** Default: a logger that writes nothing. */
  logger?: Logger;
  /** Epoch-ms clock for startedAt/finishedAt and phase timings. Default `Date.now`. */
  clock?: () => number;
  /** Size of the tmpfs mounted at the agent's home. Default `512m`. */
  homeSize?: string;
  /** Size of the tmpfs mounted at /tmp. Default `512m`. */
  tmpSize?: string;
  /**
   * How long to wait, after the container exited, for the rest of its output to arrive before the
   * stream is cut. Default 10 000 ms.
   */
  flushTimeoutMs?: number;
  /** How often the container's stall counters are read (ms); 0 turns stall measurement off. Default 500. */
  stallIntervalMs?: number;
  /** Where the host's cgroup filesystem is mounted. Default `/sys/fs/cgroup`. */
  cgroupRoot?: string;
  /** The host's VM counters, for its count of OOM kills. Default `/proc/vmstat`. */
  vmstatFile?: string;
  /** The kernel log, for the cgroup of an OOM kill's victim. Default `/dev/kmsg`. */
  kmsgFile?: string;
}

/**
 * How long after an exit by SIGKILL that the executor did not cause the daemon's event log is looked
 * at for an `oom` event (ms): the event can trail the exit.
 */
const OOM_EVENT_WAIT_MS = 3000;

/** Why the executor killed a container: its timeout, a cancel, or output it can no longer write. */
type KillReason = 'timed_out' | 'cancelled' | 'output';

/** An error already phrased for the task (`task 'x': container start failed: …`). */
class TaskStepError extends Error {}

export class DockerExecutor implements Executor {
  readonly mode = 'docker' as const;
  readonly #docker: Docker;
  readonly #logger: Logger;
  readonly #clock: () => number;
  readonly #homeSize: string;
  readonly #tmpSize: string;
  readonly #flushTimeoutMs: number;
  readonly #stallIntervalMs: number;
  readonly #cgroupRoot: string;
  readonly #vmstatFile: string;
  readonly #kmsgFile: string;
  /** Whether a container's cgroup was ever found here: its daemon runs on this kernel. */
  #sameKernel = false;
  /** The host's count of OOM kills as last read for a start, and when (`performance.now()`). */
  #oomKillsRead: { at: number; count: Promise<number | null> } | undefined;

  constructor(docker: Docker, options: DockerExecutorOptions) {
    this.#docker = docker;
    this.#logger = options.logger ?? silentLogger;
    this.#clock = options.clock ?? Date.now;
    this.#homeSize = options.homeSize ?? '512m';
    this.#tmpSize = options.tmpSize ?? '512m';
    this.#flushTimeoutMs = timerDelay('docker executor', 'flushTimeoutMs', options.flushTimeoutMs ?? 10_000);
    this.#stallIntervalMs = options.stallIntervalMs ?? 500;
    this.#cgroupRoot = options.cgroupRoot ?? '/sys/fs/cgroup';
    this.#vmstatFile = options.vmstatFile ?? '/proc/vmstat';
    this.#kmsgFile = options.kmsgFile ?? '/dev/kmsg';
  }

  async run(spec: ExecSpec): Promise<ExecResult> {
    const now = this.#clock;
    const log = this.#logger;
    const phases: Record<string, number> = {};
    const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
      const t0 = now();
      try {
        return await fn();
      } finally {
        phases[phase] = (phases[phase] ?? 0) + (now() - t0);
      }
    };
    const step = async <T>(phase: string, what: string, fn: () => Promise<T>): Promise<T> =>
      timed(phase, async () => {
        try {
          return await fn();
        } catch (error) {
          if (error instanceof TaskStepError) throw error;
          const message = `task '${spec.taskId}': ${what} failed: ${dockerMessage(error)}`;
          log.error(message);
          throw new TaskStepError(message, { cause: error });
        }
      });

    const accumulator = new StatsAccumulator({ countFromZero: true });
    let outcome: ExecOutcome = 'exited';
    let exitCode: number | null = null;
    let errorText: string | undefined;
    let startedAt: number | undefined;
    let finishedAt: number | undefined;
    let container: Docker.Container | undefined;
    let output: TaskOutput | undefined;
    let stats: StatsFollower | undefined;
    let shim: RootShim | null = null;
    let stall: Promise<StallMeter | undefined> | undefined;

    try {
      validateSpec(spec);
      output = await step('output', 'log file open', () => TaskOutput.open(spec, log));
      if (spec.signal?.aborted) {
        outcome = 'cancelled';
      } else {
        shim = await step('create', 'mount paths under /root', () => rootShim(spec.container.mounts.map((m) => m.path), spec.container.user));
        const created = await step('create', 'container create', () => this.#docker.createContainer(this.#createOptions(spec, shim)));
        container = created;
        log.debug(`task '${spec.taskId}': container ${created.id.slice(0, 12)} created`);
        // The host's count of OOM kills before the container runs, read while it is attached.
        const oomKillsRead = this.#oomKillsBefore();
        // Attach before start, so not a byte of early output is lost.
        // dockerode types the attach stream as NodeJS.ReadWriteStream; it is an http response (a Readable).
        const stream = (await step('attach', 'container attach', () =>
          created.attach({ stream: true, stdout: true, stderr: true }),
        )) as unknown as Readable;
        const attached = pipeline(stream, output.sink);
        // Observed by the bounded flush wait below; never an unhandled rejection.
        attached.catch(() => {});
        if (spec.signal?.aborted) {
          stream.destroy();
          outcome = 'cancelled';
        } else {
          const oomKillsBefore = await oomKillsRead;
          const startCall = now();
          await step('start', 'container start', () => created.start());
          startedAt = now();
          notify(spec, log, 'start', spec.onStarted);
          if (spec.sampleResources !== false) {
            stats = new StatsFollower(created, accumulator, spec, log, now);
            stall = this.#followStall(spec, created.id);
          }
          const waited = await this.#waitWithLimits(created, spec, step, output.failed);
          finishedAt = now();
          notify(spec, log, 'exit', spec.onExited);
          // One more reading: while the cgroup lingers after the exit it holds the final totals.
          const meter = await stall;
          await meter?.sample();
          await meter?.stop();
          exitCode = waited.exitCode;
          const follower = stats;
          stats = undefined;
          if (follower) await timed('stats', () => follower.stop());
          const { State: state } = await step('inspect', 'container inspect', () => created.inspect());
          // The agent's own time is its process's life as the daemon recorded it: what the daemon
          // took to answer the start and to report the exit (long with many containers at once) is
          // overhead, not the agent's.
          const lifetime = daemonLifetime(state, startCall, finishedAt);
          if (lifetime) ({ startedAt, finishedAt } = lifetime);
          let oom = state.OOMKilled;
          // `OOMKilled` is racy: the daemon may record the exit without it, and its `oom` event can
          // trail the exit (by more than half a second on a busy host) or never come (see oom.ts).
          // So a failed exit we did not cause is checked with the kernel when its cgroup was found
          // here (the kernel that killed it is ours): no OOM kill on the host while it ran, none in
          // it; an OOM kill the kernel log puts in its cgroup, oom. Else (the log needs root) the
          // daemon's event log is asked: once, or for an exit by SIGKILL (137, what the OOM killer
          // sends) until OOM_EVENT_WAIT_MS after it.
          const code = exitCode ?? state.ExitCode;
          if (!oom && !waited.killedFor && code !== 0) {
            const kernel = await timed('inspect', () => this.#kernelSaysOom(created.id, oomKillsBefore));
            if (kernel !== null) {
              oom = kernel;
              if (oom) log.debug(`task '${spec.taskId}': OOM-killed by the kernel's log; the daemon did not record it`);
            } else {
              // Real time, whatever clock the phases are timed with.
              const until = Date.now() + (code === 137 ? OOM_EVENT_WAIT_MS : 0);
              for (;;) {
                // The event log, and the state again (the daemon sets `OOMKilled` when it takes the
                // event in); a container gone meanwhile (removed from outside) says neither.
                oom = await timed('inspect', async () =>
                  (await this.#sawOomEvent(created.id, startedAt! - 1000)) || (await created.inspect().then((i) => i.State.OOMKilled === true, () => false)),
                );
                if (oom || Date.now() >= until) break;
                await new Promise((resolve) => setTimeout(resolve, 100));
              }
            }
          }
          if (waited.killedFor === 'output') {
            const { file, error } = await output.failed;
            outcome = 'error';
            errorText = `task '${spec.taskId}': its output can no longer be logged (writing ${file} failed: ${dockerMessage(error)}); the task was stopped`;
            log.error(errorText);
          } else {
            outcome = waited.killedFor ?? (oom ? 'oom' : 'exited');
          }
          exitCode ??= state.ExitCode;
          if (waited.killedFor !== 'output') await timed('flush', () => this.#flush(spec, attached, stream));
          else stream.destroy();
        }
      }
    } catch (error) {
      outcome = 'error';
      if (error instanceof TaskStepError) {
        errorText = error.message;
      } else {
        errorText = `task '${spec.taskId}': ${dockerMessage(error)}`;
        log.error(errorText);
      }
      if (startedAt !== undefined) finishedAt ??= now();
    } finally {
      const follower = stats;
      if (follower) await timed('stats', () => follower.stop());
      await (await stall)?.stop();
      const created = container;
      if (created) await timed('remove', () => this.#remove(spec, created));
      await shim?.remove().catch(() => undefined);
      const files = output;
      if (files) {
        try {
          await timed('output', () => files.close());
        } catch (error) {
          // Already the task's error when the failure stopped it; else a write failed after the
          // agent had exited (its last output, or all of it on a fast agent).
          if (outcome !== 'error') {
            outcome = 'error';
            const file = files.firstFailure?.file ?? spec.logFile;
            errorText = `task '${spec.taskId}': its output can no longer be logged (writing ${file} failed: ${dockerMessage(files.firstFailure?.error ?? error)})`;
            log.error(errorText);
          }
        }
      }
    }
    // Never started (cancelled early or failed before start): a zero-length agent run.
    startedAt ??= now();
    finishedAt ??= startedAt;

    const summary = accumulator.summary(finishedAt - startedAt);
    const meter = await stall;
    return {
      outcome,
      exitCode,
      ...(errorText === undefined ? {} : { error: errorText }),
      startedAt,
      finishedAt,
      cpu: summary.cpu,
      memory: { peakBytes: summary.memory.peakBytes, limitBytes: spec.container.memoryBytes },
      peakPids: summary.peakPids,
      stall: meter?.summary(startedAt, finishedAt) ?? null,
      phases,
    };
  }

  #createOptions(spec: ExecSpec, shim: RootShim | null): Docker.ContainerCreateOptions {
    const hosts = spec.container.network === 'none' ? spec.container.hostsFile : undefined;
    const tmpfsOptions = (size: string) => `rw,exec,nosuid,nodev,size=${size},mode=1777`;
    const env = { HOME: CONTAINER_HOME, ...spec.env };
    return {
      name: containerName(spec.runId, spec.taskId),
      Image: spec.container.image,
      // The argv is the whole command: an image ENTRYPOINT must not prefix it.
      Entrypoint: [],
      Cmd: spec.argv,
      WorkingDir: spec.workdir,
      User: spec.container.user,
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      // The creating process is the orchestrator: `gc` leaves containers of live orchestrators alone.
      Labels: containerLabels(spec.runId, spec.taskId, { ...orchestratorLabels(process.pid, os.hostname()), ...spec.container.labels }),
      Tty: false,
      OpenStdin: false,
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      // `network: none` without Docker's network sandbox, where the run gave the hosts file for it
      // (see loopback-hosts.ts).
      ...(hosts ? { NetworkDisabled: true } : {}),
      HostConfig: {
        // Mounts rather than Binds: a path containing ':' or ',' cannot break the spec string.
        Mounts: [
          ...(shim ? [{ Type: 'bind' as const, Source: shim.source, Target: '/root', ReadOnly: true }] : []),
          ...spec.container.mounts.map((m) => ({ Type: 'bind' as const, Source: m.path, Target: m.path, ReadOnly: m.readOnly === true })),
          ...(hosts ? [{ Type: 'bind' as const, Source: hosts, Target: '/etc/hosts', ReadOnly: true }] : []),
        ],
        Tmpfs: { [CONTAINER_HOME]: tmpfsOptions(this.#homeSize), '/tmp': tmpfsOptions(this.#tmpSize) },
        NanoCpus: Math.round(spec.container.cpus * 1e9),
        Memory: spec.container.memoryBytes,
        // Equal to Memory: no swap, so a task over its limit is OOM-killed rather than thrashing.
        MemorySwap: spec.container.memoryBytes,
        PidsLimit: spec.container.pidsLimit,
        // Output is streamed from the attach stream; a second copy in Docker's JSON log would cost
        // dockerd CPU and unbounded disk for chatty agents.
        LogConfig: { Type: 'none', Config: {} },
        CapDrop: ['ALL'],
        SecurityOpt: ['no-new-privileges'],
        NetworkMode: spec.container.network,
        // An init as PID 1 forwards signals and reaps the zombies agents' tools leave behind.
        Init: true,
      },
    };
  }

  /**
   * Reads the container's stall counters from its cgroup while it runs (not awaited by the task: the
   * cgroup files are found after the start). Undefined when measurement is off or the cgroup cannot be
   * found from here.
   */
  async #followStall(spec: ExecSpec, id: string): Promise<StallMeter | undefined> {
    if (this.#stallIntervalMs <= 0) return undefined;
    const cgroup = await locateContainerCgroup(id, this.#cgroupRoot);
    if (cgroup) this.#sameKernel = true;
    if (!cgroup) {
      this.#logger.debug(`task '${spec.taskId}': no cgroup of container ${id.slice(0, 12)} under ${this.#cgroupRoot}; stall not measured`);
      return undefined;
    }
    const meter = new StallMeter(new ContainerStallReader(cgroup), this.#clock, guarded(spec, this.#logger, spec.onStallReading));
    meter.start(this.#stallIntervalMs);
    return meter;
  }

  /**
   * The host's count of OOM kills before a start. Starts within a second of each other share one
   * reading (a run starts its first tasks together): a count read earlier can only be lower, which
   * sends the check after the exit to the kernel log rather than deciding "no OOM kill" wrongly.
   */
  #oomKillsBefore(): Promise<number | null> {
    const at = performance.now();
    if (!this.#oomKillsRead || at - this.#oomKillsRead.at > OOM_COUNT_SHARED_MS) this.#oomKillsRead = { at, count: readOomKills(this.#vmstatFile) };
    return this.#oomKillsRead.count;
  }

  /**
   * What the kernel says of an OOM kill in a container that has exited: true when its log puts one in
   * the container's cgroup, false when the host had no OOM kill at all since `oomKillsBefore`, null
   * when it cannot tell (its cgroup never found here, the log unreadable, or silent on it: overwritten,
   * or the kill was another's).
   */
  async #kernelSaysOom(id: string, oomKillsBefore: number | null): Promise<boolean | null> {
    if (!this.#sameKernel) return null;
    const after = await readOomKills(this.#vmstatFile);
    if (oomKillsBefore !== null && after !== null && after <= oomKillsBefore) return false;
    return (await kernelLogSaysOomKilled(this.#kmsgFile, id)) || null;
  }

  /** Whether the daemon logged an `oom` event for the container since `sinceMs` (epoch ms). */
  async #sawOomEvent(id: string, sinceMs: number): Promise<boolean> {
    try {
      // With `until` in the past the daemon returns the logged events and closes the stream.
      const stream = (await this.#docker.getEvents({
        since: Math.floor(sinceMs / 1000),
        until: (Date.now() / 1000).toFixed(3) as unknown as number,
        filters: { container: [id], event: ['oom'] },
      })) as unknown as Readable;
      let text = '';
      for await (const chunk of stream) text += String(chunk);
      return text.includes('"oom"');
    } catch {
      return false;
    }
  }

  /** Waits for the exit, killing the container on timeout or abort; says which killed it. */
  async #waitWithLimits(
    container: Docker.Container,
    spec: ExecSpec,
    step: <T>(phase: string, what: string, fn: () => Promise<T>) => Promise<T>,
    outputFailed: Promise<unknown>,
  ): Promise<{ exitCode: number | null; killedFor: KillReason | undefined }> {
    let killedFor: KillReason | undefined;
    let killing: Promise<void> | undefined;
    const kill = (reason: KillReason) => {
      if (killing) return;
      killedFor = reason;
      const why = { timed_out: `timed out after ${spec.timeoutMs} ms`, cancelled: 'cancelled', output: 'its output can no longer be written' }[reason];
      this.#logger.info(`task '${spec.taskId}': ${why}; killing its container`);
      killing = container.kill({ signal: 'SIGKILL' }).then(
        () => undefined,
        (error: unknown) => {
          // 409 "is not running": it exited on its own just before the kill; the exit stands.
          if (statusCode(error) === 409) killedFor = undefined;
          else this.#logger.warning(`task '${spec.taskId}': container kill failed: ${dockerMessage(error)}`);
        },
      );
    };
    // A chained timer: a timeout past 24.8 days must not overflow into an immediate kill.
    const timer = setLongTimeout(() => kill('timed_out'), spec.timeoutMs);
    const onAbort = () => kill('cancelled');
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();
    let waiting = true;
    void outputFailed.then(() => {
      if (waiting) kill('output');
    });
    try {
      const result = await step('wait', 'container wait', () => container.wait());
      await killing;
      return { exitCode: typeof result?.StatusCode === 'number' ? result.StatusCode : null, killedFor };
    } finally {
      waiting = false;
      timer.clear();
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Waits (bounded) until the attach stream has delivered everything the container wrote. */
  async #flush(spec: ExecSpec, attached: Promise<void>, stream: Readable): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const cut = new Promise<'cut'>((resolve) => {
      timer = setTimeout(() => resolve('cut'), this.#flushTimeoutMs);
    });
    try {
      const result = await Promise.race([attached.then(() => 'done' as const), cut]);
      if (result === 'cut') {
        this.#logger.warning(`task '${spec.taskId}': output stream still open ${this.#flushTimeoutMs} ms after exit; closing it`);
        stream.destroy();
      }
    } catch (error) {
      this.#logger.warning(`task '${spec.taskId}': output stream failed: ${dockerMessage(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async #remove(spec: ExecSpec, container: Docker.Container): Promise<void> {
    try {
      await container.remove({ force: true, v: true });
      this.#logger.debug(`task '${spec.taskId}': container ${container.id.slice(0, 12)} removed`);
    } catch (error) {
      const code = statusCode(error);
      if (code === 404 || (code === 409 && /already in progress/i.test(dockerMessage(error)))) return;
      // Not fatal for the task: the sweeper (labels) removes it later.
      this.#logger.warning(`task '${spec.taskId}': container remove failed: ${dockerMessage(error)}`);
    }
  }
}

/** A callback that cannot break the task: failures are logged once each. */
function guarded<T>(spec: ExecSpec, logger: Logger, fn: ((value: T) => void) | undefined): ((value: T) => void) | undefined {
  if (!fn) return undefined;
  return (value) => {
    try {
      fn(value);
    } catch (error) {
      logger.debug(`task '${spec.taskId}': stall callback failed: ${dockerMessage(error)}`);
    }
  };
}

function validateSpec(spec: ExecSpec): void {
  const invalid = (what: string) => new TypeError(`invalid exec spec: ${what}`);
  if (spec.argv.length === 0) throw invalid('argv is empty');
  if (!path.isAbsolute(spec.workdir)) throw invalid(`workdir must be absolute, got '${spec.workdir}'`);
  for (const mount of spec.container.mounts) {
    if (!path.isAbsolute(mount.path)) throw invalid(`mount path must be absolute, got '${mount.path}'`);
  }
  if (!/^[\w.-]+(:[\w.-]+)?$/.test(spec.container.user)) throw invalid(`user must be 'uid:gid', got '${spec.container.user}'`);
  if (!(spec.timeoutMs > 0)) throw invalid(`timeoutMs must be positive, got ${spec.timeoutMs}`);
}

/** `agent-fanout-<run>-<task>-<random>`: readable in `docker ps`, unique even when a run id repeats. */
function containerName(runId: string, taskId: string): string {
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[-_.]+/, '');
  return `agent-fanout-${clean(runId).slice(0, 40)}-${clean(taskId).slice(0, 60)}-${randomBytes(3).toString('hex')}`;
}

/**
 * The container process's start and exit as the daemon recorded them (`State.StartedAt`, set once the
 * runtime started it; `State.FinishedAt`, the exit time the runtime reported), in ms, when they fall
 * within what this process saw: from before the start call to the end of the wait. Null otherwise (a
 * daemon on another machine whose clock differs, a test clock, unparsable times).
 */
export function daemonLifetime(state: { StartedAt?: string; FinishedAt?: string }, startCall: number, waited: number): { startedAt: number; finishedAt: number } | null {
  const started = Date.parse(state.StartedAt ?? '');
  const finished = Date.parse(state.FinishedAt ?? '');
  if (!Number.isFinite(started) || !Number.isFinite(finished)) return null;
  // The daemon's times are whole milliseconds here (Date.parse drops the rest): a millisecond of slack.
  if (started < startCall - 1 || finished < started || finished > waited + 1) return null;
  return { startedAt: Math.max(started, startCall), finishedAt: Math.min(finished, waited) };
}

/** Tells the spec's owner the agent started or exited (e.g. to start or release the collect step meanwhile). */
function notify(spec: ExecSpec, logger: Logger, what: 'start' | 'exit', callback: (() => void) | undefined): void {
  try {
    callback?.();
  } catch (error) {
    logger.warning(`task '${spec.taskId}': ${what} callback failed: ${dockerMessage(error)}`);
  }
}
