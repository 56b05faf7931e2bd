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
  /**
   * Set by an adapter that can tell: the failure came from outside the task's work (API overloaded,
   * a 5xx, a rate limit, a network error), so running the task again unchanged may succeed. Absent
   * means not retryable: adapters that cannot tell say nothing.
   */
  transient?: boolean;
}

/** What else {@link AgentAdapter.parseResult} may read. */
export interface ParseResultOptions {
  /** The combined stdout+stderr log, for diagnostics that only reach stderr. */
  logFile?: string;
}

/**
 * What an agent is doing while it runs, read from its output as it arrives (claude in stream mode).
 * Every string in it comes from the agent: short, stripped of control characters, secrets masked,
 * and still to be escaped by whoever displays it.
 */
export interface AgentProgress {
  /**
   * Model replies so far in the main conversation. Once `final`, the CLI's own `num_turns`, which
   * for a run stopped at `--max-turns=N` is N + 1 (it counts the turn it refused).
   */
  turns: number;
  /** Tool calls so far (subagents' included). */
  toolCalls: number;
  /** The latest tool call: its name, a short redacted argument (e.g. a relative path), and whether its result is pending. */
  tool: { name: string; detail: string | null; running: boolean } | null;
  /** Tokens so far (while running, replies' output tokens are counted as first reported). */
  tokens: { input: number; output: number; cacheRead: number; cacheCreation: number };
  /** USD: estimated from list prices while running (null for an unknown model), the CLI's figure once final. */
  costUsd: number | null;
  /** True once the result message was read: turns, tokens and cost are then exactly the CLI's. */
  final: boolean;
  /** Set while the CLI retries a failed API call; cleared by the next reply. */
  retry: { attempt: number; maxRetries: number | null; status: number | null } | null;
  model: string | null;
}

/** Turns an agent's stdout, chunk by chunk, into {@link AgentProgress}. Pure: no I/O, no clock. */
export interface AgentProgressParser {
  /**
   * Feeds a chunk of stdout; true when the progress changed. `onChange` is called after each line
   * that changed it, so that every state is seen even when many lines arrive in one chunk.
   */
  push(chunk: string, onChange?: () => void): boolean;
  /** Reads what is left after the last newline (at exit); true when the progress changed. */
  end(): boolean;
  /** A copy of the progress so far. */
  readonly progress: AgentProgress;
}

export interface AgentAdapter {
  readonly kind: AgentKind;
  /** What makes the task unrunnable by this agent (e.g. no script), checked before a run starts. */
  check?(task: TaskSpec): string | undefined;
  /** Files the engine writes into the task dir before starting (e.g. the script to run). */
  prepare?(task: TaskSpec, ctx: AgentContext): Promise<void>;
  invocation(task: TaskSpec, ctx: AgentContext): AgentInvocation;
  /** A parser of the agent's stdout for live progress, when its output allows it. */
  progress?(ctx: AgentContext): AgentProgressParser | undefined;
  /**
   * Reads the agent's stdout (a file, possibly large) after it exited with `exitCode`; `options.logFile`
   * (stdout and stderr together) says why when stdout does not.
   */
  parseResult(stdoutFile: string, exitCode: number | null, options?: ParseResultOptions): Promise<AgentReport>;
}
