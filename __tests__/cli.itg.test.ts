/** The CLI as a user runs it: exit codes, bad usage, SIGTERM mid-run, and running as a non-root uid. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from './support/cli.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { containersOfRun, extraWorktrees, fileAt, repoWithPrompts, scriptPrompt, sh, taskDirs, tempDir } from './support/fanout.js';

const CLI = CLI_PATH;

afterAll(() => cleanupTempDirs());

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: opts.cwd, env: { ...process.env, ...opts.env } });
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('agent-fanout CLI', () => {
  it('exits 2 with a clear message for bad usage and bad prompt files', () => {
    const repo = repoWithPrompts({ ok: scriptPrompt('true') });
    const bad = cli(['run', '--repo', repo, '--memory', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Invalid value 'lots' for option '--memory'. Expected a size like 512m or 4g.");

    fs.writeFileSync(path.join(repo, 'prompts', 'broken.md'), '---\ntimeout: [1, 2]\n---\nbody\n');
    const broken = cli(['run', '--repo', repo, '--execution', 'subprocess']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/prompts\/broken\.md: field 'timeout'/);

    const limit = cli(['run', '--repo', repo, '--max-file-size', 'huge']);
    expect(limit.status).toBe(2);
    expect(limit.stderr).toContain("Invalid value 'huge' for option '--max-file-size'. Expected a size like 50m or 1g (at least 1k).");
    const files = cli(['run', '--repo', repo, '--max-result-files', '0']);
    expect(files.status).toBe(2);
    expect(files.stderr).toContain("Invalid value '0' for option '--max-result-files'.");

    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it('exits 1 when a task fails, writes results JSON and a Markdown summary', () => {
    const repo = repoWithPrompts({ good: scriptPrompt('echo hi > hi.txt'), bad: scriptPrompt('exit 4') });
    const out = tempDir('fanout-out-');
    const state = tempDir('fanout-state-');
    const r = cli(['run', '--repo', repo, '--agent', 'script', '--execution', 'subprocess', '--state-dir', state,
      '--json', path.join(out, 'r.json'), '--summary', path.join(out, 's.md')]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/✓ good succeeded/);
    expect(r.stdout).toMatch(/✗ bad failed \(.*exited with code 4/);
    const result = JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8'));
    expect(result.tasks.map((t: { id: string; status: string }) => `${t.id}:${t.status}`).sort()).toEqual(['bad:failed', 'good:succeeded']);
    expect(result.run.mode).toBe('subprocess');
    // Said once: the agents ran on this host, unsandboxed.
    expect(r.stderr.split('\n').filter((l) => l.includes('subprocess mode: agents run on this host without a sandbox'))).toHaveLength(1);
    expect(fs.readFileSync(path.join(out, 's.md'), 'utf8')).toContain('```mermaid');
  });

  it('auto falls back to subprocesses with a one-line notice when Docker does not answer; docker mode refuses', () => {
    const repo = repoWithPrompts({ one: scriptPrompt('echo fallback > f.txt') });
    const env = { DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    const state = tempDir('fanout-state-');
    const auto = cli(['run', '--repo', repo, '--agent', 'script', '--state-dir', state], { env });
    expect(auto.status, auto.stderr).toBe(0);
    const notices = auto.stderr.split('\n').filter((l) => l.includes('Docker not used'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/the Docker daemon does not answer .*running agents as plain subprocesses/);
    expect(auto.stdout).toMatch(/mode subprocess/);
    expect(fileAt(repo, 'fanout/one', 'f.txt')).toBe('fallback\n');

    const docker = cli(['run', '--repo', repo, '--agent', 'script', '--execution', 'docker', '--state-dir', state], { env });
    expect(docker.status).toBe(1);
    expect(docker.stderr).toContain("execution 'docker' was asked for, but the Docker daemon does not answer");
  });

  it.each(['docker', 'subprocess'] as const)('SIGTERM mid-run (%s) leaves no container and no worktree', async (execution) => {
    const repo = repoWithPrompts({
      one: scriptPrompt('sleep 600'),
      two: scriptPrompt('sleep 600'),
      three: scriptPrompt('sleep 600'),
    });
    const state = tempDir('fanout-state-');
    const child = spawn(process.execPath, [CLI, 'run', '--repo', repo, '--agent', 'script', '--execution', execution,
      '--state-dir', state, '--max-parallel', '2', '--network', 'none', '--memory', '128m'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const runId = await waitFor('the run directory', () => {
      const runs = path.join(state, 'runs');
      return fs.existsSync(runs) ? fs.readdirSync(runs)[0] : undefined;
    });
    await waitFor('two running tasks', async () => {
      if (execution === 'docker') return (await containersOfRun(runId)).length === 2 ? true : undefined;
      return taskDirs(state).length === 2 && output.split('running').length > 2 ? true : undefined;
    });
    child.kill('SIGTERM');
    const code = await exited;
    expect(code, output).not.toBe(0);
    expect(output).toContain('cancelling the run');
    expect(extraWorktrees(repo)).toEqual([]);
    expect(fs.existsSync(path.join(state, 'runs', runId, 'worktrees'))).toBe(false);
    expect(fs.existsSync(path.join(state, 'runs', runId, 'results'))).toBe(false);
    // Reservations of tasks that never started are released.
    expect(sh(repo, 'branch', '--list', 'fanout/*').split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    if (execution === 'docker') expect(await containersOfRun(runId)).toEqual([]);
    // Nothing of the run keeps sleeping on the host either.
    const sleepers = spawnSync('pgrep', ['-f', `${state}.*`], { encoding: 'utf8' }).stdout.trim();
    expect(sleepers).toBe('');
  });

  // Switching to uid 1000 needs root (as in this project's CI); a non-root runner cannot set it up.
  it.skipIf(process.getuid?.() !== 0)('runs agents as the host uid: git status and commit work inside the container', () => {
    // A realistic runner: a non-root user who owns the repository and may use the Docker socket.
    const dockerGid = Number(execFileSync('getent', ['group', 'docker'], { encoding: 'utf8' }).split(':')[2]);
    const repo = repoWithPrompts({
      whoami: scriptPrompt('id -u > uid.txt\ngit status --porcelain > status.txt\ngit add uid.txt status.txt\ngit commit -q -m "commit from inside"'),
    });
    const home = tempDir('fanout-home-');
    for (const dir of [repo, home]) execFileSync('chown', ['-R', `1000:${dockerGid}`, dir]);
    // The checkout may sit where uid 1000 cannot read: give it its own copy of node and the bundled CLI.
    const runtime = tempDir('fanout-runtime-');
    fs.chmodSync(runtime, 0o755);
    fs.cpSync(path.resolve('dist'), path.join(runtime, 'dist'), { recursive: true });
    fs.copyFileSync(process.execPath, path.join(runtime, 'node'));
    fs.chmodSync(path.join(runtime, 'node'), 0o755);
    const r = spawnSync(path.join(runtime, 'node'), [path.join(runtime, 'dist', 'cli.js'), 'run', '--repo', repo, '--agent', 'script', '--execution', 'docker',
      '--state-dir', path.join(home, 'state'), '--network', 'none'], {
      encoding: 'utf8',
      uid: 1000,
      gid: dockerGid,
      env: { PATH: process.env.PATH, HOME: home },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    execFileSync('chown', ['-R', '0:0', repo]); // inspect as root without tripping git's ownership check
    expect(fileAt(repo, 'fanout/whoami', 'uid.txt')).toBe('1000\n');
    expect(fileAt(repo, 'fanout/whoami', 'status.txt')).toBe('?? status.txt\n?? uid.txt\n');
    expect(sh(repo, 'log', '-1', '--format=%s', 'fanout/whoami')).toBe('commit from inside');
    expect(extraWorktrees(repo)).toEqual([]);
  });
});
