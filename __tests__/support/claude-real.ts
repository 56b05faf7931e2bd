/**
 * Runs scenario tasks (see claude-scenarios.ts) through `agent-fanout run` with the real Claude Code
 * CLI against the stub, and checks each task's outcome against what the CLI itself reported and
 * what the stub saw. Shared by the Docker and the subprocess test files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { findClaudeResult } from '../../src/agents/claude.js';
import { ClaudeStreamParser } from '../../src/agents/claude-stream.js';
import type { AgentProgress } from '../../src/agents/types.js';
import { journalFile, readJournal } from '../../src/run/journal.js';
import type { RunEvent, RunResult, TaskRecord } from '../../src/core/model.js';
import { formatDuration, parseDuration } from '../../src/core/units.js';
import type { AnthropicStub, RecordedRequest } from './anthropic-stub.js';
import { scenarioOf } from './anthropic-stub.js';
import { chownToRunner, readJson, runCli, type CliRun, type RunnerUser } from './cli.js';
import { MAX_TURNS, SLOW_TIMEOUT, WRITE, scenarioPrompts, type ScenarioName } from './claude-scenarios.js';
import { repoWithPrompts, tempDir } from './fanout.js';

/** Any key: the stub checks none, and the tests check it arrives. */
export const TEST_API_KEY = 'sk-ant-test-stub-key-not-real';
/** The CLI's retries after a failed request (default about 10, over minutes). */
export const TEST_MAX_RETRIES = 1;

export interface ScenarioRunOptions {
  names: readonly ScenarioName[];
  execution: 'docker' | 'subprocess';
  output: 'json' | 'stream';
  /** `ANTHROPIC_BASE_URL` as the agent must use it. */
  baseUrl: string;
  user: RunnerUser | null;
  /** `--network` (Docker). */
  network?: string;
  /** Put first on PATH (subprocess: where the npm-installed `claude` is). */
  pathPrefix?: string;
}

export interface ScenarioRun {
  cli: CliRun;
  result: RunResult;
  repo: string;
  stateDir: string;
  journal: RunEvent[];
  task(name: ScenarioName): TaskRecord;
  /** The result message the CLI printed for the task (from the task's raw stdout). */
  claudeResult(name: ScenarioName): Record<string, unknown>;
  /** The task's raw stdout, as the CLI printed it. */
  stdout(name: ScenarioName): string;
}

export async function runScenarios(options: ScenarioRunOptions): Promise<ScenarioRun> {
  const repo = repoWithPrompts(scenarioPrompts(options.names));
  const home = tempDir('fanout-claude-home-');
  fs.chmodSync(home, 0o755);
  const stateDir = path.join(home, 'state');
  const jsonFile = path.join(home, 'results.json');
  chownToRunner(options.user, repo, home);
  const args = [
    'run',
    '--repo', repo,
    '--agent', 'claude',
    '--execution', options.execution,
    '--claude-output', options.output,
    '--max-parallel', String(options.names.length),
    '--timeout', '3m',
    '--state-dir', stateDir,
    '--json', jsonFile,
    '--quiet',
    ...(options.network ? ['--network', options.network] : []),
  ];
  const env: NodeJS.ProcessEnv = {
    PATH: [options.pathPrefix, process.env.PATH].filter(Boolean).join(':'),
    HOME: home,
    ANTHROPIC_API_KEY: TEST_API_KEY,
    ANTHROPIC_BASE_URL: options.baseUrl,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    CLAUDE_CODE_MAX_RETRIES: String(TEST_MAX_RETRIES),
  };
  const cli = await runCli(args, { env, user: options.user });
  if (options.user) execFileSync('chown', ['-R', '0:0', repo]); // read it as root without git's ownership check
  if (!fs.existsSync(jsonFile)) throw new Error(`agent-fanout run wrote no results (exit ${cli.code}):\n${cli.stdout}\n${cli.stderr}`);
  const result = readJson<RunResult>(jsonFile);
  const journal = readJournal(journalFile(stateDir, result.run.id));
  const task = (name: ScenarioName) => {
    const record = result.tasks.find((t) => t.id === name);
    if (!record) throw new Error(`no task '${name}' in the results`);
    return record;
  };
  const stdout = (name: ScenarioName) => fs.readFileSync(path.join(result.run.runDir, 'tasks', name, 'stdout.log'), 'utf8');
  const claudeResult = (name: ScenarioName) => {
    const scan = findClaudeResult(stdout(name));
    if (!scan.found) throw new Error(`task '${name}': no result message in its stdout: ${scan.reason}`);
    return scan.result;
  };
  return { cli, result, repo, stateDir, journal, task, claudeResult, stdout };
}

/** Requests the stub got for one scenario. */
export function requestsOf(stub: AnthropicStub, name: ScenarioName): RecordedRequest[] {
  return stub.messageRequests.filter((r) => scenarioOf(r.body) === name);
}

function fileAt(repo: string, ref: string, file: string): string {
  return execFileSync('git', ['show', `${ref}:${file}`], { cwd: repo, encoding: 'utf8' });
}

/** The figures of the results JSON are the CLI's own, field for field. */
export function expectFiguresOfResultMessage(record: TaskRecord, message: Record<string, unknown>): void {
  const usage = message.usage as Record<string, number>;
  expect(record.agent).toMatchObject({
    turns: message.num_turns,
    costUsd: message.total_cost_usd,
    durationMs: message.duration_ms,
    sessionId: message.session_id,
    tokens: {
      input: usage.input_tokens,
      output: usage.output_tokens,
      cacheRead: usage.cache_read_input_tokens,
      cacheCreation: usage.cache_creation_input_tokens,
    },
  });
  if (typeof message.result === 'string') expect(record.agent?.finalText).toBe(message.result);
}

/** Every request came to the documented endpoint with the key, as one session, in the given shape. */
function expectRequests(requests: RecordedRequest[], sessionId: unknown, count: number): void {
  const seen = requests.map((r) => `${r.url} ${r.reply.type} at ${new Date(r.at).toISOString()}`);
  expect(requests, `requests: ${JSON.stringify(seen)}`).toHaveLength(count);
  for (const r of requests) {
    expect(r.url).toBe('/v1/messages?beta=true');
    expect(r.headers['x-api-key']).toBe(TEST_API_KEY);
    expect(r.headers['x-claude-code-session-id']).toBe(sessionId);
    expect(r.stream).toBe(true);
  }
}

/** The model's file is in the task's commit; figures, session and final text are the CLI's. */
export function expectWriteNotes(run: ScenarioRun, stub: AnthropicStub): void {
  const t = run.task('write-notes');
  expect(t.status, t.reason ?? undefined).toBe('succeeded');
  expect(t.changedFiles).toEqual([WRITE.file]);
  expect(fileAt(run.repo, t.commit!, WRITE.file)).toBe(WRITE.content);
  expect(fileAt(run.repo, t.branch!, WRITE.file)).toBe(WRITE.content);

  const message = run.claudeResult('write-notes');
  expect(message).toMatchObject({ subtype: 'success', is_error: false, num_turns: 2, result: WRITE.finalText });
  expectFiguresOfResultMessage(t, message);
  expect(t.agent?.finalText).toBe(WRITE.finalText);
  expect(t.agent?.costUsd).toBeGreaterThan(0);

  // Two model calls: the tool call, then (after the tool ran) the final answer.
  const requests = requestsOf(stub, 'write-notes');
  expectRequests(requests, message.session_id, 2);
  expect(requests[0].reply).toMatchObject({ type: 'tool_use', name: 'Write' });
  expect(JSON.stringify(requests[1].body?.messages.at(-1))).toContain('tool_result');
  // The CLI's token figures are the sums of what the stub reported.
  const sum = (key: 'input_tokens' | 'output_tokens' | 'cache_read_input_tokens' | 'cache_creation_input_tokens') =>
    requests.reduce((n, r) => n + (r.usage?.[key] ?? 0), 0);
  expect(t.agent?.tokens).toEqual({
    input: sum('input_tokens'),
    output: sum('output_tokens'),
    cacheRead: sum('cache_read_input_tokens'),
    cacheCreation: sum('cache_creation_input_tokens'),
  });
}

/** A task whose every model call fails with `status` ends failed, naming the status, after the configured retries. */
export function expectApiError(run: ScenarioRun, stub: AnthropicStub, name: 'api-500' | 'api-529' | 'api-401', status: number): void {
  const t = run.task(name);
  expect(t.status, t.reason ?? undefined).toBe('failed');
  const message = run.claudeResult(name);
  expect(message).toMatchObject({ is_error: true, terminal_reason: 'api_error', api_error_status: status });
  expect(t.reason).toContain(`claude reported an error (api_error, HTTP ${status})`);
  expect(t.reason).toContain(`API Error: ${status}`);
  expectFiguresOfResultMessage(t, message);
  // One call and CLAUDE_CODE_MAX_RETRIES retries: the variable reached the CLI.
  expectRequests(requestsOf(stub, name), message.session_id, 1 + TEST_MAX_RETRIES);
  expect(t.changedFiles).toEqual([]);
}

/** A model that never stops is stopped at max_turns; the reason says how the CLI counts. */
export function expectMaxTurns(run: ScenarioRun, stub: AnthropicStub): void {
  const t = run.task('max-turns');
  expect(t.status).toBe('failed');
  const message = run.claudeResult('max-turns');
  expect(message).toMatchObject({ subtype: 'error_max_turns', is_error: true, num_turns: MAX_TURNS + 1 });
  expectFiguresOfResultMessage(t, message);
  expect(t.agent?.turns).toBe(MAX_TURNS + 1);
  expect(t.reason).toBe(
    `claude stopped at its turn limit (error_max_turns): Reached maximum number of turns (${MAX_TURNS}). ` +
      `Its num_turns (${MAX_TURNS + 1}) also counts the turn it refused`,
  );
  expectRequests(requestsOf(stub, 'max-turns'), message.session_id, MAX_TURNS);
  // What it did before the limit is kept on its branch.
  expect(t.changedFiles).toEqual(Array.from({ length: MAX_TURNS }, (_, i) => `turn-${i + 1}.txt`));
}

/** A model that never answers: the task's timeout kills the agent, with a reason naming the limit. */
export function expectTimeout(run: ScenarioRun, stub: AnthropicStub): void {
  const t = run.task('slow-reply');
  expect(t.status, t.reason ?? undefined).toBe('timed_out');
  expect(t.reason).toBe(`the task exceeded its timeout of ${formatDuration(parseDuration(SLOW_TIMEOUT))} and was killed`);
  expect(t.agent).toBeNull();
  // It was waiting on the model when killed (on a machine so busy that the CLI had not even sent its
  // request within the timeout, there is none: still a timeout, not an answer).
  const replies = requestsOf(stub, 'slow-reply').map((r) => r.reply.type);
  expect(replies.length, JSON.stringify(replies)).toBeLessThanOrEqual(1);
  expect(replies.every((r) => r === 'hang'), JSON.stringify(replies)).toBe(true);
}

/** The task's `task-progress` events, in order. */
export function progressEvents(run: ScenarioRun, name: ScenarioName): AgentProgress[] {
  return run.journal.flatMap((e) => (e.type === 'task-progress' && e.taskId === name ? [e.progress] : []));
}

/**
 * In stream mode the journal follows the session as it happens — the Write call running with its
 * path relative to the worktree, then done — and the last progress carries exactly the result's figures.
 */
export function expectStreamProgress(run: ScenarioRun): void {
  const events = progressEvents(run, 'write-notes');
  const t = run.task('write-notes');
  expect(events.find((p) => p.tool?.running)).toMatchObject({ turns: 1, toolCalls: 1, tool: { name: 'Write', detail: WRITE.file, running: true }, final: false });
  const last = events.at(-1)!;
  expect(last).toMatchObject({ final: true, turns: t.agent!.turns, costUsd: t.agent!.costUsd, tokens: t.agent!.tokens, tool: { name: 'Write', detail: WRITE.file, running: false } });
  // Progress events come before the task's final state.
  const finishedAt = run.journal.find((e) => e.type === 'task-state' && e.taskId === 'write-notes' && e.status === 'succeeded')!.at;
  for (const e of run.journal) if (e.type === 'task-progress' && e.taskId === 'write-notes') expect(e.at).toBeLessThanOrEqual(finishedAt);

  // The CLI's retry shows while it waits; the run's figures stay the result's.
  expect(progressEvents(run, 'api-529').some((p) => p.retry?.status === 529 && p.retry.attempt === 1 && p.retry.maxRetries === TEST_MAX_RETRIES)).toBe(true);
  // The live turn count never passes the limit and never goes back. How many events show it depends
  // on how the CLI's output arrives (a busy host may hand over the whole session in one read), so the
  // count is checked on the CLI's own stdout read line by line: its last live figure is the limit.
  const maxTurns = progressEvents(run, 'max-turns');
  const live = maxTurns.filter((p) => !p.final).map((p) => p.turns);
  expect(live.every((n, i) => n <= MAX_TURNS && (i === 0 || n >= live[i - 1])), JSON.stringify(live)).toBe(true);
  expect(maxTurns.at(-1)).toMatchObject({ final: true, turns: MAX_TURNS + 1 });
  const parser = new ClaudeStreamParser();
  let lastLive = -1;
  for (const line of run.stdout('max-turns').split('\n')) {
    parser.push(`${line}\n`);
    if (!parser.progress.final) lastLive = parser.progress.turns;
  }
  expect(lastLive).toBe(MAX_TURNS);
  expect(parser.progress).toMatchObject({ final: true, turns: MAX_TURNS + 1 });
}

/** With UPDATE_CLAUDE_FIXTURES=1, keeps the tasks' raw stream-json output as parser fixtures. */
export function saveStreamFixtures(run: ScenarioRun, names: readonly ScenarioName[], version: string): void {
  if (process.env.UPDATE_CLAUDE_FIXTURES !== '1') return;
  for (const name of names) {
    fs.writeFileSync(path.resolve('__tests__/fixtures/claude', `real-${version}-stream-${name}.ndjson`), run.stdout(name));
  }
}
