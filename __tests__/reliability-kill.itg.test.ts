/**
 * Reliability suite, the orchestrator killed: SIGTERM (the run is cancelled and cleans up, results
 * of finished tasks are kept and written), SIGTERM twice (exits at once; `gc` cleans up), SIGKILL
 * (nothing runs its cleanup; `gc --run` removes what it left, branches stay). In Docker and on the
 * host.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir } from './git-fixtures.js';
import { repoWithPrompts, scriptPrompt , taskDirs } from './support/fanout.js';
import { CLI_PATH } from './support/cli.js';
import {
  clip,
  describeTasks,
  expectResultKept,
  leftovers,
  productContainers,
  readResults,
  recordCase,
  runCli,
  stackTraceIn,
  startNode,
  waitFor,
  type ResultsJson,
} from './support/reliability.js';

afterAll(() => cleanupTempDirs());

/** A batch where `done` finishes at once and the `slow-*` tasks run until the orchestrator is stopped. */
function batch(marker: string): string {
  return repoWithPrompts({
    done: scriptPrompt('echo done > done.txt'),
    'slow-1': scriptPrompt(`echo slow started\n(exec -a ${marker} sleep 600)`),
    'slow-2': scriptPrompt(`echo slow started\n(exec -a ${marker} sleep 600)`, { depends_on: 'done' }),
  });
}

function start(repo: string, state: string, execution: 'docker' | 'subprocess', json: string) {
  return startNode(CLI_PATH, ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', execution, '--network', 'none',
    '--memory', '128m', '--max-parallel', '3', '--json', json], { cwd: repo });
}

async function whenRunning(state: string, proc: ReturnType<typeof start>): Promise<string> {
  const runId = await waitFor('the run directory', () => (fs.existsSync(path.join(state, 'runs')) ? fs.readdirSync(path.join(state, 'runs'))[0] : undefined));
  await waitFor('both slow tasks to run after done succeeded', () => (proc.output().split('slow started').length > 2 && /done succeeded/.test(proc.output()) ? true : undefined));
  return runId;
}

const survivors = (marker: string) => spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim();

describe.each(['docker', 'subprocess'] as const)('the orchestrator stopped mid-run (%s)', (execution) => {
  it('SIGTERM: running tasks are cancelled and cleaned up; the finished task and the results are kept', async () => {
    const marker = `fanout-term-${execution}-${process.pid}-${Date.now()}`;
    const repo = batch(marker);
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const proc = start(repo, state, execution, json);
    const runId = await whenRunning(state, proc);
    proc.child.kill('SIGTERM');
    const r = await proc.done;
    const results = readResults(json);
    recordCase({ table: 'fault', group: 'orchestrator', case: `SIGTERM mid-run (${execution})`, expected: 'exit 130; running tasks cancelled; finished results kept and written; nothing left', observed: `exit ${r.code}; ${describeTasks(results)}` });
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain('cancelling the run');
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
    const byId = Object.fromEntries(results.tasks.map((t) => [t.id, t]));
    expectResultKept(expect, repo, byId.done);
    expect(byId['slow-1'].status).toBe('cancelled');
    expect(byId['slow-2'].status).toBe('cancelled');
    expect(survivors(marker)).toBe('');
    expect(await leftovers({ repo, stateDir: state, runId, runDirAllowed: true, branches: results.tasks.map((t) => t.branch!) })).toEqual([]);
  });

  it('SIGKILL: gc --run removes what the run left; branches and finished results stay', async () => {
    const marker = `fanout-kill-${execution}-${process.pid}-${Date.now()}`;
    const repo = batch(marker);
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const proc = start(repo, state, execution, json);
    const runId = await whenRunning(state, proc);
    proc.child.kill('SIGKILL');
    await proc.done;
    // What a killed orchestrator leaves: its task directories, in Docker its containers.
    const leftBefore = taskDirs(state);
    const containersBefore = execution === 'docker' ? await productContainers({ runId }) : [];
    const agentsBefore = survivors(marker).split('\n').filter(Boolean);

    const dry = await runCli(['gc', '--dry-run', '--state-dir', state, '--run', runId]);
    const gc = await runCli(['gc', '--state-dir', state, '--run', runId]);
    const agentsAfter = await waitFor('the agents to be gone', () => {
      const left = survivors(marker);
      return left === '' ? [] : undefined;
    }, 10_000).catch(() => survivors(marker).split('\n').filter(Boolean));
    // Whatever the product failed to stop is stopped here (by pid), so the suite leaves nothing.
    for (const pid of agentsAfter) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    const summary = (text: string) =>
      [/(?:removed|would remove) \d+ container\(s\), \d+ worktree\(s\)/, /(?:killed|would kill) \d+ agent process\(es\)/]
        .map((re) => re.exec(text)?.[0])
        .filter(Boolean)
        .join(', ');
    recordCase({
      table: 'fault',
      group: 'orchestrator',
      case: `SIGKILL mid-run, then gc (${execution})`,
      expected: `gc --run removes the ${execution === 'docker' ? 'containers' : 'agent processes'} and worktrees; branches and the finished commit stay`,
      observed: `left ${agentsBefore.length} agent process(es), ${containersBefore.length} container(s), ${leftBefore.length} worktree(s); gc: ${summary(gc.stdout)}; ${agentsAfter.length} process(es) after gc`,
    });
    expect(agentsBefore.length).toBeGreaterThanOrEqual(2);
    expect(agentsAfter).toEqual([]);
    if (execution === 'subprocess') expect(gc.stdout).toMatch(/killed \d+ agent process\(es\) left on this host/);
    expect(leftBefore.length).toBeGreaterThanOrEqual(2);
    if (execution === 'docker') expect(containersBefore.length).toBeGreaterThanOrEqual(2);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`would remove ${containersBefore.length} container\\(s\\), ${leftBefore.length} worktree\\(s\\)`));
    expect(gc.code, gc.stderr).toBe(0);
    expect(gc.stdout).toMatch(new RegExp(`removed ${containersBefore.length} container\\(s\\), ${leftBefore.length} worktree\\(s\\)`));
    expect(stackTraceIn(dry.stdout + dry.stderr + gc.stdout + gc.stderr)).toBeNull();
    // The finished task's branch holds its commit (no results JSON: the process never got there).
    expect(fs.existsSync(json)).toBe(false);
    const doneBranch = spawnSync('git', ['log', '-1', '--format=%s', 'fanout/done'], { cwd: repo, encoding: 'utf8' });
    expect(doneBranch.status).toBe(0);
    expect(await leftovers({ repo, stateDir: state, runId, runDirAllowed: true, branches: ['fanout/done', 'fanout/slow-1', 'fanout/slow-2'] })).toEqual([]);
  });
});

/**
 * The second SIGTERM must land while the first one's cleanup still runs: agents that ignore SIGTERM
 * hold it for the subprocess executor's grace period (SIGTERM, then SIGKILL 5 s later).
 */
function stubbornBatch(marker: string): string {
  return repoWithPrompts({
    done: scriptPrompt('echo done > done.txt'),
    'slow-1': scriptPrompt(`trap '' TERM\necho slow started\n(exec -a ${marker} sleep 600)`),
    'slow-2': scriptPrompt(`trap '' TERM\necho slow started\n(exec -a ${marker} sleep 600)`, { depends_on: 'done' }),
  });
}

describe('SIGTERM twice (subprocess, agents ignoring SIGTERM)', () => {
  it('exits at once without cleanup; gc --run removes the rest', async () => {
    const marker = `fanout-term2-${process.pid}-${Date.now()}`;
    const repo = stubbornBatch(marker);
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const proc = start(repo, state, 'subprocess', json);
    const runId = await whenRunning(state, proc);
    proc.child.kill('SIGTERM');
    await waitFor('the cancel notice', () => (proc.output().includes('cancelling the run') ? true : undefined));
    proc.child.kill('SIGTERM');
    const r = await proc.done;
    const gc = await runCli(['gc', '--state-dir', state, '--run', runId]);
    const removed = /removed \d+ container\(s\), \d+ worktree\(s\)/.exec(gc.stdout)?.[0] ?? '';
    recordCase({ table: 'fault', group: 'orchestrator', case: 'SIGTERM twice (subprocess, agents ignoring SIGTERM), then gc', expected: 'exit 130 at once; gc --run removes what was left', observed: `exit ${r.code}; gc: ${clip(removed, 100)}` });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('again, exiting without cleanup');
    expect(gc.code, gc.stderr).toBe(0);
    // The agents the orchestrator left behind are gone after gc.
    expect(await waitFor('the agents to be gone', () => (survivors(marker) === '' ? true : undefined), 10_000)).toBe(true);
    expect(stackTraceIn(r.stdout + r.stderr + gc.stdout + gc.stderr)).toBeNull();
    expect(await leftovers({ repo, stateDir: state, runId, runDirAllowed: true, branches: ['fanout/done', 'fanout/slow-1', 'fanout/slow-2'] })).toEqual([]);
    const results: ResultsJson | null = fs.existsSync(json) ? readResults(json) : null;
    if (results) expectResultKept(expect, repo, results.tasks.find((t) => t.id === 'done'));
  });
});
