/**
 * Task-level retries and cost ceilings with the real, pinned Claude Code CLI against the stub:
 * in the agent image (stream mode: a budget stop goes through the container's kill) and as a
 * subprocess (json mode: the budget is only checked at the end). The CLI's own retries are kept to
 * CLAUDE_CODE_MAX_RETRIES=1 (0 for the 401 task), so a failing session ends within seconds.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClaudeResult } from '../src/agents/claude.js';
import { formatCost } from '../src/report/format.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { AnthropicStub } from './support/anthropic-stub.js';
import { CLI_PATH, assertReadableBy, runnerUser } from './support/cli.js';
import { ensureClaudeCli } from './support/claude-cli.js';
import { TEST_MAX_RETRIES, expectFiguresOfResultMessage, progressEvents, requestsOf, runScenarios, type ScenarioRun } from './support/claude-real.js';
import { BUDGET, FIRST_ATTEMPT_FILE, WRITE, scenarioScript, type ScenarioName } from './support/claude-scenarios.js';
import { containersOfRun, tempDir } from './support/fanout.js';
import { createStubNetwork, type StubNetwork } from './support/stub-network.js';

const user = runnerUser();
const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** The result message a task's attempt `n` printed (earlier attempts' stdout is kept under their number). */
function attemptResult(run: ScenarioRun, name: ScenarioName, attempt: number): Record<string, unknown> {
  const file = path.join(run.result.run.runDir, 'tasks', name, `stdout.attempt-${attempt}.log`);
  const scan = findClaudeResult(fs.readFileSync(file, 'utf8'));
  if (!scan.found) throw new Error(`${file}: ${scan.reason}`);
  return scan.result;
}

/**
 * A 529 on the first attempt (after the CLI's own retry), success on the second: each attempt in the
 * record with the CLI's own figures, the commit only the second attempt's work, the cost both's.
 */
function expectRetriedAfter529(run: ScenarioRun, stub: AnthropicStub): void {
  const t = run.task('flaky-529');
  expect(t.status, t.reason ?? undefined).toBe('succeeded');
  expect(t.reason).toBeNull();
  const first = attemptResult(run, 'flaky-529', 1);
  expect(first).toMatchObject({ is_error: true, terminal_reason: 'api_error', api_error_status: 529 });
  const last = run.claudeResult('flaky-529');
  expect(last).toMatchObject({ is_error: false, result: WRITE.finalText });
  expectFiguresOfResultMessage(t, last);

  expect(t.attempts).toHaveLength(2);
  const [a1, a2] = t.attempts!;
  expect(a1).toMatchObject({ attempt: 1, status: 'failed', transient: true, costUsd: first.total_cost_usd });
  expect(a1.reason).toContain('claude reported an error (api_error, HTTP 529)');
  expect(a1.logFile).toBe(path.join(run.result.run.runDir, 'tasks', 'flaky-529', 'output.attempt-1.log'));
  expect(fs.existsSync(a1.logFile!)).toBe(true);
  expect(a2).toMatchObject({ attempt: 2, status: 'succeeded', costUsd: last.total_cost_usd });
  expect(a2).not.toHaveProperty('transient');
  expect(a1.finishedAt!).toBeLessThanOrEqual(a2.startedAt);
  // The first attempt did cost something (its tool call), and the task's cost counts it.
  expect(first.total_cost_usd as number).toBeGreaterThan(0);
  const costs = run.result.tasks.map((task) => (task.attempts ?? []).reduce((sum, a) => sum + (a.costEstimated ? 0 : (a.costUsd ?? 0)), 0));
  expect(run.result.run.totalCostUsd).toBeCloseTo(costs.reduce((a, b) => a + b, 0), 10);

  // Two CLI sessions: the first wrote a file and then met 529 twice (its call and one retry).
  const requests = requestsOf(stub, 'flaky-529');
  const sessions = [...new Set(requests.map((r) => r.headers['x-claude-code-session-id']))];
  expect(sessions).toEqual([first.session_id, last.session_id]);
  expect(requests.filter((r) => r.headers['x-claude-code-session-id'] === first.session_id).map((r) => r.reply.type)).toEqual([
    'tool_use',
    ...Array(1 + TEST_MAX_RETRIES).fill('error'),
  ]);

  // The result is the second attempt's alone: one commit on the start point, with NOTES.md and
  // without the file the first attempt wrote on its discarded tree.
  expect(t.changedFiles).toEqual([WRITE.file]);
  expect(git(run.repo, 'rev-parse', `${t.commit}^`)).toBe(t.baseCommit);
  expect(git(run.repo, 'ls-tree', '--name-only', t.branch!)).not.toContain(FIRST_ATTEMPT_FILE);
  expect(git(run.repo, 'show', `${t.branch}:${WRITE.file}`)).toBe(WRITE.content.trimEnd());

  // The journal told listeners about the second attempt while it ran.
  const states = run.journal.flatMap((e) => (e.type === 'task-state' && e.taskId === 'flaky-529' ? [e] : []));
  expect(states.some((e) => e.status === 'running' && e.record.attempts?.length === 2 && e.record.attempts[1].status === 'running')).toBe(true);
}

/** A 401 is permanent: one attempt although retries are left; its partial work is kept as for any failure. */
function expectNotRetriedAfter401(run: ScenarioRun, stub: AnthropicStub): void {
  const t = run.task('auth-401');
  expect(t.status).toBe('failed');
  expect(t.reason).toContain('claude reported an error (api_error, HTTP 401)');
  const message = run.claudeResult('auth-401');
  expect(message).toMatchObject({ is_error: true, api_error_status: 401 });
  expectFiguresOfResultMessage(t, message);
  expect(t.attempts).toHaveLength(1);
  expect(t.attempts![0]).toMatchObject({ attempt: 1, status: 'failed', reason: t.reason, costUsd: message.total_cost_usd });
  expect(t.attempts![0]).not.toHaveProperty('transient');
  // claude_max_retries: 0 reached the CLI over the host's CLAUDE_CODE_MAX_RETRIES=1: no CLI retry.
  expect(requestsOf(stub, 'auth-401').map((r) => r.reply.type)).toEqual(['tool_use', 'error']);
  expect(t.changedFiles).toEqual([FIRST_ATTEMPT_FILE]);
  expect(run.cli.stderr).not.toContain("task 'auth-401': attempt");
}

const userCli = () => {
  const dir = tempDir('fanout-stub-');
  fs.chmodSync(dir, 0o755);
  return dir;
};

describe('task retries and budgets with the real CLI in the agent image (stream mode)', () => {
  let stub: AnthropicStub;
  let net: StubNetwork;
  let run: ScenarioRun;

  beforeAll(async () => {
    assertReadableBy(user, CLI_PATH, process.execPath);
    stub = await AnthropicStub.start({ script: scenarioScript(), socketPath: path.join(userCli(), 'stub.sock') });
    net = await createStubNetwork(stub.socketPath!);
    run = await runScenarios({ names: ['flaky-529', 'auth-401', 'budget-stop'], execution: 'docker', output: 'stream', baseUrl: net.baseUrl, network: net.network, user });
  });

  afterAll(async () => {
    await net?.remove();
    await stub?.close();
    cleanupTempDirs();
  });

  it('exits 1 (two tasks failed) and leaves no container behind', async () => {
    expect(run.cli.code, run.cli.stderr).toBe(1);
    expect(run.result.run.mode).toBe('docker');
    expect(await containersOfRun(run.result.run.id)).toEqual([]);
  });

  it('runs a task again on a fresh working tree after a 529, and keeps only the successful attempt\'s result', () => {
    expectRetriedAfter529(run, stub);
    expect(run.cli.stderr).toContain("task 'flaky-529': attempt 1 of at most 2 failed for a transient reason; running it again on a fresh working tree");
  });

  it('does not retry a 401', () => {
    expectNotRetriedAfter401(run, stub);
  });

  it('stops a task whose running cost passes its budget, through the container\'s kill, and does not retry it', () => {
    const t = run.task('budget-stop');
    expect(t.status, t.reason ?? undefined).toBe('failed');
    const m = /^stopped at ≈\$(\d+\.\d+): over its budget of \$0\.50 \(max-cost-usd\)$/.exec(t.reason ?? '');
    expect(m, t.reason ?? undefined).not.toBeNull();
    // Killed, so the CLI printed no result: no agent figures, the running estimate in the attempt.
    expect(t.agent).toBeNull();
    expect(t.attempts).toHaveLength(1);
    const estimate = t.attempts![0].costUsd!;
    expect(t.attempts![0]).toMatchObject({ status: 'failed', reason: t.reason, costEstimated: true });
    expect(formatCost(estimate)).toBe(`$${m![1]}`);
    expect(estimate).toBeGreaterThan(BUDGET.maxCostUsd);
    expect(t.budget).toEqual({ maxCostUsd: BUDGET.maxCostUsd, spentUsd: estimate, exceeded: true, stoppedEarly: true });
    // The estimate that stopped it is the live progress the journal carried.
    const live = progressEvents(run, 'budget-stop').filter((p) => !p.final);
    expect(live.at(-1)?.costUsd).toBe(estimate);
    expect(live.every((p) => p.costUsd === null || p.costUsd === estimate || p.costUsd <= BUDGET.maxCostUsd)).toBe(true);
    // Only the budget could end it: the stub never answered the next request (if the CLI got to send it).
    const replies = requestsOf(stub, 'budget-stop').map((r) => r.reply.type);
    expect(replies[0]).toBe('tool_use');
    expect(replies.slice(1).every((r) => r === 'hang'), JSON.stringify(replies)).toBe(true);
    expect(replies.length).toBeLessThanOrEqual(2);
    // Whatever the agent wrote before it was stopped stays on its branch, nothing else.
    expect(t.changedFiles.every((f) => f === FIRST_ATTEMPT_FILE), JSON.stringify(t.changedFiles)).toBe(true);
    expect(run.cli.stderr).toContain(`task 'budget-stop': ${t.reason}; its agent was stopped`);
    // The stopped task's cost is an estimate: the run's total counts only what agents reported.
    expect(run.result.run.totalCostUsd).toBeCloseTo((run.task('flaky-529').attempts ?? []).reduce((s, a) => s + (a.costUsd ?? 0), 0) + (run.task('auth-401').agent?.costUsd ?? 0), 10);
  });
});

describe('task retries and budgets with the real CLI as a subprocess (json mode)', () => {
  let stub: AnthropicStub;
  let run: ScenarioRun;

  beforeAll(async () => {
    const claudeBin = ensureClaudeCli();
    assertReadableBy(user, CLI_PATH, process.execPath, path.join(claudeBin, 'claude'));
    stub = await AnthropicStub.start({ script: scenarioScript() });
    run = await runScenarios({ names: ['flaky-529', 'budget-end'], execution: 'subprocess', output: 'json', baseUrl: stub.url, pathPrefix: claudeBin, user });
  });

  afterAll(async () => {
    await stub?.close();
    cleanupTempDirs();
  });

  it('runs a task again after a 529, and keeps only the successful attempt\'s result', () => {
    expect(run.result.run.mode).toBe('subprocess');
    expectRetriedAfter529(run, stub);
  });

  it('fails a task over its budget only at the end, says it was not stopped early, and keeps its work', () => {
    expect(run.cli.stderr).toContain("task 'budget-end': max-cost-usd is checked only when the agent has finished with --claude-output json");
    const t = run.task('budget-end');
    expect(t.status).toBe('failed');
    const message = run.claudeResult('budget-end');
    expect(message).toMatchObject({ is_error: false, result: WRITE.finalText });
    expectFiguresOfResultMessage(t, message);
    const cost = message.total_cost_usd as number;
    expect(cost).toBeGreaterThan(BUDGET.maxCostUsd);
    expect(t.reason).toBe(
      `cost ${formatCost(cost)}: over its budget of $0.50 (max-cost-usd); not stopped early: in --claude-output json the cost is known only at the end (stream mode stops a task as it passes its budget)`,
    );
    expect(t.budget).toEqual({ maxCostUsd: BUDGET.maxCostUsd, spentUsd: cost, exceeded: true, stoppedEarly: false });
    expect(t.attempts).toEqual([expect.objectContaining({ attempt: 1, status: 'failed', reason: t.reason, costUsd: cost })]);
    // It ran to its end: both model calls were answered and the file is committed.
    expect(requestsOf(stub, 'budget-end').map((r) => r.reply.type)).toEqual(['tool_use', 'text']);
    expect(t.changedFiles).toEqual([WRITE.file]);
    expect(run.result.run.totalCostUsd).toBeGreaterThanOrEqual(cost);
  });
});
