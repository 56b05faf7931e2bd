/** A small client over dockerode (the only package that talks to the daemon): ping, info, images, containers. */
import fsp from 'node:fs/promises';
import path from 'node:path';
import Docker from 'dockerode';
import type { Executor } from '../types.js';
import { dockerMessage, statusCode } from './errors.js';
import { DockerExecutor, type DockerExecutorOptions } from './executor.js';

export { dockerMessage } from './errors.js';
export { CONTAINER_HOME, type DockerExecutorOptions } from './executor.js';

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

/** One status message of an image pull, as the daemon streams it. */
export interface PullProgressEvent {
  /** The layer, or absent for messages about the whole image. */
  id?: string;
  /** `Pulling fs layer`, `Downloading`, `Download complete`, `Pull complete`, `Already exists`, … */
  status?: string;
  progressDetail?: { current?: number; total?: number };
}

/** Registry credentials, as the Engine API's X-Registry-Auth takes them. */
export interface RegistryAuth {
  username?: string;
  password?: string;
  identitytoken?: string;
  serveraddress: string;
}

export interface PullImageOptions {
  auth?: RegistryAuth;
  onProgress?: (event: PullProgressEvent) => void;
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

  /**
   * Pulls `ref` from its registry, calling `onProgress` with each status message of the daemon
   * (`{id, status, progressDetail}`). Rejects with the registry's error (unknown image, denied).
   */
  async pullImage(ref: string, options: PullImageOptions = {}): Promise<void> {
    const stream = await this.#call(`image pull ${ref}`, () =>
      this.#docker.pull(ref, options.auth ? { authconfig: options.auth } : {}) as Promise<NodeJS.ReadableStream>,
    );
    let failure: string | undefined;
    await new Promise<void>((resolve, reject) => {
      this.#docker.modem.followProgress(
        stream,
        (error: Error | null) => (error ? reject(new Error(`image pull ${ref} failed: ${dockerMessage(error)}`, { cause: error })) : resolve()),
        (event: PullProgressEvent & { error?: string; errorDetail?: { message?: string } }) => {
          if (event.error || event.errorDetail) failure ??= (event.errorDetail?.message ?? event.error ?? '').trim();
          options.onProgress?.(event);
        },
      );
    });
    if (failure !== undefined) throw new Error(`image pull ${ref} failed: ${failure}`);
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
