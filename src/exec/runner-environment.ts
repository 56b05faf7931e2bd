/**
 * Runners that are not one plain machine: a Docker daemon in a sidecar or on another host (which
 * sees other files than the runner), and actions-runner-controller's `kubernetes` container mode
 * (no daemon at all). Both are found before the first task, and said plainly.
 */
import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { silentLogger, type Logger } from '../core/logger.js';
import type { DockerClient } from './docker/client.js';
import { parseDockerHost } from './docker/endpoint.js';

/**
 * A message when this runner is an ARC runner in `kubernetes` container mode (the container hooks
 * are set, and the caller found no Docker daemon); null otherwise.
 */
export function arcKubernetesModeMessage(env: NodeJS.ProcessEnv): string | null {
  if (!env.ACTIONS_RUNNER_CONTAINER_HOOKS) return null;
  return (
    `This runner uses actions-runner-controller's kubernetes container mode (ACTIONS_RUNNER_CONTAINER_HOOKS=${env.ACTIONS_RUNNER_CONTAINER_HOOKS}) ` +
    'and has no Docker daemon. agent-fanout does not support that mode: it needs a Docker daemon to isolate each agent, and does not fall ' +
    "back to running agents unisolated on the runner. Use containerMode type 'dind' in the runner scale set (see docs/scale-out.md)."
  );
}

/** The daemon cannot see a directory the runner wants to mount. */
export class DockerMountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DockerMountError';
  }
}

export interface MountCheckOptions {
  client: DockerClient;
  /** Written to and read back through a container: the run directory (worktrees, task files). */
  dir: string;
  /** Must be visible too (checked for its `objects` folder): the repository's git directory. */
  gitDir?: string;
  /** An image present on the daemon, with `sh` and `cat`. */
  image: string;
  /** `uid:gid` the probe runs as (the agents' user). */
  user: string;
  logger: Logger;
  /** Names the daemon in messages. Default `DOCKER_HOST`, else the default socket. */
  daemon?: string;
  /** What `dir` is, in messages. Default `the run directory`. */
  dirName?: string;
  /**
   * A mount point this process made (an overlay task checkout's probe), mounted into the probe
   * container too: whether `file` reads `token` there says whether the daemon sees this process's
   * mounts. Never an error: the caller falls back to plain directories.
   */
  overlay?: { dir: string; file: string; token: string };
}

/** What the probe container saw besides the directories it had to. */
export interface MountCheckResult {
  /** `overlay` was given and its file read its token inside the container. */
  overlaySeen: boolean;
}

function fixText(daemon: string): string {
  return (
    `A bind mount of a path the daemon does not share gives the agent an empty or missing directory. This happens when ${daemon} ` +
    "is on another machine or in a sidecar container (actions-runner-controller's dind mode shares only the runner's work " +
    'volume, /home/runner/_work). Fix: keep the state directory (AGENT_FANOUT_HOME or --state-dir; in the action it defaults to ' +
    '$RUNNER_TEMP/agent-fanout) and the repository checkout on a path the daemon shares, or point DOCKER_HOST at a daemon on this machine.'
  );
}

/**
 * Checks that the Docker daemon sees `dir` (and `gitDir`) as this process does: writes a file with
 * a random token, starts a tiny container with the directory mounted, and reads the token back.
 * @throws DockerMountError naming the path and the fix when it does not.
 */
export async function checkDaemonSeesDir(options: MountCheckOptions): Promise<MountCheckResult> {
  const { client, dir, logger } = options;
  const daemon = options.daemon ?? `the Docker daemon at ${process.env.DOCKER_HOST || 'unix:///var/run/docker.sock'}`;
  const dirName = options.dirName ?? 'the run directory';
  const token = randomBytes(16).toString('hex');
  const probe = path.join(dir, `.docker-mount-check-${token.slice(0, 8)}`);
  const logs = await fs.mkdtemp(path.join(os.tmpdir(), 'agent-fanout-mount-check-'));
  await fs.writeFile(probe, token, { mode: 0o644 });
  try {
    const { overlay } = options;
    // The overlay's file on a line of its own, after the required checks; its absence is no failure.
    const script = `${options.gitDir ? 'cat "$1" && test -d "$2/objects"' : 'cat "$1"'}${overlay ? ' && { echo; cat "$3" 2>/dev/null; true; }' : ''}`;
    // The executor's own error lines would only repeat what the message below says better.
    const result = await client.createExecutor({ logger: silentLogger }).run({
      runId: 'mount-check',
      taskId: `mount-check-${token.slice(0, 8)}`,
      argv: ['sh', '-c', script, 'sh', probe, options.gitDir ?? '', ...(overlay ? [overlay.file] : [])],
      env: {},
      workdir: '/',
      timeoutMs: 60_000,
      logFile: path.join(logs, 'log'),
      stdoutFile: path.join(logs, 'stdout'),
      container: {
        mounts: [
          { path: dir, readOnly: true },
          ...(options.gitDir ? [{ path: options.gitDir, readOnly: true }] : []),
          ...(overlay ? [{ path: overlay.dir, readOnly: true }] : []),
        ],
        user: options.user,
        image: options.image,
        cpus: 0.5,
        memoryBytes: 64 * 1024 ** 2,
        pidsLimit: 32,
        network: 'none',
      },
    });
    const [seen = '', overlaySeen = ''] = (await fs.readFile(path.join(logs, 'stdout'), 'utf8').catch(() => '')).split('\n').map((l) => l.trim());
    if (result.outcome === 'exited' && result.exitCode === 0 && seen === token) {
      logger.debug(`${daemon} sees ${dir}${options.gitDir ? ` and ${options.gitDir}` : ''}`);
      return { overlaySeen: overlay !== undefined && overlaySeen === overlay.token };
    }
    const output = (await fs.readFile(path.join(logs, 'log'), 'utf8').catch(() => '')).trim().slice(0, 200);
    const detail = result.outcome === 'error' ? result.error?.replace(/^task '[^']*': /, '') : output || `exit ${result.exitCode}`;
    const why =
      seen === token
        ? `cannot see the repository's git directory ${options.gitDir} (${detail})`
        : result.outcome === 'error'
          ? `cannot see ${dirName} ${dir}: a container with it mounted could not be created (${detail})`
          : `cannot see ${dirName} ${dir}: a file written there is missing in a container that mounts it (${detail})`;
    throw new DockerMountError(`${daemon} ${why}. ${fixText(daemon)}`);
  } finally {
    await fs.rm(probe, { force: true });
    await fs.rm(logs, { recursive: true, force: true });
  }
}

/**
 * The Unix socket a client reaches the daemon on (`DOCKER_HOST` as dockerode reads it); null for a
 * TCP, SSH or other endpoint.
 */
export function daemonSocketPath(env: NodeJS.ProcessEnv): string | null {
  const endpoint = parseDockerHost(env);
  return endpoint && 'socketPath' in endpoint ? endpoint.socketPath : null;
}

/**
 * Whether the Docker daemon behind `env`'s socket provably sees this process's files and mounts as
 * this process does, read from `/proc` without starting a container: the socket is held open by a
 * `dockerd` process in this process's mount namespace, with the same root. False whenever any of
 * that cannot be read — another user's daemon (its `ns/mnt` is not readable then), another PID or
 * network namespace (a sidecar), a TCP or SSH endpoint, a proxy in front of the socket: the caller
 * then checks with a container. A few milliseconds against a container's few hundred.
 */
export async function daemonSharesMounts(env: NodeJS.ProcessEnv = process.env, proc = '/proc'): Promise<boolean> {
  const socket = daemonSocketPath(env);
  if (socket === null) return false;
  // Synchronous reads: /proc answers at once, and a hundred asynchronous ones held up the run's set-up.
  // Whatever cannot be read (a process gone, another user's) reads as null.
  const read = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  try {
    const real = fsSync.realpathSync(socket);
    // Unix sockets of this network namespace, `Num RefCount Protocol Flags Type St Inode Path`, the
    // path as the daemon bound it (`/var/run/docker.sock` is `/run/docker.sock` through a symlink).
    const inodes = new Set<string>();
    for (const line of fsSync.readFileSync(path.join(proc, 'net', 'unix'), 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const bound = fields.slice(7).join(' ');
      if (fields.length < 8 || path.basename(bound) !== path.basename(real)) continue;
      if (bound === socket || read(() => fsSync.realpathSync(bound)) === real) inodes.add(`socket:[${fields[6]}]`);
    }
    if (inodes.size === 0) return false;
    const self = path.join(proc, 'self');
    const ns = fsSync.readlinkSync(path.join(self, 'ns', 'mnt'));
    const root = fsSync.readlinkSync(path.join(self, 'root'));
    for (const pid of fsSync.readdirSync(proc).filter((e) => /^\d+$/.test(e))) {
      const dir = path.join(proc, pid);
      if (read(() => fsSync.readFileSync(path.join(dir, 'comm'), 'utf8'))?.trim() !== 'dockerd') continue;
      if (read(() => fsSync.readlinkSync(path.join(dir, 'ns', 'mnt'))) !== ns || read(() => fsSync.readlinkSync(path.join(dir, 'root'))) !== root) continue;
      const fds = read(() => fsSync.readdirSync(path.join(dir, 'fd'))) ?? [];
      if (fds.some((fd) => inodes.has(read(() => fsSync.readlinkSync(path.join(dir, 'fd', fd))) ?? ''))) return true;
    }
  } catch {
    // Anything unreadable: not proven.
  }
  return false;
}

/**
 * The check before a run's first task: the daemon must see the run directory and the repository's
 * git directory, which every task container mounts.
 */
export async function checkRunMounts(options: Omit<MountCheckOptions, 'client'>): Promise<MountCheckResult> {
  const { DockerClient } = await import('./docker/client.js');
  return checkDaemonSeesDir({ ...options, client: DockerClient.connect() });
}
