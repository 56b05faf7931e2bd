/**
 * The `command` agent: any agent CLI, from the configured template (`agentCommand`), e.g.
 * `aider --yes --message-file {prompt_file}` or `codex exec {prompt}`. The template is a `sh` command
 * line; `{prompt_file}` and `{prompt}` are replaced by shell-quoted values, so they must stand as whole
 * words: bare, or quoted on their own (`"{prompt}"` works the same as `{prompt}`), never inside a longer
 * quoted string. Success is exit code 0.
 */
import type { TaskSpec } from '../tasks/types.js';
import { exitCodeReport } from './output.js';
import type { AgentAdapter, AgentContext, AgentInvocation } from './types.js';

/**
 * Above this size (bytes) `{prompt}` becomes `"$(cat <prompt file>)"` so the `sh -c` script itself
 * stays under Linux's 128 KiB limit for one argument.
 */
export const COMMAND_PROMPT_INLINE_MAX_BYTES = 100 * 1024;

/** Quotes a value for POSIX sh: single quotes, with each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The template with its placeholders replaced (see the module comment). */
export function renderCommandTemplate(template: string, values: { promptFile: string; prompt: string }): string {
  const prompt =
    Buffer.byteLength(values.prompt) > COMMAND_PROMPT_INLINE_MAX_BYTES ? `"$(cat ${shellQuote(values.promptFile)})"` : shellQuote(values.prompt);
  const replacements: Record<string, string> = { prompt_file: shellQuote(values.promptFile), prompt };
  // A placeholder quoted on its own loses those quotes: the replacement is quoted already.
  return template.replace(/(["']?)\{(prompt_file|prompt)\}\1/g, (_match, _quote: string, name: string) => replacements[name]);
}

function commandInvocation(task: TaskSpec, ctx: AgentContext): AgentInvocation {
  const template = ctx.config.agentCommand?.trim();
  if (!template) {
    throw new Error(
      `task '${task.id}': agent 'command' needs a command template (agentCommand, action input 'agent-command'), e.g. 'my-agent --prompt-file {prompt_file}'`,
    );
  }
  // The engine adds the configured variables; the command itself needs none of its own.
  return { argv: ['sh', '-c', renderCommandTemplate(template, { promptFile: ctx.promptFile, prompt: task.prompt })], env: {} };
}

export const commandAgent: AgentAdapter = {
  kind: 'command',
  invocation: commandInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, 'agent command'),
};
