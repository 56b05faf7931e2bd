/**
 * Extra Docker daemons for tests that simulate other runners: each with its own socket, data root,
 * exec root (and so its own managed containerd), pid file and a bridge of its own (never docker0, never
 * none: started with --bridge=none, dockerd deletes the host's docker0, the shared daemon's bridge),
 * all under a temp dir. The shared default daemon is never touched. Every daemon started here is
 * stopped by `stopAll()` (also from a process exit hook), with what it left (shims, mounts).
 *
 * Needs root (dockerd does). Optionally a daemon runs in a mount namespace of its own with a private
 * tmpfs over a directory, so that it cannot see files the test process can (`hide`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DockerClient } from '../../src/exec/docker/client.js';

export interface ExtraDaemon {
  name: string;
  /** `unix:///…/docker.sock`, for DOCKER_HOST. */
  host: string;
  socket: string;
  dir: string;
  dataRoot: string;
  /** Runs the docker CLI against this daemon; returns trimmed stdout. */
  docker(...args: string[]): string;
  stop(): Promise<void>;
}

const running = new Set<{ child: ChildProcess; dirs: string[]; bridge: string }>();

let bridges = 0;

/**
 * A bridge interface of the daemon's own (`afbr<pid>x<n>`, a /24 in 10.231.0.0/16 picked from the pid
 * and a counter), removed when the daemon stops.
 */
function createBridge(): { name: string } {
  const n = bridges++;
  const name = `afbr${process.pid % 100000}x${n}`.slice(0, 15);
  const subnet = (process.pid * 7 + n) % 250;
  execFileSync('ip', ['link', 'add', 'name', name, 'type', 'bridge']);
  execFileSync('ip', ['addr', 'add', `10.231.${subnet}.1/24`, 'dev', name]);
  execFileSync('ip', ['link', 'set', name, 'up']);
  return { name };
}

function removeBridge(name: string): void {
  try {
    execFileSync('ip', ['link', 'delete', name], { stdio: 'ignore' });
  } catch {
    // gone already
  }
}

function killLeftovers(dirs: readonly string[]): void {
  for (const dir of dirs) killLeftoversIn(dir);
}

function killLeftoversIn(dir: string): void {
  // Container shims and their processes outlive a daemon killed with SIGKILL; find them by our paths.
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes(dir) && Number(pid) !== process.pid) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already
    }
  }
  const mounts = fs
    .readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => Boolean(m) && (m === dir || m.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
  for (const m of mounts) {
    try {
      execFileSync('umount', ['-l', m], { stdio: 'ignore' });
    } catch {
      // not mounted any more
    }
  }
}

process.on('exit', () => {
  for (const { child, dirs, bridge } of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
    killLeftovers(dirs);
    removeBridge(bridge);
  }
});

async function waitFor(what: string, fn: () => Promise<boolean>, timeoutMs: number, log: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) {
      const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
      throw new Error(`timed out waiting for ${what}\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface StartDaemonOptions {
  /** Short name: containerd namespace and directory name. */
  name: string;
  /** Parent of the daemon's own directory (socket, exec root, pid file, log). Keep the path short: socket paths have a length limit. */
  root: string;
  /** Data root (images). Default `<root>/<name>/data`. */
  dataRoot?: string;
  /** A directory the daemon must not see: covered by an empty tmpfs in its own mount namespace. */
  hide?: string;
}

export async function startDockerd(options: StartDaemonOptions): Promise<ExtraDaemon> {
  const dir = path.join(options.root, options.name);
  fs.mkdirSync(path.join(dir, 'exec'), { recursive: true });
  const dataRoot = options.dataRoot ?? path.join(dir, 'data');
  fs.mkdirSync(dataRoot, { recursive: true });
  const socket = path.join(dir, 'docker.sock');
  const log = path.join(dir, 'dockerd.log');
  const bridge = createBridge();
  const args = [
    '-H', `unix://${socket}`,
    '--data-root', dataRoot,
    '--exec-root', path.join(dir, 'exec'),
    '--pidfile', path.join(dir, 'docker.pid'),
    `--bridge=${bridge.name}`,
    '--iptables=false',
    '--ip-masq=false',
    '--ip-forward=false',
    '--containerd-namespace', `af-${options.name}`,
    '--containerd-plugins-namespace', `af-${options.name}-plugins`,
    '--log-level', 'warn',
  ];
  const out = fs.openSync(log, 'a');
  const child = options.hide
    ? spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=1m,mode=755 af-hide "$0" && exec dockerd "$@"', options.hide, ...args], {
        stdio: ['ignore', out, out],
      })
    : spawn('dockerd', args, { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const entry = { child, dirs: [dir, dataRoot], bridge: bridge.name };
  running.add(entry);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));
  const client = DockerClient.connect({ socketPath: socket });
  const daemon: ExtraDaemon = {
    name: options.name,
    host: `unix://${socket}`,
    socket,
    dir,
    dataRoot,
    docker: (...a) => execFileSync('docker', ['-H', `unix://${socket}`, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
    stop: async () => {
      if (!running.has(entry)) return;
      running.delete(entry);
      if (!exited) {
        child.kill('SIGTERM');
        const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))]);
        if (!killed) {
          child.kill('SIGKILL');
          await exit;
        }
      }
      killLeftovers(entry.dirs);
      removeBridge(entry.bridge);
    },
  };
  try {
    await waitFor(`dockerd ${options.name}`, async () => {
      if (exited) throw new Error(`dockerd ${options.name} exited at start:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
      return client.ping(2000).then(() => true, () => false);
    }, 60_000, log);
  } catch (error) {
    await daemon.stop();
    throw error;
  }
  return daemon;
}

export async function stopAll(daemons: readonly (ExtraDaemon | undefined)[]): Promise<void> {
  await Promise.all(daemons.map((d) => d?.stop()));
}

/** The image's id on the shared daemon (read only). */
export function imageId(image: string): string {
  return execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', image], { encoding: 'utf8' }).trim();
}

/**
 * Data roots that already hold `image`, reused across test runs (keyed by the image id): loading an
 * 850 MB image into three daemons costs far more than the test itself. A slot is taken with an
 * exclusive lock (a directory holding the owner's pid), so parallel runs never share a data root;
 * without a free slot the caller gets a fresh one under its temp dir. Off with
 * AGENT_FANOUT_ITG_DOCKERD_CACHE=0.
 */
export function cachedDataRoot(image: string, slot: string, fallbackRoot: string): { dataRoot: string; release(): void } {
  const fresh = () => ({ dataRoot: path.join(fallbackRoot, `data-${slot}`), release: () => undefined });
  if (process.env.AGENT_FANOUT_ITG_DOCKERD_CACHE === '0') return fresh();
  const id = createHash('sha256').update(imageId(image)).digest('hex').slice(0, 12);
  const cache = path.join(os.tmpdir(), 'agent-fanout-itg-dockerd', id);
  const lock = path.join(cache, `${slot}.lock`);
  fs.mkdirSync(cache, { recursive: true });
  try {
    fs.mkdirSync(lock);
  } catch {
    const owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim() || '0');
    const alive = (() => {
      try {
        return owner > 0 && process.kill(owner, 0);
      } catch {
        return false;
      }
    })();
    if (alive) return fresh();
  }
  fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
  // Caches of older images are of no use any more (unless another run holds them).
  const parent = path.dirname(cache);
  for (const other of fs.readdirSync(parent)) {
    if (other === id) continue;
    const locked = fs.readdirSync(path.join(parent, other)).some((n) => n.endsWith('.lock'));
    if (!locked) fs.rmSync(path.join(parent, other), { recursive: true, force: true });
  }
  return { dataRoot: path.join(cache, slot), release: () => fs.rmSync(lock, { recursive: true, force: true }) };
}

/** Loads `image` from the shared daemon into `daemons` that lack it (one `docker save`, loads in parallel). */
export async function loadImage(image: string, daemons: readonly ExtraDaemon[], tmp: string): Promise<void> {
  const lacking = daemons.filter((d) => {
    try {
      d.docker('image', 'inspect', image);
      return false;
    } catch {
      return true;
    }
  });
  if (lacking.length === 0) return;
  const tar = path.join(tmp, 'image.tar');
  execFileSync('docker', ['save', '-o', tar, image]);
  try {
    await Promise.all(
      lacking.map(
        (d) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn('docker', ['-H', d.host, 'load', '-q', '-i', tar], { stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            child.stderr.on('data', (c) => (err += c));
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker load into ${d.name} failed: ${err}`))));
          }),
      ),
    );
  } finally {
    fs.rmSync(tar, { force: true });
  }
}

/** Removes every container of a test daemon (left by an earlier, interrupted run). */
export function removeAllContainers(daemon: ExtraDaemon): void {
  const ids = daemon.docker('ps', '-aq').split('\n').filter(Boolean);
  if (ids.length) daemon.docker('rm', '-f', ...ids);
}
