import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, getInputs, toRunConfig } from '../src/action/inputs.js';

function setInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getInputs', () => {
  test('applies the defaults of action.yml when only the token is set', () => {
    setInputs({ 'github-token': 'ghs_x' });
    const inputs = getInputs();
    expect(inputs).toMatchObject({
      'trigger-label': 'fanout',
      prompts: [],
      'prompt-dirs': ['prompts', '.github/prompts'],
      'issue-number': null,
      'create-pr': 'draft',
      comment: true,
      'remove-label': true,
      'fail-on': 'any',
      'max-tasks': 20,
      'dashboard-port': null,
      agent: 'claude',
      execution: 'docker',
      network: 'allowlist',
      'allow-hosts': [],
      'max-parallel': 4,
      memory: 2 * 1024 ** 3,
      timeout: 30 * 60_000,
      'fail-fast': false,
      'keep-worktrees': false,
      'task-checkout': 'auto',
      'max-result-size': 100 * 1024 ** 2,
      'max-result-files': 10_000,
      'max-file-size': 50 * 1024 ** 2,
    });
  });

  test('the defaults in code are the defaults in action.yml, and every input is read', () => {
    const action = parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const { 'github-token': token, ...rest } = action.inputs;
    expect(token.default).toBe('${{ github.token }}');
    expect(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v.default ?? '')]))).toEqual(INPUT_DEFAULTS);
    setInputs({ 'github-token': 'ghs_x' });
    expect(Object.keys(getInputs()).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('parses lists, numbers and booleans', () => {
    setInputs({
      'github-token': 'ghs_x',
      prompts: 'prompts/a.md\n prompts/b/*.md ',
      'prompt-dirs': './agents/, prompts',
      'issue-number': '#12',
      'allowed-bots': 'Renovate[bot], dependabot',
      'max-parallel': 'auto',
      memory: '512m',
      timeout: '90s',
      env: 'ANTHROPIC_API_KEY, OTHER',
      comment: 'False',
      'fail-fast': 'TRUE',
      'dashboard-port': '8080',
    });
    const inputs = getInputs();
    expect(inputs.prompts).toEqual(['prompts/a.md', 'prompts/b/*.md']);
    expect(inputs['prompt-dirs']).toEqual(['agents', 'prompts']);
    expect(inputs['issue-number']).toBe(12);
    expect(inputs['allowed-bots']).toEqual(['renovate', 'dependabot']);
    expect(inputs['max-parallel']).toBe('auto');
    expect(inputs.memory).toBe(512 * 1024 ** 2);
    expect(inputs.timeout).toBe(90_000);
    expect(inputs.env).toEqual(['ANTHROPIC_API_KEY', 'OTHER']);
    expect(inputs.comment).toBe(false);
    expect(inputs['fail-fast']).toBe(true);
    expect(inputs['dashboard-port']).toBe(8080);
  });

  test('retries, claude-max-retries and max-cost-usd reach the run configuration; empty ones leave the defaults', () => {
    setInputs({ 'github-token': 'ghs_x', retries: '2', 'claude-max-retries': '3', 'max-cost-usd': '0.75' });
    expect(toRunConfig(getInputs(), '/workspace', {})).toMatchObject({ retries: 2, claudeMaxRetries: 3, maxCostUsd: 0.75 });
    vi.unstubAllEnvs();
    setInputs({ 'github-token': 'ghs_x' });
    const config = toRunConfig(getInputs(), '/workspace', {});
    expect(config.retries).toBe(0);
    expect(config.claudeMaxRetries).toBeUndefined();
    expect(config.maxCostUsd).toBeUndefined();
  });

  test.each([
    ['memory', '4gib-ish', "Invalid value '4gib-ish' for input 'memory'. Expected a size like 512m or 4g."],
    ['timeout', 'soon', "Invalid value 'soon' for input 'timeout'. Expected a duration like 90s, 30m or 2h."],
    ['max-parallel', '0', "Invalid value '0' for input 'max-parallel'. Expected 'auto' or a whole number from 1 to 256."],
    ['agent', 'gpt', "Invalid value 'gpt' for input 'agent'. Expected one of claude, command, script."],
    ['claude-output', 'ndjson', "Invalid value 'ndjson' for input 'claude-output'. Expected one of json, stream."],
    ['retries', '9', "Invalid value '9' for input 'retries'. Expected a whole number from 0 to 5."],
    ['max-cost-usd', 'free', "Invalid value 'free' for input 'max-cost-usd'. Expected an amount in USD greater than 0 and at most 10000, like 0.50 or 5."],
    ['create-pr', 'yes', "Invalid value 'yes' for input 'create-pr'. Expected one of draft, true, false."],
    ['comment', 'yes', "Invalid value 'yes' for input 'comment'. Expected true or false."],
    ['fail-on', 'some', "Invalid value 'some' for input 'fail-on'. Expected one of any, none."],
    ['max-tasks', '101', "Invalid value '101' for input 'max-tasks'. Expected a whole number from 1 to 100."],
    ['issue-number', 'twelve', "Invalid value 'twelve' for input 'issue-number'. Expected an issue or pull request number like 12."],
    ['prompt-dirs', '../elsewhere', "Invalid value '../elsewhere' for input 'prompt-dirs'. Expected a path inside the repository"],
    ['prompts', '/etc/*.md', "Invalid value '/etc/*.md' for input 'prompts'. Expected a path inside the repository"],
    ['network', 'host', "Invalid value 'host' for input 'network'."],
    ['env', 'GITHUB_TOKEN', "Invalid value 'GITHUB_TOKEN' for input 'env'. Expected names of variables other than GitHub and runner tokens"],
    ['branch-prefix', 'a..b', "Invalid value 'a..b' for input 'branch-prefix'."],
    ['base-ref', '-x', "Invalid value '-x' for input 'base-ref'. Expected a branch, tag or commit like main, v1.2 or HEAD~1."],
    ['dashboard-port', '70000', "Invalid value '70000' for input 'dashboard-port'. Expected a TCP port from 1 to 65535."],
    ['allowed-bots', 'evil bot', "Invalid value 'evil bot' for input 'allowed-bots'."],
    ['allow-hosts', 'ok.example, https://x.example', "Invalid value 'https://x.example' for input 'allow-hosts'. Expected host names or addresses with an optional port"],
    ['mode', 'matrix', "Invalid value 'matrix' for input 'mode'. Expected one of all, plan, shard, aggregate."],
    ['shards', 'many', "Invalid value 'many' for input 'shards'. Expected 'auto' or a whole number from 1 to 256."],
    ['max-shards', '257', "Invalid value '257' for input 'max-shards'. Expected a whole number from 1 to 256."],
    ['shard', '0', "Invalid value '0' for input 'shard'. Expected a shard like 2/3 (shard 2 of 3), or 2 with a plan."],
    ['max-result-size', 'big', "Invalid value 'big' for input 'max-result-size'. Expected a size like 50m or 1g (at least 1k)."],
    ['max-result-files', '0', "Invalid value '0' for input 'max-result-files'. Expected a whole number from 1 to 10000000."],
    ['max-file-size', '10', "Invalid value '10' for input 'max-file-size'. Expected a size like 50m or 1g (at least 1k)."],
  ])('refuses %s=%s with a message naming input, value and expectation', (name, value, message) => {
    setInputs({ 'github-token': 'ghs_x', [name]: value });
    expect(errorOf(getInputs)).toContain(message);
  });

  test('reports every invalid input at once, one per line', () => {
    setInputs({ 'github-token': '', memory: 'lots', cpus: '-1', agent: 'command' });
    const lines = errorOf(getInputs).split('\n');
    expect(lines[1]).toMatch(/^Invalid value '-1' for input 'cpus'. Expected a number of CPUs greater than 0 and at most \d+ \(this host's cores\), like 1 or 0.5.$/);
    lines[1] = 'cpus';
    expect(lines).toEqual([
      "Input 'github-token' is empty. Expected a token; the default is ${{ github.token }}.",
      'cpus',
      "Invalid value 'lots' for input 'memory'. Expected a size like 512m or 4g.",
      "Input 'agent-command' is empty. Expected a command template like 'my-agent --prompt-file {prompt_file}' when agent is 'command'.",
    ]);
  });
});

describe('task-checkout and keep-worktrees together', () => {
  test('overlay task directories cannot be kept', () => {
    setInputs({ 'github-token': 'ghs_x', 'task-checkout': 'overlay', 'keep-worktrees': 'true' });
    expect(errorOf(getInputs)).toBe(
      "input 'task-checkout' is 'overlay' and input 'keep-worktrees' is set: kept task directories must outlive the run, and overlay mounts do not. Expected input 'task-checkout' 'auto' or 'full' (full checkouts, which are kept), or no input 'keep-worktrees'.",
    );
    vi.unstubAllEnvs();
    setInputs({ 'github-token': 'ghs_x', 'keep-worktrees': 'true' });
    expect(getInputs()['task-checkout']).toBe('auto');
  });
});

describe('network inputs together', () => {
  test('allow-hosts needs network allowlist, and allowlist needs docker', () => {
    setInputs({ 'github-token': 'ghs_x', network: 'bridge', 'allow-hosts': 'registry.npmjs.org' });
    expect(errorOf(getInputs)).toBe(
      "input 'allow-hosts' is set, but input 'network' is 'bridge'. Expected input 'network' 'allowlist': the allow-list applies only there.",
    );
    vi.unstubAllEnvs();
    setInputs({ 'github-token': 'ghs_x', network: 'allowlist', execution: 'subprocess' });
    expect(errorOf(getInputs)).toContain("input 'network' is 'allowlist', which Docker enforces, but input 'execution' is 'subprocess'.");
    // The default network is allowlist: subprocess execution has to name another network.
    vi.unstubAllEnvs();
    setInputs({ 'github-token': 'ghs_x', execution: 'subprocess' });
    expect(errorOf(getInputs)).toContain("input 'network' is 'allowlist'");
    vi.unstubAllEnvs();
    setInputs({ 'github-token': 'ghs_x', execution: 'subprocess', network: 'bridge' });
    expect(getInputs().network).toBe('bridge');
  });

  test('allowlist with allow-hosts reaches the engine configuration, normalised', () => {
    setInputs({ 'github-token': 'ghs_x', network: 'allowlist', 'allow-hosts': 'registry.npmjs.org\n*.corp.example:8443, 10.0.0.0/8:80' });
    const config = toRunConfig(getInputs(), '/ws');
    expect(config.network).toBe('allowlist');
    expect(config.allowHosts).toEqual(['registry.npmjs.org:443', '*.corp.example:8443', '10.0.0.0/8:80']);
  });
});

describe('matrix modes', () => {
  test('default to all; plan takes shards; shard needs shard and plan; aggregate needs results-dir', () => {
    setInputs({ 'github-token': 'ghs_x' });
    expect(getInputs()).toMatchObject({ mode: 'all', shards: 'auto', 'max-shards': 8, shard: null, plan: '', 'results-dir': '' });
    setInputs({ mode: 'plan', shards: '3' });
    expect(getInputs()).toMatchObject({ mode: 'plan', shards: 3 });
    setInputs({ mode: 'shard', shards: 'auto' });
    expect(errorOf(getInputs).split('\n')).toEqual([
      "Input 'shard' is empty. Expected the shard number from the plan's matrix (${{ matrix.shard }}) when mode is 'shard'.",
      "Input 'plan' is empty. Expected the plan step's 'plan' output (${{ needs.plan.outputs.plan }}) when mode is 'shard'.",
    ]);
    setInputs({ mode: 'aggregate' });
    expect(errorOf(getInputs)).toBe(
      "Input 'results-dir' is empty. Expected the directory actions/download-artifact wrote the shards' results to when mode is 'aggregate'.",
    );
  });
});

describe('toRunConfig', () => {
  test('the state directory defaults under RUNNER_TEMP (shared with a dind sidecar); AGENT_FANOUT_HOME wins', () => {
    setInputs({ 'github-token': 'ghs_x' });
    vi.stubEnv('AGENT_FANOUT_HOME', '');
    vi.stubEnv('RUNNER_TEMP', '/home/runner/_work/_temp');
    expect(toRunConfig(getInputs(), '/w').stateDir).toBe('/home/runner/_work/_temp/agent-fanout');
    vi.stubEnv('AGENT_FANOUT_HOME', '/srv/af');
    expect(toRunConfig(getInputs(), '/w').stateDir).toBe('/srv/af');
  });

  test('maps inputs onto the engine configuration', () => {
    setInputs({
      'github-token': 'ghs_x',
      agent: 'script',
      cpus: '2',
      memory: '1g',
      'pids-limit': '100',
      network: 'none',
      env: 'A_KEY',
      'max-turns': '7',
      'claude-output': 'stream',
      'keep-worktrees': 'true',
      'branch-prefix': 'bots/fanout',
      'max-result-size': '20m',
      'max-result-files': '500',
      'max-file-size': '2m',
    });
    vi.stubEnv('AGENT_FANOUT_HOME', '/tmp/af-home');
    const config = toRunConfig(getInputs(), 'relative/ws');
    expect(config).toMatchObject({
      repo: path.resolve('relative/ws'),
      baseRef: 'HEAD',
      branchPrefix: 'bots/fanout',
      agent: 'script',
      execution: 'docker',
      cpus: 2,
      memoryBytes: 1024 ** 3,
      pidsLimit: 100,
      network: 'none',
      env: ['A_KEY'],
      maxTurns: 7,
      claudeOutput: 'stream',
      keepWorktrees: true,
      failFast: false,
      stateDir: '/tmp/af-home',
      maxResultBytes: 20 * 1024 ** 2,
      maxResultFiles: 500,
      maxFileBytes: 2 * 1024 ** 2,
    });
    expect(config.agentCommand).toBeUndefined();
  });
});
