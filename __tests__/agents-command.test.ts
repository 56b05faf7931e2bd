import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandAgent, renderCommandTemplate, shellQuote } from '../src/agents/command.js';
import { getAgent } from '../src/agents/index.js';
import type { AgentContext } from '../src/agents/types.js';
import { defaultConfig } from '../src/core/config.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { TaskSpec } from '../src/tasks/types.js';
import { execSpec } from './support/factories.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-command-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NASTY = `it's "quoted" $(touch pwned) \`touch pwned2\` $HOME \\ back\\slash\nline two\n\ttabbed; rm -rf nothing && echo {prompt}`;

function task(prompt: string): TaskSpec {
  return { id: 'fix-typos', title: 'Fix typos', file: 'tasks/fix-typos.md', prompt, issues: [], dependsOn: [], env: [] };
}

function context(agentCommand: string | undefined): AgentContext {
  const config = { ...defaultConfig(dir), agent: 'command' as const, agentCommand };
  return { config, promptFile: path.join(dir, 'task', 'prompt file.md'), taskDir: path.join(dir, 'task'), hostEnv: { GITHUB_TOKEN: 'x' } };
}

/** Runs the command agent through the subprocess executor in `dir/wt`. */
async function runCommand(template: string, prompt: string) {
  const ctx = context(template);
  await mkdir(ctx.taskDir);
  await mkdir(path.join(dir, 'wt'));
  await writeFile(ctx.promptFile, prompt);
  const inv = commandAgent.invocation(task(prompt), ctx);
  const stdoutFile = path.join(ctx.taskDir, 'stdout.txt');
  const result = await createSubprocessExecutor().run(
    execSpec(inv.argv, path.join(dir, 'wt'), '', {
      runId: 'r',
      taskId: 'fix-typos',
      env: { ...inv.env, PATH: process.env.PATH! },
      logFile: path.join(ctx.taskDir, 'task.log'),
      stdoutFile,
    }),
  );
  return { inv, result, report: await commandAgent.parseResult(stdoutFile, result.exitCode), wt: path.join(dir, 'wt') };
}

describe('command agent', () => {
  it('quotes values so sh gives them back unchanged', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(renderCommandTemplate('agent --file {prompt_file} -m "{prompt}" \'{prompt}\'', { promptFile: '/t/p.md', prompt: 'hi' })).toBe(
      "agent --file '/t/p.md' -m 'hi' 'hi'",
    );
  });

  it('hands a prompt with quotes, $(), backticks and newlines to the command intact', async () => {
    const { result, report, wt, inv } = await runCommand(
      `printf '%s' {prompt} > got-prompt.txt; cat "{prompt_file}" > got-file.txt; printf '%s' {prompt_file} > got-path.txt; echo; echo finished`,
      NASTY,
    );
    expect(inv.argv.slice(0, 2)).toEqual(['sh', '-c']);
    expect(inv.env).toEqual({});
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(await readFile(path.join(wt, 'got-prompt.txt'), 'utf8')).toBe(NASTY);
    expect(await readFile(path.join(wt, 'got-file.txt'), 'utf8')).toBe(NASTY);
    expect(await readFile(path.join(wt, 'got-path.txt'), 'utf8')).toBe(path.join(dir, 'task', 'prompt file.md'));
    expect(existsSync(path.join(wt, 'pwned'))).toBe(false);
    expect(existsSync(path.join(wt, 'pwned2'))).toBe(false);
    expect(report).toEqual({ ok: true, finalText: 'finished' });
  });

  it('reads a prompt over 100 KiB from the prompt file instead of inlining it', async () => {
    const prompt = `${'x'.repeat(120 * 1024)}\n'quoted' "end"`;
    const { inv, result, wt } = await runCommand(`printf '%s' {prompt} > got-prompt.txt`, prompt);
    expect(inv.argv[2].length).toBeLessThan(1000);
    expect(result.exitCode).toBe(0);
    expect(await readFile(path.join(wt, 'got-prompt.txt'), 'utf8')).toBe(prompt);
  });

  it('fails on a non-zero exit code', async () => {
    const { report } = await runCommand('echo trying; exit 4', 'p');
    expect(report).toEqual({ ok: false, error: 'agent command exited with code 4', finalText: 'trying' });
    expect(await commandAgent.parseResult(path.join(dir, 'none'), null)).toEqual({ ok: false, error: 'agent command did not exit normally', finalText: undefined });
  });

  it('says clearly when no command template is configured', () => {
    expect(() => getAgent('command').invocation(task('p'), context(undefined))).toThrow(/^task 'fix-typos': agent 'command' needs a command template/);
    expect(() => commandAgent.invocation(task('p'), context('  '))).toThrow(/needs a command template/);
  });

  it('rejects an unknown agent kind', () => {
    expect(() => getAgent('codex' as never)).toThrow(/Unknown agent 'codex'. Expected one of: claude, command, script/);
  });
});
