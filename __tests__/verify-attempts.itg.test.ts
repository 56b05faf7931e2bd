/**
 * Verified results and best-of-N attempts against a real Docker daemon and real git, with the script
 * agent: what an attempt does depends on AGENT_FANOUT_ATTEMPT, so the right winner is known in advance.
 * Assertions come from the run's records and the repository's refs, never from durations.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import type { TaskRecord } from '../src/core/model.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { containersOfRun, extraWorktrees, fileAt, repoWithPrompts, runPrompts, sh, taskDirs, testConfig } from './support/fanout.js';

afterAll(() => cleanupTempDirs());

/** A script prompt with front matter as written (YAML lines). */
function prompt(meta: string[], script: string): string {
  return `---\nagent: script\n${meta.join('\n')}\n---\n# Task\n\n\`\`\`sh\n${script}\n\`\`\`\n`;
}

function byId(tasks: TaskRecord[]): Record<string, TaskRecord> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

const newRunId = () => `20261130-000000-${randomBytes(2).toString('hex')}`;

/** The run left nothing behind: containers, task directories (checkouts included), worktrees. */
async function expectNothingLeft(repo: string, stateDir: string, runId: string): Promise<void> {
  expect(await containersOfRun(runId)).toEqual([]);
  expect(taskDirs(stateDir)).toEqual([]);
  expect(extraWorktrees(repo)).toEqual([]);
}

describe('verify in docker mode', () => {
  it('runs verify in the sandbox on a fresh checkout of the result; a failure keeps its branch, and only verified results start dependents', async () => {
    const secret = `verify-secret-${randomBytes(6).toString('hex')}`;
    process.env.AF_VERIFY_SECRET = secret;
    const repo = repoWithPrompts(
      {
        good: prompt(["verify: 'test -f ok.txt && test ! -e scratch.log && echo \"verified as uid $(id -u) on $(git rev-parse HEAD)\"'"], 'echo ok > ok.txt\necho leftover > scratch.log'),
        bad: prompt(
          ['env: [AF_VERIFY_SECRET]', "verify: 'echo \"checking with $AF_VERIFY_SECRET\"; echo \"FAIL: expected 42, got 41\"; exit 3'"],
          'echo change > bad.txt',
        ),
        child: prompt(['depends_on: bad'], 'echo never > child.txt'),
        after: prompt(['depends_on: good', "verify: 'test -f copy.txt'"], 'cp ok.txt copy.txt'),
      },
      { 'README.md': 'hello\n', '.gitignore': 'scratch.log\n' },
    );
    const config = testConfig(repo, { maxParallel: 3, image: DEFAULT_IMAGE });
    const runId = newRunId();
    const result = await runPrompts(repo, config, { executor: DockerClient.connect().createExecutor(), runId });
    delete process.env.AF_VERIFY_SECRET;
    const t = byId(result.tasks);

    expect(t.good.status, t.good.reason ?? undefined).toBe('succeeded');
    expect(t.good.verify).toMatchObject({ passed: true, outcome: 'exited', exitCode: 0, commit: t.good.commit });
    // What was verified is the commit: the agent's ignored scratch file is not in the checkout.
    const uid = process.getuid?.() === 0 ? '1000' : String(process.getuid?.());
    expect(t.good.verify!.outputTail).toBe(`verified as uid ${uid} on ${t.good.commit}`);

    expect(t.bad.status).toBe('verify_failed');
    expect(t.bad.reason).toMatch(/^verify exited with code 3 after /);
    expect(t.bad.verify).toMatchObject({ passed: false, exitCode: 3 });
    expect(t.bad.verify!.outputTail).toBe('checking with ***\nFAIL: expected 42, got 41');
    expect(JSON.stringify(result)).not.toContain(secret);
    // It keeps its branch: the result is there to look at.
    expect(sh(repo, 'rev-parse', t.bad.branch!)).toBe(t.bad.commit);
    expect(fileAt(repo, t.bad.branch!, 'bad.txt')).toBe('change\n');

    expect(t.child.status).toBe('skipped');
    expect(t.child.reason).toBe("dependency 'bad' failed");
    expect(t.after.status, t.after.reason ?? undefined).toBe('succeeded');
    expect(fileAt(repo, t.after.branch!, 'copy.txt')).toBe('ok\n');
    // The dependent started once its dependency's result had passed verify.
    expect(t.after.startedAt!).toBeGreaterThanOrEqual(t.good.verify!.finishedAt);
    expect(result.run).toMatchObject({ succeeded: 2, failed: 1, verifyFailed: 1, skipped: 1 });
    await expectNothingLeft(repo, config.stateDir, runId);
  });
});

describe('best-of-N attempts in docker mode', () => {
  it('picks the winner by verify, by judge and by diff size, keeps every attempt on its ref, and starts dependents from verified winners only', async () => {
    const repo = repoWithPrompts({
      'by-verify': prompt(['attempts: 3', `verify: '[ "$(cat n.txt)" = 2 ] || { echo "n is $(cat n.txt)"; exit 1; }'`], 'echo "$AGENT_FANOUT_ATTEMPT" > n.txt'),
      // Attempt 3 writes the most lines (the largest diff) and scores highest: the judge decides.
      'by-judge': prompt(['attempts: 3', "judge: 'wc -l < n.txt'"], 'seq 1 "$AGENT_FANOUT_ATTEMPT" > n.txt'),
      'by-diff': prompt(['attempts: 3'], 'case "$AGENT_FANOUT_ATTEMPT" in 1) n=5;; 2) n=1;; *) n=3;; esac\nseq 1 "$n" > d.txt'),
      none: prompt(['attempts: 2', "verify: 'echo \"no good: $(cat n.txt)\"; exit 1'"], 'echo "$AGENT_FANOUT_ATTEMPT" > n.txt'),
      'after-none': prompt(['depends_on: none'], 'echo never > x.txt'),
      'after-verify': prompt(['depends_on: by-verify'], '[ "$(cat n.txt)" = 2 ] && echo two > after.txt'),
    });
    const config = testConfig(repo, { maxParallel: 4, image: DEFAULT_IMAGE });
    const runId = newRunId();
    const result = await runPrompts(repo, config, { executor: DockerClient.connect().createExecutor(), runId });
    const t = byId(result.tasks);
    const refOf = (task: string, k: number) => `refs/fanout/attempts/${runId}/${task}/${k}`;

    // By verify: only attempt 2 passes.
    expect(t['by-verify'].status, t['by-verify'].reason ?? undefined).toBe('succeeded');
    expect(t['by-verify'].bestOf).toMatchObject({ count: 3, winner: 2, decidedBy: 'verify' });
    expect(t['by-verify'].bestOf!.attempts.map((a) => [a.attempt, a.status, a.verify?.passed, a.winner])).toEqual([
      [1, 'verify_failed', false, false],
      [2, 'succeeded', true, true],
      [3, 'verify_failed', false, false],
    ]);
    expect(t['by-verify'].bestOf!.attempts[0].verify!.outputTail).toBe('n is 1');
    expect(fileAt(repo, t['by-verify'].branch!, 'n.txt')).toBe('2\n');
    expect(t['by-verify'].verify?.passed).toBe(true);

    // By judge: the highest score, whatever the diff.
    expect(t['by-judge'].bestOf).toMatchObject({ winner: 3, decidedBy: 'judge', judge: 'wc -l < n.txt' });
    expect(t['by-judge'].bestOf!.attempts.map((a) => a.judge?.score)).toEqual([1, 2, 3]);
    expect(fileAt(repo, t['by-judge'].branch!, 'n.txt')).toBe('1\n2\n3\n');

    // By diff: the smallest.
    expect(t['by-diff'].bestOf).toMatchObject({ winner: 2, decidedBy: 'diff' });
    expect(t['by-diff'].bestOf!.attempts.map((a) => a.insertions)).toEqual([5, 1, 3]);
    expect(t['by-diff']).toMatchObject({ status: 'succeeded', insertions: 1, commit: sh(repo, 'rev-parse', refOf('by-diff', 2)) });

    // No attempt verifies: verify_failed, every attempt kept, the branch at the best of them.
    expect(t.none.status).toBe('verify_failed');
    expect(t.none.reason).toMatch(/^no attempt of 2 passed verify; the branch has attempt \d's result/);
    expect(t.none.bestOf!.attempts.map((a) => a.status)).toEqual(['verify_failed', 'verify_failed']);
    expect(sh(repo, 'rev-parse', t.none.branch!)).toBe(t.none.commit);
    expect(t['after-none']).toMatchObject({ status: 'skipped', reason: "dependency 'none' failed" });

    // Every attempt with a result is on its ref, losers included, each its own commit on the start point.
    for (const task of ['by-verify', 'by-judge', 'by-diff', 'none']) {
      for (const a of t[task].bestOf!.attempts) {
        expect(a.ref).toBe(refOf(task, a.attempt));
        expect(sh(repo, 'rev-parse', a.ref!)).toBe(a.commit);
        expect(sh(repo, 'rev-parse', `${a.commit}^`)).toBe(result.run.baseCommit);
      }
    }

    // The dependent started from the verified winner, after the task concluded.
    expect(t['after-verify'].status, t['after-verify'].reason ?? undefined).toBe('succeeded');
    expect(fileAt(repo, t['after-verify'].branch!, 'after.txt')).toBe('two\n');
    expect(t['after-verify'].startedAt!).toBeGreaterThanOrEqual(Math.max(...t['by-verify'].bestOf!.attempts.map((a) => a.finishedAt!)));

    // Every attempt counts: the task's agent time is the sum of its attempts'.
    const sum = t['by-diff'].bestOf!.attempts.reduce((s, a) => s + a.durationMs!, 0);
    expect(t['by-diff'].durationMs).toBe(sum);
    await expectNothingLeft(repo, config.stateDir, runId);
  });
});

describe('best-of-N attempts cancelled', () => {
  it('a cancel while the attempts run stops them all and leaves nothing behind', async () => {
    const repo = repoWithPrompts({
      slow: prompt(['attempts: 3', "verify: 'true'"], 'touch "$AGENT_FANOUT_TASK_ID-$AGENT_FANOUT_ATTEMPT.started"\nsleep 300'),
    });
    const config = testConfig(repo, { maxParallel: 3, image: DEFAULT_IMAGE });
    const runId = newRunId();
    const abort = new AbortController();
    const running = runPrompts(repo, config, { executor: DockerClient.connect().createExecutor(), runId, signal: abort.signal });
    const started = (k: number) => path.join(config.stateDir, 'runs', runId, 'worktrees', 'slow', 'attempts', String(k), `slow-${k}.started`);
    const end = Date.now() + 180_000;
    while (![1, 2, 3].every((k) => fs.existsSync(started(k)))) {
      if (Date.now() > end) {
        abort.abort();
        await running;
        throw new Error('timed out waiting for the three attempts to start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    abort.abort();
    const result = await running;
    const slow = result.tasks[0];
    expect(slow.status).toBe('cancelled');
    expect(slow.bestOf!.attempts.map((a) => a.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(slow.bestOf!.attempts.every((a) => a.ref === null && a.verify === undefined)).toBe(true);
    expect(sh(repo, 'for-each-ref', 'refs/fanout')).toBe('');
    await expectNothingLeft(repo, config.stateDir, runId);
  });
});

describe('best-of-N attempts in subprocess mode', () => {
  it('runs the attempts as separate task repositories and checks them the same way', async () => {
    const repo = repoWithPrompts({
      pick: prompt(['attempts: 2', "verify: 'test \"$(cat n.txt)\" = 1'"], 'echo "$AGENT_FANOUT_ATTEMPT" > n.txt\npwd > where.txt'),
    });
    const config = testConfig(repo, { maxParallel: 2 });
    const runId = newRunId();
    const result = await runPrompts(repo, config, { executor: createSubprocessExecutor(), runId });
    const pick = result.tasks[0];
    expect(pick.status, pick.reason ?? undefined).toBe('succeeded');
    expect(pick.bestOf).toMatchObject({ winner: 1, decidedBy: 'verify' });
    const dirs = pick.bestOf!.attempts.map((a) => fileAt(repo, a.ref!, 'where.txt').trim());
    expect(dirs[0]).not.toBe(dirs[1]);
    expect(dirs[1]).toMatch(/\/worktrees\/pick\/attempts\/2$/);
    await expectNothingLeft(repo, config.stateDir, runId);
  });
});
