import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claudeAgent, claudeEnv, findClaudeResult, parseClaudeOutput } from '../src/agents/claude.js';
import { getAgent } from '../src/agents/index.js';
import type { AgentContext } from '../src/agents/types.js';
import { defaultConfig } from '../src/core/config.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { TaskSpec } from '../src/tasks/types.js';
import { execSpec } from './support/factories.js';

const fixtures = fileURLToPath(new URL('./fixtures/claude/', import.meta.url));
const fakeBin = fileURLToPath(new URL('./fixtures/bin/', import.meta.url));
const fixture = (name: string): string => path.join(fixtures, name);
const fixtureText = (name: string): string => readFileSync(fixture(name), 'utf8');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-claude-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function task(prompt: string, extra: Partial<TaskSpec> = {}): TaskSpec {
  return { id: 'add-login', title: 'Add login', file: 'tasks/add-login.md', prompt, issues: [], dependsOn: [], env: [], ...extra };
}

function context(extra: Partial<AgentContext> = {}): AgentContext {
  return { config: defaultConfig(dir), promptFile: path.join(dir, 'prompt.md'), taskDir: dir, hostEnv: {}, ...extra };
}

describe('claude output parser', () => {
  it('reads a single result object, ignoring fields it does not know', async () => {
    expect(await parseClaudeOutput(fixture('result.json'), 0)).toEqual({
      ok: true,
      turns: 12,
      costUsd: 0.3127,
      durationMs: 48210,
      tokens: { input: 118, output: 4120, cacheRead: 301442, cacheCreation: 20511 },
      sessionId: '0f3c9a52-5b1e-4d7a-9c1f-2a6e8b4d7c30',
      finalText: 'Added the login form and its tests.',
    });
  });

  it.each(['real-2.1.332-not-logged-in.json', 'real-2.1.332-not-logged-in-verbose.json'])(
    'reads a real capture of Claude Code 2.1.332 without credentials (%s): a failure with its reason',
    async (name) => {
      const report = await parseClaudeOutput(fixture(name), 0);
      expect(report.ok).toBe(false);
      expect(report.error).toBe('claude reported an error (api_error) after 1 turn: Not logged in · Please run /login');
      expect(report.costUsd).toBe(0);
      expect(report.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('reads the result at the end of a --verbose message array', async () => {
    const report = await parseClaudeOutput(fixture('verbose-array.json'), 0);
    expect(report).toMatchObject({
      ok: true,
      turns: 3,
      costUsd: 0.0412,
      durationMs: 9120,
      tokens: { input: 11, output: 75, cacheRead: 22010, cacheCreation: 5120 },
      sessionId: '7d1e2f30-aaaa-4bbb-8ccc-123456789abc',
      finalText: 'Done: the README now has a usage section.',
    });
  });

  it('reads the result line of stream-json output', async () => {
    expect(await parseClaudeOutput(fixture('stream.ndjson'), 0)).toMatchObject({
      ok: true,
      turns: 5,
      costUsd: 0.0875,
      sessionId: 'c0ffee00-1111-4222-8333-444455556666',
      finalText: 'All tests pass.',
      tokens: { input: 20, output: 300, cacheRead: 9000, cacheCreation: 1000 },
    });
  });

  it('reports is_error results as failures with their subtype, keeping the figures', async () => {
    const report = await parseClaudeOutput(fixture('error-max-turns.json'), 1);
    expect(report.ok).toBe(false);
    expect(report.error).toBe('claude stopped at its turn limit (error_max_turns). Its num_turns (51) also counts the turn it refused');
    expect(report).toMatchObject({ turns: 51, costUsd: 1.2051, durationMs: 120400, sessionId: 'dead0000-beef-4000-8000-000000000001' });
  });

  it('skips noise printed before the JSON', async () => {
    expect(await parseClaudeOutput(fixture('noise-before-json.txt'), 0)).toMatchObject({ ok: true, turns: 2, finalText: 'Renamed the helper.' });
  });

  it('explains output it cannot parse and where the raw log is', async () => {
    const file = fixture('garbage.txt');
    expect(await parseClaudeOutput(file, 1)).toEqual({
      ok: false,
      error: `claude output could not be parsed: no JSON found in 143 bytes of output; claude exited with code 1 (raw log kept at ${file})`,
    });
  });

  it('puts the end of its stderr in the reason when it exits without JSON', async () => {
    const stdout = path.join(dir, 'root-stdout.log');
    const log = path.join(dir, 'root-output.log');
    await writeFile(stdout, '');
    await writeFile(log, 'Welcome\n\x1b[31m--dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons\x1b[0m\n');
    expect((await parseClaudeOutput(stdout, 1, { logFile: log })).error).toBe(
      'claude output could not be parsed: the output is empty; claude exited with code 1; its last output: ' +
        `"Welcome | --dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons" (raw log kept at ${log})`,
    );
  });

  it('explains empty output, JSON without a result, and a missing file', async () => {
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '\n');
    expect((await parseClaudeOutput(empty, 0)).error).toBe(`claude output could not be parsed: the output is empty (raw log kept at ${empty})`);
    const noResult = path.join(dir, 'no-result.ndjson');
    await writeFile(noResult, '{"type":"system","subtype":"init"}\n{"type":"assistant","message":{}}\n');
    expect((await parseClaudeOutput(noResult, null)).error).toMatch(/^claude output could not be parsed: the JSON output has no result message; claude did not exit normally/);
    expect((await parseClaudeOutput(path.join(dir, 'missing'), 0)).error).toMatch(/^claude output could not be parsed: cannot read it: ENOENT/);
  });

  it('reads pretty-printed JSON after noise', () => {
    const result = JSON.parse(fixtureText('result.json')) as object;
    const scan = findClaudeResult(`npm warn something\n${JSON.stringify([{ type: 'system' }, result], null, 2)}\n`);
    expect(scan.found && scan.result.num_turns).toBe(12);
  });

  it('fails a success result when the process exit code says otherwise', async () => {
    expect(await parseClaudeOutput(fixture('result.json'), 2)).toMatchObject({
      ok: false,
      error: 'claude exited with code 2 although its result says success',
      turns: 12,
    });
  });

  it('reads the end of an output larger than 16 MiB (a one-line verbose array cut at the start)', async () => {
    const big = path.join(dir, 'big.json');
    const filler = JSON.stringify({ type: 'user', message: { content: 'x'.repeat(1024 * 1024) } });
    const result = fixtureText('result.json').trim();
    await writeFile(big, `[${Array.from({ length: 18 }, () => filler).join(',')},${result}]\n`);
    expect(await parseClaudeOutput(big, 0)).toMatchObject({ ok: true, turns: 12, sessionId: '0f3c9a52-5b1e-4d7a-9c1f-2a6e8b4d7c30' });
  });
});

describe('claude invocation', () => {
  it('passes the prompt in argv with the headless flags, the task max-turns and the extra args', () => {
    const ctx = context();
    ctx.config.claudeArgs = ['--model', 'opus'];
    const inv = getAgent('claude').invocation(task('Add a login form', { maxTurns: 7 }), ctx);
    expect(inv.argv).toEqual([
      'claude',
      '-p',
      'Add a login form',
      '--dangerously-skip-permissions',
      '--verbose',
      '--max-turns=7',
      '--output-format=json',
      '--model',
      'opus',
    ]);
    expect(claudeAgent.invocation(task('x'), context()).argv).toContain('--max-turns=50');
  });

  it('passes the Anthropic variables that are set, never the GitHub token', () => {
    const hostEnv = {
      ANTHROPIC_API_KEY: 'sk-test',
      ANTHROPIC_BASE_URL: '',
      CLAUDE_CODE_USE_BEDROCK: '1',
      GITHUB_TOKEN: 'ghs_secret',
      GH_TOKEN: 'ghs_secret',
      HOME: '/root',
    };
    expect(claudeEnv(hostEnv)).toEqual({ ANTHROPIC_API_KEY: 'sk-test', CLAUDE_CODE_USE_BEDROCK: '1' });
    expect(claudeAgent.invocation(task('x'), context({ hostEnv })).env).toEqual({ ANTHROPIC_API_KEY: 'sk-test', CLAUDE_CODE_USE_BEDROCK: '1' });
  });

  it('sends a prompt over 100 KiB, or one starting with a dash, through stdin', () => {
    const ctx = context();
    const big = claudeAgent.invocation(task('y'.repeat(101 * 1024)), ctx).argv;
    expect(big.slice(0, 4)).toEqual(['sh', '-c', 'exec claude -p "$@" < "$0"', ctx.promptFile]);
    expect(big.join(' ').length).toBeLessThan(1000);
    expect(claudeAgent.invocation(task('- add a list item'), ctx).argv[0]).toBe('sh');
  });
});

describe('claude agent end to end (fake claude CLI, real subprocess)', () => {
  async function runFake(prompt: string, fakeEnv: Record<string, string>) {
    const worktree = path.join(dir, 'wt');
    await mkdir(worktree);
    await writeFile(path.join(worktree, 'README.md'), '# Demo\n');
    const ctx = context({ taskDir: dir, hostEnv: { ANTHROPIC_API_KEY: 'sk-test', GITHUB_TOKEN: 'nope' } });
    await writeFile(ctx.promptFile, prompt);
    const t = task(prompt);
    const inv = claudeAgent.invocation(t, ctx);
    const record = path.join(dir, 'record');
    const result = await createSubprocessExecutor().run(
      execSpec(inv.argv, worktree, '', {
        runId: 'r1',
        taskId: t.id,
        env: { ...inv.env, ...fakeEnv, FAKE_CLAUDE_RECORD: record, PATH: `${fakeBin}:${process.env.PATH}` },
        logFile: path.join(dir, 'task.log'),
        stdoutFile: path.join(dir, 'stdout.txt'),
      }),
    );
    const report = await claudeAgent.parseResult(path.join(dir, 'stdout.txt'), result.exitCode);
    return { result, report, worktree, record, inv };
  }

  it('runs, edits the worktree, and its report is parsed', async () => {
    const prompt = `Edit the README. Keep "quotes", it's fine; $(not run) and \`ticks\`\nsecond line`;
    const { result, report, worktree, record, inv } = await runFake(prompt, { FAKE_CLAUDE_EDIT: 'README.md', FAKE_CLAUDE_FIXTURE: 'verbose-array.json' });
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(report).toMatchObject({ ok: true, turns: 3, finalText: 'Done: the README now has a usage section.' });
    expect(await readFile(path.join(worktree, 'README.md'), 'utf8')).toBe('# Demo\nedited by fake claude\n');
    expect(await readFile(`${record}.prompt`, 'utf8')).toBe(prompt);
    // One argument a line (the prompt's own newline included).
    expect(await readFile(`${record}.args`, 'utf8')).toBe(`${inv.argv.slice(1).join('\n')}\n`);
    expect(await readFile(path.join(dir, 'task.log'), 'utf8')).toContain('fake claude: starting');
    expect(await readFile(path.join(dir, 'stdout.txt'), 'utf8')).not.toContain('fake claude: starting');
  });

  it('gets a 200 KiB prompt through stdin intact', async () => {
    const prompt = `Big "task" with 'quotes' and $(dollar) — ünïcode\n${'0123456789abcdef\n'.repeat(12_800)}end`;
    const { result, report, record, inv } = await runFake(prompt, {});
    expect(inv.argv[0]).toBe('sh');
    expect(result.exitCode).toBe(0);
    expect(report.ok).toBe(true);
    expect(await readFile(`${record}.prompt`, 'utf8')).toBe(prompt);
  });

  it('reports a failed session with its exit code', async () => {
    const { result, report, worktree } = await runFake('Do a lot', { FAKE_CLAUDE_FIXTURE: 'error-max-turns.json', FAKE_CLAUDE_EXIT: '1' });
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 1 });
    expect(report).toMatchObject({ ok: false, error: 'claude stopped at its turn limit (error_max_turns). Its num_turns (51) also counts the turn it refused' });
    expect(existsSync(path.join(worktree, 'README.md'))).toBe(true);
  });
});
