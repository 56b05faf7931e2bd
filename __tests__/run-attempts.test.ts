import { describe, expect, it } from 'vitest';
import type { BestOfAttempt } from '../src/core/model.js';
import {
  attemptEntry,
  attemptNotStarted,
  attemptTask,
  bestOfOutcome,
  candidateOf,
  combineBestOfFigures,
  concludeBestOf,
  rankAttempts,
  selectWinner,
  type AttemptCandidate,
} from '../src/run/attempts.js';
import type { TaskSpec } from '../src/tasks/types.js';
import { checkRun, taskRecord } from './support/factories.js';

function candidate(attempt: number, patch: Partial<AttemptCandidate> = {}): AttemptCandidate {
  return { attempt, hasResult: true, verified: null, score: null, filesChanged: 1, diffLines: 10, durationMs: 1000, ...patch };
}

const check = checkRun;

function entry(attempt: number, patch: Partial<BestOfAttempt> = {}): BestOfAttempt {
  return { ...attemptEntry(taskRecord('t', { startedAt: 0, finishedAt: 1 }), attempt, null, null), ...patch };
}

const task: TaskSpec = { id: 't', title: 't', file: 'prompts/t.md', prompt: 'do it', issues: [], dependsOn: [], env: [] };

describe('selectWinner', () => {
  const none = { verify: false, judge: false };

  it('prefers an attempt whose verify passed over any that did not', () => {
    const picked = selectWinner(
      [candidate(1, { verified: false, diffLines: 1, durationMs: 1 }), candidate(2, { verified: true, diffLines: 50 }), candidate(3, { verified: false })],
      { verify: true, judge: false },
    );
    expect(picked).toEqual({ winner: 2, decidedBy: 'verify', ranking: [2, 1, 3] });
  });

  it('ranks verified attempts by the judge score, highest first; no score ranks last', () => {
    const picked = selectWinner(
      [candidate(1, { verified: true, score: 3 }), candidate(2, { verified: true, score: null, diffLines: 1 }), candidate(3, { verified: true, score: 7.5, diffLines: 90 })],
      { verify: true, judge: true },
    );
    expect(picked).toEqual({ winner: 3, decidedBy: 'judge', ranking: [3, 1, 2] });
  });

  it('without a judge, the smallest diff wins, then the fastest, then the lowest number', () => {
    expect(selectWinner([candidate(1, { diffLines: 30 }), candidate(2, { diffLines: 3 }), candidate(3, { diffLines: 12 })], none)).toMatchObject({ winner: 2, decidedBy: 'diff' });
    expect(selectWinner([candidate(1, { durationMs: 900 }), candidate(2, { durationMs: 400 })], none)).toMatchObject({ winner: 2, decidedBy: 'time' });
    expect(selectWinner([candidate(2), candidate(1)], none)).toMatchObject({ winner: 1, decidedBy: 'order', ranking: [1, 2] });
  });

  it('an attempt that changed nothing ranks after every attempt that changed something, however small its diff', () => {
    const picked = selectWinner([candidate(1, { filesChanged: 0, diffLines: 0 }), candidate(2, { diffLines: 400 })], none);
    expect(picked).toMatchObject({ winner: 2, decidedBy: 'diff' });
  });

  it('leaves out attempts without a result; one left is the only; none gives no winner', () => {
    expect(selectWinner([candidate(1, { hasResult: false }), candidate(2)], none)).toEqual({ winner: 2, decidedBy: 'only', ranking: [2] });
    expect(selectWinner([candidate(1, { hasResult: false })], none)).toEqual({ winner: null, decidedBy: null, ranking: [] });
    expect(rankAttempts([], none)).toEqual([]);
  });

  it('reads candidates from attempt entries: results of succeeded and verify_failed attempts', () => {
    expect(candidateOf(entry(1, { status: 'verify_failed', verify: check(false), insertions: 3, deletions: 1, durationMs: 5 }))).toEqual({
      attempt: 1,
      hasResult: true,
      verified: false,
      score: null,
      filesChanged: 0,
      diffLines: 4,
      durationMs: 5,
    });
    expect(candidateOf(entry(2, { status: 'timed_out' })).hasResult).toBe(false);
    expect(candidateOf(entry(3, { judge: check(true, { score: 4 }) })).score).toBe(4);
  });
});

describe('bestOfOutcome', () => {
  it('succeeds with a winner, or ends verify_failed when no attempt passed verify', () => {
    const attempts = [entry(1, { verify: check(true) }), entry(2, { status: 'verify_failed', verify: check(false) })];
    expect(bestOfOutcome(attempts, 1, { verify: true, judge: false })).toEqual({ status: 'succeeded' });
    const failed = bestOfOutcome([entry(1, { status: 'verify_failed', verify: check(false) }), entry(2, { status: 'verify_failed', verify: check(false) })], 2, {
      verify: true,
      judge: false,
    });
    expect(failed.status).toBe('verify_failed');
    expect(failed.reason).toMatch(/no attempt of 2 passed verify; the branch has attempt 2's result \(verify exited with code 1/);
  });

  it('without any result: the common failure, else failed, naming each attempt', () => {
    const timedOut = bestOfOutcome([entry(1, { status: 'timed_out', reason: 'killed' }), entry(2, { status: 'timed_out', reason: 'killed' })], null, { verify: false, judge: false });
    expect(timedOut.status).toBe('timed_out');
    expect(timedOut.reason).toBe('no attempt of 2 had a result to take (#1 timed out: killed; #2 timed out: killed)');
    expect(bestOfOutcome([entry(1, { status: 'timed_out' }), entry(2, { status: 'oom' })], null, { verify: false, judge: false }).status).toBe('failed');
    expect(bestOfOutcome([entry(1, { status: 'cancelled' })], null, { verify: false, judge: false })).toEqual({ status: 'cancelled', reason: 'run cancelled' });
  });
});

describe('attemptTask', () => {
  it('applies the variants in turn, model and claude_args after the task own flags', () => {
    const spec: TaskSpec = { ...task, agent: 'claude', maxTurns: 40, variants: [{ model: 'opus' }, { model: 'sonnet', maxTurns: 10, claudeArgs: ['--effort', 'low'] }] };
    expect(attemptTask(spec, 1).task).toMatchObject({ agent: 'claude', maxTurns: 40, claudeArgs: ['--model', 'opus'] });
    expect(attemptTask(spec, 2)).toMatchObject({ task: { maxTurns: 10, claudeArgs: ['--effort', 'low', '--model', 'sonnet'] }, variant: { model: 'sonnet', maxTurns: 10 } });
    expect(attemptTask(spec, 3).variant).toEqual({ model: 'opus' });
    expect(attemptTask(task, 2)).toEqual({ task, variant: null });
  });
});

describe('combineBestOfFigures', () => {
  it('sums agent time and CPU seconds over the attempts, keeps the highest peaks and the whole span', () => {
    const figures = combineBestOfFigures([
      entry(1, { agentStartedAt: 1000, agentFinishedAt: 5000, durationMs: 4000, cpu: { seconds: 2, avgPercent: 50, peakPercent: 80 }, memory: { peakBytes: 10, limitBytes: 100 }, peakPids: 3 }),
      entry(2, { agentStartedAt: 1200, agentFinishedAt: 7200, durationMs: 6000, cpu: { seconds: 3, avgPercent: 50, peakPercent: 95 }, memory: { peakBytes: 30, limitBytes: 100 }, peakPids: 2 }),
      entry(3, { status: 'cancelled' }),
    ]);
    expect(figures).toEqual({
      agentStartedAt: 1000,
      agentFinishedAt: 7200,
      durationMs: 10_000,
      cpu: { seconds: 5, avgPercent: 50, peakPercent: 95 },
      memory: { peakBytes: 30, limitBytes: 100 },
      peakPids: 3,
    });
    expect(combineBestOfFigures([entry(1)])).toEqual({});
  });
});

describe('concludeBestOf', () => {
  it("marks the winner and gives the task its result, its verify and every attempt's figures", () => {
    const attempts = [
      entry(1, { status: 'verify_failed', verify: check(false), commit: 'a'.repeat(40), filesChanged: 1, insertions: 1, durationMs: 10, agentStartedAt: 0, agentFinishedAt: 10 }),
      entry(2, { verify: check(true), commit: 'b'.repeat(40), filesChanged: 2, insertions: 9, changedFiles: ['x', 'y'], durationMs: 20, agentStartedAt: 0, agentFinishedAt: 20, agent: { ok: true, costUsd: 1 } }),
      attemptNotStarted(task, 3, 'cancelled'),
    ];
    const { outcome, winner, fields } = concludeBestOf(attempts, { verify: true, judge: null });
    expect(outcome).toEqual({ status: 'succeeded' });
    expect(winner?.attempt).toBe(2);
    expect(attempts.map((a) => a.winner)).toEqual([false, true, false]);
    expect(fields).toMatchObject({ commit: 'b'.repeat(40), filesChanged: 2, insertions: 9, changedFiles: ['x', 'y'], verify: { passed: true }, durationMs: 30, agent: { costUsd: 1 } });
    expect(fields.bestOf).toMatchObject({ count: 3, winner: 2, decidedBy: 'verify', judge: null });
    expect(fields.bestOf!.attempts[2]).toMatchObject({ status: 'cancelled', reason: 'never started: run cancelled', ref: null });
  });

  it('without a result leaves the task without a commit', () => {
    const { outcome, winner, fields } = concludeBestOf([entry(1, { status: 'failed', reason: 'boom' })], { verify: false, judge: null });
    expect(winner).toBeNull();
    expect(outcome.status).toBe('failed');
    expect(fields).toMatchObject({ commit: null, filesChanged: 0, bestOf: { winner: null, decidedBy: null } });
  });
});
