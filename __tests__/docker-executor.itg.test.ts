/**
 * The Docker executor against the real daemon and real git repositories: limits, streaming,
 * outcomes, labels, stats and removal.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import type { Logger } from '../src/core/logger.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { sweepContainers } from '../src/exec/docker/gc.js';
import { buildAgentImage } from '../src/exec/docker/image.js';
import { writeLoopbackHosts } from '../src/exec/docker/loopback-hosts.js';
import { LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID, labelFilter } from '../src/exec/docker/labels.js';
import type { ContainerSpec, ExecResult, ExecSpec, Executor, ResourceSample } from '../src/exec/types.js';

const run = promisify(execFile);
const MiB = 1024 ** 2;
const runId = `itg-${randomBytes(4).toString('hex')}`;
const hostUser = `${process.getuid!()}:${process.getgid!()}`;
const roots: string[] = [];

let client: DockerClient;
let executor: Executor;
const logged: string[] = [];
const logger: Logger = {
  debug: (m) => logged.push(`debug: ${m}`),
  info: (m) => logged.push(`info: ${m}`),
  warning: (m) => logged.push(`warning: ${m}`),
  error: (m) => logged.push(`error: ${m}`),
};

async function tempDir(prefix: string): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `af-${prefix}-`));
  roots.push(dir);
  return dir;
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  // safe.directory: some repositories here belong to uid 1000, not to the test's user.
  return (await run('git', ['-c', 'safe.directory=*', ...args], { cwd })).stdout.trim();
}

/** A repository with one commit and a worktree on a new branch; returns both paths. */
async function repoWithWorktree(name: string): Promise<{ repo: string; worktree: string; root: string }> {
  const root = await tempDir(name);
  const repo = path.join(root, 'repo');
  await fsp.mkdir(repo);
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'config', 'user.name', 'Test');
  await git(repo, 'config', 'user.email', 'test@example.com');
  await fsp.writeFile(path.join(repo, 'README.md'), '# demo\n');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-qm', 'initial');
  const worktree = path.join(root, 'wt');
  await git(repo, 'worktree', 'add', '-q', '-b', `fanout/${name}`, worktree);
  return { repo, worktree, root };
}

/** The spec's own fields and its container's, side by side (a test names the few it changes). */
type SpecOverrides = Partial<Omit<ExecSpec, 'container'>> & Partial<ContainerSpec>;

/** A spec running `script` with bash in a fresh task dir (mounted), with small limits. */
async function specFor(taskId: string, script: string, overrides: SpecOverrides = {}): Promise<ExecSpec> {
  const dir = await tempDir(taskId);
  const { image, user, cpus, memoryBytes, pidsLimit, network, hostsFile, mounts, labels, ...own } = overrides;
  return {
    runId,
    taskId,
    argv: ['bash', '-c', script],
    env: {},
    workdir: dir,
    timeoutMs: 60_000,
    logFile: path.join(dir, 'task.log'),
    stdoutFile: path.join(dir, 'stdout.txt'),
    ...own,
    container: {
      mounts: mounts ?? [{ path: dir }],
      user: user ?? hostUser,
      image: image ?? DEFAULT_IMAGE,
      cpus: cpus ?? 1,
      memoryBytes: memoryBytes ?? 256 * MiB,
      pidsLimit: pidsLimit ?? 64,
      network: network ?? 'none',
      ...(hostsFile ? { hostsFile } : {}),
      ...(labels ? { labels } : {}),
    },
  };
}

/** Polls `probe` until it returns a value other than undefined, for at most `timeoutMs`. */
async function pollFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function containersOf(taskId: string) {
  return client.listContainers(labelFilter({ runId, taskId }));
}

function expectCleanResult(result: ExecResult): void {
  expect(result.finishedAt).toBeGreaterThanOrEqual(result.startedAt);
  for (const phase of ['create', 'attach', 'remove']) expect(result.phases).toHaveProperty(phase);
}

beforeAll(async () => {
  client = DockerClient.connect();
  await client.ping();
  if (!(await client.imageExists(DEFAULT_IMAGE))) {
    // Needs the host CA bundle (NODE_EXTRA_CA_CERTS) where HTTPS is intercepted: the default picks it up.
    await buildAgentImage(client, { logger });
  }
  executor = client.createExecutor({ logger });
});

afterAll(async () => {
  if (client) await sweepContainers(client, { runId });
  await Promise.all(roots.map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

describe.concurrent('docker executor', () => {
  it('runs the pinned claude CLI as uid 1000 with a writable home', async () => {
    const spec = await specFor('claude-version', 'claude --version && touch "$HOME/.probe" && id -u', { user: '1000:1000' });
    const result = await executor.run(spec);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    const stdout = await fsp.readFile(spec.stdoutFile, 'utf8');
    expect(stdout).toMatch(/^\d+\.\d+\.\d+ \(Claude Code\)\n1000\n$/);
  });

  it.runIf(process.env.NODE_EXTRA_CA_CERTS)('trusts the host CA bundle baked in at build time (HTTPS through the proxy)', async () => {
    const spec = await specFor(
      'https',
      `node -e "fetch('https://registry.npmjs.org/-/ping').then((r) => console.log(r.status), (e) => { console.log(String(e.cause ?? e)); process.exit(1); })"`,
      { network: 'bridge', user: '1000:1000' },
    );
    const result = await executor.run(spec);
    expect(await fsp.readFile(spec.stdoutFile, 'utf8')).toBe('200\n');
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
  });

  it('edits, inspects and commits in a git worktree as the host user', async () => {
    const { repo, worktree } = await repoWithWorktree('commit-host');
    const spec = await specFor(
      'commit-host',
      'echo "agent line" >> README.md && git status --short && git add -A && ' +
        'git -c user.name=Agent -c user.email=agent@example.com commit -qm "agent change" && git rev-parse HEAD',
      { workdir: worktree, mounts: [{ path: worktree }, { path: path.join(repo, '.git') }] },
    );
    const result = await executor.run(spec);
    const stdout = await fsp.readFile(spec.stdoutFile, 'utf8');
    expect(result, await fsp.readFile(spec.logFile, 'utf8')).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(stdout).toContain(' M README.md');
    const head = stdout.trim().split('\n').at(-1);
    expect(await git(repo, 'rev-parse', 'fanout/commit-host')).toBe(head);
    expect(await git(repo, 'log', '-1', '--format=%s', 'fanout/commit-host')).toBe('agent change');
    const stat = await fsp.stat(path.join(worktree, 'README.md'));
    expect(`${stat.uid}:${stat.gid}`).toBe(hostUser);
  });

  it('commits as uid 1000 in a repository that uid owns', async () => {
    const { repo, worktree, root } = await repoWithWorktree('commit-1000');
    await run('chown', ['-R', '1000:1000', root]);
    const spec = await specFor('commit-1000', 'echo more >> README.md && git add -A && git commit -qm "as 1000" && git status --porcelain', {
      user: '1000:1000',
      workdir: worktree,
      mounts: [{ path: worktree }, { path: path.join(repo, '.git') }],
      env: { GIT_AUTHOR_NAME: 'Agent', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'Agent', GIT_COMMITTER_EMAIL: 'a@example.com' },
    });
    const result = await executor.run(spec);
    expect(result, await fsp.readFile(spec.logFile, 'utf8')).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(await fsp.readFile(spec.stdoutFile, 'utf8')).toBe('');
    expect(await git(repo, 'log', '-1', '--format=%s %an', 'fanout/commit-1000')).toBe('as 1000 Agent');
    const stat = await fsp.stat(path.join(worktree, 'README.md'));
    expect(stat.uid).toBe(1000);
  });

  it('streams output while running, labels the container without secrets, flushes the tail', async () => {
    const secret = `sk-test-${randomBytes(8).toString('hex')}`;
    const chunks: string[] = [];
    const spec = await specFor(
      'streaming',
      // Waits for the test to create `go`, then writes a burst right before exiting.
      'echo started; echo warming >&2; while [ ! -e go ]; do sleep 0.05; done; seq 1 20000; echo last-line',
      { env: { API_KEY: secret }, labels: { 'dev.agent-fanout.note': 'itg' }, onOutput: (_s, text) => chunks.push(text) },
    );
    const running = executor.run(spec);
    await pollFor('"started" in the log file', async () =>
      fs.existsSync(spec.logFile) && (await fsp.readFile(spec.logFile, 'utf8')).includes('started\n') ? true : undefined,
    );
    // Docker's container list lags the process start a little: wait for it to say running.
    const container = await pollFor('the container listed as running', async () => {
      const [found] = await containersOf('streaming');
      return found?.state === 'running' ? found : undefined;
    });
    expect(container.labels).toMatchObject({
      [LABEL_PRODUCT]: 'agent-fanout',
      [LABEL_RUN_ID]: runId,
      [LABEL_TASK_ID]: 'streaming',
      'dev.agent-fanout.note': 'itg',
    });
    expect(JSON.stringify(container.labels)).not.toContain(secret);
    await pollFor('stderr in onOutput', () => (chunks.join('').includes('warming') ? true : undefined));
    await fsp.writeFile(path.join(spec.workdir, 'go'), '');

    const result = await running;
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expectCleanResult(result);
    const stdout = await fsp.readFile(spec.stdoutFile, 'utf8');
    expect(stdout).not.toContain('warming');
    expect(stdout.endsWith('19999\n20000\nlast-line\n')).toBe(true);
    const log = await fsp.readFile(spec.logFile, 'utf8');
    expect(log).toContain('warming\n');
    expect(log.endsWith('20000\nlast-line\n')).toBe(true);
    expect(chunks.join('').length).toBe(log.length);
    expect(await containersOf('streaming')).toEqual([]);
  });

  it('passes only the given environment', async () => {
    process.env.AGENT_FANOUT_ITG_HOST_ONLY = 'host-value';
    const spec = await specFor('env', 'env; exit 7', { env: { ONLY_THIS: 'yes', WITH_SPACE: 'a b' } });
    const result = await executor.run(spec);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 7 });
    const env = Object.fromEntries(
      (await fsp.readFile(spec.stdoutFile, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env).toMatchObject({ ONLY_THIS: 'yes', WITH_SPACE: 'a b', HOME: '/home/agent' });
    // Given, set by the image, or set by Docker/bash themselves — nothing from this host process.
    const allowed = ['ONLY_THIS', 'WITH_SPACE', 'HOME', 'PATH', 'HOSTNAME', 'PWD', 'SHLVL', '_'];
    const imageEnv = ['NODE_EXTRA_CA_CERTS', 'DISABLE_AUTOUPDATER', 'NPM_CONFIG_UPDATE_NOTIFIER'];
    expect(Object.keys(env).filter((name) => !allowed.includes(name) && !imageEnv.includes(name))).toEqual([]);
    expect(JSON.stringify(env)).not.toContain('host-value');
  });

  it('mounts read-only paths read-only, at the same absolute path', async () => {
    const shared = await tempDir('ro');
    await fsp.writeFile(path.join(shared, 'prompt.md'), 'do things\n');
    const spec = await specFor('read-only', `cat ${shared}/prompt.md; touch ${shared}/x || echo refused`, {
      mounts: [{ path: shared, readOnly: true }],
    });
    spec.container.mounts.push({ path: spec.workdir });
    const result = await executor.run(spec);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(await fsp.readFile(spec.stdoutFile, 'utf8')).toBe('do things\nrefused\n');
    expect(fs.existsSync(path.join(shared, 'x'))).toBe(false);
  });

  it('gives a task with network none and a hosts file a loopback of its own: localhost resolves, the host is out of reach', async () => {
    // A listener on the host's loopback: a container sharing the host's network would reach it.
    const server = net.createServer((socket) => socket.end('host\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hostPort = (server.address() as net.AddressInfo).port;
    const probe = `
      const net = require('net');
      const reach = (host, port) => new Promise((resolve) => {
        const s = net.connect(port, host, () => { s.destroy(); resolve('connected'); });
        s.on('error', (e) => resolve(e.code));
      });
      const own = net.createServer((s) => s.end()).listen(0, '127.0.0.1', async () => {
        console.log('localhost', await reach('localhost', own.address().port));
        console.log('host', await reach('127.0.0.1', ${hostPort}));
        own.close();
      });`;
    const hostsFile = path.join(await tempDir('hosts'), 'hosts');
    await writeLoopbackHosts(hostsFile);
    const spec = await specFor('no-network', `tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | paste -sd,; readlink /proc/self/ns/net; node -e "$PROBE"`, {
      env: { PROBE: probe },
      hostsFile,
    });
    let sandbox = '';
    spec.onStarted = () => {
      sandbox = 'pending';
      void containersOf('no-network').then(async ([c]) => {
        const { stdout } = await run('docker', ['inspect', '-f', '{{.Config.NetworkDisabled}} [{{.NetworkSettings.SandboxKey}}]', c.id]);
        sandbox = stdout.trim();
      }, (error: unknown) => (sandbox = String(error)));
    };
    try {
      const result = await executor.run(spec);
      expect(result, await fsp.readFile(spec.logFile, 'utf8')).toMatchObject({ outcome: 'exited', exitCode: 0 });
    } finally {
      server.close();
    }
    const [interfaces, namespace, ...rest] = (await fsp.readFile(spec.stdoutFile, 'utf8')).trim().split('\n');
    expect(interfaces).toBe('lo');
    expect(namespace).toMatch(/^net:\[\d+\]$/);
    expect(namespace).not.toBe(fs.readlinkSync('/proc/self/ns/net'));
    expect(rest).toEqual(['localhost connected', 'host ECONNREFUSED']);
    // Docker's networking off, so no network sandbox of the daemon's (see loopback-hosts.ts).
    await pollFor('the inspect', () => (sandbox === 'pending' ? undefined : sandbox), 10_000);
    expect(sandbox).toBe('true []');
  });

  it('kills a task at its timeout and removes the container', async () => {
    // `sleep 600` outlasts the test's own timeout: only the kill can end this run in time.
    const spec = await specFor('hang', 'echo going to sleep; sleep 600', { timeoutMs: 1500 });
    const result = await executor.run(spec);
    expect(result.outcome).toBe('timed_out');
    expect(result.exitCode).toBe(137);
    // Not killed before its time: a busy machine only makes this interval longer.
    expect(result.finishedAt - result.startedAt).toBeGreaterThanOrEqual(1400);
    expect(await fsp.readFile(spec.logFile, 'utf8')).toBe('going to sleep\n');
    expect(await containersOf('hang')).toEqual([]);
  });

  it('reports a task over its memory limit as oom', async () => {
    // `tail` keeps the whole newline-free input in memory: 300 MiB against a 64 MiB limit. It
    // starts once the start call has returned: containerd watches the cgroup for OOM only from the
    // end of that call. Later, Docker can still miss the kill (see oom.ts); the kernel's log settles
    // that where it can be read (as root).
    const spec = await specFor('oom', 'while [ ! -e go ]; do sleep 0.05; done; head -c 300m /dev/zero | tail >/dev/null', {
      memoryBytes: 64 * MiB,
    });
    spec.onStarted = () => fs.writeFileSync(path.join(spec.workdir, 'go'), '');
    const result = await executor.run(spec);
    expect(result.outcome, `exit ${result.exitCode}: ${await fsp.readFile(spec.logFile, 'utf8')}`).toBe('oom');
    expect(result.exitCode).not.toBe(0);
    expect(result.memory.limitBytes).toBe(64 * MiB);
    expect(await containersOf('oom')).toEqual([]);
  });

  describe('when Docker says nothing of an OOM kill (containerd drops the event when the container is gone first)', () => {
    // The kernel of the test's own, a count of OOM kills and a log: the container kills itself with
    // SIGKILL, as the OOM killer would, once its cgroup has been found (a reading of it was taken).
    async function selfKilled(taskId: string, kernel: { countRises: boolean; logNamesIt: boolean }) {
      const dir = await tempDir(`${taskId}-kernel`);
      const vmstat = path.join(dir, 'vmstat');
      const kmsg = path.join(dir, 'kmsg');
      await fsp.writeFile(vmstat, 'pgfault 100\noom_kill 5\n');
      await fsp.writeFile(kmsg, '6,1,1,-;eth0: link up\n');
      const own = client.createExecutor({ logger, vmstatFile: vmstat, kmsgFile: kmsg });
      const spec = await specFor(taskId, 'while [ ! -e found ]; do sleep 0.05; done; kill -9 $$');
      let found: Promise<void> | undefined;
      spec.onStallReading = () => {
        found ??= (async () => {
          const [container] = await containersOf(taskId);
          if (kernel.logNamesIt) await fsp.appendFile(kmsg, `3,2,2,-;oom-kill:constraint=CONSTRAINT_MEMCG,task_memcg=/docker/${container!.id},task=bash\n`);
          if (kernel.countRises) await fsp.writeFile(vmstat, 'pgfault 100\noom_kill 6\n');
          await fsp.writeFile(path.join(spec.workdir, 'found'), '');
        })();
      };
      const result = await own.run(spec);
      await found;
      return result;
    }

    it('reports a SIGKILL as oom when the kernel log puts an OOM kill in its cgroup', async () => {
      expect(await selfKilled('oom-kernel', { countRises: true, logNamesIt: true })).toMatchObject({ outcome: 'oom', exitCode: 137 });
    });

    it("reports a SIGKILL as an exit when the host's OOM kill was another container's, or there was none", async () => {
      const [another, none] = await Promise.all([
        selfKilled('kill-another', { countRises: true, logNamesIt: false }),
        // Not even the log is read then: no OOM kill on the host at all.
        selfKilled('kill-none', { countRises: false, logNamesIt: true }),
      ]);
      expect(another).toMatchObject({ outcome: 'exited', exitCode: 137 });
      expect(none).toMatchObject({ outcome: 'exited', exitCode: 137 });
    });
  });

  it('measures CPU, memory and pids, and enforces the CPU limit', async () => {
    const samples: ResourceSample[] = [];
    // Busy until the test has three samples, however long a busy machine takes to deliver them.
    const spec = await specFor('busy', 'while [ ! -e stop ]; do :; done', { cpus: 0.5, timeoutMs: 180_000 });
    spec.onSample = (sample) => {
      if (samples.push(sample) === 3) fs.writeFileSync(path.join(spec.workdir, 'stop'), '');
    };
    const result = await executor.run(spec);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(samples.length).toBeGreaterThanOrEqual(3);
    // How much CPU the loop got depends on how busy the machine is; that it was measured does not.
    expect(result.cpu!.seconds).toBeGreaterThan(0);
    expect(result.cpu!.peakPercent).toBeGreaterThan(0);
    // Half a core: the quota caps every interval at ~50 % however idle the machine is (a busy one
    // only gives less), and the whole run at half its wall time.
    expect(result.cpu!.peakPercent).toBeLessThan(70);
    expect(result.cpu!.avgPercent).toBeLessThan(65);
    expect(result.cpu!.seconds).toBeLessThan(0.6 * ((result.finishedAt - result.startedAt) / 1000) + 0.1);
    expect(result.memory.peakBytes).toBeGreaterThan(0);
    expect(result.peakPids).toBeGreaterThanOrEqual(2);
    expect(result.phases).toHaveProperty('stats');
  });

  it('cancels on abort and removes the container', async () => {
    const controller = new AbortController();
    const spec = await specFor('abort', 'sleep 600', { signal: controller.signal });
    const running = executor.run(spec);
    await pollFor('the container to run', async () => ((await containersOf('abort'))[0]?.state === 'running' ? true : undefined));
    controller.abort();
    const result = await running;
    expect(result.outcome).toBe('cancelled');
    expect(await containersOf('abort')).toEqual([]);

    const early = await executor.run(await specFor('abort-early', 'echo never', { signal: AbortSignal.abort() }));
    expect(early).toMatchObject({ outcome: 'cancelled', exitCode: null });
    expect(early.phases).not.toHaveProperty('create');
  });

  it('reports a docker failure as an error naming the task and the step', async () => {
    const spec = await specFor('bad-image', 'true', { image: 'agent-fanout/does-not-exist:nope' });
    const result = await executor.run(spec);
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(/^task 'bad-image': container create failed: .*no such image/i);
    expect(logged.some((line) => line.startsWith("error: task 'bad-image': container create failed"))).toBe(true);
  });

  it('streams 200 MiB of output without holding it in memory', async () => {
    let received = 0;
    const spec = await specFor('bulk', 'head -c 200m /dev/zero', { onOutput: (_s, text) => (received += text.length) });
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = baseline;
    const probe = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 20);
    const result = await executor.run(spec).finally(() => clearInterval(probe));
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect((await fsp.stat(spec.stdoutFile)).size).toBe(200 * MiB);
    expect((await fsp.stat(spec.logFile)).size).toBe(200 * MiB);
    expect(received).toBe(200 * MiB);
    expect(peak - baseline).toBeLessThan(64 * MiB);
  });
});
