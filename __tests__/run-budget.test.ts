/** The per-task cost ceiling (src/run/budget.ts): when it stops an agent, and what the task's outcome says. */
import { describe, expect, it } from 'vitest';
import type { AgentProgress } from '../src/agents/types.js';
import { BudgetExceeded, CostBudget, budgetOverReason, budgetStopReason, judgeBudget } from '../src/run/budget.js';

function progress(costUsd: number | null, final = false): AgentProgress {
  return { turns: 3, toolCalls: 2, tool: null, tokens: { input: 1, output: 1, cacheRead: 0, cacheCreation: 0 }, costUsd, final, retry: null, model: 'claude-opus-5-5' };
}

describe('CostBudget.check', () => {
  it('stops the agent once, when the running cost passes the ceiling (not when it reaches it)', () => {
    const budget = new CostBudget(0.5);
    expect(budget.check(progress(0.1))).toBe(false);
    expect(budget.check(progress(0.5))).toBe(false);
    expect(budget.signal.aborted).toBe(false);
    expect(budget.check(progress(0.51))).toBe(true);
    expect(budget.signal.aborted).toBe(true);
    expect(budget.signal.reason).toBeInstanceOf(BudgetExceeded);
    expect((budget.signal.reason as BudgetExceeded).costUsd).toBe(0.51);
    expect(budget.stoppedAtUsd).toBe(0.51);
    // Later reports change nothing: it stopped at the first figure over the ceiling.
    expect(budget.check(progress(0.9))).toBe(false);
    expect(budget.stoppedAtUsd).toBe(0.51);
  });

  it('adds what earlier attempts spent', () => {
    const budget = new CostBudget(0.5, 0.45);
    expect(budget.check(progress(0.06))).toBe(true);
    expect(budget.stoppedAtUsd).toBeCloseTo(0.51, 10);
  });

  it('cannot judge without an estimate (unknown model), and leaves a final report alone', () => {
    const budget = new CostBudget(0.01);
    expect(budget.check(progress(null))).toBe(false);
    // The result message arrived: the agent is exiting by itself with the figure judgeBudget checks.
    expect(budget.check(progress(5, true))).toBe(false);
    expect(budget.signal.aborted).toBe(false);
  });
});

describe('judgeBudget', () => {
  const attempt = { reportedCostUsd: undefined, streaming: true, cancelled: false };

  it('a stopped agent fails the task with the stop reason, whatever the executor called it', () => {
    const budget = new CostBudget(0.5);
    budget.check(progress(0.523));
    expect(judgeBudget({ status: 'cancelled', reason: 'run cancelled' }, budget, attempt)).toEqual({
      outcome: { status: 'failed', reason: 'stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)' },
      spentUsd: 0.523,
      estimated: true,
      exceeded: true,
      stoppedEarly: true,
    });
  });

  it('an agent that exited by itself before the kill landed is judged by its own figure', () => {
    const budget = new CostBudget(0.5);
    budget.check(progress(0.6));
    const verdict = judgeBudget({ status: 'succeeded' }, budget, { reportedCostUsd: 0.62, streaming: true, cancelled: false, exitedByItself: true });
    expect(verdict).toMatchObject({ spentUsd: 0.62, estimated: false, exceeded: true, stoppedEarly: false });
    expect(verdict.outcome.reason).toMatch(/^cost \$0\.62: over its budget of \$0\.50/);
  });

  it('a run cancelled meanwhile stays cancelled', () => {
    const budget = new CostBudget(0.5);
    budget.check(progress(0.6));
    expect(judgeBudget({ status: 'cancelled', reason: 'run cancelled' }, budget, { ...attempt, cancelled: true }).outcome).toEqual({ status: 'cancelled', reason: 'run cancelled' });
  });

  it('json mode: a success over the ceiling fails at the end, saying it was not stopped early', () => {
    const verdict = judgeBudget({ status: 'succeeded' }, new CostBudget(0.5), { reportedCostUsd: 0.8, streaming: false, cancelled: false });
    expect(verdict).toEqual({
      outcome: {
        status: 'failed',
        reason: 'cost $0.80: over its budget of $0.50 (max-cost-usd); not stopped early: in --claude-output json the cost is known only at the end (stream mode stops a task as it passes its budget)',
      },
      spentUsd: 0.8,
      estimated: false,
      exceeded: true,
      stoppedEarly: false,
    });
  });

  it('stream mode: a final figure over a ceiling the estimate never passed says so', () => {
    const verdict = judgeBudget({ status: 'succeeded' }, new CostBudget(0.5, 0.1), { reportedCostUsd: 0.45, streaming: true, cancelled: false });
    expect(verdict.outcome.reason).toBe(
      'cost $0.55: over its budget of $0.50 (max-cost-usd), counting $0.10 of earlier attempts; the agent finished before its running cost stopped it',
    );
  });

  it('under the ceiling nothing changes; a failure over it keeps its own reason first', () => {
    expect(judgeBudget({ status: 'succeeded' }, new CostBudget(0.5), { ...attempt, reportedCostUsd: 0.5 })).toEqual({
      outcome: { status: 'succeeded' },
      spentUsd: 0.5,
      estimated: false,
      exceeded: false,
      stoppedEarly: false,
    });
    const verdict = judgeBudget({ status: 'failed', reason: 'claude stopped at its turn limit' }, new CostBudget(0.5), { ...attempt, reportedCostUsd: 0.7 });
    expect(verdict.outcome.status).toBe('failed');
    expect(verdict.outcome.reason).toMatch(/^claude stopped at its turn limit; also cost \$0\.70: over its budget of \$0\.50/);
    // A timeout reported no cost: nothing to judge.
    expect(judgeBudget({ status: 'timed_out', reason: 'timeout' }, new CostBudget(0.5), attempt)).toMatchObject({ outcome: { status: 'timed_out' }, spentUsd: null, exceeded: false });
  });

  it('reasons name the figures the way the reports print costs', () => {
    expect(budgetStopReason(0.004, 0.001)).toBe('stopped at ≈$0.0040: over its budget of $0.0010 (max-cost-usd)');
    expect(budgetOverReason(12.5, 10, 0, false)).toMatch(/^cost \$12\.50: over its budget of \$10\.00 \(max-cost-usd\); not stopped early/);
  });
});
