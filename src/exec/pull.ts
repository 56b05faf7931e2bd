/**
 * Pulling an agent image from a registry (`image: ghcr.io/acme/agent:1.2`) when the runner does not
 * have it: with the credentials `docker login` left (the config file or a credential helper), and
 * with progress in the log, since a first pull of a large image takes a while.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { DockerClient, PullProgressEvent, RegistryAuth } from './docker/client.js';

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

/** The registry host of an image reference: `ghcr.io` for `ghcr.io/a/b:1`, `docker.io` for `node:24`. */
export function registryHost(ref: string): string {
  const first = ref.split('/')[0];
  if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
  return DOCKER_HUB;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface CredentialSources {
  /** Environment for `DOCKER_CONFIG` and `HOME`. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Runs `docker-credential-<helper> get` with the host on stdin; resolves its stdout. */
  runHelper?: (helper: string, host: string) => Promise<string>;
}

function runCredentialHelper(helper: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${helper}`, ['get'], { timeout: 15_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    child.stdin?.end(host);
  });
}

/**
 * The credentials `docker login` stored for the registry of `ref`, or undefined (anonymous pull):
 * `auths` of `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), else its credential
 * helper. Never throws: a missing or unreadable config means an anonymous pull.
 */
export async function registryAuthFor(ref: string, sources: CredentialSources = {}): Promise<RegistryAuth | undefined> {
  const env = sources.env ?? process.env;
  const host = registryHost(ref);
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  let config: DockerConfigFile;
  try {
    config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as DockerConfigFile;
  } catch {
    return undefined;
  }
  const keys = host === DOCKER_HUB ? [DOCKER_HUB_AUTH_KEY, DOCKER_HUB, 'index.docker.io'] : [host, `https://${host}`, `http://${host}`];
  const serveraddress = host === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : host;
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (entry?.identitytoken) return { identitytoken: entry.identitytoken, serveraddress };
    if (entry?.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress };
    }
  }
  const helper = config.credHelpers?.[host] ?? config.credsStore;
  if (!helper || !/^[A-Za-z0-9_.-]+$/.test(helper)) return undefined;
  try {
    const out = JSON.parse(await (sources.runHelper ?? runCredentialHelper)(helper, host === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : host)) as { Username?: string; Secret?: string };
    if (!out.Secret) return undefined;
    return out.Username === '<token>' ? { identitytoken: out.Secret, serveraddress } : { username: out.Username, password: out.Secret, serveraddress };
  } catch {
    return undefined;
  }
}

interface LayerState {
  status: string;
  current: number;
  total: number;
}

const DONE = /^(pull complete|already exists|download complete|extracting|verifying checksum)/i;

/**
 * Turns the daemon's pull messages into a log line every `intervalMs` at most: layers done, bytes
 * downloaded of the bytes known so far.
 */
export class PullProgress {
  readonly #layers = new Map<string, LayerState>();
  readonly #ref: string;
  readonly #log: (line: string) => void;
  readonly #clock: () => number;
  readonly #intervalMs: number;
  #lastLogAt: number;

  constructor(ref: string, log: (line: string) => void, options: { clock?: () => number; intervalMs?: number } = {}) {
    this.#ref = ref;
    this.#log = log;
    this.#clock = options.clock ?? Date.now;
    this.#intervalMs = options.intervalMs ?? 2000;
    this.#lastLogAt = this.#clock();
  }

  handle(event: PullProgressEvent): void {
    if (event.id && event.status && /^[0-9a-f]{12,}$/.test(event.id)) {
      const layer = this.#layers.get(event.id) ?? { status: '', current: 0, total: 0 };
      layer.status = event.status;
      if (event.progressDetail?.total) layer.total = event.progressDetail.total;
      if (/^downloading/i.test(event.status)) layer.current = event.progressDetail?.current ?? layer.current;
      if (/^(download complete|pull complete|extracting)/i.test(event.status) && layer.total) layer.current = layer.total;
      this.#layers.set(event.id, layer);
    } else if (event.status && /^(digest|status):/i.test(event.status)) {
      this.#log(`${this.#ref}: ${event.status}`);
    }
    const now = this.#clock();
    if (now - this.#lastLogAt >= this.#intervalMs) {
      this.#lastLogAt = now;
      this.#log(this.summary());
    }
  }

  /** `ghcr.io/a/b:1: 3/7 layers done, 120 MiB of 400 MiB`. */
  summary(): string {
    const layers = [...this.#layers.values()];
    const done = layers.filter((l) => DONE.test(l.status)).length;
    const current = layers.reduce((sum, l) => sum + l.current, 0);
    const total = layers.reduce((sum, l) => sum + l.total, 0);
    return `${this.#ref}: ${done}/${layers.length} layers done${total ? `, ${formatBytes(current)} of ${formatBytes(total)}` : ''}`;
  }
}

/** Pulls `ref` with progress in the log. @throws Error saying what to do when the pull fails. */
export async function pullImageWithProgress(
  client: DockerClient,
  ref: string,
  options: { logger: Logger; env?: NodeJS.ProcessEnv; clock?: () => number },
): Promise<void> {
  const { logger } = options;
  const clock = options.clock ?? Date.now;
  const started = clock();
  const auth = await registryAuthFor(ref, { env: options.env });
  logger.info(`Pulling ${ref} from ${registryHost(ref)} (not on this Docker host${auth ? '; with the credentials of docker login' : ''})`);
  const progress = new PullProgress(ref, (line) => logger.info(`  ${line}`), { clock });
  try {
    await client.pullImage(ref, { auth, onProgress: (event) => progress.handle(event) });
  } catch (error) {
    throw new Error(
      `Image '${ref}' is not present on the Docker host and pulling it failed: ${(error as Error).message}. ` +
        `Build or load it on the runner, or log in to ${registryHost(ref)} first (docker login, e.g. docker/login-action).`,
      { cause: error },
    );
  }
  logger.info(`Pulled ${ref} in ${formatDuration(clock() - started)} (${progress.summary().replace(`${ref}: `, '')})`);
}
