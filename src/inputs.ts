/**
 * The action's inputs: read from `INPUT_*`, validated all at once before anything runs, and turned
 * into the RunConfig the engine takes. Keys are spelled exactly as in action.yml.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { FORBIDDEN_ENV, defaultConfig, type AgentKind, type ExecutionMode, type RunConfig } from './config.js';
import {
  ConfigError,
  parseAgentOption,
  parseBranchPrefixOption,
  parseEnvNamesOption,
  parseExecutionOption,
  parseMaxParallelOption,
  parseMemoryOption,
  parseNetworkOption,
  parsePositiveIntegerOption,
  parsePositiveNumberOption,
  parseSizeOption,
  parseTimeoutOption,
} from './options.js';

export type CreatePr = 'draft' | 'true' | 'false';
export type FailOn = 'any' | 'none';

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
  /** Names of host variables passed into the agent containers. */
  env: string[];
  'max-turns': number;
  'fail-fast': boolean;
  'keep-worktrees': boolean;
  /** Bytes. */
  'max-result-size': number;
  'max-result-files': number;
  /** Bytes. */
  'max-file-size': number;
}

/**
 * The defaults of action.yml, applied again here because the runner fills them in but a direct
 * `node dist/index.js` (tests, other runners) does not. A unit test keeps the two in step.
 * `github-token` has none here: its default is an expression only the runner can evaluate.
 */
export const INPUT_DEFAULTS: Readonly<Record<Exclude<keyof Inputs, 'github-token'>, string>> = {
  'trigger-label': 'fanout',
  prompts: '',
  'prompt-dirs': 'prompts,.github/prompts',
  'issue-number': '',
  'base-ref': '',
  'branch-prefix': 'fanout',
  'create-pr': 'draft',
  comment: 'true',
  'remove-label': 'true',
  'fail-on': 'any',
  'allowed-bots': '',
  'max-tasks': '20',
  'dashboard-port': '',
  agent: 'claude',
  'agent-command': '',
  // Unlike the CLI (`auto`), the action never falls back to running agents unisolated on the runner.
  execution: 'docker',
  image: 'agent-fanout/agent:latest',
  'max-parallel': '4',
  cpus: '1',
  memory: '2g',
  'pids-limit': '512',
  timeout: '30m',
  network: 'bridge',
  env: '',
  'max-turns': '50',
  'fail-fast': 'false',
  'keep-worktrees': 'false',
  'max-result-size': '100m',
  'max-result-files': '10000',
  'max-file-size': '50m',
};

function invalid(name: string, value: string, expected: string): ConfigError {
  return new ConfigError(`Invalid value '${value}' for input '${name}'. Expected ${expected}.`);
}

/** `a, b\nc` → `['a', 'b', 'c']`: action list inputs are written either way. */
function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A repository-relative path or glob: never absolute, never climbing out with `..`. */
function relativePath(name: string, value: string): string {
  const norm = value.replace(/\\/g, '/');
  if (/^(?:\/|~|[A-Za-z]:\/)/.test(norm) || norm.split('/').includes('..') || norm.includes('\0')) {
    throw invalid(name, value, 'a path inside the repository, relative to its root, without ..');
  }
  return norm.replace(/^(?:\.\/)+/, '');
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalid(name, value, `one of ${allowed.join(', ')}`);
  return value as T;
}

/** A ref as `git check-ref-format` would take it, or a commit sha. */
function gitRef(name: string, value: string): string {
  if (
    value.startsWith('-') ||
    value.includes('..') ||
    value.includes('@{') ||
    /[\s~^:?*[\\]/.test(value) ||
    [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
    value.endsWith('/') ||
    value.endsWith('.') ||
    value.endsWith('.lock')
  ) {
    throw invalid(name, value, 'a branch, tag or commit like main or v1.2');
  }
  return value;
}

/**
 * Reads and validates every input. All problems are collected and thrown together as one
 * ConfigError, one line each, so a workflow author fixes them in one go.
 */
export function getInputs(): Inputs {
  const errors: string[] = [];
  const raw = (name: keyof Inputs): string => {
    const value = core.getInput(name);
    return value !== '' || name === 'github-token' ? value : INPUT_DEFAULTS[name];
  };
  const field = <T>(name: keyof Inputs, parse: (value: string, label: string) => T, fallback: T): T => {
    try {
      return parse(raw(name), `input '${name}'`);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
      return fallback;
    }
  };
  const bool = (name: keyof Inputs): boolean =>
    field(
      name,
      (value) => {
        if (core.getInput(name) === '') return value === 'true';
        try {
          return core.getBooleanInput(name);
        } catch {
          throw invalid(name, value, 'true or false');
        }
      },
      false,
    );
  const wholeNumber = (name: keyof Inputs, max: number) =>
    field(name, (value) => {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > max) throw invalid(name, value, `a whole number from 1 to ${max}`);
      return n;
    }, 1);

  const inputs: Inputs = {
    'github-token': field(
      'github-token',
      (value) => {
        if (!value) throw new ConfigError("Input 'github-token' is empty. Expected a token; the default is ${{ github.token }}.");
        return value;
      },
      '',
    ),
    'trigger-label': field(
      'trigger-label',
      (value) => {
        if (value.length > 50) throw invalid('trigger-label', value, 'a label name of at most 50 characters');
        return value;
      },
      '',
    ),
    prompts: field('prompts', (value) => splitList(value).map((p) => relativePath('prompts', p)), []),
    'prompt-dirs': field(
      'prompt-dirs',
      (value) => {
        const dirs = splitList(value).map((d) => relativePath('prompt-dirs', d).replace(/\/+$/, ''));
        if (dirs.length === 0 || dirs.some((d) => d === '' || d === '.')) {
          throw invalid('prompt-dirs', value, 'directories inside the repository, like prompts,.github/prompts');
        }
        return dirs;
      },
      [],
    ),
    'issue-number': field(
      'issue-number',
      (value) => {
        if (value === '') return null;
        const m = /^#?(\d+)$/.exec(value);
        if (!m || Number(m[1]) < 1 || !Number.isSafeInteger(Number(m[1]))) throw invalid('issue-number', value, 'an issue or pull request number like 12');
        return Number(m[1]);
      },
      null,
    ),
    'base-ref': field('base-ref', (value) => (value === '' ? '' : gitRef('base-ref', value)), ''),
    'branch-prefix': field('branch-prefix', (value, label) => parseBranchPrefixOption(label, value), 'fanout'),
    'create-pr': field('create-pr', (value) => oneOf<CreatePr>('create-pr', value, ['draft', 'true', 'false']), 'draft'),
    comment: bool('comment'),
    'remove-label': bool('remove-label'),
    'fail-on': field('fail-on', (value) => oneOf<FailOn>('fail-on', value, ['any', 'none']), 'any'),
    'allowed-bots': field(
      'allowed-bots',
      (value) =>
        splitList(value).map((login) => {
          if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?$/.test(login)) {
            throw invalid('allowed-bots', login, 'bot logins like dependabot or renovate[bot], separated by commas');
          }
          return normalizeBotLogin(login);
        }),
      [],
    ),
    'max-tasks': wholeNumber('max-tasks', 100),
    'dashboard-port': field(
      'dashboard-port',
      (value) => {
        if (value === '') return null;
        const n = Number(value);
        if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw invalid('dashboard-port', value, 'a TCP port from 1 to 65535');
        return n;
      },
      null,
    ),
    agent: field('agent', (value, label) => parseAgentOption(label, value), 'claude'),
    'agent-command': raw('agent-command'),
    execution: field('execution', (value, label) => parseExecutionOption(label, value), 'docker'),
    image: field(
      'image',
      (value) => {
        if (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(value)) throw invalid('image', value, 'an image reference like agent-fanout/agent:latest');
        return value;
      },
      '',
    ),
    'max-parallel': field('max-parallel', (value, label) => parseMaxParallelOption(label, value), 1),
    cpus: field('cpus', (value, label) => parsePositiveNumberOption(label, value, 256), 1),
    memory: field('memory', (value, label) => parseMemoryOption(label, value), 0),
    'pids-limit': field('pids-limit', (value, label) => parsePositiveIntegerOption(label, value, 1_000_000), 1),
    timeout: field('timeout', (value, label) => parseTimeoutOption(label, value), 0),
    network: field('network', (value, label) => parseNetworkOption(label, value), 'bridge'),
    env: field(
      'env',
      (value, label) => {
        const names = parseEnvNamesOption(label, value);
        const forbidden = names.find((n) => FORBIDDEN_ENV.includes(n.toUpperCase()));
        if (forbidden) throw invalid('env', forbidden, 'names of variables other than GitHub and runner tokens (the token never reaches an agent)');
        return names;
      },
      [],
    ),
    'max-turns': wholeNumber('max-turns', 10_000),
    'fail-fast': bool('fail-fast'),
    'keep-worktrees': bool('keep-worktrees'),
    'max-result-size': field('max-result-size', (value, label) => parseSizeOption(label, value), 0),
    'max-result-files': wholeNumber('max-result-files', 10_000_000),
    'max-file-size': field('max-file-size', (value, label) => parseSizeOption(label, value), 0),
  };

  if (inputs.agent === 'command' && inputs['agent-command'].trim() === '') {
    errors.push("Input 'agent-command' is empty. Expected a command template like 'my-agent --prompt-file {prompt_file}' when agent is 'command'.");
  }
  if (inputs['trigger-label'] === '') {
    errors.push("Input 'trigger-label' is empty. Expected a label name like fanout.");
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));
  return inputs;
}

/** `Renovate[bot]` → `renovate`: logins compare case-insensitively, with or without `[bot]`. */
export function normalizeBotLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

/**
 * The engine's configuration for a run in `workspace` (the checkout). `baseRef` is the input as
 * given (or `HEAD`); the action replaces it with the resolved base commit before running.
 */
export function toRunConfig(inputs: Inputs, workspace: string, env: NodeJS.ProcessEnv = process.env): RunConfig {
  const config = defaultConfig(path.resolve(workspace), env);
  return {
    ...config,
    baseRef: inputs['base-ref'] || 'HEAD',
    branchPrefix: inputs['branch-prefix'],
    agent: inputs.agent,
    agentCommand: inputs['agent-command'] || undefined,
    execution: inputs.execution,
    image: inputs.image,
    maxParallel: inputs['max-parallel'],
    cpus: inputs.cpus,
    memoryBytes: inputs.memory,
    pidsLimit: inputs['pids-limit'],
    timeoutMs: inputs.timeout,
    network: inputs.network,
    env: inputs.env,
    maxTurns: inputs['max-turns'],
    failFast: inputs['fail-fast'],
    keepWorktrees: inputs['keep-worktrees'],
    maxResultBytes: inputs['max-result-size'],
    maxResultFiles: inputs['max-result-files'],
    maxFileBytes: inputs['max-file-size'],
  };
}
