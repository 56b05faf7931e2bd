/**
 * Validation of option values shared by the CLI (`--memory 4g`) and the action (`memory: 4g`): each
 * failure names the option as the user spelled it, the value, and what was expected.
 */
import { AGENT_KINDS, EXECUTION_MODES, type AgentKind, type ExecutionMode } from './config.js';
import { parseDuration, parseSize } from './units.js';

/** A bad option or input value; the CLI exits 2 on it, the action fails before anything runs. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** How the option is named in messages: `option '--memory'` or `input 'memory'`. */
export type OptionName = string;

function invalid(name: OptionName, value: string, expected: string): ConfigError {
  return new ConfigError(`Invalid value '${value}' for ${name}. Expected ${expected}.`);
}

export function parseMaxParallelOption(name: OptionName, value: string): number | 'auto' {
  if (value.trim() === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw invalid(name, value, "'auto' or a whole number from 1 to 256");
  return n;
}

export function parsePositiveNumberOption(name: OptionName, value: string, max = 1024): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n <= 0 || n > max) throw invalid(name, value, `a number greater than 0 and at most ${max}`);
  return n;
}

export function parsePositiveIntegerOption(name: OptionName, value: string, max = 1_000_000): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw invalid(name, value, `a whole number from 1 to ${max}`);
  return n;
}

export function parseMemoryOption(name: OptionName, value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw invalid(name, value, 'a size like 512m or 4g');
  if (bytes < 6 * 1024 ** 2) throw invalid(name, value, 'at least 6m (Docker refuses smaller memory limits)');
  return bytes;
}

/** A size like `100m` or `2g` (binary units), at least 1 KiB. */
export function parseSizeOption(name: OptionName, value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined || bytes < 1024) throw invalid(name, value, 'a size like 50m or 1g (at least 1k)');
  return bytes;
}

export function parseTimeoutOption(name: OptionName, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw invalid(name, value, 'a duration like 90s, 30m or 2h');
  return ms;
}

export function parseAgentOption(name: OptionName, value: string): AgentKind {
  if (!(AGENT_KINDS as readonly string[]).includes(value)) throw invalid(name, value, `one of ${AGENT_KINDS.join(', ')}`);
  return value as AgentKind;
}

export function parseExecutionOption(name: OptionName, value: string): ExecutionMode {
  if (!(EXECUTION_MODES as readonly string[]).includes(value)) throw invalid(name, value, `one of ${EXECUTION_MODES.join(', ')}`);
  return value as ExecutionMode;
}

export function parseNetworkOption(name: OptionName, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value) || value === 'host') {
    throw invalid(name, value, "'bridge', 'none' or the name of a Docker network ('host' is refused: it removes network isolation)");
  }
  return value;
}

/** A comma/newline/space separated list of environment variable names. */
export function parseEnvNamesOption(name: OptionName, value: string): string[] {
  const names = value.split(/[\s,]+/).filter(Boolean);
  for (const n of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw invalid(name, n, 'environment variable names (letters, digits, _), separated by commas');
  }
  return names;
}

export function parseUserOption(name: OptionName, value: string): string {
  if (!/^\d+:\d+$/.test(value)) throw invalid(name, value, 'a numeric uid:gid like 1000:1000');
  return value;
}

export function parseBranchPrefixOption(name: OptionName, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value) || value.includes('..') || value.endsWith('/') || value.endsWith('.lock')) {
    throw invalid(name, value, 'a git branch prefix like fanout or agents/fanout');
  }
  return value;
}
