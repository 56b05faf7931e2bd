import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAgent } from '../src/agents/index.js';
import { extractScript, scriptAgent, scriptPath } from '../src/agents/script.js';
import type { AgentContext } from '../src/agents/types.js';
import { defaultConfig } from '../src/core/config.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { TaskSpec } from '../src/tasks/types.js';
import { execSpec } from './support/factories.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-script-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function task(prompt: string): TaskSpec {
  return { id: 'rename-var', title: 'Rename', file: 'tasks/rename-var.md', prompt, issues: [], dependsOn: [], env: [] };
}

function context(): AgentContext {
  return { config: defaultConfig(dir), promptFile: path.join(dir, 'task', 'prompt.md'), taskDir: path.join(dir, 'task'), hostEnv: {} };
}

describe('extractScript', () => {
  it('takes the first sh or bash block, skipping other languages', () => {
    const md = ['# Rename', '```python', 'print(1)', '```', 'Then:', '```bash', 'echo one', '  echo two', '```', '```sh', 'echo later', '```'].join('\n');
    expect(extractScript(md)).toBe('echo one\n  echo two');
  });

  it('does not take a sh fence shown inside another block', () => {
    const md = ['````markdown', '```sh', 'echo inner', '```', '````', '~~~ sh title="x"', 'echo outer', '~~~'].join('\n');
    expect(extractScript(md)).toBe('echo outer');
  });

  it('handles indented fences, `shell`, and a block left open to the end', () => {
    expect(extractScript('  ```SHELL\n  echo a\n    echo b\n  ```')).toBe('echo a\n  echo b');
    expect(extractScript('```sh\necho open')).toBe('echo open');
  });

  it('finds nothing without a sh/bash block', () => {
    expect(extractScript('Just do it.\n```js\nconsole.log(1)\n```\n    echo indented code')).toBeUndefined();
  });
});

describe('script agent', () => {
  it('fails at prepare time, naming the task and file, when the prompt has no block', async () => {
    await expect(scriptAgent.prepare!(task('Rename the variable please.'), context())).rejects.toThrow(
      /^task 'rename-var': agent 'script' needs a ```sh or ```bash code block in the prompt \(tasks\/rename-var.md\)/,
    );
    await expect(scriptAgent.prepare!(task('```sh\n\n```'), context())).rejects.toThrow(/is empty/);
  });

  async function run(prompt: string) {
    const ctx = context();
    const agent = getAgent('script');
    await agent.prepare!(task(prompt), ctx);
    const wt = path.join(dir, 'wt');
    await mkdir(wt);
    const inv = agent.invocation(task(prompt), ctx);
    const stdoutFile = path.join(ctx.taskDir, 'stdout.txt');
    const result = await createSubprocessExecutor().run(
      execSpec(inv.argv, wt, '', {
        runId: 'r',
        taskId: 'rename-var',
        env: { PATH: process.env.PATH! },
        logFile: path.join(ctx.taskDir, 'task.log'),
        stdoutFile,
      }),
    );
    return { ctx, inv, result, wt, report: await agent.parseResult(stdoutFile, result.exitCode) };
  }

  it('writes the block to the task dir and runs it with bash -e in the worktree', async () => {
    const { ctx, inv, result, wt, report } = await run('Rename:\n```bash\necho "$BASH_VERSION" > /dev/null\necho changed > file.txt\necho done\n\n```\n');
    expect(inv.argv).toEqual(['bash', '-e', scriptPath(ctx.taskDir)]);
    expect(await readFile(scriptPath(ctx.taskDir), 'utf8')).toBe('echo "$BASH_VERSION" > /dev/null\necho changed > file.txt\necho done\n\n');
    expect((await stat(scriptPath(ctx.taskDir))).mode & 0o777).toBe(0o755);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(await readFile(path.join(wt, 'file.txt'), 'utf8')).toBe('changed\n');
    expect(report).toEqual({ ok: true, finalText: 'done' });
  });

  it('stops at the first failing command (errexit)', async () => {
    const { result, wt, report } = await run('```sh\necho first\nfalse\ntouch should-not-exist\n```');
    expect(result.exitCode).toBe(1);
    expect(existsSync(path.join(wt, 'should-not-exist'))).toBe(false);
    expect(report).toEqual({ ok: false, error: 'script exited with code 1', finalText: 'first' });
  });
});
