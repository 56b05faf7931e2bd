/**
 * A runner whose Docker daemon does not see the runner's files — as with a daemon in a sidecar
 * (actions-runner-controller dind) or on another host: simulated by an extra daemon started in a
 * mount namespace of its own, with an empty tmpfs over the directory that holds the state dir.
 * `run` must stop before the first task with a message naming the path and the fix, and `doctor`
 * must say the same. The agent image is a registry reference the daemon lacks: it is pulled from a
 * local registry, with progress in the log.
 *
 * Needs root (to start dockerd); `npm run build` first.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daemonSharesMounts } from '../src/exec/runner-environment.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { CLI_PATH } from './support/cli.js';
import { startDockerd, stopAll, type ExtraDaemon } from './support/dockerd.js';
import { FakeRegistry } from './support/fake-registry.js';
import { repoWithPrompts, scriptPrompt, sh } from './support/fanout.js';

const isRoot = process.getuid?.() === 0;
let tmp = '';
let daemon: ExtraDaemon | undefined;
let registry: FakeRegistry | undefined;

/** The CLI, asynchronously: the registry answering the daemon lives in this process. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  if (!isRoot) return;
  // Short: the daemon's sockets live below it.
  tmp = fs.mkdtempSync('/tmp/afm-');
  fs.mkdirSync(path.join(tmp, 'hidden', 'state'), { recursive: true });
  registry = new FakeRegistry({ bytesPerSecond: 1024 ** 2 });
  // About 3 MB of random bytes at 1 MB/s: the pull lasts long enough to report progress.
  registry.addImage('af/tiny', '1', { hello: 'hello from the test registry\n' }, 3 * 1024 ** 2);
  await registry.start();
  daemon = await startDockerd({ name: 'hid', root: tmp, hide: path.join(tmp, 'hidden') });
});

afterAll(async () => {
  await stopAll([daemon]);
  await registry?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  cleanupTempDirs();
});

describe.skipIf(!isRoot)('a Docker daemon that cannot see the run directory', () => {
  it('run pulls the registry image, then fails before the first task, naming the path and the fix; doctor says so too', async () => {
    const repo = repoWithPrompts({ one: scriptPrompt('echo one > one.txt'), two: scriptPrompt('echo two > two.txt') });
    const state = path.join(tmp, 'hidden', 'state');
    const image = `${registry!.host}/af/tiny:1`;
    const since = Math.floor(Date.now() / 1000) - 1;
    const env = { DOCKER_HOST: daemon!.host };

    const run = await cli(['run', '--repo', repo, '--agent', 'script', '--execution', 'docker', '--image', image, '--state-dir', state, '--network', 'none'], env);
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    // The image was missing on this daemon: pulled, with progress lines.
    expect(output).toContain(`Pulling ${image} from ${registry!.host} (not on this Docker host)`);
    expect(output).toMatch(new RegExp(`  ${image.replace(/[.]/g, '\\.')}: \\d/1 layers done, [\\d.]+ (KiB|MiB) of [\\d.]+ MiB`));
    expect(output).toMatch(/Pulled .*af\/tiny:1 in /);
    expect(registry!.requests.some((r) => r.startsWith('GET /v2/af/tiny/blobs/'))).toBe(true);
    expect(daemon!.docker('image', 'inspect', '--format', '{{.Id}}', image)).toMatch(/^sha256:/);

    // That daemon runs in a mount namespace of its own: /proc does not prove it sees this process's
    // files, so the run asked it with a container. The suite's own daemon is proven.
    expect(await daemonSharesMounts(env)).toBe(false);
    expect(await daemonSharesMounts({})).toBe(true);

    const runId = fs.readdirSync(path.join(state, 'runs'))[0];
    const runDir = path.join(state, 'runs', runId);
    expect(run.stderr).toContain(`agent-fanout: the Docker daemon at ${daemon!.host} cannot see the run directory ${runDir}: a container with it mounted could not be created`);
    expect(run.stderr).toMatch(/bind source path does not exist/);
    expect(run.stderr).toContain('Fix: keep the state directory (AGENT_FANOUT_HOME or --state-dir; in the action it defaults to $RUNNER_TEMP/agent-fanout)');
    // Before the first task: no container ever started on the daemon, no branch, no worktree.
    const starts = daemon!.docker('events', '--since', String(since), '--until', String(Math.ceil(Date.now() / 1000)), '--filter', 'event=start');
    expect(starts).toBe('');
    expect(sh(repo, 'branch', '--list', 'fanout/*')).toBe('');
    expect(sh(repo, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);

    const doctor = await cli(['doctor', '--image', image, '--state-dir', state], env);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toContain(`✗ docker mounts: the Docker daemon at ${daemon!.host} cannot see the state directory ${state}`);
    expect(doctor.stdout).toMatch(/ {4}fix: keep the state directory/);
  });
});
