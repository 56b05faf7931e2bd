import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/core/config.js';
import {
  ACTION_OPTIONS,
  ALL_OPTIONS,
  ConfigError,
  CLI_OPTIONS,
  checkNetworkOptions,
  checkTaskCheckoutOptions,
  FRONT_MATTER_OPTIONS,
  MAX_DURATION_MS,
  findOption,
  parseOption,
  renderCliUsage,
} from '../src/core/options.js';
import { joinValueArgs } from '../src/cli/run.js';

const parse = (name: string, text: string, label = `option '--${name}'`) => parseOption(findOption(name), text, label);

describe('the options table', () => {
  it('accepts good values', () => {
    expect(parse('max-parallel', 'auto')).toBe('auto');
    expect(parse('max-parallel', '8')).toBe(8);
    expect(parse('memory', '512m', "input 'memory'")).toBe(512 * 1024 ** 2);
    expect(parse('timeout', '2h', "input 'timeout'")).toBe(7_200_000);
    expect(parse('timeout', '168h')).toBe(MAX_DURATION_MS);
    expect(parse('env', 'ANTHROPIC_API_KEY, NPM_TOKEN\nFOO', "input 'env'")).toEqual(['ANTHROPIC_API_KEY', 'NPM_TOKEN', 'FOO']);
    expect(parse('network', 'none')).toBe('none');
    expect(parse('user', '1000:1000')).toBe('1000:1000');
    expect(parse('cpus', '0.5')).toBe(0.5);
    expect(parse('network', 'allowlist')).toBe('allowlist');
    expect(parse('allow-hosts', 'registry.npmjs.org, *.corp.example:8443 10.0.0.0/8:80')).toEqual(['registry.npmjs.org:443', '*.corp.example:8443', '10.0.0.0/8:80']);
    expect(parse('egress-network', 'corp-out')).toBe('corp-out');
    expect(parse('retries', '0')).toBe(0);
    expect(parse('retries', '5', "input 'retries'")).toBe(5);
    expect(parse('claude-max-retries', '0')).toBe(0);
    expect(parse('claude-max-retries', '', "input 'claude-max-retries'")).toBeUndefined();
    expect(parse('max-cost-usd', '0.50')).toBe(0.5);
    expect(parse('max-cost-usd', '$2', "input 'max-cost-usd'")).toBe(2);
    expect(parse('max-cost-usd', '', "input 'max-cost-usd'")).toBeUndefined();
    expect(parse('max-file-size', '50m')).toBe(50 * 1024 ** 2);
  });

  it.each([
    ['memory', '4 gigs', "input 'memory'", "Invalid value '4 gigs' for input 'memory'. Expected a size like 512m or 4g."],
    ['memory', '1m', "input 'memory'", "Invalid value '1m' for input 'memory'. Expected at least 6m"],
    ['max-result-size', '100', "option '--max-result-size'", "Invalid value '100' for option '--max-result-size'. Expected a size like 50m or 1g (at least 1k)."],
    ['memory', '1e99', "option '--memory'", "Invalid value '1e99' for option '--memory'. Expected a size like 512m or 4g."],
    ['memory', '2t', "option '--memory'", "Invalid value '2t' for option '--memory'. Expected at most 1t."],
    ['max-parallel', 'lots', "option '--max-parallel'", "Invalid value 'lots' for option '--max-parallel'. Expected 'auto' or a whole number from 1 to 256."],
    ['max-parallel', '-1', "option '--max-parallel'", "Invalid value '-1' for option '--max-parallel'. Expected 'auto' or a whole number from 1 to 256."],
    ['timeout', 'soon', "input 'timeout'", "Invalid value 'soon' for input 'timeout'. Expected a duration like 90s, 30m or 2h."],
    ['timeout', '600h', "option '--timeout'", "Invalid value '600h' for option '--timeout'. Expected a duration of at most 7 days (168h)."],
    ['execution', 'vm', "option '--execution'", "Invalid value 'vm' for option '--execution'. Expected one of auto, docker, subprocess."],
    ['env', 'GOOD, BAD-NAME', "input 'env'", "Invalid value 'BAD-NAME' for input 'env'."],
    ['env', 'GITHUB_TOKEN', "option '--env'", "Invalid value 'GITHUB_TOKEN' for option '--env'. Expected names of variables other than GitHub and runner tokens"],
    ['network', 'host', "input 'network'", "Invalid value 'host' for input 'network'."],
    ['cpus', '1000', "option '--cpus'", "Invalid value '1000' for option '--cpus'. Expected a number of CPUs greater than 0 and at most"],
    ['base', '--output=x', "option '--base'", "Invalid value '--output=x' for option '--base'."],
    ['allow-hosts', 'ok.example,*', "option '--allow-hosts'", "Invalid value '*' for option '--allow-hosts'. Expected host names or addresses with an optional port"],
    ['egress-network', 'host', "option '--egress-network'", "Invalid value 'host' for option '--egress-network'. Expected 'bridge' or the name of a Docker network with a route out"],
    ['claude-output', 'yaml', "input 'claude-output'", "Invalid value 'yaml' for input 'claude-output'. Expected one of json, stream."],
    ['retries', '6', "option '--retries'", "Invalid value '6' for option '--retries'. Expected a whole number from 0 to 5."],
    ['retries', 'twice', "input 'retries'", "Invalid value 'twice' for input 'retries'. Expected a whole number from 0 to 5."],
    ['claude-max-retries', '100', "input 'claude-max-retries'", "Invalid value '100' for input 'claude-max-retries'. Expected a whole number from 0 to 20."],
    ['max-cost-usd', '0', "option '--max-cost-usd'", "Invalid value '0' for option '--max-cost-usd'. Expected an amount in USD greater than 0 and at most 10000, like 0.50 or 5."],
    ['max-cost-usd', '-1', "input 'max-cost-usd'", "Invalid value '-1' for input 'max-cost-usd'. Expected an amount in USD greater than 0"],
    ['max-cost-usd', '1e3', "input 'max-cost-usd'", "Invalid value '1e3' for input 'max-cost-usd'. Expected an amount in USD greater than 0"],
  ])('%s %s: the message names the option, the value and what was expected', (name, text, label, message) => {
    expect(() => parse(name, text, label)).toThrow(ConfigError);
    expect(() => parse(name, text, label)).toThrow(message);
  });

  it('has one row per name, and every row a description and a place it applies', () => {
    const names = ALL_OPTIONS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    for (const o of ALL_OPTIONS) {
      expect(o.description, o.name).toBeTruthy();
      expect(o.scopes.cli || o.scopes.action || o.scopes.frontMatter, o.name).toBeTruthy();
    }
  });

  it('parses every default of the CLI and the Action with its own parser', () => {
    for (const o of CLI_OPTIONS) if (o.default !== '') expect(() => o.parse(o.default), o.name).not.toThrow();
    for (const o of ACTION_OPTIONS) {
      if (o.name === 'github-token') continue;
      const def = typeof o.scopes.action === 'object' ? o.scopes.action.default : o.default;
      expect(() => o.parse(def), o.name).not.toThrow();
    }
  });

  it('applies the CLI defaults to exactly the built-in configuration', () => {
    const config = defaultConfig('/repo', {});
    const applied = defaultConfig('/repo', {});
    applied.claudeArgs = [];
    for (const o of CLI_OPTIONS) if (o.apply && o.default !== '' && o.kind !== 'repeatable') o.apply(applied, o.parse(o.default));
    expect(applied).toEqual(config);
  });

  it('front matter keys are the snake_case of the option or the option itself', () => {
    for (const o of FRONT_MATTER_OPTIONS) expect(o.scopes.frontMatter!.key).toBe(o.name.replace(/-/g, '_'));
  });

  it('usage text has a line per CLI option with its default', () => {
    const usage = renderCliUsage();
    for (const o of CLI_OPTIONS) expect(usage).toContain(`--${o.name}`);
    expect(usage).toMatch(/--memory SIZE\s+.*\(default 2g\)/);
  });

  it('joins a value option with a next argument that looks like a flag', () => {
    expect(joinValueArgs(['--max-parallel', '-1', 'prompts'])).toEqual(['--max-parallel=-1', 'prompts']);
    expect(joinValueArgs(['--claude-arg', '--model', '--claude-arg', 'opus', '--quiet'])).toEqual(['--claude-arg=--model', '--claude-arg', 'opus', '--quiet']);
    expect(joinValueArgs(['--quiet', '--fail-fast'])).toEqual(['--quiet', '--fail-fast']);
  });

  it('checks the network options together', () => {
    const names = { network: "option '--network'", execution: "option '--execution'", allowHosts: "option '--allow-hosts'" };
    expect(() => checkNetworkOptions({ network: 'bridge', execution: 'docker', allowHosts: ['a.example:443'] }, names)).toThrow(
      "option '--allow-hosts' is set, but option '--network' is 'bridge'. Expected option '--network' 'allowlist': the allow-list applies only there.",
    );
    expect(() => checkNetworkOptions({ network: 'allowlist', execution: 'subprocess', allowHosts: [] }, names)).toThrow(
      "option '--network' is 'allowlist', which Docker enforces, but option '--execution' is 'subprocess'. Expected option '--execution' 'docker' (or 'auto'), or another network.",
    );
    expect(() => checkNetworkOptions({ network: 'allowlist', execution: 'auto', allowHosts: ['a.example:443'] }, names)).not.toThrow();
  });

  it('refuses overlay task checkouts that would have to be kept', () => {
    const names = { taskCheckout: "option '--task-checkout'", keepWorktrees: "option '--keep-worktrees'" };
    expect(() => checkTaskCheckoutOptions({ taskCheckout: 'overlay', keepWorktrees: true }, names)).toThrow(
      "option '--task-checkout' is 'overlay' and option '--keep-worktrees' is set: kept task directories must outlive the run, and overlay mounts do not. Expected option '--task-checkout' 'auto' or 'full' (full checkouts, which are kept), or no option '--keep-worktrees'.",
    );
    expect(() => checkTaskCheckoutOptions({ taskCheckout: 'auto', keepWorktrees: true }, names)).not.toThrow();
    expect(() => checkTaskCheckoutOptions({ taskCheckout: 'overlay', keepWorktrees: false }, names)).not.toThrow();
  });
});
