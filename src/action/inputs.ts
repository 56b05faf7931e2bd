/**
 * The action's inputs: read from `INPUT_*` through the one options table, validated all at once
 * before anything runs, and turned into the RunConfig the engine takes. Keys are spelled exactly as
 * in action.yml (which is generated from the same table).
 */
import path from 'node:path';
import * as core from '@actions/core';
import { defaultConfig, defaultStateDir, type AgentKind, type ExecutionMode, type RunConfig, type TaskCheckout } from '../core/config.js';
import {
  ACTION_OPTIONS,
  actionDefault,
  checkNetworkOptions,
  checkTaskCheckoutOptions,
  ConfigError,
  InvalidValue,
  invalidValueMessage,
  type ActionMode,
  type CreatePr,
  type FailOn,
  type PrWhen,
  type OptionSpec,
} from '../core/options.js';

export type { CreatePr, FailOn, PrWhen } from '../core/options.js';
export { normalizeBotLogin } from '../core/options.js';

export interface Inputs {
  'github-token': string;
  'trigger-label': string;
  /** Globs of prompt files (manual runs). */
  prompts: string[];
  'prompt-dirs': string[];
  'issue-number': number | null;
  /** Empty: the event's base (the PR's base branch, else the default branch). */
  'base-ref': string;
  'branch-prefix': string;
  'create-pr': CreatePr;
  'pr-when': PrWhen;
  comment: boolean;
  'remove-label': boolean;
  'fail-on': FailOn;
  /** Bot logins allowed to trigger, lower case, without `[bot]`. */
  'allowed-bots': string[];
  'max-tasks': number;
  'dashboard-port': number | null;
  agent: AgentKind;
  'agent-command': string;
  execution: ExecutionMode;
  image: string;
  'max-parallel': number | 'auto';
  cpus: number;
  /** Bytes. */
  memory: number;
  'pids-limit': number;
  /** Milliseconds. */
  timeout: number;
  network: string;
  /** With `network: allowlist`: `host:port` entries every task may reach, normalised. */
  'allow-hosts': string[];
  /** Names of host variables passed into the agent containers. */
  env: string[];
  'max-turns': number;
  retries: number;
  /** Undefined: the CLI's own default. */
  'claude-max-retries': number | undefined;
  /** USD; undefined: no ceiling. */
  'max-cost-usd': number | undefined;
  /** Undefined: no verify. */
  verify: string | undefined;
  attempts: number;
  /** Undefined: no judge (the smallest diff wins). */
  judge: string | undefined;
  /** Bytes. */
  'max-result-size': number;
  'max-result-files': number;
  /** Bytes. */
  'max-file-size': number;
  'fail-fast': boolean;
  'keep-worktrees': boolean;
  'task-checkout': TaskCheckout;
  mode: ActionMode;
  /** Shards `plan` makes: a number, or `auto`. */
  shards: number | 'auto';
  'max-shards': number;
  /** The shard a `shard` step runs (from the matrix). */
  shard: { index: number; count: number | null } | null;
  /** The plan JSON (`plan` output) for `shard` and `aggregate`; parsed by the mode. */
  plan: string;
  /** Where `aggregate` finds the shards' results files. */
  'results-dir': string;
}

/**
 * The defaults of action.yml, applied again here because the runner fills them in but a direct
 * `node dist/index.js` (tests, other runners) does not. `github-token` has none here: its default is
 * an expression only the runner can evaluate.
 */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(
  ACTION_OPTIONS.filter((o) => o.name !== 'github-token').map((o) => [o.name, actionDefault(o)]),
);

function readInput(spec: OptionSpec): string {
  const value = core.getInput(spec.name);
  if (value !== '' || spec.name === 'github-token') return value;
  return INPUT_DEFAULTS[spec.name] ?? '';
}

/**
 * Reads and validates every input. All problems are collected and thrown together as one
 * ConfigError, one line each, so a workflow author fixes them in one go.
 */
export function getInputs(): Inputs {
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  for (const spec of ACTION_OPTIONS) {
    const text = spec.kind === 'switch' ? readInput(spec).trim() : readInput(spec);
    try {
      values[spec.name] = spec.parse(text);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      errors.push(
        text === '' ? `Input '${spec.name}' is empty. Expected ${error.expected}.` : invalidValueMessage(`input '${spec.name}'`, text, error),
      );
    }
  }
  const inputs = values as unknown as Inputs;
  if (inputs.agent === 'command' && (inputs['agent-command'] ?? '').trim() === '') {
    errors.push("Input 'agent-command' is empty. Expected a command template like 'my-agent --prompt-file {prompt_file}' when agent is 'command'.");
  }
  if (inputs.mode === 'shard' && inputs.shard === null) {
    errors.push("Input 'shard' is empty. Expected the shard number from the plan's matrix (${{ matrix.shard }}) when mode is 'shard'.");
  }
  if (inputs.mode === 'shard' && (inputs.plan ?? '').trim() === '') {
    errors.push("Input 'plan' is empty. Expected the plan step's 'plan' output (${{ needs.plan.outputs.plan }}) when mode is 'shard'.");
  }
  if (inputs.mode === 'aggregate' && (inputs['results-dir'] ?? '').trim() === '') {
    errors.push("Input 'results-dir' is empty. Expected the directory actions/download-artifact wrote the shards' results to when mode is 'aggregate'.");
  }
  if (errors.length === 0) {
    try {
      checkNetworkOptions(
        { network: inputs.network, execution: inputs.execution, allowHosts: inputs['allow-hosts'] },
        { network: "input 'network'", execution: "input 'execution'", allowHosts: "input 'allow-hosts'" },
      );
      checkTaskCheckoutOptions(
        { taskCheckout: inputs['task-checkout'], keepWorktrees: inputs['keep-worktrees'] },
        { taskCheckout: "input 'task-checkout'", keepWorktrees: "input 'keep-worktrees'" },
      );
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));
  return inputs;
}

/**
 * The engine's configuration for a run in `workspace` (the checkout). `baseRef` is the input as
 * given (or `HEAD`); the action replaces it with the resolved base commit before running.
 */
export function toRunConfig(inputs: Inputs, workspace: string, env: NodeJS.ProcessEnv = process.env): RunConfig {
  const config = defaultConfig(path.resolve(workspace), env);
  config.stateDir = actionStateDir(env);
  config.baseRef = inputs['base-ref'] || 'HEAD';
  const byName = inputs as unknown as Record<string, unknown>;
  for (const spec of ACTION_OPTIONS) {
    if (spec.apply && byName[spec.name] !== undefined) spec.apply(config, byName[spec.name]);
  }
  return config;
}

/**
 * The action's state directory: `$AGENT_FANOUT_HOME`, else `$RUNNER_TEMP/agent-fanout`. Under the
 * runner's temp folder because on ARC `dind` runners only the work volume (which holds
 * RUNNER_TEMP) is shared with the Docker sidecar: a worktree anywhere else would reach the agent
 * as an empty directory. The runner empties RUNNER_TEMP after each job.
 */
export function actionStateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.AGENT_FANOUT_HOME && env.RUNNER_TEMP) return path.join(path.resolve(env.RUNNER_TEMP), 'agent-fanout');
  return defaultStateDir(env);
}
