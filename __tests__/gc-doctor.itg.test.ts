/** `agent-fanout gc` and `doctor` against the real daemon and real repos. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from './support/cli.js';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { containerLabels, orchestratorLabels } from '../src/exec/docker/labels.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { containersOfRun, extraWorktrees, repoWithPrompts, scriptPrompt, sh, tempDir } from './support/fanout.js';

const CLI = CLI_PATH;
afterAll(() => cleanupTempDirs());

function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

/**
 * Leaves what a killed orchestrator leaves: a run dir with a task directory (a private repository
 * whose agent left a symlink to a host directory), its branch, and a running labelled container.
 */
async function crashedRun(state: string, runId: string, pid: number) {
  const repo = repoWithPrompts({ a: scriptPrompt('true') });
  const runDir = path.join(state, 'runs', runId);
  const taskDir = path.join(runDir, 'worktrees', 'a');
  fs.mkdirSync(taskDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'run.json'), JSON.stringify({ runId, repo, pid, host: os.hostname(), startedAt: Date.now() }));
  sh(taskDir, 'init', '-q');
  const victim = tempDir('fanout-victim-');
  fs.writeFileSync(path.join(victim, 'keep.txt'), 'keep\n');
  fs.symlinkSync(victim, path.join(taskDir, 'to-victim'));
  sh(repo, 'branch', `fanout/${runId}`);
  const docker = new (await import('dockerode')).default();
  const container = await docker.createContainer({
    Image: DEFAULT_IMAGE,
    Cmd: ['sleep', '600'],
    Labels: containerLabels(runId, 'a', orchestratorLabels(pid, os.hostname())),
    HostConfig: { NetworkMode: 'none' },
  });
  await container.start();
  return { repo, runDir, taskDir, victim };
}

describe('agent-fanout gc', () => {
  it('lists with --dry-run, then removes the containers and worktrees of dead runs, leaving live runs alone', async () => {
    const state = tempDir('fanout-state-');
    // pid 2^22+1 cannot exist on Linux (pid_max ≤ 2^22): that run's process is dead.
    const deadRun = `dead-${randomBytes(3).toString('hex')}`;
    const liveRun = `live-${randomBytes(3).toString('hex')}`;
    const dead = await crashedRun(state, deadRun, 4_194_305);
    const live = await crashedRun(state, liveRun, process.pid);
    expect(await containersOfRun(deadRun)).toHaveLength(1);

    const dry = cli(['gc', '--dry-run', '--state-dir', state]);
    expect(dry.status, dry.stderr).toBe(0);
    // Other test files may leave containers of their own dead runs: count at least ours.
    expect(dry.stdout).toMatch(/would remove [1-9]\d* container\(s\), 1 worktree\(s\)/);
    expect(dry.stdout).toContain(`left alone: run ${liveRun} is still running`);
    expect(await containersOfRun(deadRun)).toHaveLength(1);
    expect(fs.existsSync(dead.taskDir)).toBe(true);

    const real = cli(['gc', '--state-dir', state]);
    expect(real.status, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/removed [1-9]\d* container\(s\), 1 worktree\(s\)/);
    expect(await containersOfRun(deadRun)).toEqual([]);
    expect(fs.existsSync(dead.taskDir)).toBe(false);
    expect(fs.readFileSync(path.join(dead.victim, 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(extraWorktrees(dead.repo)).toEqual([]);
    // Branches are kept: only worktrees go.
    expect(sh(dead.repo, 'branch', '--list', `fanout/${deadRun}`)).toContain(`fanout/${deadRun}`);
    expect(await containersOfRun(liveRun)).toHaveLength(1);
    expect(fs.existsSync(live.taskDir)).toBe(true);

    for (const id of await containersOfRun(liveRun)) await DockerClient.connect().removeContainer(id);
  });
});

describe('agent-fanout doctor', () => {
  it('checks git, Docker, the image and the agent CLI inside it', () => {
    const r = cli(['doctor']);
    expect(r.stdout).toMatch(/✓ git: git version 2\.\d+/);
    expect(r.stdout).toMatch(/✓ docker: engine [\d.]+.*, cgroup v[12] \(/);
    expect(r.stdout).toMatch(new RegExp(`✓ image: ${DEFAULT_IMAGE}`));
    expect(r.stdout).toMatch(/✓ agent CLI: claude [\d.]+/);
    expect(r.stdout).toMatch(/✓ disk: /);
    // Run as root here: agents get an unprivileged uid; user namespaces are advised, never a failure.
    if (process.getuid?.() === 0) expect(r.stdout).toMatch(/✓ uid mapping: agents run as \d+:\d+ \(this process is root/);
    expect(r.stdout).toMatch(/[✓!] user namespaces: /);
    if (r.stdout.includes('! user namespaces')) expect(r.stdout).toMatch(/advice: stronger isolation: enable userns-remap .* or use rootless Docker/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('reports a missing image with the fix', () => {
    const r = cli(['doctor', '--image', 'agent-fanout/does-not-exist:1']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ image: agent-fanout/does-not-exist:1 is missing');
    expect(r.stdout).toContain('fix: build or load agent-fanout/does-not-exist:1');
  });
});
