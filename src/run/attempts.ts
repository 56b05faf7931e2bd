/**
 * Best-of-N attempts (`attempts`, `variants:`): what each attempt runs, which one wins, and what the
 * task's record says once they all ended. Pure: the task runner runs the attempts (each its own task
 * repository and sandbox) and hands their records here; nothing here touches git, Docker or the clock.
 *
 * The winner, among attempts whose agent succeeded and whose result was taken:
 * 1. its `verify` passed (when the task has one);
 * 2. it changed something (an attempt that left the tree as it was ranks after every one that did);
 * 3. the highest `judge` score (when the task has a judge; an attempt that printed no score ranks last);
 * 4. the smallest diff (insertions + deletions);
 * 5. the shortest agent time;
 * 6. the lowest attempt number.
 */
import type { BestOf, BestOfAttempt, TaskRecord, TaskStatus, TaskVariant } from '../core/model.js';
import { taskCostUsd } from '../report/metrics.js';
import type { TaskSpec } from '../tasks/types.js';
import { queuedTaskRecord } from '../core/model.js';
import { combineAttemptFigures, type AttemptOutcome } from './retry.js';

/** The task as attempt `attempt` (1-based) runs it: its variant's overrides applied. */
export function attemptTask(task: TaskSpec, attempt: number): { task: TaskSpec; variant: TaskVariant | null } {
  const variants = task.variants ?? [];
  if (variants.length === 0) return { task, variant: null };
  const variant = variants[(attempt - 1) % variants.length];
  const claudeArgs = [...(task.claudeArgs ?? []), ...(variant.claudeArgs ?? []), ...(variant.model ? ['--model', variant.model] : [])];
  return {
    task: {
      ...task,
      ...(variant.agent ? { agent: variant.agent } : {}),
      ...(variant.maxTurns !== undefined ? { maxTurns: variant.maxTurns } : {}),
      ...(claudeArgs.length ? { claudeArgs } : {}),
    },
    variant: { ...variant },
  };
}

/** What the ranking looks at of one attempt. */
export interface AttemptCandidate {
  attempt: number;
  /** The agent succeeded and its result was taken (a commit on the attempt's ref, or no change at all). */
  hasResult: boolean;
  /** Whether its verify passed; null when the task has no verify (or it never ran). */
  verified: boolean | null;
  /** The judge's score; null without a judge, or when it printed none. */
  score: number | null;
  /** Files it changed: 0 means it left the tree as it was. */
  filesChanged: number;
  /** Insertions plus deletions. */
  diffLines: number;
  /** Agent time (over its retries). */
  durationMs: number;
}

export interface RankOptions {
  /** The task has a verify command. */
  verify: boolean;
  /** The task has a judge command. */
  judge: boolean;
}

type Criterion = { name: Exclude<BestOf['decidedBy'], 'only' | null>; compare: (a: AttemptCandidate, b: AttemptCandidate) => number };

/** The ranking's criteria in order, for a task with or without verify and judge. */
function criteria(options: RankOptions): Criterion[] {
  const list: Criterion[] = [];
  if (options.verify) list.push({ name: 'verify', compare: (a, b) => Number(b.verified === true) - Number(a.verified === true) });
  list.push({ name: 'diff', compare: (a, b) => Number(b.filesChanged > 0) - Number(a.filesChanged > 0) });
  if (options.judge) {
    list.push({
      name: 'judge',
      compare: (a, b) => {
        if (a.score === null || b.score === null) return Number(a.score === null) - Number(b.score === null);
        return b.score - a.score;
      },
    });
  }
  list.push({ name: 'diff', compare: (a, b) => a.diffLines - b.diffLines });
  list.push({ name: 'time', compare: (a, b) => a.durationMs - b.durationMs });
  list.push({ name: 'order', compare: (a, b) => a.attempt - b.attempt });
  return list;
}

/** The attempts with a result, best first (see the module comment); attempts without one are left out. */
export function rankAttempts(candidates: readonly AttemptCandidate[], options: RankOptions): AttemptCandidate[] {
  const list = criteria(options);
  return candidates
    .filter((c) => c.hasResult)
    .sort((a, b) => {
      for (const c of list) {
        const d = c.compare(a, b);
        if (d !== 0) return d;
      }
      return 0;
    });
}

export interface Selection {
  /** The best attempt's number; null when no attempt has a result. */
  winner: number | null;
  decidedBy: BestOf['decidedBy'];
  /** Attempt numbers with a result, best first. */
  ranking: number[];
}

/** The winner and what set it apart from the runner-up (the first criterion on which they differ). */
export function selectWinner(candidates: readonly AttemptCandidate[], options: RankOptions): Selection {
  const ranked = rankAttempts(candidates, options);
  const ranking = ranked.map((c) => c.attempt);
  if (ranked.length === 0) return { winner: null, decidedBy: null, ranking };
  if (ranked.length === 1) return { winner: ranked[0].attempt, decidedBy: 'only', ranking };
  const [best, next] = ranked;
  const decisive = criteria(options).find((c) => c.compare(best, next) !== 0);
  return { winner: best.attempt, decidedBy: decisive?.name ?? 'order', ranking };
}

/** An attempt's record as the ranking sees it. */
export function candidateOf(attempt: BestOfAttempt): AttemptCandidate {
  return {
    attempt: attempt.attempt,
    hasResult: attempt.status === 'succeeded' || attempt.status === 'verify_failed',
    verified: attempt.verify ? attempt.verify.passed : null,
    score: attempt.judge?.score ?? null,
    filesChanged: attempt.filesChanged,
    diffLines: attempt.insertions + attempt.deletions,
    durationMs: attempt.durationMs ?? 0,
  };
}

/** The fields of an attempt's own record (a TaskRecord of its own while it runs) that the task keeps. */
export function attemptEntry(record: TaskRecord, attempt: number, variant: TaskVariant | null, ref: string | null): BestOfAttempt {
  return {
    attempt,
    variant,
    ref,
    status: record.status,
    reason: record.reason,
    exitCode: record.exitCode,
    commit: record.commit,
    filesChanged: record.filesChanged,
    insertions: record.insertions,
    deletions: record.deletions,
    changedFiles: record.changedFiles,
    startedAt: record.startedAt,
    agentStartedAt: record.agentStartedAt,
    agentFinishedAt: record.agentFinishedAt,
    finishedAt: record.finishedAt,
    durationMs: record.durationMs,
    cpu: record.cpu,
    memory: record.memory,
    peakPids: record.peakPids,
    agent: record.agent,
    logFile: record.logFile,
    costUsd: taskCostUsd(record) ?? null,
    winner: false,
    ...(record.attempts ? { attempts: record.attempts } : {}),
    ...(record.verify ? { verify: record.verify } : {}),
    ...(record.rejectedRef ? { rejectedRef: record.rejectedRef } : {}),
  };
}

/** The task's outcome once every attempt ended, given the winner (see {@link selectWinner}). */
export function bestOfOutcome(attempts: readonly BestOfAttempt[], winner: number | null, options: RankOptions): { status: TaskStatus; reason?: string } {
  const ran = attempts.filter((a) => a.status !== 'queued' && a.status !== 'running');
  if (winner === null) {
    if (ran.length > 0 && ran.every((a) => a.status === 'cancelled')) return { status: 'cancelled', reason: 'run cancelled' };
    // The same failure everywhere (all timed out, say) is that failure; a mix is `failed`.
    const statuses = new Set(ran.map((a) => a.status));
    const status = statuses.size === 1 ? [...statuses][0] : 'failed';
    const reasons = ran.map((a) => `#${a.attempt} ${a.status.replace(/_/g, ' ')}${a.reason ? `: ${a.reason}` : ''}`);
    return { status: status === 'succeeded' ? 'failed' : status, reason: `no attempt of ${attempts.length} had a result to take (${reasons.join('; ')})` };
  }
  const best = attempts.find((a) => a.attempt === winner)!;
  if (options.verify && best.verify?.passed !== true) {
    return {
      status: 'verify_failed',
      reason: `no attempt of ${attempts.length} passed verify; the branch has attempt ${winner}'s result (${best.verify?.reason ?? 'verify did not pass'})`,
    };
  }
  return { status: 'succeeded' };
}

/**
 * The task record's figures over all its attempts: agent time, CPU seconds and cost summed (every
 * attempt occupied a slot, and a run without parallelism would have run them all), peaks the
 * highest, the agent span from the first start to the last end.
 */
export function combineBestOfFigures(attempts: readonly BestOfAttempt[]): Partial<TaskRecord> {
  const ran = attempts.filter((a) => a.agentStartedAt !== null && a.agentFinishedAt !== null);
  if (ran.length === 0) return {};
  const combined = combineAttemptFigures(
    ran.map((a) => ({ startedAt: a.agentStartedAt!, finishedAt: a.agentFinishedAt!, cpu: a.cpu, memory: a.memory ?? { peakBytes: null, limitBytes: null }, peakPids: a.peakPids })),
  );
  // combineAttemptFigures sums spans; an attempt that was retried spent less agent time than its span.
  const durationMs = ran.reduce((sum, a) => sum + (a.durationMs ?? 0), 0);
  const cpu = combined.cpu && durationMs > 0 ? { ...combined.cpu, avgPercent: (combined.cpu.seconds * 1000 * 100) / durationMs } : combined.cpu;
  return {
    ...combined,
    agentStartedAt: Math.min(...ran.map((a) => a.agentStartedAt!)),
    agentFinishedAt: Math.max(...ran.map((a) => a.agentFinishedAt!)),
    durationMs,
    cpu,
  };
}

/** The entry of an attempt that has not started: `queued`, or `cancelled` when it never will. */
export function attemptNotStarted(task: TaskSpec, attempt: number, status: 'queued' | 'cancelled'): BestOfAttempt {
  const record = { ...queuedTaskRecord(task, null, 0), status, ...(status === 'cancelled' ? { reason: 'never started: run cancelled' } : {}) };
  return attemptEntry(record, attempt, attemptTask(task, attempt).variant, null);
}

/** A best-of-N task's record while its attempts run: their figures so far, no winner yet. */
export function bestOfSoFar(attempts: BestOfAttempt[], judge: string | null): Partial<TaskRecord> {
  return { ...combineBestOfFigures(attempts), bestOf: { count: attempts.length, winner: null, decidedBy: null, judge, attempts } };
}

/** What a best-of-N task comes to once every attempt ended. */
export interface BestOfConclusion {
  outcome: AttemptOutcome;
  /** The attempt whose result becomes the task's (marked `winner`); null when none had a result. */
  winner: BestOfAttempt | null;
  /**
   * The task record's fields: the winner's result (commit, files, agent report, log, verify), the
   * figures over all attempts, and `bestOf`. The commit is the winner's: the caller moves the task
   * branch to it, and takes it back ({@link withoutResult}) when that fails.
   */
  fields: Partial<TaskRecord>;
}

/** Picks the winner of a best-of-N task's attempts and says what the task's record becomes. */
export function concludeBestOf(attempts: BestOfAttempt[], options: { verify: boolean; judge: string | null }): BestOfConclusion {
  const rank = { verify: options.verify, judge: options.judge !== null };
  const selection = selectWinner(attempts.map(candidateOf), rank);
  const outcome = bestOfOutcome(attempts, selection.winner, rank);
  const winner = attempts.find((a) => a.attempt === selection.winner) ?? null;
  const fields: Partial<TaskRecord> = { ...combineBestOfFigures(attempts), ...withoutResult() };
  if (winner) {
    winner.winner = true;
    Object.assign(fields, {
      exitCode: winner.exitCode,
      agent: winner.agent,
      logFile: winner.logFile,
      commit: winner.commit,
      filesChanged: winner.filesChanged,
      insertions: winner.insertions,
      deletions: winner.deletions,
      changedFiles: winner.changedFiles,
      ...(winner.verify ? { verify: winner.verify } : {}),
    });
  }
  fields.bestOf = { count: attempts.length, winner: selection.winner, decidedBy: selection.decidedBy, judge: options.judge, attempts };
  return { outcome, winner, fields };
}

/** A task record's result fields when no result is on its branch. */
export function withoutResult(): Pick<TaskRecord, 'commit' | 'filesChanged' | 'insertions' | 'deletions' | 'changedFiles'> {
  return { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
}
