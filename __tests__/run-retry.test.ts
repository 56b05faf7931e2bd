/** The retry policy and the attempts' record keeping (src/run/retry.ts), without git or an executor. */
import { describe, expect, it } from 'vitest';
import type { AgentProgress, AgentReport } from '../src/agents/types.js';
import type { ExecResult } from '../src/exec/types.js';
import { taskCostUsd } from '../src/report/metrics.js';
import { TaskAttempts, combineAttemptFigures, isTransientFailure, retryDecision } from '../src/run/retry.js';
import { taskRecord } from './support/factories.js';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function exec(patch: Partial<ExecResult> = {}): ExecResult {
  return {
    outcome: 'exited',
    exitCode: 1,
    startedAt: 1_000_000,
    finishedAt: 1_010_000,
    cpu: { seconds: 2, avgPercent: 20, peakPercent: 60 },
    memory: { peakBytes: 100, limitBytes: 1000 },
    peakPids: 4,
    stall: null,
    phases: {},
    ...patch,
  };
}

const overloaded: AgentReport = { ok: false, error: 'claude reported an error (api_error, HTTP 529) after 1 turn', transient: true, costUsd: 0 };
const unauthorized: AgentReport = { ok: false, error: 'claude reported an error (api_error, HTTP 401) after 1 turn', costUsd: 0 };
const success: AgentReport = { ok: true, costUsd: 0.25, turns: 2 };
const failed = (report: AgentReport) => ({ status: 'failed' as const, reason: report.error });

function progress(costUsd: number | null, final = false): AgentProgress {
  return { turns: 1, toolCalls: 1, tool: null, tokens: { input: 0, output: 0, cacheRead: 0, cacheCreation: 0 }, costUsd, final, retry: null, model: 'claude-opus-5-5' };
}

describe('retryDecision', () => {
  const base = { attempt: 1, retries: 2, transient: true, cancelled: false, budgetReached: false };

  it('retries a transient failure while retries are left, saying which attempt of how many', () => {
    expect(retryDecision(base)).toEqual({ retry: true, note: 'attempt 1 of at most 3 failed for a transient reason; running it again on a fresh working tree' });
    expect(retryDecision({ ...base, attempt: 2 }).retry).toBe(true);
  });

  it('stops when the retries are used, and says so', () => {
    expect(retryDecision({ ...base, attempt: 3 })).toEqual({ retry: false, note: 'not retried: 2 retries used (retries: 2)' });
    expect(retryDecision({ ...base, retries: 1, attempt: 2 })).toEqual({ retry: false, note: 'not retried: 1 retry used (retries: 1)' });
  });

  it('never retries a permanent failure, a cancelled run, or a task without retries; a spent budget is said', () => {
    expect(retryDecision({ ...base, transient: false })).toEqual({ retry: false, note: null });
    expect(retryDecision({ ...base, cancelled: true })).toEqual({ retry: false, note: null });
    expect(retryDecision({ ...base, retries: 0 })).toEqual({ retry: false, note: null });
    expect(retryDecision({ ...base, budgetReached: true })).toEqual({ retry: false, note: 'not retried: the task has spent its budget (max-cost-usd)' });
  });
});

describe('isTransientFailure', () => {
  it('needs a failed attempt whose agent exited by itself and whose adapter called it transient', () => {
    expect(isTransientFailure(failed(overloaded), exec(), overloaded)).toBe(true);
    expect(isTransientFailure(failed(unauthorized), exec(), unauthorized)).toBe(false);
    // A timeout, OOM or cancellation has no report and is never retried, whatever came before.
    expect(isTransientFailure({ status: 'timed_out' }, exec({ outcome: 'timed_out' }), null)).toBe(false);
    expect(isTransientFailure({ status: 'failed' }, exec({ outcome: 'error' }), null)).toBe(false);
    // A budget verdict turned it into another failure: still the adapter's word that counts, but only for `failed`.
    expect(isTransientFailure({ status: 'succeeded' }, exec({ exitCode: 0 }), { transient: true })).toBe(false);
  });
});

describe('combineAttemptFigures', () => {
  it('returns one attempt as measured', () => {
    const one = exec({ cpu: { seconds: 1.5, avgPercent: 17.3, peakPercent: null } });
    expect(combineAttemptFigures([one])).toEqual({
      agentStartedAt: one.startedAt,
      agentFinishedAt: one.finishedAt,
      durationMs: 10_000,
      cpu: one.cpu,
      memory: one.memory,
      peakPids: 4,
    });
  });

  it('sums agent time and CPU seconds, keeps the peaks, and spans first start to last end', () => {
    const first = exec({ startedAt: 0, finishedAt: 4000, cpu: { seconds: 1, avgPercent: 25, peakPercent: 90 }, memory: { peakBytes: 500, limitBytes: 1000 }, peakPids: 9 });
    const second = exec({ startedAt: 6000, finishedAt: 12_000, cpu: { seconds: 3, avgPercent: 50, peakPercent: 70 }, memory: { peakBytes: 300, limitBytes: 1000 }, peakPids: null });
    expect(combineAttemptFigures([first, second])).toEqual({
      agentStartedAt: 0,
      agentFinishedAt: 12_000,
      durationMs: 10_000,
      // 4 CPU seconds over 10 s of agent time.
      cpu: { seconds: 4, avgPercent: 40, peakPercent: 90 },
      memory: { peakBytes: 500, limitBytes: 1000 },
      peakPids: 9,
    });
  });

  it('keeps unmeasured figures unmeasured', () => {
    const never = exec({ outcome: 'error', startedAt: 5, finishedAt: 5, cpu: null, memory: { peakBytes: null, limitBytes: null }, peakPids: null });
    expect(combineAttemptFigures([never, never])).toMatchObject({ durationMs: 0, cpu: null, memory: { peakBytes: null, limitBytes: null }, peakPids: null });
    expect(() => combineAttemptFigures([])).toThrow(RangeError);
  });
});

describe('TaskAttempts', () => {
  it('records a transient failure, then the success of the retry; figures and cost over both', () => {
    const clock = manualClock();
    const attempts = new TaskAttempts({ retries: 2, clock: clock.now });
    expect(attempts.begin()).toEqual({ attempt: 1, budget: undefined });
    clock.advance(12_000);
    const first = attempts.end({
      outcome: failed({ ...overloaded, costUsd: 0.05 }),
      exec: exec({ startedAt: 1_001_000, finishedAt: 1_011_000 }),
      report: { ...overloaded, costUsd: 0.05 },
      streamed: false,
      cancelled: false,
    });
    expect(first.retry).toBe(true);
    expect(first.warnings).toEqual([expect.stringMatching(/^attempt 1 of at most 3 failed for a transient reason; .*\(claude reported an error \(api_error, HTTP 529\)/)]);
    attempts.keptLog('/run/tasks/t/output.attempt-1.log');

    expect(attempts.begin().attempt).toBe(2);
    expect(attempts.attempts.map((a) => a.status)).toEqual(['failed', 'running']);
    clock.advance(30_000);
    const second = attempts.end({
      outcome: { status: 'succeeded' },
      exec: exec({ exitCode: 0, startedAt: 1_014_000, finishedAt: 1_034_000 }),
      report: success,
      streamed: false,
      cancelled: false,
    });
    expect(second).toMatchObject({ retry: false, outcome: { status: 'succeeded' }, warnings: [] });
    expect(second.record.attempts).toEqual([
      {
        attempt: 1,
        startedAt: 1_000_000,
        finishedAt: 1_012_000,
        status: 'failed',
        reason: overloaded.error,
        durationMs: 10_000,
        costUsd: 0.05,
        transient: true,
        logFile: '/run/tasks/t/output.attempt-1.log',
      },
      { attempt: 2, startedAt: 1_012_000, finishedAt: 1_042_000, status: 'succeeded', durationMs: 20_000, costUsd: 0.25 },
    ]);
    expect(second.record).toMatchObject({ agentStartedAt: 1_001_000, agentFinishedAt: 1_034_000, durationMs: 30_000 });
    expect(second.record.budget).toBeUndefined();
    // The task's cost is both attempts' (the last attempt's own figure stays in `agent`).
    expect(taskCostUsd(taskRecord('t', { agent: success, attempts: second.record.attempts }))).toBeCloseTo(0.3, 10);
  });

  it('does not retry a permanent failure however many retries are left', () => {
    const attempts = new TaskAttempts({ retries: 5, clock: manualClock().now });
    attempts.begin();
    const step = attempts.end({ outcome: failed(unauthorized), exec: exec(), report: unauthorized, streamed: false, cancelled: false });
    expect(step).toMatchObject({ retry: false, outcome: failed(unauthorized), warnings: [] });
    expect(step.record.attempts).toHaveLength(1);
    expect(step.record.attempts![0]).not.toHaveProperty('transient');
  });

  it('gives up after the last retry, with a note', () => {
    const attempts = new TaskAttempts({ retries: 1, clock: manualClock().now });
    const run = () => {
      attempts.begin();
      return attempts.end({ outcome: failed(overloaded), exec: exec(), report: overloaded, streamed: false, cancelled: false });
    };
    expect(run().retry).toBe(true);
    const last = run();
    expect(last.retry).toBe(false);
    expect(last.warnings).toEqual([`not retried: 1 retry used (retries: 1) (${overloaded.error})`]);
    expect(last.record.attempts!.map((a) => [a.attempt, a.status, a.transient])).toEqual([
      [1, 'failed', true],
      [2, 'failed', true],
    ]);
  });

  it('a budget stop fails the attempt with the stop reason, records the estimate, and is never retried', () => {
    const attempts = new TaskAttempts({ retries: 3, maxCostUsd: 0.5, clock: manualClock().now });
    const { budget } = attempts.begin();
    expect(budget?.check(progress(0.2))).toBe(false);
    expect(budget?.check(progress(0.52))).toBe(true);
    expect(budget?.signal.aborted).toBe(true);
    const step = attempts.end({ outcome: { status: 'cancelled', reason: 'run cancelled' }, exec: exec({ outcome: 'cancelled', exitCode: 137 }), report: null, streamed: true, cancelled: false });
    expect(step).toMatchObject({ retry: false, outcome: { status: 'failed', reason: 'stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)' } });
    expect(step.warnings).toEqual(['stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd); its agent was stopped']);
    expect(step.record.budget).toEqual({ maxCostUsd: 0.5, spentUsd: 0.52, exceeded: true, stoppedEarly: true });
    expect(step.record.attempts![0]).toMatchObject({ status: 'failed', costUsd: 0.52, costEstimated: true });
    // An estimate is not a reported cost: the task's reported cost is unknown.
    expect(taskCostUsd(taskRecord('t', { agent: null, attempts: step.record.attempts }))).toBeUndefined();
  });

  it('counts earlier attempts against the budget, and does not retry once it is spent', () => {
    const attempts = new TaskAttempts({ retries: 3, maxCostUsd: 0.1, clock: manualClock().now });
    attempts.begin();
    const costly = { ...overloaded, costUsd: 0.12 };
    const step = attempts.end({ outcome: failed(costly), exec: exec(), report: costly, streamed: false, cancelled: false });
    expect(step.retry).toBe(false);
    expect(step.outcome.reason).toBe(`${overloaded.error}; also cost $0.12: over its budget of $0.10 (max-cost-usd); not stopped early: in --claude-output json the cost is known only at the end (stream mode stops a task as it passes its budget)`);
    expect(step.warnings).toEqual([expect.stringMatching(/^not retried: the task has spent its budget \(max-cost-usd\)/)]);

    const second = new TaskAttempts({ retries: 3, maxCostUsd: 1, clock: manualClock().now });
    second.begin();
    second.end({ outcome: failed(costly), exec: exec(), report: costly, streamed: true, cancelled: false });
    expect(second.begin().budget?.spentBeforeUsd).toBe(0.12);
  });

  it('a phase that throws mid-attempt ends the attempt with the task', () => {
    const attempts = new TaskAttempts({ retries: 1, clock: manualClock().now });
    attempts.begin();
    const fields = attempts.abandon('worktree: fatal: could not lock', false);
    expect(fields.attempts).toEqual([expect.objectContaining({ attempt: 1, status: 'failed', reason: 'worktree: fatal: could not lock', durationMs: null })]);
    expect(fields).not.toHaveProperty('durationMs');
    // Abandoning after an attempt ended (the next one never began) changes nothing.
    const done = new TaskAttempts({ retries: 1, clock: manualClock().now });
    done.begin();
    done.end({ outcome: failed(overloaded), exec: exec(), report: overloaded, streamed: false, cancelled: false });
    expect(done.abandon('could not remove the worktree', false).attempts!.map((a) => a.status)).toEqual(['failed']);
  });
});

describe('taskCostUsd', () => {
  it("is the agent's figure for results without attempts, and undefined when nothing reported one", () => {
    expect(taskCostUsd(taskRecord('t', { agent: { ok: true, costUsd: 0.4 } }))).toBe(0.4);
    expect(taskCostUsd(taskRecord('t', { agent: { ok: true } }))).toBeUndefined();
    expect(taskCostUsd(taskRecord('t', { agent: null }))).toBeUndefined();
  });
});
