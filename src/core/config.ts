/** The run configuration shared by the CLI and the action, with its defaults. */
import os from 'node:os';
import path from 'node:path';

export type ExecutionMode = 'auto' | 'docker' | 'subprocess';
export type AgentKind = 'claude' | 'command' | 'script';
export const AGENT_KINDS: readonly AgentKind[] = ['claude', 'command', 'script'];
export const EXECUTION_MODES: readonly ExecutionMode[] = ['auto', 'docker', 'subprocess'];
/** How the claude agent prints: one JSON result at the end, or stream-json lines (live progress). */
export type ClaudeOutput = 'json' | 'stream';
export const CLAUDE_OUTPUTS: readonly ClaudeOutput[] = ['json', 'stream'];
/** How task directories are made (see src/git/task-trees.ts). */
export type TaskCheckout = 'auto' | 'overlay' | 'full';
export const TASK_CHECKOUTS: readonly TaskCheckout[] = ['auto', 'overlay', 'full'];

export interface RunConfig {
  /** Absolute path of the git repository (its top level). */
  repo: string;
  /** Ref the task branches start from. Default `HEAD`. */
  baseRef: string;
  /** Branch prefix: branches are `<prefix>/<task-id>` or `<prefix>/<issue>/<task-id>`. Default `fanout`. */
  branchPrefix: string;
  /** Agent used for tasks whose front matter names none. Default `claude`. */
  agent: AgentKind;
  /** Template for the `command` agent, with `{prompt_file}` / `{prompt}` placeholders. */
  agentCommand?: string;
  /** Extra flags appended to the `claude` command line. Default none. */
  claudeArgs: string[];
  /**
   * `json`: `--output-format=json`, read when the agent exits. `stream`: `--output-format=stream-json`,
   * parsed as it arrives for live progress (turns, tool, tokens, cost). Default `json`.
   */
  claudeOutput: ClaudeOutput;
  /** Where agents run. Default `auto`: Docker when it answers and the image is usable, else subprocess. */
  execution: ExecutionMode;
  /** Agent image. Default `agent-fanout/agent:latest`. */
  image: string;
  /** Tasks run at once: a number, or `auto` (derived from host memory and the task memory limit). */
  maxParallel: number | 'auto';
  /** CPUs per task container. Default 1. */
  cpus: number;
  /** Memory limit per task container, in bytes (swap = memory). Default 2 GiB. */
  memoryBytes: number;
  /** Process limit per task container. Default 512. */
  pidsLimit: number;
  /** Per-task timeout in ms. Default 30 minutes. */
  timeoutMs: number;
  /**
   * Docker network mode for task containers: `bridge` (default), `none`, `allowlist` (an internal
   * network per run, out only through the egress proxy, to `allowHosts`), or a network name.
   */
  network: string;
  /** With `network: allowlist`: `host[:port]` entries every task may reach (besides the model API of claude tasks). */
  allowHosts: string[];
  /** With `network: allowlist`: the network the egress proxy reaches allowed hosts through. Default `bridge`. */
  egressNetwork?: string;
  /** Names of host environment variables passed to agents (never the GitHub token). */
  env: string[];
  /** `--max-turns` for the claude agent. Default 50. */
  maxTurns: number;
  /**
   * `CLAUDE_CODE_MAX_RETRIES` for the claude agent: how often Claude Code itself retries a failed API
   * call. Default unset: the host's variable if any, else the CLI's own default (10).
   */
  claudeMaxRetries?: number;
  /**
   * How many times a task whose agent failed for a transient reason (API overloaded, 5xx, a network
   * error) is run again on a fresh working tree. Default 0.
   */
  retries: number;
  /**
   * Per-task cost ceiling in USD, over all its attempts. Stream mode stops the agent when its running
   * cost passes it; json mode can only check the final figure. Default none.
   */
  maxCostUsd?: number;
  /**
   * Shell command run on each task's result, in the task's sandbox, after its agent (e.g.
   * `npm ci && npm test`): exit 0 passes, anything else ends the task `verify_failed`. Default none.
   */
  verify?: string;
  /**
   * With `attempts` above 1: a shell command run in each candidate attempt's sandbox that prints a
   * number; the highest wins among attempts that passed `verify`. Default none (the smallest diff wins).
   */
  judge?: string;
  /** Independent attempts of each task, run in parallel; the best becomes the task's result. Default 1. */
  attempts: number;
  /** Cancel tasks that have not started once one fails. Default false. */
  failFast: boolean;
  /** Keep worktrees after the run (branches are always kept). Default false. */
  keepWorktrees: boolean;
  /**
   * How task directories are made: `overlay` (one shared checkout of the base per run, an overlay
   * mount per task), `full` (a full checkout per task) or `auto` (overlay when this host can mount
   * one, else full). Default `auto`.
   */
  taskCheckout: TaskCheckout;
  /** `uid:gid` agents run as. Default: the host process's uid:gid. */
  user?: string;
  /** State directory: run directories (worktrees, logs) and event journals. Default `~/.agent-fanout`. */
  stateDir: string;
  /** Extra CA certificate bundle (PEM) made available to agents and image builds. */
  caCertFile?: string;
  /** Most bytes a task's result may add or change (its diff against the start point). Default 100 MiB. */
  maxResultBytes: number;
  /** Most files a task's result may add or change. Default 10 000. */
  maxResultFiles: number;
  /** Largest file a task's result may add or change. Default 50 MiB. */
  maxFileBytes: number;
}

export const DEFAULT_IMAGE = 'agent-fanout/agent:latest';
export const DEFAULT_BASE_IMAGE = 'node:24-bookworm-slim';
export const PRODUCT_LABEL = 'dev.agent-fanout';

/** Names of variables that are never passed into an agent, whatever the configuration says. */
export const FORBIDDEN_ENV = ['GITHUB_TOKEN', 'GH_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/** The state directory: `$AGENT_FANOUT_HOME`, else `~/.agent-fanout`. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.AGENT_FANOUT_HOME ? path.resolve(env.AGENT_FANOUT_HOME) : path.join(os.homedir(), '.agent-fanout');
}

export function defaultConfig(repo: string, env: NodeJS.ProcessEnv = process.env): RunConfig {
  return {
    repo,
    baseRef: 'HEAD',
    branchPrefix: 'fanout',
    agent: 'claude',
    claudeArgs: [],
    claudeOutput: 'json',
    execution: 'auto',
    image: DEFAULT_IMAGE,
    maxParallel: 4,
    cpus: 1,
    memoryBytes: 2 * 1024 ** 3,
    pidsLimit: 512,
    timeoutMs: 30 * 60_000,
    network: 'bridge',
    allowHosts: [],
    egressNetwork: 'bridge',
    env: [],
    maxTurns: 50,
    retries: 0,
    attempts: 1,
    failFast: false,
    keepWorktrees: false,
    taskCheckout: 'auto',
    stateDir: defaultStateDir(env),
    maxResultBytes: 100 * 1024 ** 2,
    maxResultFiles: 10_000,
    maxFileBytes: 50 * 1024 ** 2,
  };
}
