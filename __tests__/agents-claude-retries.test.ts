/**
 * The claude adapter's side of retries: which failures it calls transient (from result messages the
 * real CLI 2.1.332 printed against a stub answering each status, or with no server at all), its own
 * retry count, and the window its retries can take.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLAUDE_DEFAULT_MAX_RETRIES,
  claudeAgent,
  claudeMaxRetries,
  claudeResultIsTransient,
  claudeRetryWindowMs,
  findClaudeResult,
  parseClaudeOutput,
  reportFromClaudeResult,
} from '../src/agents/claude.js';
import { commandAgent } from '../src/agents/command.js';
import type { AgentContext } from '../src/agents/types.js';
import { defaultConfig } from '../src/core/config.js';
import type { TaskSpec } from '../src/tasks/types.js';

const fixtures = fileURLToPath(new URL('./fixtures/claude/', import.meta.url));
const fixture = (name: string): string => path.join(fixtures, name);
const resultOf = (name: string): Record<string, unknown> => {
  const scan = findClaudeResult(readFileSync(fixture(name), 'utf8'));
  if (!scan.found) throw new Error(`${name}: ${scan.reason}`);
  return scan.result;
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-claude-retries-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function task(extra: Partial<TaskSpec> = {}): TaskSpec {
  return { id: 'add-login', title: 'Add login', file: 'tasks/add-login.md', prompt: 'Add a login form.', issues: [], dependsOn: [], env: [], ...extra };
}

function context(extra: Partial<AgentContext> = {}): AgentContext {
  return { config: defaultConfig(dir), promptFile: path.join(dir, 'prompt.md'), taskDir: dir, hostEnv: {}, ...extra };
}

describe('transient failures of the claude agent', () => {
  it.each([
    ['real-2.1.332-stream-api-529.ndjson', 'HTTP 529 (overloaded)'],
    ['real-2.1.332-result-api-500.json', 'HTTP 500'],
    ['real-2.1.332-result-api-429.json', 'HTTP 429 (rate limited)'],
    ['real-2.1.332-result-connection-reset.json', 'a dropped connection (api_error: connection_failed)'],
    ['real-2.1.332-result-connection-refused.json', 'a refused connection'],
    ['real-2.1.332-result-request-timeout.json', 'a request timeout (no status, "Request timed out")'],
  ])('%s is transient: %s', (name) => {
    const result = resultOf(name);
    expect(claudeResultIsTransient(result)).toBe(true);
    const report = reportFromClaudeResult(result, 1);
    expect(report).toMatchObject({ ok: false, transient: true });
  });

  it.each([
    ['real-2.1.332-result-api-401.json', 'authentication'],
    ['real-2.1.332-result-api-403.json', 'permission'],
    ['real-2.1.332-result-api-400.json', 'a bad request'],
    ['real-2.1.332-stream-max-turns.ndjson', 'the turn limit'],
    ['error-max-turns.json', 'the turn limit (older shape)'],
    ['real-2.1.332-not-logged-in.json', 'not logged in'],
    ['real-2.1.332-stream-write-notes.ndjson', 'a success'],
  ])('%s is not transient: %s', (name) => {
    const result = resultOf(name);
    expect(claudeResultIsTransient(result)).toBe(false);
    expect(reportFromClaudeResult(result, 1).transient).toBeUndefined();
  });

  it('reads a status without terminal_reason (older versions) and ignores a success that mentions a network error', () => {
    expect(claudeResultIsTransient({ type: 'result', is_error: true, api_error_status: 503 })).toBe(true);
    expect(claudeResultIsTransient({ type: 'result', is_error: true, api_error_status: 404 })).toBe(false);
    expect(claudeResultIsTransient({ type: 'result', is_error: false, subtype: 'success', result: 'Fixed the ECONNRESET handling.' })).toBe(false);
  });

  it('without a result message, a network error on stderr makes the failure transient; other noise does not', async () => {
    const stdout = path.join(dir, 'stdout.log');
    const log = path.join(dir, 'output.log');
    await writeFile(stdout, '');
    await writeFile(log, 'Error: connect ECONNREFUSED 10.0.0.1:443\n    at TCPConnectWrap.afterConnect\n');
    const report = await parseClaudeOutput(stdout, 1, { logFile: log });
    expect(report).toMatchObject({ ok: false, transient: true });
    expect(report.error).toContain('its output mentions a network error (ECONNREFUSED)');

    await writeFile(log, 'TypeError: cannot read properties of undefined\n');
    expect((await parseClaudeOutput(stdout, 1, { logFile: log })).transient).toBeUndefined();
    // Exit 0 without a result is a broken output, not a network failure.
    await writeFile(log, 'socket hang up\n');
    expect((await parseClaudeOutput(stdout, 0, { logFile: log })).transient).toBeUndefined();
  });

  it('other agents never call a failure transient', async () => {
    const stdout = path.join(dir, 'stdout.log');
    await writeFile(stdout, 'Error: connect ECONNREFUSED\n');
    const report = await commandAgent.parseResult(stdout, 1, { logFile: stdout });
    expect(report.ok).toBe(false);
    expect(report.transient).toBeUndefined();
  });
});

describe("the CLI's own retries", () => {
  it('claude-max-retries sets CLAUDE_CODE_MAX_RETRIES, over a value from the host; unset, the host value passes as before', () => {
    const config = { ...defaultConfig(dir), claudeMaxRetries: 2 };
    const hostEnv = { CLAUDE_CODE_MAX_RETRIES: '7', ANTHROPIC_API_KEY: 'k' };
    expect(claudeAgent.invocation(task(), context({ config, hostEnv })).env).toMatchObject({ CLAUDE_CODE_MAX_RETRIES: '2', ANTHROPIC_API_KEY: 'k' });
    expect(claudeAgent.invocation(task({ claudeMaxRetries: 0 }), context({ config, hostEnv })).env.CLAUDE_CODE_MAX_RETRIES).toBe('0');
    expect(claudeAgent.invocation(task(), context({ hostEnv })).env.CLAUDE_CODE_MAX_RETRIES).toBe('7');
    expect(claudeAgent.invocation(task(), context()).env).not.toHaveProperty('CLAUDE_CODE_MAX_RETRIES');
  });

  it('the retries a task will see: the front matter, else the option, else the host variable, else 10', () => {
    expect(claudeMaxRetries({ claudeMaxRetries: 1 }, { claudeMaxRetries: 3 }, { CLAUDE_CODE_MAX_RETRIES: '5' })).toBe(1);
    expect(claudeMaxRetries({}, { claudeMaxRetries: 3 }, { CLAUDE_CODE_MAX_RETRIES: '5' })).toBe(3);
    expect(claudeMaxRetries({}, {}, { CLAUDE_CODE_MAX_RETRIES: '5' })).toBe(5);
    expect(claudeMaxRetries({}, {}, { CLAUDE_CODE_MAX_RETRIES: 'lots' })).toBe(CLAUDE_DEFAULT_MAX_RETRIES);
    expect(claudeMaxRetries({}, {}, {})).toBe(10);
  });

  it('the retry window bounds every delay measured with 2.1.332 and their sums', () => {
    // Delays between calls (s) from the CLI's api_retry messages, every call failing (docs/claude.md).
    const measured = {
      529: [0.6, 1.2, 2.4, 5.0, 8.1, 17, 33, 34, 40, 38],
      401: [0.5, 1.0, 2.3, 4.1, 9.2, 19, 38, 35, 39, 40],
    };
    for (const delays of Object.values(measured)) {
      delays.forEach((delay, k) => expect(delay * 1000, `retry ${k + 1}`).toBeLessThanOrEqual(claudeRetryWindowMs(k + 1) - claudeRetryWindowMs(k) + 1));
      expect(delays.reduce((a, b) => a + b, 0) * 1000).toBeLessThanOrEqual(claudeRetryWindowMs(delays.length));
    }
    expect(claudeRetryWindowMs(0)).toBe(0);
    expect(claudeRetryWindowMs(1)).toBe(625);
    // 0.5 + 1 + 2 + 4 + 8 + 16 + 4 × 32 s, each up to 25 % longer.
    expect(claudeRetryWindowMs(10)).toBe(199_375);
  });
});
