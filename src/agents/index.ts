/** Agent adapters by kind. */
import type { AgentKind } from '../core/config.js';
import { claudeAgent } from './claude.js';
import { commandAgent } from './command.js';
import { scriptAgent } from './script.js';
import type { AgentAdapter } from './types.js';

const AGENTS: Record<AgentKind, AgentAdapter> = { claude: claudeAgent, command: commandAgent, script: scriptAgent };

/** The adapter of an agent kind; a TypeError names the known kinds for anything else. */
export function getAgent(kind: AgentKind): AgentAdapter {
  const agent = Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : undefined;
  if (!agent) throw new TypeError(`Unknown agent '${String(kind)}'. Expected one of: ${Object.keys(AGENTS).join(', ')}.`);
  return agent;
}

export {
  CLAUDE_DEFAULT_MAX_RETRIES,
  claudeAgent,
  claudeEnv,
  claudeFlags,
  claudeMaxRetries,
  claudeResultIsTransient,
  claudeRetryWindowMs,
  findClaudeResult,
  isTransientApiStatus,
  parseClaudeOutput,
  reportFromClaudeResult,
} from './claude.js';
export { commandAgent, renderCommandTemplate, shellQuote } from './command.js';
export { scriptAgent, extractScript, scriptPath } from './script.js';
export { readTail, lastNonEmptyLine } from './output.js';
export type * from './types.js';
