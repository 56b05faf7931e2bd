/**
 * Checks on a task's result: `verify` (does the result pass?) and, for best-of-N attempts, `judge`
 * (how good is it?). Each runs where the agent ran, never on the host: a container from the task's
 * image, as the agent's user, with the task's limits, network and what is left of its timeout (in
 * subprocess mode a plain subprocess, as unsandboxed as the agent was), in a fresh checkout of the
 * collected result commit, so that what is checked is exactly what would be pushed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CheckRun } from '../core/model.js';
import { formatDuration } from '../core/units.js';
import type { ExecResult, ExecSpec, Executor, Sandbox } from '../exec/types.js';
import { cleanOutputLines, tail } from '../report/format.js';

export type CheckKind = 'verify' | 'judge';

/** Lines and characters of a check's output kept in the record (and shown in reports and PR bodies). */
export const CHECK_TAIL_LINES = 40;
export const CHECK_TAIL_CHARS = 4000;
/** The least time a check is given, even when the agent used (almost) all of the task's timeout. */
export const MIN_CHECK_TIMEOUT_MS = 10_000;

/** A check: what to run and where, and the sandbox it runs in (the task's, as its agent had it). */
export interface CheckOptions extends Pick<ExecSpec, 'runId' | 'taskId' | 'env' | 'timeoutMs' | 'signal' | 'onOutput'> {
  /** The task's sandbox, as its agent had it. */
  sandbox: Sandbox;
  kind: CheckKind;
  command: string;
  /** The commit checked out in `dir`. */
  commit: string;
  /** The attempt of a best-of-N task, for labels; absent otherwise. */
  attempt?: number;
  /** The fresh checkout of `commit` (read-write: checks build and write caches). */
  dir: string;
  /** The main repository's object directories, mounted read-only (the checkout's alternates). */
  objectDirs: string[];
  /** Where the check's output files go (the task's own directory on the host). */
  logDir: string;
  /** Masks secrets in the output tail kept in the record. */
  redact: (text: string) => string;
}

/** The time a check gets: what the task's timeout leaves after its agent time, at least {@link MIN_CHECK_TIMEOUT_MS}. */
export function checkTimeoutMs(taskTimeoutMs: number, agentMs: number | null): number {
  return Math.max(MIN_CHECK_TIMEOUT_MS, taskTimeoutMs - Math.max(0, agentMs ?? 0));
}

/** The number a judge printed: its last non-empty line of output, when that is a number; else null. */
export function parseScore(stdout: string): number | null {
  const last = stdout.trim().split('\n').at(-1)?.trim() ?? '';
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(last)) return null;
  const n = Number(last);
  return Number.isFinite(n) ? n : null;
}

/** Runs one check and says how it went; throws only when its output files cannot be written. */
export async function runCheck(executor: Executor, o: CheckOptions): Promise<CheckRun> {
  await fs.mkdir(o.logDir, { recursive: true });
  const logFile = path.join(o.logDir, `${o.kind}.log`);
  const stdoutFile = path.join(o.logDir, `${o.kind}.out`);
  const { kind, command, commit, attempt, dir, objectDirs, sandbox, logDir: _logDir, redact: _redact, ...common } = o;
  const exec = await executor.run({
    ...common,
    argv: ['sh', '-c', command],
    workdir: dir,
    logFile,
    stdoutFile,
    container: {
      ...sandbox,
      mounts: [{ path: dir }, ...objectDirs.map((d) => ({ path: d, readOnly: true }))],
      labels: { 'dev.agent-fanout.step': kind, ...(attempt !== undefined ? { 'dev.agent-fanout.attempt': String(attempt) } : {}) },
    },
    sampleResources: false,
  });
  const output = await readEnd(logFile, 64 * 1024);
  const shown = tail(o.redact(cleanOutputLines(output)), CHECK_TAIL_LINES, CHECK_TAIL_CHARS);
  const passed = exec.outcome === 'exited' && exec.exitCode === 0;
  const run: CheckRun = {
    command,
    commit,
    passed,
    outcome: exec.outcome,
    exitCode: exec.exitCode,
    startedAt: exec.startedAt,
    finishedAt: exec.finishedAt,
    durationMs: Math.max(0, exec.finishedAt - exec.startedAt),
    timeoutMs: o.timeoutMs,
    outputTail: shown.text,
    logFile,
  };
  if (!passed) run.reason = checkFailure(o.kind, exec, o.timeoutMs);
  if (o.kind === 'judge') {
    run.score = passed ? parseScore(await readEnd(stdoutFile, 4096)) : null;
    if (passed && run.score === null) run.reason = 'judge printed no score (its last line of output is not a number)';
  }
  return run;
}

/** One line: how a check that did not pass ended. */
function checkFailure(kind: CheckKind, exec: ExecResult, timeoutMs: number): string {
  const after = formatDuration(Math.max(0, exec.finishedAt - exec.startedAt));
  switch (exec.outcome) {
    case 'exited':
      return `${kind} exited with code ${exec.exitCode} after ${after}`;
    case 'timed_out':
      return `${kind} was killed at its time limit of ${formatDuration(timeoutMs)} (what the task's timeout left after the agent)`;
    case 'oom':
      return `${kind} was killed for exceeding the task's memory limit`;
    case 'cancelled':
      return `${kind} was cancelled with the run`;
    case 'error':
      return `${kind} could not run: ${exec.error}`;
  }
}

/** The last `max` bytes of a file the host wrote ('' when it is missing). */
async function readEnd(file: string, max: number): Promise<string> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, max);
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, size - length);
    // A cut in the middle of a UTF-8 sequence shows as one replacement character: harmless.
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
