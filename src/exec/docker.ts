/**
 * The Docker side of agent-fanout: a small client over dockerode (the only module that imports it)
 * and the executor that runs one task per container — limited, labelled, streamed, measured, and
 * always removed.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import Docker from 'dockerode';
import { silentLogger, type Logger } from '../logger.js';
import { containerLabels, orchestratorLabels } from './labels.js';
import { rootShim, type RootShim } from './root-shim.js';
import { StatsAccumulator, type DockerStatsJson } from './stats.js';
import type { ExecOutcome, ExecResult, ExecSpec, Executor, ResourceSample } from './types.js';

/** Where agents find their home directory inside a container (a tmpfs, writable by any uid). */
export const CONTAINER_HOME = '/home/agent';

export interface DockerConnectOptions {
  /** Daemon socket. Default: `DOCKER_HOST` when set, else `/var/run/docker.sock`. */
  socketPath?: string;
}

export interface DockerVersion {
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
  kernelVersion: string;
}

export interface DockerInfo {
  serverVersion: string;
  /** `1` or `2`; `unknown` for daemons too old to say. */
  cgroupVersion: '1' | '2' | 'unknown';
  /** `cgroupfs` or `systemd`. */
  cgroupDriver: string;
  storageDriver: string;
  cpus: number;
  memoryBytes: number;
  /** The daemon's own warnings, e.g. that swap limits are not supported. */
  warnings: string[];
  /** Security options, e.g. `name=seccomp,profile=default`, `name=userns`, `name=rootless`. */
  securityOptions: string[];
}

export interface BuildImageOptions {
  /** Directory sent as the build context (every file under it). */
  contextDir: string;
  /** Dockerfile path relative to `contextDir`. Default `Dockerfile`. */
  dockerfile?: string;
  tag: string;
  buildArgs?: Record<string, string>;
  /** Called with each line of build output. */
  onProgress?: (line: string) => void;
}

export interface ContainerSummary {
  id: string;
  /** Name without the leading slash. */
  name: string;
  image: string;
  /** `created`, `running`, `exited`, … */
  state: string;
  status: string;
  labels: Record<string, string>;
  /** Epoch ms. */
  createdAt: number;
}

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
}

/** The daemon's message from a dockerode error (`(HTTP code 404) no such container - …` → the tail). */
export function dockerMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const json = (error as { json?: unknown }).json;
    if (json && typeof json === 'object' && typeof (json as { message?: unknown }).message === 'string') {
      return (json as { message: string }).message.trim();
    }
    if (error instanceof Error) return error.message.trim();
  }
  return String(error);
}

function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

export class DockerClient {
  readonly #docker: Docker;
  readonly #where: string;

  private constructor(docker: Docker, where: string) {
    this.#docker = docker;
    this.#where = where;
  }

  /** Creates a client; no request is made until the first call (use `ping()` to check the daemon). */
  static connect(options: DockerConnectOptions = {}): DockerClient {
    if (options.socketPath) return new DockerClient(new Docker({ socketPath: options.socketPath }), options.socketPath);
    // Without options dockerode reads DOCKER_HOST itself.
    return new DockerClient(new Docker(), process.env.DOCKER_HOST ?? '/var/run/docker.sock');
  }

  /** Resolves when the daemon answers within `timeoutMs` (default 5000); rejects saying why not. */
  async ping(timeoutMs = 5000): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // The typings omit ping's options; dockerode passes abortSignal on to the request.
      await (this.#docker.ping as (opts: { abortSignal: AbortSignal }) => Promise<unknown>).call(this.#docker, { abortSignal: controller.signal });
    } catch (error) {
      const why = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : dockerMessage(error);
      throw new Error(`docker daemon at ${this.#where} is not reachable: ${why}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async version(): Promise<DockerVersion> {
    const v = await this.#call('version', () => this.#docker.version());
    return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch, kernelVersion: v.KernelVersion };
  }

  async info(): Promise<DockerInfo> {
    const raw = (await this.#call('info', () => this.#docker.info())) as Record<string, unknown>;
    const cgroup = raw.CgroupVersion;
    return {
      serverVersion: String(raw.ServerVersion ?? ''),
      cgroupVersion: cgroup === '1' || cgroup === '2' ? cgroup : 'unknown',
      cgroupDriver: String(raw.CgroupDriver ?? ''),
      storageDriver: String(raw.Driver ?? ''),
      cpus: Number(raw.NCPU ?? 0),
      memoryBytes: Number(raw.MemTotal ?? 0),
      warnings: Array.isArray(raw.Warnings) ? raw.Warnings.map(String) : [],
      securityOptions: Array.isArray(raw.SecurityOptions) ? raw.SecurityOptions.map(String) : [],
    };
  }

  async imageExists(name: string): Promise<boolean> {
    try {
      await this.#docker.getImage(name).inspect();
      return true;
    } catch (error) {
      if (statusCode(error) === 404) return false;
      throw new Error(`docker image inspect ${name} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }

  /**
   * Builds `tag` from `contextDir`, following the build output. Rejects when the build fails, with
   * the failing step and the daemon's error (e.g. `… returned a non-zero code: 100`).
   */
  async buildImage(options: BuildImageOptions): Promise<void> {
    const files = await listFiles(options.contextDir);
    const stream = await this.#call(`image build ${options.tag}`, () =>
      this.#docker.buildImage(
        { context: options.contextDir, src: files },
        {
          t: options.tag,
          dockerfile: options.dockerfile ?? 'Dockerfile',
          buildargs: options.buildArgs ?? {},
          rm: true,
          forcerm: true,
        },
      ),
    );
    let step = '';
    const tail: string[] = [];
    let failure: string | undefined;
    await new Promise<void>((resolve, reject) => {
      this.#docker.modem.followProgress(
        stream,
        (error: Error | null) => (error ? reject(new Error(`image build ${options.tag} failed: ${dockerMessage(error)}`, { cause: error })) : resolve()),
        (event: { stream?: string; error?: string; errorDetail?: { message?: string } }) => {
          if (event.error || event.errorDetail) failure ??= (event.errorDetail?.message ?? event.error ?? '').trim();
          for (const line of (event.stream ?? '').split('\n')) {
            const text = line.trimEnd();
            if (!text) continue;
            if (/^Step \d+\/\d+ :/.test(text)) step = text;
            tail.push(text);
            if (tail.length > 15) tail.shift();
            options.onProgress?.(text);
          }
        },
      );
    });
    if (failure !== undefined) {
      const at = step ? ` at ${step}` : '';
      throw new Error(`image build ${options.tag} failed${at}: ${failure}\n${tail.join('\n')}`);
    }
  }

  /** All containers (running or not) matching every `key=value` label filter. */
  async listContainers(labelFilter: string[]): Promise<ContainerSummary[]> {
    const list = await this.#call('container list', () => this.#docker.listContainers({ all: true, filters: { label: labelFilter } }));
    return list.map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? '').replace(/^\//, ''),
      image: c.Image,
      state: c.State,
      status: c.Status,
      labels: c.Labels ?? {},
      createdAt: c.Created * 1000,
    }));
  }

  /** Force-removes a container and its anonymous volumes; false when it was already gone. */
  async removeContainer(id: string): Promise<boolean> {
    try {
      await this.#docker.getContainer(id).remove({ force: true, v: true });
      return true;
    } catch (error) {
      // 404: gone already; 409: another remove is in progress — either way it goes away.
      if (statusCode(error) === 404) return false;
      if (statusCode(error) === 409 && /already in progress/i.test(dockerMessage(error))) return true;
      throw new Error(`container remove ${id.slice(0, 12)} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }

  createExecutor(options: DockerExecutorOptions = {}): Executor {
    return new DockerExecutor(this.#docker, options);
  }

  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new Error(`docker ${what} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fsp.readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(root, rel)));
    else files.push(rel);
  }
  return files;
}

/** An error already phrased for the task (`task 'x': container start failed: …`). */
class TaskStepError extends Error {}

class DockerExecutor implements Executor {
  readonly mode = 'docker' as const;
  readonly #docker: Docker;
  readonly #logger: Logger;
  readonly #clock: () => number;
  readonly #homeSize: string;
  readonly #tmpSize: string;
  readonly #flushTimeoutMs: number;

  constructor(docker: Docker, options: DockerExecutorOptions) {
    this.#docker = docker;
    this.#logger = options.logger ?? silentLogger;
    this.#clock = options.clock ?? Date.now;
    this.#homeSize = options.homeSize ?? '512m';
    this.#tmpSize = options.tmpSize ?? '512m';
    this.#flushTimeoutMs = options.flushTimeoutMs ?? 10_000;
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

    try {
      validateSpec(spec);
      output = await step('output', 'log file open', () => TaskOutput.open(spec, log));
      if (spec.signal?.aborted) {
        outcome = 'cancelled';
      } else {
        shim = await step('create', 'mount paths under /root', () => rootShim(spec.mounts.map((m) => m.path), spec.user));
        const created = await step('create', 'container create', () => this.#docker.createContainer(this.#createOptions(spec, shim)));
        container = created;
        log.debug(`task '${spec.taskId}': container ${created.id.slice(0, 12)} created`);
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
          await step('start', 'container start', () => created.start());
          startedAt = now();
          notifyStarted(spec, log);
          if (spec.sampleResources !== false) stats = new StatsFollower(created, accumulator, spec, log, now);
          const waited = await this.#waitWithLimits(created, spec, step);
          finishedAt = now();
          exitCode = waited.exitCode;
          const follower = stats;
          stats = undefined;
          if (follower) await timed('stats', () => follower.stop());
          const { State: state } = await step('inspect', 'container inspect', () => created.inspect());
          let oom = state.OOMKilled;
          // `OOMKilled` is racy: when the kernel kills a child of the agent, the daemon may record
          // the exit without it. Its `oom` event is not, so a failed exit we did not cause is
          // checked against the event log too (a short, bounded look: the event can trail the exit).
          const code = exitCode ?? state.ExitCode;
          const looks = waited.killedFor || code === 0 ? 0 : code === 137 ? 5 : 1;
          for (let i = 0; !oom && i < looks; i++) {
            oom = await timed('inspect', () => this.#sawOomEvent(created.id, startedAt! - 1000));
            if (!oom) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          outcome = waited.killedFor ?? (oom ? 'oom' : 'exited');
          exitCode ??= state.ExitCode;
          await timed('flush', () => this.#flush(spec, attached, stream));
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
      const created = container;
      if (created) await timed('remove', () => this.#remove(spec, created));
      await shim?.remove().catch(() => undefined);
      const files = output;
      if (files) {
        try {
          await timed('output', () => files.close());
        } catch (error) {
          const message = `task '${spec.taskId}': log file write failed: ${dockerMessage(error)}`;
          log.error(message);
          if (outcome !== 'error') {
            outcome = 'error';
            errorText = message;
          }
        }
      }
    }
    // Never started (cancelled early or failed before start): a zero-length agent run.
    startedAt ??= now();
    finishedAt ??= startedAt;

    const summary = accumulator.summary(finishedAt - startedAt);
    return {
      outcome,
      exitCode,
      ...(errorText === undefined ? {} : { error: errorText }),
      startedAt,
      finishedAt,
      cpu: summary.cpu,
      memory: { peakBytes: summary.memory.peakBytes, limitBytes: spec.memoryBytes },
      peakPids: summary.peakPids,
      phases,
    };
  }

  #createOptions(spec: ExecSpec, shim: RootShim | null): Docker.ContainerCreateOptions {
    const tmpfsOptions = (size: string) => `rw,exec,nosuid,nodev,size=${size},mode=1777`;
    const env = { HOME: CONTAINER_HOME, ...spec.env };
    return {
      name: containerName(spec.runId, spec.taskId),
      Image: spec.image,
      // The argv is the whole command: an image ENTRYPOINT must not prefix it.
      Entrypoint: [],
      Cmd: spec.argv,
      WorkingDir: spec.workdir,
      User: spec.user,
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      // The creating process is the orchestrator: `gc` leaves containers of live orchestrators alone.
      Labels: containerLabels(spec.runId, spec.taskId, { ...orchestratorLabels(process.pid, os.hostname()), ...spec.labels }),
      Tty: false,
      OpenStdin: false,
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      HostConfig: {
        // Mounts rather than Binds: a path containing ':' or ',' cannot break the spec string.
        Mounts: [
          ...(shim ? [{ Type: 'bind' as const, Source: shim.source, Target: '/root', ReadOnly: true }] : []),
          ...spec.mounts.map((m) => ({ Type: 'bind' as const, Source: m.path, Target: m.path, ReadOnly: m.readOnly === true })),
        ],
        Tmpfs: { [CONTAINER_HOME]: tmpfsOptions(this.#homeSize), '/tmp': tmpfsOptions(this.#tmpSize) },
        NanoCpus: Math.round(spec.cpus * 1e9),
        Memory: spec.memoryBytes,
        // Equal to Memory: no swap, so a task over its limit is OOM-killed rather than thrashing.
        MemorySwap: spec.memoryBytes,
        PidsLimit: spec.pidsLimit,
        // Output is streamed from the attach stream; a second copy in Docker's JSON log would cost
        // dockerd CPU and unbounded disk for chatty agents.
        LogConfig: { Type: 'none', Config: {} },
        CapDrop: ['ALL'],
        SecurityOpt: ['no-new-privileges'],
        NetworkMode: spec.network,
        // An init as PID 1 forwards signals and reaps the zombies agents' tools leave behind.
        Init: true,
      },
    };
  }

  /** Waits for the exit, killing the container on timeout or abort; says which killed it. */
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

  async #waitWithLimits(
    container: Docker.Container,
    spec: ExecSpec,
    step: <T>(phase: string, what: string, fn: () => Promise<T>) => Promise<T>,
  ): Promise<{ exitCode: number | null; killedFor: 'timed_out' | 'cancelled' | undefined }> {
    let killedFor: 'timed_out' | 'cancelled' | undefined;
    let killing: Promise<void> | undefined;
    const kill = (reason: 'timed_out' | 'cancelled') => {
      if (killing) return;
      killedFor = reason;
      this.#logger.info(`task '${spec.taskId}': ${reason === 'timed_out' ? `timed out after ${spec.timeoutMs} ms` : 'cancelled'}; killing its container`);
      killing = container.kill({ signal: 'SIGKILL' }).then(
        () => undefined,
        (error: unknown) => {
          // 409 "is not running": it exited on its own just before the kill; the exit stands.
          if (statusCode(error) === 409) killedFor = undefined;
          else this.#logger.warning(`task '${spec.taskId}': container kill failed: ${dockerMessage(error)}`);
        },
      );
    };
    const timer = setTimeout(() => kill('timed_out'), spec.timeoutMs);
    const onAbort = () => kill('cancelled');
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();
    try {
      const result = await step('wait', 'container wait', () => container.wait());
      await killing;
      return { exitCode: typeof result?.StatusCode === 'number' ? result.StatusCode : null, killedFor };
    } finally {
      clearTimeout(timer);
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

function notifyStarted(spec: ExecSpec, logger: Logger): void {
  try {
    spec.onStarted?.();
  } catch (error) {
    logger.warning(`task '${spec.taskId}': start callback failed: ${dockerMessage(error)}`);
  }
}

function validateSpec(spec: ExecSpec): void {
  const invalid = (what: string) => new TypeError(`invalid exec spec: ${what}`);
  if (spec.argv.length === 0) throw invalid('argv is empty');
  if (!path.isAbsolute(spec.workdir)) throw invalid(`workdir must be absolute, got '${spec.workdir}'`);
  for (const mount of spec.mounts) {
    if (!path.isAbsolute(mount.path)) throw invalid(`mount path must be absolute, got '${mount.path}'`);
  }
  if (!/^[\w.-]+(:[\w.-]+)?$/.test(spec.user)) throw invalid(`user must be 'uid:gid', got '${spec.user}'`);
  if (!(spec.timeoutMs > 0)) throw invalid(`timeoutMs must be positive, got ${spec.timeoutMs}`);
}

/** `agent-fanout-<run>-<task>-<random>`: readable in `docker ps`, unique even when a run id repeats. */
function containerName(runId: string, taskId: string): string {
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[-_.]+/, '');
  return `agent-fanout-${clean(runId).slice(0, 40)}-${clean(taskId).slice(0, 60)}-${randomBytes(3).toString('hex')}`;
}

/**
 * The task's output files and the demultiplexer feeding them. Docker multiplexes stdout and stderr
 * into frames (8-byte header: stream type, 3 zero bytes, big-endian length). Payload bytes are passed
 * on as they arrive — never collected — and the sink waits for the files to drain, so a task writing
 * hundreds of megabytes is slowed to disk speed instead of filling this process's memory.
 */
class TaskOutput {
  readonly sink: Writable;
  readonly #log: fs.WriteStream;
  readonly #stdout: fs.WriteStream;

  private constructor(log: fs.WriteStream, stdout: fs.WriteStream, spec: ExecSpec, logger: Logger) {
    this.#log = log;
    this.#stdout = stdout;
    this.sink = new DemuxSink(log, stdout, spec.onOutput, (error) =>
      logger.warning(`task '${spec.taskId}': output callback failed: ${dockerMessage(error)}`),
    );
  }

  static async open(spec: ExecSpec, logger: Logger): Promise<TaskOutput> {
    const openStream = async (file: string, flags: string) => {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const stream = fs.createWriteStream(file, { flags });
      await once(stream, 'open');
      return stream;
    };
    const log = await openStream(spec.logFile, 'a');
    try {
      return new TaskOutput(log, await openStream(spec.stdoutFile, 'w'), spec, logger);
    } catch (error) {
      log.destroy();
      throw error;
    }
  }

  /** Ends both files once everything written so far is on disk; rejects on a write error. */
  async close(): Promise<void> {
    if (!this.sink.writableFinished) this.sink.destroy();
    this.#log.end();
    this.#stdout.end();
    await Promise.all([finished(this.#log), finished(this.#stdout)]);
  }
}

class DemuxSink extends Writable {
  readonly #log: fs.WriteStream;
  readonly #stdout: fs.WriteStream;
  readonly #onOutput: ExecSpec['onOutput'];
  readonly #onCallbackError: (error: unknown) => void;
  readonly #decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  readonly #header = Buffer.alloc(8);
  #headerBytes = 0;
  #stream: 'stdout' | 'stderr' = 'stdout';
  #remaining = 0;

  constructor(log: fs.WriteStream, stdout: fs.WriteStream, onOutput: ExecSpec['onOutput'], onCallbackError: (error: unknown) => void) {
    super();
    this.#log = log;
    this.#stdout = stdout;
    this.#onOutput = onOutput;
    this.#onCallbackError = onCallbackError;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const full = new Set<fs.WriteStream>();
    let offset = 0;
    while (offset < chunk.length) {
      if (this.#remaining === 0) {
        const take = Math.min(8 - this.#headerBytes, chunk.length - offset);
        chunk.copy(this.#header, this.#headerBytes, offset, offset + take);
        this.#headerBytes += take;
        offset += take;
        if (this.#headerBytes === 8) {
          this.#headerBytes = 0;
          this.#stream = this.#header[0] === 2 ? 'stderr' : 'stdout';
          this.#remaining = this.#header.readUInt32BE(4);
        }
        continue;
      }
      const take = Math.min(this.#remaining, chunk.length - offset);
      const payload = chunk.subarray(offset, offset + take);
      offset += take;
      this.#remaining -= take;
      if (!this.#log.write(payload)) full.add(this.#log);
      if (this.#stream === 'stdout' && !this.#stdout.write(payload)) full.add(this.#stdout);
      this.#emit(this.#stream, this.#decoders[this.#stream].write(payload));
    }
    if (full.size === 0) {
      callback();
      return;
    }
    Promise.all([...full].map((s) => once(s, 'drain'))).then(
      () => callback(),
      (error: Error) => callback(error),
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#emit('stdout', this.#decoders.stdout.end());
    this.#emit('stderr', this.#decoders.stderr.end());
    callback();
  }

  #emit(stream: 'stdout' | 'stderr', text: string): void {
    if (!text || !this.#onOutput) return;
    try {
      this.#onOutput(stream, text);
    } catch (error) {
      this.#onCallbackError(error);
    }
  }
}

/**
 * Follows `docker stats` while the task runs. The stream of a container that has exited never ends
 * (Docker keeps sending empty readings), so `stop()` aborts it; it is never left to end by itself.
 */
class StatsFollower {
  readonly #controller = new AbortController();
  readonly #opened: Promise<void>;
  #stream: Readable | undefined;

  constructor(container: Docker.Container, accumulator: StatsAccumulator, spec: ExecSpec, logger: Logger, now: () => number) {
    // Not awaited by the caller: Docker sends the response only with the first reading, about a
    // second after start, and the task must not wait for that.
    const options = { stream: true as const, abortSignal: this.#controller.signal };
    this.#opened = (container.stats(options) as Promise<NodeJS.ReadableStream>).then(
      (raw) => {
        const stream = raw as Readable;
        if (this.#controller.signal.aborted) {
          stream.destroy();
          return;
        }
        this.#stream = stream;
        let pending = '';
        stream.on('data', (chunk: Buffer) => {
          pending += chunk.toString('utf8');
          let newline: number;
          while ((newline = pending.indexOf('\n')) >= 0) {
            const line = pending.slice(0, newline).trim();
            pending = pending.slice(newline + 1);
            if (!line) continue;
            let sample: ResourceSample | undefined;
            try {
              sample = accumulator.addDockerStats(JSON.parse(line) as DockerStatsJson, now());
            } catch (error) {
              logger.debug(`task '${spec.taskId}': unreadable stats line: ${dockerMessage(error)}`);
              continue;
            }
            if (sample) {
              try {
                spec.onSample?.(sample);
              } catch (error) {
                logger.warning(`task '${spec.taskId}': sample callback failed: ${dockerMessage(error)}`);
              }
            }
          }
        });
        // Errors after stop() are the abort itself.
        stream.on('error', (error) => {
          if (!this.#controller.signal.aborted) logger.debug(`task '${spec.taskId}': stats stream failed: ${dockerMessage(error)}`);
        });
      },
      (error: unknown) => {
        if (!this.#controller.signal.aborted) logger.debug(`task '${spec.taskId}': stats unavailable: ${dockerMessage(error)}`);
      },
    );
  }

  async stop(): Promise<void> {
    this.#controller.abort();
    this.#stream?.destroy();
    await this.#opened;
  }
}
