/**
 * Verified results and best-of-N attempts in what people read: the summary's checks and attempts
 * sections and Gantt, the figures that count every attempt, and a task's pull request body.
 */
import { describe, expect, it } from 'vitest';
import type { BestOfAttempt, CheckRun, TaskRecord } from '../src/core/model.js';
import { renderPullBody } from '../src/github/render.js';
import { computeRunMetrics, createRedactor, renderGantt, renderSummaryMarkdown, renderSummaryText } from '../src/report/index.js';
import { formatAttempts } from '../src/report/format.js';
import { criticalPathMs, taskCostUsd } from '../src/report/metrics.js';
import { checkRun } from './support/factories.js';
import { reportTask, result, T0 } from './support/report-fixtures.js';

const INFO = {
  id: 'run-v',
  repo: '/r',
  baseRef: 'HEAD',
  baseCommit: 'a'.repeat(40),
  issue: 7,
  modeReason: null,
  startedAt: T0,
  finishedAt: T0 + 100_000,
  mode: 'docker' as const,
  maxParallel: 4,
  runDir: '/state/runs/run-v',
};

/** A check of `npm ci && npm test` at T0, as the reports show it. */
function check(passed: boolean, patch: Partial<CheckRun> = {}): CheckRun {
  return checkRun(passed, {
    command: 'npm ci && npm test',
    startedAt: T0,
    finishedAt: T0 + 4200,
    outputTail: passed ? 'Tests: 12 passed' : 'FAIL src/login.test.ts\n  expected 401, got 500\nTests: 1 failed, 11 passed',
    logFile: '/state/runs/run-v/tasks/x/verify.log',
    ...patch,
  });
}

function attempt(k: number, startS: number, endS: number, patch: Partial<BestOfAttempt> = {}): BestOfAttempt {
  return {
    attempt: k,
    variant: null,
    ref: `refs/fanout/attempts/run-v/pick/${k}`,
    status: 'succeeded',
    reason: null,
    exitCode: 0,
    commit: `${k}`.repeat(40),
    filesChanged: 1,
    insertions: k * 10,
    deletions: 0,
    changedFiles: ['a.ts'],
    startedAt: T0 + startS * 1000 - 500,
    agentStartedAt: T0 + startS * 1000,
    agentFinishedAt: T0 + endS * 1000,
    finishedAt: T0 + endS * 1000 + 500,
    durationMs: (endS - startS) * 1000,
    cpu: null,
    memory: null,
    peakPids: null,
    agent: { ok: true, costUsd: 0.5 },
    logFile: null,
    costUsd: 0.5,
    winner: false,
    ...patch,
  };
}

/** A best-of-3 task: attempt 2 won by verify; 1 and 3 failed their checks. */
function bestOfTask(): TaskRecord {
  const attempts = [
    attempt(1, 1, 31, { status: 'verify_failed', reason: 'verify exited with code 1 after 4.2s', verify: check(false), variant: { model: 'haiku' } }),
    attempt(2, 1, 41, { verify: check(true), winner: true, variant: { model: 'opus', maxTurns: 30 } }),
    attempt(3, 2, 21, { status: 'verify_failed', reason: 'verify exited with code 1 after 4.2s', verify: check(false), variant: { model: 'haiku' } }),
  ];
  return reportTask('pick', 'Pick the best', 1, 41, {
    durationMs: 30_000 + 40_000 + 19_000,
    agentStartedAt: T0 + 1000,
    agentFinishedAt: T0 + 41_000,
    verify: check(true),
    bestOf: { count: 3, winner: 2, decidedBy: 'verify', judge: null, attempts },
  });
}

function verifyFailedTask(): TaskRecord {
  return reportTask('login', 'Add login', 2, 50, { status: 'verify_failed', reason: 'verify exited with code 1 after 4.2s', verify: check(false) });
}

describe('figures over attempts', () => {
  it('count every attempt: agent time, concurrency, cost; the critical path only the longest', () => {
    const pick = bestOfTask();
    const after = reportTask('after', 'After', 50, 60, { dependsOn: ['pick'], agent: { ok: true, costUsd: 0.1 } });
    const metrics = computeRunMetrics([pick, after], { startedAt: T0, finishedAt: T0 + 100_000, maxParallel: 4, mode: 'docker' });
    expect(metrics.sumTaskMs).toBe(89_000 + 10_000);
    expect(metrics.peakConcurrency).toBe(3);
    expect(metrics.totalCostUsd).toBe(1.6);
    expect(criticalPathMs([pick, after])).toBe(40_000 + 10_000);
    expect(metrics.speedupBound).toBeCloseTo(99_000 / 50_000);
    // Three agent runs at once could use three of the four slots.
    expect(metrics.efficiency).toBeCloseTo(99_000 / 100_000 / 4);
    expect(taskCostUsd(pick)).toBe(1.5);
  });

  it('counts verify_failed as failed, and on its own', () => {
    const metrics = computeRunMetrics([verifyFailedTask(), reportTask('ok', 'Ok', 1, 2)], { startedAt: T0, finishedAt: T0 + 100_000, maxParallel: 4, mode: 'docker' });
    expect(metrics).toMatchObject({ succeeded: 1, failed: 1, verifyFailed: 1 });
  });
});

describe('the summary', () => {
  const run = result(INFO, [bestOfTask(), verifyFailedTask()]);
  const md = renderSummaryMarkdown(run);

  it('says how many failed their verify, and lists each check with the failures collapsed', () => {
    expect(md).toContain('1 failed (1 of them verify failed)');
    expect(md).toContain('### Checks');
    expect(md).toContain('- ✅ `pick`: `npm ci && npm test` ✅ passed in 4.2s on `bbbbbbbbbbbb`');
    expect(md).toContain('- 🧪 `login`: `npm ci && npm test` ❌ exited with code 1 after 4.2s on `bbbbbbbbbbbb`');
    expect(md).toMatch(/<details><summary>Last lines of its output<\/summary>\n\n {2}```text\n {2}FAIL src\/login\.test\.ts\n {4}expected 401, got 500\n/);
    expect(md).toContain('| 🧪 verify failed: verify exited with code 1 after 4.2s | `login` — Add login |');
  });

  it('lists the attempts of a best-of-N task with time, cost, diff, checks and ref, the winner marked', () => {
    expect(md).toContain('### Attempts');
    expect(md).toContain("**`pick`** · Best of 3: attempt 2 won (its verify passed, the next best's did not).");
    expect(md).toContain('| 2 🏆 | model opus, max\\_turns 30 | ✅ succeeded | 40.0s | $0.50 | 1 (+20/-0) | ✅ passed in 4.2s | – | `refs/fanout/attempts/run-v/pick/2` |');
    expect(md).toContain('| 1 | model haiku | 🧪 verify failed | 30.0s | $0.50 | 1 (+10/-0) | ❌ exited with code 1 after 4.2s | – | `refs/fanout/attempts/run-v/pick/1` |');
  });

  it('draws each attempt in a Gantt section of its task', () => {
    const gantt = renderGantt(run.tasks, run.run.finishedAt);
    expect(gantt).toContain('    section Tasks\n    login :crit, t4,');
    expect(gantt).toMatch(/ {4}section pick best of 3\n {4}pick attempt 1 :crit, t1, \d+, \d+\n {4}pick attempt 2 :active, t2, \d+, \d+\n {4}pick attempt 3 :crit, t3,/);
  });

  it('prints the checks and attempts under their task in the terminal', () => {
    const text = renderSummaryText(run);
    expect(text).toContain('1 failed (1 verify)');
    expect(text).toContain('      verify npm ci && npm test: passed in 4.2s');
    expect(text).toContain('      #2 (won) succeeded, 40.0s, $0.50, 1 file (+20/-0), verify passed  refs/fanout/attempts/run-v/pick/2');
    expect(formatAttempts(run.tasks[0])).toBe('best of 3: #2');
    expect(formatAttempts({ ...run.tasks[0], status: 'running', bestOf: { ...run.tasks[0].bestOf!, winner: null } })).toBe('best of 3: 3 done');
  });
});

describe('the pull request body', () => {
  const input = (record: TaskRecord) => ({
    record,
    prompt: '# Do it',
    issue: 7,
    runId: 'run-v',
    link: '',
    runCommentUrl: null,
    promptUrl: null,
    siblings: [],
    conflicts: [],
  });

  it('has a "checks failed" section with the output tail, after what the agent says and before the prompt', () => {
    const secret = 'sk-live-abcdef0123456789';
    const record = verifyFailedTask();
    record.verify = check(false, { outputTail: `FAIL\nAPI key ${secret} rejected` });
    const body = renderPullBody({ ...input(record), redactor: createRedactor([secret]) });
    const failed = body.indexOf('### ❌ Checks failed');
    expect(failed).toBeGreaterThan(body.indexOf('### What the agent says it did'));
    expect(failed).toBeLessThan(body.indexOf('What the agent was asked'));
    expect(body).toContain('`npm ci && npm test` ❌ exited with code 1 after 4.2s on `bbbbbbbbbbbb`, on a fresh checkout of this branch');
    expect(body).toContain('The last lines of its output:\n\n```text\nFAIL\nAPI key *** rejected\n```');
    expect(body).not.toContain(secret);
  });

  it('has a passed line when verify passed, and the attempts with a fetch line for a best-of-N task', () => {
    const body = renderPullBody(input(bestOfTask()));
    expect(body).toContain('### ✅ Checks passed\n\n`npm ci && npm test` ✅ passed in 4.2s on `bbbbbbbbbbbb`');
    expect(body).toContain('### Attempts\n\nBest of 3: attempt 2 won');
    expect(body).toContain("`git fetch origin 'refs/fanout/attempts/run-v/pick/*:refs/fanout/attempts/run-v/pick/*'`");
    expect(body).not.toContain('Checks failed');
  });
});
