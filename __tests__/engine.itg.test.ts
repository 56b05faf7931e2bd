/**
 * The engine against real git worktrees, in both execution modes: Docker (real daemon, the agent image)
 * and subprocess. Assertions come from the run's own records, never from wall-clock thresholds.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { Executor } from '../src/exec/types.js';
import type { TaskRecord } from '../src/core/model.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { containersOfRun, extraWorktrees, fileAt, repoWithPrompts, runPrompts, scriptPrompt, sh, taskDirs, testConfig } from './support/fanout.js';

afterAll(() => cleanupTempDirs());

const modes: { mode: 'docker' | 'subprocess'; executor: () => Executor }[] = [
  { mode: 'docker', executor: () => DockerClient.connect().createExecutor() },
  { mode: 'subprocess', executor: () => createSubprocessExecutor() },
];

/** Polls `check` every 100 ms until it holds; fails after `ms` (a ceiling for a busy machine, not a figure). */
async function waitFor(what: string, check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function byId(tasks: TaskRecord[]): Record<string, TaskRecord> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

describe.each(modes)('engine in $mode mode', ({ mode, executor }) => {
  it('runs 4 independent tasks concurrently, each leaving a commit on its own branch', async () => {
    // A barrier instead of a sleep: each task says it runs, then waits until the test has seen all four
    // running at once and lets them go. Run one after another, the first would wait forever (and the
    // test fail at its ceiling), however fast or slow the machine is.
    const gate = (n: number) => `touch .started\nwhile [ ! -e .go ]; do sleep 0.1; done\nrm .started .go\necho "change ${n}" > file-${n}.txt`;
    const prompts: Record<string, string> = {};
    for (const n of [1, 2, 3, 4]) prompts[`task-${n}`] = scriptPrompt(gate(n));
    // One agent commits by itself; the orchestrator must keep that commit as the result.
    prompts['task-4'] = scriptPrompt(`${gate(4)}\ngit add file-4.txt\ngit commit -q -m "agent commit"`);
    const repo = repoWithPrompts(prompts);
    const config = testConfig(repo, { maxParallel: 4, image: DEFAULT_IMAGE });
    const runId = `20261129-000000-${randomBytes(2).toString('hex')}`;
    const worktrees = [1, 2, 3, 4].map((n) => path.join(config.stateDir, 'runs', runId, 'worktrees', `task-${n}`));
    const abort = new AbortController();
    const running = runPrompts(repo, config, { executor: executor(), runId, signal: abort.signal });
    try {
      await waitFor('all four tasks running at once', () => worktrees.every((w) => fs.existsSync(path.join(w, '.started'))), 180_000);
    } catch (error) {
      abort.abort();
      await running;
      throw error;
    }
    for (const w of worktrees) fs.writeFileSync(path.join(w, '.go'), '');
    const result = await running;

    expect(result.run.mode).toBe(mode);
    const tasks = byId(result.tasks);
    for (const n of [1, 2, 3, 4]) {
      const t = tasks[`task-${n}`];
      expect(t.status, t.reason ?? undefined).toBe('succeeded');
      expect(t.branch).toBe(`fanout/task-${n}`);
      expect(t.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(sh(repo, 'rev-parse', t.branch!)).toBe(t.commit);
      expect(fileAt(repo, t.branch!, `file-${n}.txt`)).toBe(`change ${n}\n`);
      expect(t.changedFiles).toEqual([`file-${n}.txt`]);
      expect(t.insertions).toBe(1);
    }
    expect(sh(repo, 'log', '-1', '--format=%s', 'fanout/task-4')).toBe('agent commit');
    // The run's own records agree: all four agent runs share a common instant.
    const latestStart = Math.max(...result.tasks.map((t) => t.agentStartedAt!));
    const earliestEnd = Math.min(...result.tasks.map((t) => t.agentFinishedAt!));
    expect(latestStart).toBeLessThan(earliestEnd);
    expect(result.run.peakConcurrency).toBe(4);
    expect(extraWorktrees(repo)).toEqual([]);
    expect(taskDirs(config.stateDir)).toEqual([]);
    if (mode === 'docker') expect(await containersOfRun(result.run.id)).toEqual([]);
  });

  it('runs a dependency chain in order, each task starting from the previous result', async () => {
    const repo = repoWithPrompts({
      a: scriptPrompt('echo a > chain.txt'),
      b: scriptPrompt('grep -qx a chain.txt\necho b >> chain.txt', { depends_on: 'a' }),
      c: scriptPrompt('grep -qx b chain.txt\necho c >> chain.txt', { depends_on: 'b' }),
    });
    const result = await runPrompts(repo, testConfig(repo, { maxParallel: 3 }), { executor: executor() });
    const t = byId(result.tasks);
    for (const id of ['a', 'b', 'c']) expect(t[id].status, t[id].reason ?? undefined).toBe('succeeded');
    expect(t.b.agentStartedAt!).toBeGreaterThanOrEqual(t.a.agentFinishedAt!);
    expect(t.c.agentStartedAt!).toBeGreaterThanOrEqual(t.b.agentFinishedAt!);
    expect(fileAt(repo, t.c.branch!, 'chain.txt')).toBe('a\nb\nc\n');
    expect(t.c.baseCommit).toBe(t.b.commit);
    expect(result.run.criticalPathMs).not.toBeNull();
  });

  it('a failing task does not stop the others, and its dependents are skipped', async () => {
    const repo = repoWithPrompts({
      good: scriptPrompt('echo ok > good.txt'),
      bad: scriptPrompt('echo "about to fail"\necho partial > partial.txt\nexit 3'),
      child: scriptPrompt('echo never > child.txt', { depends_on: 'bad' }),
    });
    const result = await runPrompts(repo, testConfig(repo, { maxParallel: 2 }), { executor: executor() });
    const t = byId(result.tasks);
    expect(t.good.status).toBe('succeeded');
    expect(t.bad.status).toBe('failed');
    expect(t.bad.exitCode).toBe(3);
    expect(t.bad.reason).toMatch(/exited with code 3/);
    // A failed task's work is kept on its branch for inspection.
    expect(fileAt(repo, t.bad.branch!, 'partial.txt')).toBe('partial\n');
    expect(t.child.status).toBe('skipped');
    expect(t.child.reason).toBe("dependency 'bad' failed");
    expect(t.child.agentStartedAt).toBeNull();
    expect(fs.readFileSync(t.bad.logFile!, 'utf8')).toContain('about to fail');
  });

  it('a hanging task is timed out and leaves nothing behind', async () => {
    const repo = repoWithPrompts({ hang: scriptPrompt('echo started\nsleep 600', { timeout: '3s' }) });
    // The run's default timeout is beyond the test's own: only the prompt's 3 s can end this run in time.
    const inner = executor();
    const given: number[] = [];
    const spy: Executor = { mode: inner.mode, run: (spec) => (given.push(spec.timeoutMs), inner.run(spec)) };
    const config = testConfig(repo, { timeoutMs: 3_600_000 });
    const result = await runPrompts(repo, config, { executor: spy });
    const t = result.tasks[0];
    // The agent's run gets the prompt's timeout (the collect step, run through the same executor, its own).
    expect(given[0]).toBe(3000);
    expect(t.status).toBe('timed_out');
    expect(t.reason).toBe('the task exceeded its timeout of 3.0s and was killed');
    expect(fs.readFileSync(t.logFile!, 'utf8')).toContain('started');
    expect(extraWorktrees(repo)).toEqual([]);
    expect(taskDirs(config.stateDir)).toEqual([]);
    if (mode === 'docker') expect(await containersOfRun(result.run.id)).toEqual([]);
  });
});

describe('engine in docker mode: limits', () => {
  it('a task over its memory limit ends oom', async () => {
    // `tail` keeps a whole line in memory: a 300 MB line cannot fit in 64 MiB.
    const repo = repoWithPrompts({ hog: scriptPrompt('head -c 300m /dev/zero | tail > /dev/null', { memory: '64m' }) });
    const result = await runPrompts(repo, testConfig(repo), { executor: DockerClient.connect().createExecutor() });
    const t = result.tasks[0];
    expect(t.status, t.reason ?? undefined).toBe('oom');
    expect(t.memory!.limitBytes).toBe(64 * 1024 ** 2);
    expect(await containersOfRun(result.run.id)).toEqual([]);
  });

  it("an agent cannot reach the repository's git dir beyond reading its objects", async () => {
    const repo = repoWithPrompts({
      sneaky: scriptPrompt(
        'main=$(dirname "$(head -n 1 .git/objects/info/alternates)")\n' +
          'for f in config HEAD hooks/pre-commit refs/heads/main; do\n' +
          '  if mkdir -p "$(dirname "$main/$f")" 2>/dev/null && echo x >> "$main/$f" 2>/dev/null; then echo "$f-writable"; else echo "$f-protected"; fi\n' +
          'done\n' +
          'if touch "$main/objects/planted" 2>/dev/null; then echo objects-writable; else echo objects-protected; fi\n' +
          'echo done > done.txt',
      ),
    });
    const before = fs.readFileSync(path.join(repo, '.git', 'config'), 'utf8');
    const result = await runPrompts(repo, testConfig(repo), { executor: DockerClient.connect().createExecutor() });
    const t = result.tasks[0];
    expect(t.status, t.reason ?? undefined).toBe('succeeded');
    const log = fs.readFileSync(t.logFile!, 'utf8');
    for (const what of ['config', 'HEAD', 'hooks/pre-commit', 'refs/heads/main', 'objects']) expect(log).toContain(`${what}-protected`);
    expect(fs.readFileSync(path.join(repo, '.git', 'config'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(fs.existsSync(path.join(repo, '.git', 'objects', 'planted'))).toBe(false);
    expect(fileAt(repo, t.branch!, 'done.txt')).toBe('done\n');
  });

  it("a task image without git: the collect step runs in agent-fanout's own image", async () => {
    const repo = repoWithPrompts({
      one: scriptPrompt('echo one > one.txt', { image: 'node:24-bookworm-slim' }),
      two: scriptPrompt('echo two > two.txt', { image: 'node:24-bookworm-slim', depends_on: 'one' }),
    });
    const result = await runPrompts(repo, testConfig(repo, { image: DEFAULT_IMAGE }), { executor: DockerClient.connect().createExecutor() });
    for (const t of result.tasks) {
      expect(t.status, t.reason ?? undefined).toBe('succeeded');
      expect(fileAt(repo, t.branch!, `${t.id}.txt`)).toBe(`${t.id}\n`);
    }
    // Found out once; the next task goes to the fallback at once.
    expect(result.tasks[0].phases['collect.fallback']).toBe(1);
    expect(result.tasks[1].phases['collect.fallback']).toBeUndefined();
  });

  it('measures resources of each container', async () => {
    // Busy until three samples of it were taken, however long a busy machine takes to deliver them.
    const repo = repoWithPrompts({ busy: scriptPrompt('while [ ! -e .stop ]; do :; done\nrm .stop\necho busy > busy.txt') });
    const config = testConfig(repo);
    const runId = `20261129-000000-${randomBytes(2).toString('hex')}`;
    const stop = path.join(config.stateDir, 'runs', runId, 'worktrees', 'busy', '.stop');
    let samples = 0;
    const result = await runPrompts(repo, config, {
      executor: DockerClient.connect().createExecutor(),
      runId,
      onEvent: (event) => {
        if (event.type === 'task-sample' && ++samples === 3) fs.writeFileSync(stop, '');
      },
    });
    const t = result.tasks[0];
    expect(samples).toBeGreaterThanOrEqual(3);
    expect(t.status, t.reason ?? undefined).toBe('succeeded');
    // How much CPU it got depends on how busy the machine is; that it was measured does not.
    expect(t.cpu!.seconds).toBeGreaterThan(0);
    expect(t.cpu!.peakPercent).toBeGreaterThan(0);
    expect(t.memory!.peakBytes).toBeGreaterThan(0);
    expect(t.memory!.limitBytes).toBe(256 * 1024 ** 2);
    expect(Object.keys(t.phases)).toEqual(expect.arrayContaining(['worktree', 'create', 'start', 'collect', 'import']));
  });
});

describe('run directory', () => {
  it('keeps worktrees with keepWorktrees and records a journal', async () => {
    const repo = repoWithPrompts({ one: scriptPrompt('echo 1 > one.txt') });
    const config = testConfig(repo, { keepWorktrees: true });
    const result = await runPrompts(repo, config, { executor: createSubprocessExecutor() });
    expect(taskDirs(config.stateDir)).toHaveLength(1);
    expect(extraWorktrees(repo)).toEqual([]);
    const journal = fs.readFileSync(path.join(config.stateDir, 'journal', `${result.run.id}.ndjson`), 'utf8').trim().split('\n');
    const types = journal.map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types[0]).toBe('run-started');
    expect(types.at(-1)).toBe('run-finished');
    expect(types).toContain('task-state');
  });
});
