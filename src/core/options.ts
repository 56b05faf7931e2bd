/**
 * Every option, once: its name, the parser with its bounds, its default, what it means, and where it
 * applies (CLI flag, Action input, prompt front matter). The CLI's argument parser and usage text,
 * the Action's input reader, front-matter validation and the docs' tables are all derived from
 * {@link OPTIONS}; a test fails when action.yml or the docs disagree with it.
 */
import os from 'node:os';
import { AGENT_KINDS, CLAUDE_OUTPUTS, EXECUTION_MODES, FORBIDDEN_ENV, TASK_CHECKOUTS, type AgentKind, type ClaudeOutput, type ExecutionMode, type RunConfig, type TaskCheckout } from './config.js';
import { ALLOW_ENTRY_EXPECTED, ALLOWLIST_NETWORK, parseAllowList, splitAllowList } from '../exec/egress/allowlist.js';
import { parseDuration, parseSize } from './units.js';

/** A bad option or input value; the CLI exits 2 on it, the action fails before anything runs. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Thrown by value parsers: what was expected, and the offending part of the value when it is not
 * the whole (one bad name in a list). Each place that reads options phrases it for its users.
 */
export class InvalidValue extends Error {
  constructor(
    readonly expected: string,
    readonly part?: string,
  ) {
    super(`expected ${expected}`);
    this.name = 'InvalidValue';
  }
}

/** `Invalid value 'x' for option '--memory'. Expected a size like 512m or 4g.` */
export function invalidValueMessage(label: string, value: string, error: InvalidValue): string {
  return `Invalid value '${error.part ?? value}' for ${label}. Expected ${error.expected}.`;
}

/** Longest duration accepted anywhere: timers overflow past 2^31 ms (~24.8 days). */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;
/** Docker refuses memory limits below 6 MiB. */
export const MIN_MEMORY_BYTES = 6 * 1024 ** 2;
export const MAX_MEMORY_BYTES = 1024 ** 4;
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

// ---- value parsers: text in, typed value out, InvalidValue when not acceptable ------------------

export function maxParallelValue(text: string): number | 'auto' {
  if (text.trim() === 'auto') return 'auto';
  return wholeNumber(1, 256, "'auto' or a whole number from 1 to 256")(text);
}

/** A whole number in `[min, max]` (digits only: no `1e3`, no `-1`). */
export function wholeNumber(min: number, max: number, expected = `a whole number from ${min} to ${max}`): (text: string) => number {
  return (text) => {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidValue(expected);
    return n;
  };
}

/** CPUs per task: more than 0, at most the host's cores (a limit above them could never be met). */
export function cpusValue(text: string, hostCpus = os.availableParallelism()): number {
  const n = Number(text.trim());
  const expected = `a number of CPUs greater than 0 and at most ${hostCpus} (this host's cores), like 1 or 0.5`;
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(n) || n <= 0 || n > hostCpus) throw new InvalidValue(expected);
  return n;
}

export function memoryValue(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined) throw new InvalidValue('a size like 512m or 4g');
  if (bytes < MIN_MEMORY_BYTES) throw new InvalidValue('at least 6m (Docker refuses smaller memory limits)');
  if (bytes > MAX_MEMORY_BYTES) throw new InvalidValue('at most 1t');
  return bytes;
}

/** A size limit on results: `100m`, `2g`, at least 1 KiB. */
export function resultSizeValue(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined || bytes < 1024) throw new InvalidValue('a size like 50m or 1g (at least 1k)');
  return bytes;
}

export function durationValue(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new InvalidValue('a duration like 90s, 30m or 2h');
  if (ms > MAX_DURATION_MS) throw new InvalidValue('a duration of at most 7 days (168h)');
  return ms;
}

export function agentValue(text: string): AgentKind {
  if (!(AGENT_KINDS as readonly string[]).includes(text)) throw new InvalidValue(`one of ${AGENT_KINDS.join(', ')}`);
  return text as AgentKind;
}

export function executionValue(text: string): ExecutionMode {
  if (!(EXECUTION_MODES as readonly string[]).includes(text)) throw new InvalidValue(`one of ${EXECUTION_MODES.join(', ')}`);
  return text as ExecutionMode;
}

export function taskCheckoutValue(text: string): TaskCheckout {
  if (!(TASK_CHECKOUTS as readonly string[]).includes(text)) throw new InvalidValue(`one of ${TASK_CHECKOUTS.join(', ')}`);
  return text as TaskCheckout;
}

export function claudeOutputValue(text: string): ClaudeOutput {
  if (!(CLAUDE_OUTPUTS as readonly string[]).includes(text)) throw new InvalidValue(`one of ${CLAUDE_OUTPUTS.join(', ')}`);
  return text as ClaudeOutput;
}

export function networkValue(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) || text === 'host') {
    throw new InvalidValue("'bridge', 'none', 'allowlist' or the name of a Docker network ('host' is refused: it removes network isolation)");
  }
  return text;
}

/** `host[:port]` entries, comma/space/newline separated, normalised. */
export function allowHostsValue(text: string): string[] {
  return parseAllowList(splitAllowList(text), (item) => {
    throw new InvalidValue(ALLOW_ENTRY_EXPECTED, item);
  });
}

/** The network the egress proxy reaches allowed hosts through: a Docker network it can join. */
export function egressNetworkValue(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) || ['host', 'none', ALLOWLIST_NETWORK].includes(text)) {
    throw new InvalidValue("'bridge' or the name of a Docker network with a route out (not host, none or allowlist)");
  }
  return text;
}

/**
 * What the network options mean together: an allow-list only applies to `allowlist`, and
 * `allowlist` is enforced by Docker, so it cannot go with `subprocess`. `names` are as the user
 * spelled them (`option '--network'`, `input 'network'`).
 */
export function checkNetworkOptions(
  values: { network: string; execution: ExecutionMode; allowHosts: readonly string[] },
  names: { network: string; execution: string; allowHosts: string },
): void {
  if (values.allowHosts.length > 0 && values.network !== ALLOWLIST_NETWORK) {
    throw new ConfigError(`${names.allowHosts} is set, but ${names.network} is '${values.network}'. Expected ${names.network} '${ALLOWLIST_NETWORK}': the allow-list applies only there.`);
  }
  if (values.network === ALLOWLIST_NETWORK && values.execution === 'subprocess') {
    throw new ConfigError(
      `${names.network} is '${ALLOWLIST_NETWORK}', which Docker enforces, but ${names.execution} is 'subprocess'. Expected ${names.execution} 'docker' (or 'auto'), or another network.`,
    );
  }
}

/** `task-checkout overlay` cannot keep its task directories: they are mounts, and no mount outlives the run. */
export function checkTaskCheckoutOptions(values: { taskCheckout: TaskCheckout; keepWorktrees: boolean }, names: { taskCheckout: string; keepWorktrees: string }): void {
  if (values.taskCheckout === 'overlay' && values.keepWorktrees) {
    throw new ConfigError(
      `${names.taskCheckout} is 'overlay' and ${names.keepWorktrees} is set: kept task directories must outlive the run, and overlay mounts do not. Expected ${names.taskCheckout} 'auto' or 'full' (full checkouts, which are kept), or no ${names.keepWorktrees}.`,
    );
  }
}

/** Names of environment variables, separated by commas, spaces or newlines; never a GitHub token. */
export function envNamesValue(text: string): string[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  for (const n of names) {
    if (!ENV_NAME_PATTERN.test(n)) throw new InvalidValue('environment variable names (letters, digits, _), separated by commas', n);
    if (FORBIDDEN_ENV.includes(n.toUpperCase())) {
      throw new InvalidValue('names of variables other than GitHub and runner tokens (the token never reaches an agent)', n);
    }
  }
  return [...new Set(names)];
}

/** `3` or `auto`: how many runners a run is split over (a GitHub matrix has at most 256 jobs). */
export function shardsValue(text: string): number | 'auto' {
  if (text.trim() === 'auto') return 'auto';
  return wholeNumber(1, 256, "'auto' or a whole number from 1 to 256")(text);
}

/** `2/3` (shard 2 of 3) or, with a plan that fixes the count, `2`. */
export function shardValue(text: string): { index: number; count: number | null } {
  const m = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text);
  const index = Number(m?.[1]);
  const count = m?.[2] === undefined ? null : Number(m[2]);
  if (!m || index < 1 || index > 256 || (count !== null && (count < 1 || count > 256 || index > count))) {
    throw new InvalidValue('a shard like 2/3 (shard 2 of 3), or 2 with a plan');
  }
  return { index, count };
}

/** Most attempts of one task: each is a whole agent session, in a slot of its own. */
export const MAX_ATTEMPTS = 8;

/** A shell command (`verify`, `judge`): any text on one logical line; empty means none. */
export function commandValue(text: string): string | undefined {
  const command = text.trim();
  if (command === '') return undefined;
  if (command.includes('\0')) throw new InvalidValue('a shell command without NUL bytes, like npm ci && npm test');
  return command;
}

/** Most task-level retries: each one can cost a whole agent session. */
export const MAX_TASK_RETRIES = 5;
/** Most retries of one API call by Claude Code (its default is 10; 20 means a retry window of ~12 minutes). */
export const MAX_CLAUDE_RETRIES = 20;
export const MAX_COST_USD = 10_000;

/** A cost ceiling in USD: more than 0 (`0.50`, `5`, `$2.5`), at most {@link MAX_COST_USD}. */
export function costUsdValue(text: string): number {
  const t = text.trim().replace(/^\$/, '');
  const n = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || !Number.isFinite(n) || n <= 0 || n > MAX_COST_USD) {
    throw new InvalidValue(`an amount in USD greater than 0 and at most ${MAX_COST_USD}, like 0.50 or 5`);
  }
  return n;
}

export function userValue(text: string): string {
  if (!/^\d+:\d+$/.test(text)) throw new InvalidValue('a numeric uid:gid like 1000:1000');
  return text;
}

export function branchPrefixValue(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) || text.includes('..') || text.endsWith('/') || text.endsWith('.lock')) {
    throw new InvalidValue('a git branch prefix like fanout or agents/fanout');
  }
  return text;
}

export function imageValue(text: string): string {
  if (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(text)) throw new InvalidValue('an image reference like agent-fanout/agent:latest');
  return text;
}

/** A ref as `git check-ref-format` would take it, or a commit sha. */
export function gitRefValue(text: string): string {
  if (
    text === '' ||
    text.startsWith('-') ||
    text.includes('..') ||
    text.includes('@{') ||
    /[\s~:?*[\\]/.test(text) ||
    [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
    text.endsWith('/') ||
    text.endsWith('.') ||
    text.endsWith('.lock')
  ) {
    throw new InvalidValue('a branch, tag or commit like main, v1.2 or HEAD~1');
  }
  return text;
}

export function nonEmptyText(expected: string): (text: string) => string {
  return (text) => {
    if (text.trim() === '') throw new InvalidValue(expected);
    return text;
  };
}

// ---- the table ---------------------------------------------------------------------------------

/** Where an option can be given. */
export interface OptionScopes {
  /** `--<name>` on `agent-fanout run`. */
  cli?: boolean;
  /** Input `<name>` of the Action; `default` when the Action's default differs from the CLI's. */
  action?: boolean | { default: string };
  /** Key in a prompt file's front matter and the task field it sets; the value applies to that task only. */
  frontMatter?: { key: string; field: keyof TaskOverrides };
}

/** What a prompt file's front matter may set for its own task, instead of the run's option. */
export interface TaskOverrides {
  agent?: AgentKind;
  timeoutMs?: number;
  cpus?: number;
  memoryBytes?: number;
  image?: string;
  /** Names of host variables passed to this task's agent (added to the run's `env`). */
  env: string[];
  maxTurns?: number;
  /** Expected duration (front matter `estimate`), used only to balance shards. */
  estimateMs?: number;
  /** `host[:port]` entries this task may reach besides the run's (`network: allowlist` only). */
  allowHosts?: string[];
  /** Runs again after a transient agent failure (front matter `retries`). */
  retries?: number;
  /** `CLAUDE_CODE_MAX_RETRIES` for this task's claude agent (front matter `claude_max_retries`). */
  claudeMaxRetries?: number;
  /** This task's cost ceiling in USD (front matter `max_cost_usd`). */
  maxCostUsd?: number;
  /** The command run on this task's result (front matter `verify`). */
  verify?: string;
  /** The command that scores this task's attempts (front matter `judge`). */
  judge?: string;
  /** Independent attempts of this task (front matter `attempts`). */
  attempts?: number;
}

export interface OptionSpec<T = unknown> {
  /** As users write it: `--memory`, input `memory`. */
  name: string;
  /** One line for the usage text, action.yml and the docs. */
  description: string;
  /** The default as text ('' for none), as the usage, action.yml and the docs show it. */
  default: string;
  /** How the default reads in the usage text when it is not a literal (e.g. `this process's`). */
  defaultText?: string;
  /** A value to show in messages when the default is empty (`20m`). */
  example?: string;
  /** Placeholder in the usage (`--memory SIZE`); absent for switches. */
  metavar?: string;
  /** `switch` takes no value (CLI) / true|false (Action); `repeatable` may be given more than once. */
  kind: 'value' | 'switch' | 'repeatable';
  scopes: OptionScopes;
  parse(text: string): T;
  /** Puts a parsed value into the run configuration (absent for options the caller reads itself). */
  apply?(config: RunConfig, value: T): void;
}

function option<T>(spec: OptionSpec<T>): OptionSpec<T> {
  return spec;
}

const booleanText = (text: string): boolean => {
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  throw new InvalidValue('true or false');
};

/** Options of a run: `agent-fanout run` flags, Action inputs and front-matter keys. */
export const OPTIONS: readonly OptionSpec[] = [
  option({
    name: 'repo',
    metavar: 'DIR',
    kind: 'value',
    default: '',
    defaultText: "the current directory's",
    description: 'git repository the tasks run on',
    scopes: { cli: true },
    parse: nonEmptyText('a directory inside a git repository'),
  }),
  option({
    name: 'base',
    metavar: 'REF',
    kind: 'value',
    default: 'HEAD',
    description: 'ref the task branches start from',
    scopes: { cli: true },
    parse: gitRefValue,
    apply: (c, v) => (c.baseRef = v),
  }),
  option({
    name: 'branch-prefix',
    metavar: 'P',
    kind: 'value',
    default: 'fanout',
    description: 'task branches are <prefix>/<task-id> or <prefix>/<issue>/<task-id> (a -tryK suffix when taken)',
    scopes: { cli: true, action: true },
    parse: branchPrefixValue,
    apply: (c, v) => (c.branchPrefix = v),
  }),
  option({
    name: 'issue',
    metavar: 'N',
    kind: 'value',
    default: '',
    description: 'issue the run belongs to (branches <prefix>/<N>/<task>)',
    scopes: { cli: true },
    parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'an issue number like 12'),
  }),
  option({
    name: 'agent',
    metavar: 'KIND',
    kind: 'value',
    default: 'claude',
    description: `agent for prompt files whose front matter names none: ${AGENT_KINDS.join(', ')}`,
    scopes: { cli: true, action: true, frontMatter: { key: 'agent', field: 'agent' } },
    parse: agentValue,
    apply: (c, v) => (c.agent = v),
  }),
  option({
    name: 'agent-command',
    metavar: 'T',
    kind: 'value',
    default: '',
    description: 'command template of the command agent, with {prompt_file} or {prompt}',
    scopes: { cli: true, action: true },
    parse: (text) => text,
    apply: (c, v) => (c.agentCommand = v.trim() === '' ? undefined : v),
  }),
  option({
    name: 'claude-arg',
    metavar: 'ARG',
    kind: 'repeatable',
    default: '',
    description: 'extra flag for the claude CLI (repeatable)',
    scopes: { cli: true },
    parse: (text) => text,
    apply: (c, v) => c.claudeArgs.push(v),
  }),
  option({
    name: 'claude-output',
    metavar: 'FMT',
    kind: 'value',
    default: 'json',
    description: 'output of the claude CLI: json (its result at the end) or stream (stream-json, with live progress: turns, current tool, tokens, cost so far)',
    scopes: { cli: true, action: true },
    parse: claudeOutputValue,
    apply: (c, v) => (c.claudeOutput = v),
  }),
  option({
    name: 'execution',
    metavar: 'MODE',
    kind: 'value',
    default: 'auto',
    description: 'where agents run: docker (isolated containers), subprocess (on the host, no isolation) or auto (Docker when its daemon answers)',
    scopes: { cli: true, action: { default: 'docker' } },
    parse: executionValue,
    apply: (c, v) => (c.execution = v),
  }),
  option({
    name: 'image',
    metavar: 'IMAGE',
    kind: 'value',
    default: 'agent-fanout/agent:latest',
    description: 'agent container image (built when it is the default and missing)',
    scopes: { cli: true, action: true, frontMatter: { key: 'image', field: 'image' } },
    parse: imageValue,
    apply: (c, v) => (c.image = v),
  }),
  option({
    name: 'max-parallel',
    metavar: 'N',
    kind: 'value',
    default: '4',
    description: 'tasks run at once, or auto (from host memory and the memory limits)',
    scopes: { cli: true, action: true },
    parse: maxParallelValue,
    apply: (c, v) => (c.maxParallel = v),
  }),
  option({
    name: 'cpus',
    metavar: 'N',
    kind: 'value',
    default: '1',
    description: "CPUs per task container (at most the host's cores)",
    scopes: { cli: true, action: true, frontMatter: { key: 'cpus', field: 'cpus' } },
    parse: (text) => cpusValue(text),
    apply: (c, v) => (c.cpus = v),
  }),
  option({
    name: 'memory',
    metavar: 'SIZE',
    kind: 'value',
    default: '2g',
    description: 'memory limit per task container, swap included, e.g. 512m or 4g',
    scopes: { cli: true, action: true, frontMatter: { key: 'memory', field: 'memoryBytes' } },
    parse: memoryValue,
    apply: (c, v) => (c.memoryBytes = v),
  }),
  option({
    name: 'pids-limit',
    metavar: 'N',
    kind: 'value',
    default: '512',
    description: 'process limit per task container',
    scopes: { cli: true, action: true },
    parse: wholeNumber(1, 1_000_000),
    apply: (c, v) => (c.pidsLimit = v),
  }),
  option({
    name: 'timeout',
    metavar: 'DURATION',
    kind: 'value',
    default: '30m',
    description: 'per-task timeout, e.g. 90s, 30m or 2h (at most 7 days)',
    scopes: { cli: true, action: true, frontMatter: { key: 'timeout', field: 'timeoutMs' } },
    parse: durationValue,
    apply: (c, v) => (c.timeoutMs = v),
  }),
  option({
    name: 'estimate',
    kind: 'value',
    default: '',
    example: '20m',
    description: "the task's expected duration, like 20m: balances shards over runners (agent-fanout plan, the Action's mode plan)",
    scopes: { frontMatter: { key: 'estimate', field: 'estimateMs' } },
    parse: durationValue,
  }),
  option({
    name: 'network',
    metavar: 'MODE',
    kind: 'value',
    default: 'bridge',
    description:
      'Docker network of the task containers: bridge, none, allowlist (out only through a per-run egress proxy, to the model API of claude tasks and allow-hosts; see docs/egress.md) or a network name (host is refused)',
    // The Action runs unattended on events: agents get out only through the egress proxy.
    scopes: { cli: true, action: { default: ALLOWLIST_NETWORK } },
    parse: networkValue,
    apply: (c, v) => (c.network = v),
  }),
  option({
    name: 'allow-hosts',
    metavar: 'LIST',
    kind: 'repeatable',
    default: '',
    example: '[registry.npmjs.org]',
    description: 'host[:port] entries tasks may reach with network allowlist, comma separated (port 443 by default), e.g. registry.npmjs.org,*.corp.example:8443',
    scopes: { cli: true, action: true, frontMatter: { key: 'allow_hosts', field: 'allowHosts' } },
    parse: allowHostsValue,
    apply: (c, v) => (c.allowHosts = [...new Set([...c.allowHosts, ...v])]),
  }),
  option({
    name: 'egress-network',
    metavar: 'NAME',
    kind: 'value',
    default: 'bridge',
    description: 'with network allowlist: the Docker network the egress proxy reaches allowed hosts through',
    scopes: { cli: true },
    parse: egressNetworkValue,
    apply: (c, v) => (c.egressNetwork = v),
  }),
  option({
    name: 'env',
    metavar: 'NAMES',
    kind: 'repeatable',
    default: '',
    description: 'names of host environment variables passed to agents, comma separated (never a GitHub token; values are masked in logs)',
    scopes: { cli: true, action: true, frontMatter: { key: 'env', field: 'env' } },
    parse: envNamesValue,
    apply: (c, v) => (c.env = [...new Set([...c.env, ...v])]),
  }),
  option({
    name: 'max-turns',
    metavar: 'N',
    kind: 'value',
    default: '50',
    description: "most agent turns (claude --max-turns; Claude Code's reported num_turns can be one more, see docs/claude.md)",
    scopes: { cli: true, action: true, frontMatter: { key: 'max_turns', field: 'maxTurns' } },
    parse: wholeNumber(1, 10_000),
    apply: (c, v) => (c.maxTurns = v),
  }),
  option({
    name: 'retries',
    metavar: 'N',
    kind: 'value',
    default: '0',
    example: '2',
    description: `runs a task again, on a fresh working tree, when its agent failed for a transient reason (API overloaded, 5xx, 429, a network error; not max turns, 401, a timeout or the budget), 0 to ${MAX_TASK_RETRIES}; see docs/claude.md`,
    scopes: { cli: true, action: true, frontMatter: { key: 'retries', field: 'retries' } },
    parse: wholeNumber(0, MAX_TASK_RETRIES),
    apply: (c, v) => (c.retries = v),
  }),
  option({
    name: 'claude-max-retries',
    metavar: 'N',
    kind: 'value',
    default: '',
    defaultText: "the CLI's, 10",
    example: '3',
    description: `CLAUDE_CODE_MAX_RETRIES for the claude agent: how often Claude Code retries a failed API call itself (0 to ${MAX_CLAUDE_RETRIES}; its default 10 takes about 3 minutes to give up)`,
    scopes: { cli: true, action: true, frontMatter: { key: 'claude_max_retries', field: 'claudeMaxRetries' } },
    parse: (text) => (text.trim() === '' ? undefined : wholeNumber(0, MAX_CLAUDE_RETRIES)(text)),
    apply: (c, v) => (c.claudeMaxRetries = v),
  }),
  option({
    name: 'max-cost-usd',
    metavar: 'USD',
    kind: 'value',
    default: '',
    example: '0.50',
    description:
      'cost ceiling per task in USD, over all its retries (with attempts, per attempt): with claude-output stream the agent is stopped as its running cost passes it; with json the task fails only at the end (see docs/claude.md)',
    scopes: { cli: true, action: true, frontMatter: { key: 'max_cost_usd', field: 'maxCostUsd' } },
    parse: (text) => (text.trim() === '' ? undefined : costUsdValue(text)),
    apply: (c, v) => (c.maxCostUsd = v),
  }),
  option({
    name: 'verify',
    metavar: 'CMD',
    kind: 'value',
    default: '',
    example: "'npm ci && npm test'",
    description:
      "shell command run on each task's result in the task's sandbox after its agent, e.g. 'npm ci && npm test': exit 0 passes, else the task ends verify_failed (its branch kept); see docs/verification.md",
    scopes: { cli: true, action: true, frontMatter: { key: 'verify', field: 'verify' } },
    parse: commandValue,
    apply: (c, v) => (c.verify = v),
  }),
  option({
    name: 'attempts',
    metavar: 'N',
    kind: 'value',
    default: '1',
    example: '3',
    description: `independent attempts of each task, run in parallel (each its own sandbox, verified); the best becomes the task's branch, the others are kept as refs/fanout/attempts/...; 1 to ${MAX_ATTEMPTS}`,
    scopes: { cli: true, action: true, frontMatter: { key: 'attempts', field: 'attempts' } },
    parse: wholeNumber(1, MAX_ATTEMPTS),
    apply: (c, v) => (c.attempts = v),
  }),
  option({
    name: 'judge',
    metavar: 'CMD',
    kind: 'value',
    default: '',
    example: "'sh score.sh'",
    description: "with attempts: shell command run in each attempt's sandbox (after verify passed) that prints a number; the highest wins (default: the smallest diff, then the fastest)",
    scopes: { cli: true, action: true, frontMatter: { key: 'judge', field: 'judge' } },
    parse: commandValue,
    apply: (c, v) => (c.judge = v),
  }),
  option({
    name: 'user',
    metavar: 'UID:GID',
    kind: 'value',
    default: '',
    description: 'uid:gid agents run as',
    defaultText: "this process's; as root the repository owner's, else 1000:1000",
    scopes: { cli: true },
    parse: userValue,
    apply: (c, v) => (c.user = v),
  }),
  option({
    name: 'state-dir',
    metavar: 'DIR',
    kind: 'value',
    default: '',
    defaultText: '~/.agent-fanout, or $AGENT_FANOUT_HOME',
    description: 'run directories and journals',
    scopes: { cli: true },
    parse: nonEmptyText('a directory'),
  }),
  option({
    name: 'ca-cert',
    metavar: 'FILE',
    kind: 'value',
    default: '',
    defaultText: '$NODE_EXTRA_CA_CERTS',
    description: 'extra CA bundle (PEM) for agents and image builds',
    scopes: { cli: true },
    parse: nonEmptyText('a PEM file'),
  }),
  option({
    name: 'max-result-size',
    metavar: 'SIZE',
    kind: 'value',
    default: '100m',
    description: "most bytes a task's result may add or change, e.g. 100m (over it the task fails, naming the biggest files)",
    scopes: { cli: true, action: true },
    parse: resultSizeValue,
    apply: (c, v) => (c.maxResultBytes = v),
  }),
  option({
    name: 'max-result-files',
    metavar: 'N',
    kind: 'value',
    default: '10000',
    description: "most files a task's result may add or change",
    scopes: { cli: true, action: true },
    parse: wholeNumber(1, 10_000_000),
    apply: (c, v) => (c.maxResultFiles = v),
  }),
  option({
    name: 'max-file-size',
    metavar: 'SIZE',
    kind: 'value',
    default: '50m',
    description: "largest file a task's result may add or change",
    scopes: { cli: true, action: true },
    parse: resultSizeValue,
    apply: (c, v) => (c.maxFileBytes = v),
  }),
  option({
    name: 'fail-fast',
    kind: 'switch',
    default: 'false',
    description: 'cancel tasks that have not started once one fails',
    scopes: { cli: true, action: true },
    parse: booleanText,
    apply: (c, v) => (c.failFast = v),
  }),
  option({
    name: 'keep-worktrees',
    kind: 'switch',
    default: 'false',
    description: 'keep the task worktrees after the run (branches are always kept)',
    scopes: { cli: true, action: true },
    parse: booleanText,
    apply: (c, v) => (c.keepWorktrees = v),
  }),
  option({
    name: 'task-checkout',
    metavar: 'MODE',
    kind: 'value',
    default: 'auto',
    description:
      'how task directories are made: overlay (one checkout of the base per run, shared copy-on-write through an overlay mount per task; needs root or sudo -n), full (a full checkout per task) or auto (overlay when this host can mount one, else full)',
    scopes: { cli: true, action: true },
    parse: taskCheckoutValue,
    apply: (c, v) => (c.taskCheckout = v),
  }),
  option({
    name: 'shard',
    metavar: 'I/K',
    kind: 'value',
    default: '',
    description:
      "run only shard I of K of the plan computed from the same prompts and base, or shard I of --plan (the Action's mode shard takes the matrix's number, like ${{ matrix.shard }})",
    scopes: { cli: true, action: true },
    parse: (text) => (text.trim() === '' ? null : shardValue(text)),
  }),
  option({
    name: 'plan',
    metavar: 'FILE',
    kind: 'value',
    default: '',
    description:
      "the plan to run a shard of: a file from 'agent-fanout plan --json' (CLI), or the plan step's plan output, ${{ needs.plan.outputs.plan }} (Action modes shard and aggregate)",
    scopes: { cli: true, action: true },
    parse: (text) => text,
  }),
  option({
    name: 'json',
    metavar: 'FILE',
    kind: 'value',
    default: '',
    description: 'write the results JSON',
    scopes: { cli: true },
    parse: nonEmptyText('a file path'),
  }),
  option({
    name: 'summary',
    metavar: 'FILE',
    kind: 'value',
    default: '',
    description: 'write the Markdown summary',
    scopes: { cli: true },
    parse: nonEmptyText('a file path'),
  }),
  option({
    name: 'quiet',
    kind: 'switch',
    default: 'false',
    description: 'no task output on the console',
    scopes: { cli: true },
    parse: booleanText,
  }),
  option({
    name: 'verbose',
    kind: 'switch',
    default: 'false',
    description: 'debug output (every git and Docker call)',
    scopes: { cli: true },
    parse: booleanText,
  }),
];

/** `a, b\nc` → `['a', 'b', 'c']`: list inputs are written either way. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A repository-relative path or glob: never absolute, never climbing out with `..`. */
export function relativePathValue(text: string): string {
  const norm = text.replace(/\\/g, '/');
  if (/^(?:\/|~|[A-Za-z]:\/)/.test(norm) || norm.split('/').includes('..') || norm.includes('\0')) {
    throw new InvalidValue('a path inside the repository, relative to its root, without ..', text);
  }
  return norm.replace(/^(?:\.\/)+/, '');
}

/** `Renovate[bot]` → `renovate`: logins compare case-insensitively, with or without `[bot]`. */
export function normalizeBotLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

function oneOf<T extends string>(allowed: readonly T[]): (text: string) => T {
  return (text) => {
    if (!(allowed as readonly string[]).includes(text)) throw new InvalidValue(`one of ${allowed.join(', ')}`);
    return text as T;
  };
}

export type CreatePr = 'draft' | 'true' | 'false';
/** `always`: results whose verify failed get a pull request too; `verified`: only results that passed (or had no verify). */
export type PrWhen = 'always' | 'verified';
/** `all`: the whole run in this job; `plan` / `shard` / `aggregate`: one step of a matrix run. */
export type ActionMode = 'all' | 'plan' | 'shard' | 'aggregate';
export type FailOn = 'any' | 'none';

/** Inputs only the Action has: how it is triggered, what it reads, and what it does on GitHub. */
export const ACTION_ONLY_OPTIONS: readonly OptionSpec[] = [
  option({
    name: 'github-token',
    kind: 'value',
    default: '${{ github.token }}',
    description: 'Token for the API (comments, reactions, labels, pull requests) and for pushing task branches. Never passed to agents.',
    scopes: { action: true },
    parse: nonEmptyText('a token; the default is ${{ github.token }}'),
  }),
  option({
    name: 'trigger-label',
    kind: 'value',
    default: 'fanout',
    description: 'Label that starts a run when added to an issue or pull request.',
    scopes: { action: true },
    parse: (text) => {
      if (text.trim() === '' || text.length > 50) throw new InvalidValue('a label name of 1 to 50 characters, like fanout');
      return text;
    },
  }),
  option({
    name: 'prompts',
    kind: 'value',
    default: '',
    description: 'Prompt files or globs (comma or newline separated) for workflow_dispatch runs, e.g. prompts/*.md.',
    scopes: { action: true },
    parse: (text) => splitList(text).map(relativePathValue),
  }),
  option({
    name: 'prompt-dirs',
    kind: 'value',
    default: 'prompts,.github/prompts',
    description: 'Directories prompt files may be linked from (comma separated). Searched on the base ref as committed.',
    scopes: { action: true },
    parse: (text) => {
      const dirs = splitList(text).map((d) => relativePathValue(d).replace(/\/+$/, ''));
      if (dirs.length === 0 || dirs.some((d) => d === '' || d === '.')) {
        throw new InvalidValue('directories inside the repository, like prompts,.github/prompts');
      }
      return dirs;
    },
  }),
  option({
    name: 'issue-number',
    kind: 'value',
    default: '',
    description: 'Issue or pull request a workflow_dispatch run reports to (and, without prompts, whose linked prompt files it runs).',
    scopes: { action: true },
    parse: (text) => {
      if (text === '') return null;
      const m = /^#?(\d+)$/.exec(text);
      if (!m || Number(m[1]) < 1 || !Number.isSafeInteger(Number(m[1]))) throw new InvalidValue('an issue or pull request number like 12');
      return Number(m[1]);
    },
  }),
  option({
    name: 'base-ref',
    kind: 'value',
    default: '',
    description: "Branch, tag or commit the tasks start from and prompt files are read from. Default the pull request's base branch, else the default branch.",
    scopes: { action: true },
    parse: (text) => (text === '' ? '' : gitRefValue(text)),
  }),
  option({
    name: 'create-pr',
    kind: 'value',
    default: 'draft',
    description: 'Open a pull request per successful task with changes: draft, true (ready for review) or false (push branches only).',
    scopes: { action: true },
    parse: oneOf<CreatePr>(['draft', 'true', 'false']),
  }),
  option({
    name: 'pr-when',
    kind: 'value',
    default: 'always',
    description:
      "always: a task whose verify failed gets a pull request too, with the failed checks in its body; verified: only results that passed their verify (or had none) get one, the others' branches are pushed for inspection.",
    scopes: { action: true },
    parse: oneOf<PrWhen>(['always', 'verified']),
  }),
  option({
    name: 'comment',
    kind: 'switch',
    default: 'true',
    description: 'Keep one short progress and results comment on the issue (or the pull request the run belongs to). Task pull requests get no comment; their bodies link this one.',
    scopes: { action: true },
    parse: booleanText,
  }),
  option({
    name: 'remove-label',
    kind: 'switch',
    default: 'true',
    description: 'Remove the trigger label when the run ends, so adding it again starts a new run.',
    scopes: { action: true },
    parse: booleanText,
  }),
  option({
    name: 'fail-on',
    kind: 'value',
    default: 'any',
    description: 'any: the step fails when a task does not succeed or a linked prompt file cannot run; none: it never fails for that.',
    scopes: { action: true },
    parse: oneOf<FailOn>(['any', 'none']),
  }),
  option({
    name: 'allowed-bots',
    kind: 'value',
    default: '',
    description: 'Bot logins (comma separated, e.g. renovate[bot]) allowed to trigger runs. Bots are refused otherwise.',
    scopes: { action: true },
    parse: (text) =>
      splitList(text).map((login) => {
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?$/.test(login)) {
          throw new InvalidValue('bot logins like dependabot or renovate[bot], separated by commas', login);
        }
        return normalizeBotLogin(login);
      }),
  }),
  option({
    name: 'max-tasks',
    kind: 'value',
    default: '20',
    description: 'Most tasks one run starts (1 to 100).',
    scopes: { action: true },
    parse: wholeNumber(1, 100),
  }),
  option({
    name: 'dashboard-port',
    kind: 'value',
    default: '',
    description: 'Port of the live dashboard on the runner. Empty means no dashboard.',
    scopes: { action: true },
    parse: (text) => (text === '' ? null : wholeNumber(1, 65535, 'a TCP port from 1 to 65535')(text)),
  }),
  option({
    name: 'mode',
    kind: 'value',
    default: 'all',
    description: 'all: the whole run in this job; plan, shard, aggregate: one step of a run over many runners (docs/scale-out.md).',
    scopes: { action: true },
    parse: oneOf<ActionMode>(['all', 'plan', 'shard', 'aggregate']),
  }),
  option({
    name: 'shards',
    kind: 'value',
    default: 'auto',
    description: 'With mode plan: how many shards, or auto (enough that each runs at most max-parallel tasks at once).',
    scopes: { action: true },
    parse: shardsValue,
  }),
  option({
    name: 'max-shards',
    kind: 'value',
    default: '8',
    description: 'With mode plan and shards auto: the most shards (1 to 256).',
    scopes: { action: true },
    parse: wholeNumber(1, 256),
  }),
  option({
    name: 'results-dir',
    kind: 'value',
    default: '',
    description: "With mode aggregate: the directory actions/download-artifact wrote the shards' results files to.",
    scopes: { action: true },
    parse: (text) => text,
  }),
];

/** Every option, run options first, then the Action-only inputs. */
export const ALL_OPTIONS: readonly OptionSpec[] = [...OPTIONS, ...ACTION_ONLY_OPTIONS];

export function findOption(name: string): OptionSpec {
  const spec = ALL_OPTIONS.find((o) => o.name === name);
  if (!spec) throw new TypeError(`unknown option '${name}'`);
  return spec;
}

export const CLI_OPTIONS = OPTIONS.filter((o) => o.scopes.cli);
/** Action inputs in action.yml's order: trigger and GitHub inputs first, then the run options. */
export const ACTION_OPTIONS = [...ACTION_ONLY_OPTIONS, ...OPTIONS.filter((o) => o.scopes.action)];
export const FRONT_MATTER_OPTIONS = OPTIONS.filter((o) => o.scopes.frontMatter);

/** The Action's default of an option (may differ from the CLI's). */
export function actionDefault(spec: OptionSpec): string {
  return typeof spec.scopes.action === 'object' ? spec.scopes.action.default : spec.default;
}

/** Parses `text` for the option; a bad value is a ConfigError naming `label`, the value and what was expected. */
export function parseOption<T>(spec: OptionSpec<T>, text: string, label: string): T {
  try {
    return spec.parse(text);
  } catch (error) {
    if (error instanceof InvalidValue) throw new ConfigError(invalidValueMessage(label, text, error));
    throw error;
  }
}

/** The `run options:` part of the CLI usage, one line per option. */
export function renderCliUsage(): string {
  const rows = CLI_OPTIONS.map((o) => {
    const left = `  --${o.name}${o.metavar ? ` ${o.metavar}` : ''}`;
    const def = o.defaultText ?? o.default;
    const showDefault = o.kind !== 'switch' && def !== '';
    return `${left.padEnd(24)}${o.description}${showDefault ? ` (default ${def})` : ''}`;
  });
  return rows.join('\n');
}
