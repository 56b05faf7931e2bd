import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import { createRedactor } from '../src/report/redact.js';
import { execSpec } from './support/factories.js';
import { checkTimeoutMs, CHECK_TAIL_LINES, MIN_CHECK_TIMEOUT_MS, parseScore, runCheck, type CheckOptions } from '../src/run/checks.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-checks-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(kind: CheckOptions['kind'], command: string, patch: Partial<CheckOptions> = {}): CheckOptions {
  // The sandbox of the subprocess executor's test specs; its argv, workdir and files are the check's own.
  const { argv: _argv, workdir: _workdir, logFile: _logFile, stdoutFile: _stdoutFile, container, ...common } = execSpec([], dir, dir);
  const { mounts: _mounts, labels: _labels, ...sandbox } = container;
  return { ...common, sandbox, kind, command, commit: 'c'.repeat(40), taskId: 'task', dir, objectDirs: [], logDir: path.join(dir, '.logs'), redact: (t) => t, ...patch };
}

describe('runCheck (subprocess)', () => {
  it('passes on exit 0 in the checkout, recording duration and the time it was given', async () => {
    const run = await runCheck(createSubprocessExecutor(), options('verify', 'test "$(pwd)" = "$EXPECTED" && echo ok', { env: { PATH: process.env.PATH!, EXPECTED: dir } }));
    expect(run).toMatchObject({ command: expect.any(String), passed: true, outcome: 'exited', exitCode: 0, timeoutMs: 20_000, outputTail: 'ok' });
    expect(run.reason).toBeUndefined();
    expect(run.finishedAt).toBeGreaterThanOrEqual(run.startedAt);
    expect(run.logFile).toBe(path.join(dir, '.logs', 'verify.log'));
  });

  it('fails on another exit code, keeping the last lines of its output with secrets masked and escapes removed', async () => {
    const script = 'for i in $(seq 1 100); do echo "line $i"; done; printf "\\033[31mFAIL\\033[0m token=%s\\r\\n" "$SECRET" >&2; exit 3';
    const secret = 'sk-verify-secret-value-1234';
    const run = await runCheck(
      createSubprocessExecutor(),
      options('verify', script, { env: { PATH: process.env.PATH!, SECRET: secret }, redact: createRedactor([secret]).text }),
    );
    expect(run.passed).toBe(false);
    expect(run.exitCode).toBe(3);
    expect(run.reason).toMatch(/^verify exited with code 3 after /);
    const lines = run.outputTail.split('\n');
    expect(lines).toHaveLength(CHECK_TAIL_LINES);
    expect(lines.at(-1)).toBe('FAIL token=***');
    expect(run.outputTail).not.toContain(secret);
    expect(run.outputTail).not.toContain('\u001b');
  });

  it('is killed at its time limit', async () => {
    const run = await runCheck(createSubprocessExecutor(), options('verify', 'sleep 30', { timeoutMs: 300 }));
    expect(run).toMatchObject({ passed: false, outcome: 'timed_out' });
    expect(run.reason).toMatch(/killed at its time limit of 300ms/);
  });

  it('a judge scores with the last line it prints; no number is no score', async () => {
    expect((await runCheck(createSubprocessExecutor(), options('judge', 'echo building; echo 7.5'))).score).toBe(7.5);
    const none = await runCheck(createSubprocessExecutor(), options('judge', 'echo great'));
    expect(none).toMatchObject({ passed: true, score: null, reason: expect.stringMatching(/printed no score/) });
    expect((await runCheck(createSubprocessExecutor(), options('judge', 'echo 9; exit 1'))).score).toBeNull();
  });
});

describe('check helpers', () => {
  it('parses a score from the last non-empty line only', () => {
    expect(parseScore('1\n2\n-3.5e2\n\n')).toBe(-350);
    expect(parseScore('.5')).toBe(0.5);
    expect(parseScore('score: 4')).toBeNull();
    expect(parseScore('4\nok')).toBeNull();
    expect(parseScore('')).toBeNull();
    expect(parseScore('Infinity')).toBeNull();
  });

  it('gives a check what the timeout leaves after the agent, never less than the floor', () => {
    expect(checkTimeoutMs(600_000, 200_000)).toBe(400_000);
    expect(checkTimeoutMs(600_000, null)).toBe(600_000);
    expect(checkTimeoutMs(600_000, 599_999)).toBe(MIN_CHECK_TIMEOUT_MS);
  });
});
