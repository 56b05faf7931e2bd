/**
 * The `script` agent: no AI, it runs the first ```sh / ```bash (or ```shell) block of the prompt in
 * the task's worktree. Useful for scripted batch edits and for trying the pipeline without an API key.
 *
 * The block runs as `bash -e <taskDir>/script.sh`: errexit, because a batch edit that fails halfway
 * must fail the task rather than have its half-applied changes committed as a success. A script that
 * wants to carry on after errors says `set +e`.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TaskSpec } from '../tasks/types.js';
import { exitCodeReport } from './output.js';
import type { AgentAdapter, AgentContext, AgentInvocation } from './types.js';

/** Info strings (first word, case-insensitive) of the fenced blocks the script agent runs. */
export const SCRIPT_LANGUAGES = ['sh', 'bash', 'shell'];

/** The file the block is written to, inside the task dir. */
export function scriptPath(taskDir: string): string {
  return path.join(taskDir, 'script.sh');
}

/**
 * The content of the first fenced code block (``` or ~~~, CommonMark rules) whose language is one of
 * {@link SCRIPT_LANGUAGES}; undefined when there is none. Blocks of other languages are skipped whole,
 * so a ```sh line inside a ```markdown block does not count.
 */
export function extractScript(markdown: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    if (fence[0] === '`' && info.includes('`')) continue;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !closing.test(lines[j]); j++) {
      // Content lines lose up to the opening fence's indentation.
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    const language = info.trim().split(/\s+/)[0].toLowerCase();
    if (SCRIPT_LANGUAGES.includes(language)) return body.join('\n');
    i = j;
  }
  return undefined;
}

/** Why the task has nothing for the script agent to run, or undefined when it has a script. */
function checkScript(task: TaskSpec): string | undefined {
  const script = extractScript(task.prompt);
  if (script === undefined) return `agent 'script' needs a \`\`\`sh or \`\`\`bash code block in the prompt (${task.file}), and it has none`;
  if (script.trim() === '') return `agent 'script': the first \`\`\`sh block of ${task.file} is empty`;
  return undefined;
}

async function prepareScript(task: TaskSpec, ctx: AgentContext): Promise<void> {
  const problem = checkScript(task);
  if (problem) throw new Error(`task '${task.id}': ${problem}`);
  const script = extractScript(task.prompt)!;
  await mkdir(ctx.taskDir, { recursive: true });
  const file = scriptPath(ctx.taskDir);
  await writeFile(file, `${script}\n`);
  // Readable by the agent user, which may differ from ours in a container.
  await chmod(file, 0o755);
}

function scriptInvocation(_task: TaskSpec, ctx: AgentContext): AgentInvocation {
  return { argv: ['bash', '-e', scriptPath(ctx.taskDir)], env: {} };
}

export const scriptAgent: AgentAdapter = {
  kind: 'script',
  check: checkScript,
  prepare: prepareScript,
  invocation: scriptInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, 'script'),
};
