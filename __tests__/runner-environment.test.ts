import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../src/core/config.js';
import { PullProgress, registryAuthFor, registryHost } from '../src/exec/pull.js';
import { arcKubernetesModeMessage, daemonSharesMounts, daemonSocketPath } from '../src/exec/runner-environment.js';
import { selectExecutor } from '../src/exec/select.js';
import { silentLogger } from '../src/core/logger.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ARC kubernetes container mode', () => {
  it('is recognised by the container hooks and refused instead of falling back to subprocesses', async () => {
    expect(arcKubernetesModeMessage({})).toBeNull();
    const env = { ACTIONS_RUNNER_CONTAINER_HOOKS: '/home/runner/k8s/index.js' };
    expect(arcKubernetesModeMessage(env)).toMatch(/kubernetes container mode .*not support that mode.*containerMode type 'dind'/);

    vi.stubEnv('DOCKER_HOST', `unix://${path.join(os.tmpdir(), 'no-such-dir-af', 'docker.sock')}`);
    vi.stubEnv('ACTIONS_RUNNER_CONTAINER_HOOKS', '/home/runner/k8s/index.js');
    const config = { ...defaultConfig('/repo'), execution: 'auto' as const };
    await expect(selectExecutor(config, [], silentLogger)).rejects.toThrow(/actions-runner-controller's kubernetes container mode \(ACTIONS_RUNNER_CONTAINER_HOOKS=\/home\/runner\/k8s\/index\.js\)/);
    // Asked for explicitly, running without isolation stays the user's choice.
    expect((await selectExecutor({ ...config, execution: 'subprocess' }, [], silentLogger)).executor.mode).toBe('subprocess');
    vi.stubEnv('ACTIONS_RUNNER_CONTAINER_HOOKS', '');
    expect((await selectExecutor(config, [], silentLogger)).executor.mode).toBe('subprocess');
  });
});

interface FakeProcess {
  comm: string;
  ns?: string;
  root?: string;
  fds?: string[];
}

/** A /proc tree of symlinks and files: this process (`self`), others by pid, and the Unix sockets listed. */
function fakeProc(dir: string, self: { ns: string; root: string }, processes: Record<string, FakeProcess>, unix: string[]): string {
  const proc = path.join(dir, 'proc');
  const link = (target: string, at: string) => {
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(target, at);
  };
  link(self.ns, path.join(proc, 'self', 'ns', 'mnt'));
  link(self.root, path.join(proc, 'self', 'root'));
  for (const [pid, p] of Object.entries(processes)) {
    fs.mkdirSync(path.join(proc, pid, 'fd'), { recursive: true });
    fs.writeFileSync(path.join(proc, pid, 'comm'), `${p.comm}\n`);
    if (p.ns) link(p.ns, path.join(proc, pid, 'ns', 'mnt'));
    if (p.root) link(p.root, path.join(proc, pid, 'root'));
    for (const [i, target] of (p.fds ?? []).entries()) link(target, path.join(proc, pid, 'fd', String(i)));
  }
  fs.mkdirSync(path.join(proc, 'net'), { recursive: true });
  const header = 'Num       RefCount Protocol Flags    Type St Inode Path';
  fs.writeFileSync(path.join(proc, 'net', 'unix'), [header, ...unix].join('\n') + '\n');
  return proc;
}

describe('a Docker daemon in this mount namespace', () => {
  it('reads the socket from DOCKER_HOST as dockerode does', () => {
    expect(daemonSocketPath({})).toBe('/var/run/docker.sock');
    expect(daemonSocketPath({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toBe('/run/user/1000/docker.sock');
    expect(daemonSocketPath({ DOCKER_HOST: 'tcp://10.0.0.2:2375' })).toBeNull();
    expect(daemonSocketPath({ DOCKER_HOST: 'ssh://me@host' })).toBeNull();
  });

  it('is proven only by a dockerd holding the socket, in the same mount namespace, with the same root', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-proc-'));
    try {
      const socket = path.join(dir, 'docker.sock');
      fs.writeFileSync(socket, '');
      const env = { DOCKER_HOST: `unix://${socket}` };
      const self = { ns: 'mnt:[4026531841]', root: '/' };
      const line = (inode: number, at = socket) => `0000000000000000: 00000002 00000000 00010000 0001 01 ${inode} ${at}`;
      const daemon = (over: Partial<FakeProcess> = {}): FakeProcess => ({ comm: 'dockerd', ns: self.ns, root: '/', fds: ['/dev/null', 'socket:[77]'], ...over });
      const sharesWith = async (processes: Record<string, FakeProcess>, unix = [line(77)], e: NodeJS.ProcessEnv = env) => {
        const root = fs.mkdtempSync(path.join(dir, 'case-'));
        return daemonSharesMounts(e, fakeProc(root, self, processes, unix));
      };

      expect(await sharesWith({ 1: { comm: 'systemd' }, 812: daemon() })).toBe(true);
      // Reached through a symlinked path (/var/run → /run): the same socket.
      fs.symlinkSync(dir, path.join(dir, 'via'));
      expect(await sharesWith({ 812: daemon() }, [line(77)], { DOCKER_HOST: `unix://${path.join(dir, 'via', 'docker.sock')}` })).toBe(true);
      // A sidecar's daemon (another mount namespace), a chrooted one, another user's (unreadable).
      expect(await sharesWith({ 812: daemon({ ns: 'mnt:[4026532999]' }) })).toBe(false);
      expect(await sharesWith({ 812: daemon({ root: '/var/lib/jail' }) })).toBe(false);
      expect(await sharesWith({ 812: daemon({ ns: undefined, root: undefined }) })).toBe(false);
      // The socket is held by a proxy in front of some daemon, or by a dockerd serving another socket.
      expect(await sharesWith({ 812: daemon({ comm: 'socat' }) })).toBe(false);
      expect(await sharesWith({ 812: daemon({ fds: ['socket:[78]'] }) })).toBe(false);
      // No socket at that path in this network namespace; an endpoint that is no Unix socket.
      expect(await sharesWith({ 812: daemon() }, [line(77, '/elsewhere/docker.sock')])).toBe(false);
      expect(await sharesWith({ 812: daemon() }, [line(77)], { DOCKER_HOST: 'tcp://127.0.0.1:2375' })).toBe(false);
      expect(await sharesWith({ 812: daemon() }, [line(77)], { DOCKER_HOST: `unix://${path.join(dir, 'missing.sock')}` })).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('registry references', () => {
  it.each([
    ['ghcr.io/acme/agent-fanout-agent:1.2', 'ghcr.io'],
    ['localhost:5000/agent', 'localhost:5000'],
    ['127.0.0.1:5000/a/b@sha256:' + 'a'.repeat(64), '127.0.0.1:5000'],
    ['agent-fanout/agent:latest', 'docker.io'],
    ['node:24-bookworm-slim', 'docker.io'],
  ])('%s is pulled from %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host);
  });

  it('takes the credentials docker login stored: auths, identity tokens, credential helpers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-docker-config-'));
    try {
      const env = { DOCKER_CONFIG: dir };
      expect(await registryAuthFor('ghcr.io/a/b:1', { env })).toBeUndefined();
      fs.writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({
          auths: {
            'ghcr.io': { auth: Buffer.from('octo:ghp_secret:with:colons').toString('base64') },
            'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') },
            'registry.example': { identitytoken: 'idtok' },
          },
          credHelpers: { 'xyz.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' },
        }),
      );
      expect(await registryAuthFor('ghcr.io/a/b:1', { env })).toEqual({ username: 'octo', password: 'ghp_secret:with:colons', serveraddress: 'ghcr.io' });
      expect(await registryAuthFor('agent-fanout/agent:1', { env })).toEqual({ username: 'hubuser', password: 'hubpass', serveraddress: 'https://index.docker.io/v1/' });
      expect(await registryAuthFor('registry.example/x', { env })).toEqual({ identitytoken: 'idtok', serveraddress: 'registry.example' });
      const calls: string[] = [];
      const runHelper = async (helper: string, host: string) => {
        calls.push(`${helper} ${host}`);
        return JSON.stringify({ Username: 'AWS', Secret: 'ecr-token' });
      };
      expect(await registryAuthFor('xyz.dkr.ecr.eu-west-1.amazonaws.com/agent:1', { env, runHelper })).toEqual({
        username: 'AWS',
        password: 'ecr-token',
        serveraddress: 'xyz.dkr.ecr.eu-west-1.amazonaws.com',
      });
      expect(calls).toEqual(['ecr-login xyz.dkr.ecr.eu-west-1.amazonaws.com']);
      const failing = async () => {
        throw new Error('helper missing');
      };
      expect(await registryAuthFor('xyz.dkr.ecr.eu-west-1.amazonaws.com/agent:1', { env, runHelper: failing })).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs pull progress at most every interval: layers done and bytes', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new PullProgress('ghcr.io/a/b:1', (l) => lines.push(l), { clock: () => now, intervalMs: 2000 });
    progress.handle({ status: 'Pulling from a/b', id: '1' });
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Pulling fs layer' });
    progress.handle({ id: 'bbbbbbbbbbbb', status: 'Already exists' });
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Downloading', progressDetail: { current: 1024 ** 2, total: 4 * 1024 ** 2 } });
    expect(lines).toEqual([]);
    now = 2500;
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Downloading', progressDetail: { current: 2 * 1024 ** 2, total: 4 * 1024 ** 2 } });
    expect(lines).toEqual(['ghcr.io/a/b:1: 1/2 layers done, 2.0 MiB of 4.0 MiB']);
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Pull complete' });
    progress.handle({ status: 'Digest: sha256:' + 'c'.repeat(64) });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('ghcr.io/a/b:1: Digest: sha256:' + 'c'.repeat(64));
    expect(progress.summary()).toBe('ghcr.io/a/b:1: 2/2 layers done, 4.0 MiB of 4.0 MiB');
  });
});
