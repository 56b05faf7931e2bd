import type { AgentKind, RunConfig } from '../core/config.js';
import type { TaskSpec } from '../tasks/types.js';

export interface AgentContext {
  config: RunConfig;
  /** Absolute path of a file holding the task's prompt (readable by the agent). */
  promptFile: string;
  /** Absolute path of the task's private directory (outside the worktree; mounted read-only). */
  taskDir: string;
  /** The host environment the named variables are taken from. */
  hostEnv: NodeJS.ProcessEnv;
}

export interface AgentInvocation {
  argv: string[];
  /** Variables the agent needs (e.g. ANTHROPIC_API_KEY); the engine adds the configured `env` names. */
  env: Record<string, string>;
}

/** What an agent reported about its own work. */
export interface AgentReport {
  /** False when the agent says it failed, or its output could not be understood. */
  ok: boolean;
  /** Why it is not ok. */
  error?: string;
  turns?: number;
  costUsd?: number;
  durationMs?: number;
  tokens?: { input: number; output: number; cacheRead: number; cacheCreation: number };
  sessionId?: string;
  /** The agent's final message. */
  finalText?: string;
}

export interface AgentAdapter {
  readonly kind: AgentKind;
  /** What makes the task unrunnable by this agent (e.g. no script), checked before a run starts. */
  check?(task: TaskSpec): string | undefined;
  /** Files the engine writes into the task dir before starting (e.g. the script to run). */
  prepare?(task: TaskSpec, ctx: AgentContext): Promise<void>;
  invocation(task: TaskSpec, ctx: AgentContext): AgentInvocation;
  /**
   * Reads the agent's stdout (a file, possibly large) after it exited with `exitCode`; `logFile`
   * (stdout and stderr together) says why when stdout does not.
   */
  parseResult(stdoutFile: string, exitCode: number | null, logFile?: string): Promise<AgentReport>;
}
