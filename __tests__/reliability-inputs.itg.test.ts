/**
 * Reliability suite, bad input: one table of what careful and hostile users pass — prompt files and
 * their front matter, CLI flags, Action inputs and event payloads — each run through the built CLI
 * or the built Action as a user would. Every case asserts the exit status, that the message names
 * the file, field, flag or input, that no stack trace is printed, and that nothing was started or
 * left behind (run directories, containers of the process, worktrees, branches, git locks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { cleanupTempDirs, makeRepo, sh, tempDir, write } from './git-fixtures.js';
import { FakeGitHub } from './support/fake-github.js';
import { clip, leftovers, recordCase, runAction, runCli, stackTraceIn, type ProcResult } from './support/reliability.js';

afterAll(() => cleanupTempDirs());

/** A script prompt with the given front matter lines. */
function prompt(frontMatter: string, body = '# Task\n\n```sh\necho ok > ok.txt\n```\n'): string {
  return `---\nagent: script\n${frontMatter}\n---\n${body}`;
}

interface CliCase {
  name: string;
  group: 'front matter' | 'prompt file' | 'CLI flag';
  /** Files written into the repository (not committed) before the run; Buffers are written as bytes. */
  files?: Record<string, string | Buffer>;
  /** Arguments after `run --repo <repo> --state-dir <state> --execution subprocess`; `{repo}`, `{state}`, `{tmp}` are replaced. */
  args: string[];
  /** Replaces the default leading arguments entirely (for cases about --repo or --state-dir). */
  ownArgs?: boolean;
  env?: Record<string, string>;
  /** A repository without any commit. */
  emptyRepo?: boolean;
  /** Texts (or patterns) the error must contain: the file, field or flag, and what was expected. */
  mentions: (string | RegExp)[];
  expected: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x1b, 0x5b, 0x32, 0x4a]);

const CLI_CASES: CliCase[] = [
  // ---- front matter ----------------------------------------------------------------------------
  { group: 'front matter', name: 'invalid YAML', files: { 'prompts/x.md': prompt('title: [unclosed') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'invalid YAML front matter at line'], expected: 'exit 2 naming the file and the line' },
  { group: 'front matter', name: 'front matter never closed', files: { 'prompts/x.md': '---\nagent: script\n# T\n' }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'never closed'], expected: 'exit 2 naming the file' },
  { group: 'front matter', name: 'front matter is a list', files: { 'prompts/x.md': '---\n- a\n- b\n---\n# T\n' }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'must be a YAML mapping'], expected: 'exit 2 naming the file' },
  { group: 'front matter', name: 'memory: 1e99', files: { 'prompts/x.md': prompt('memory: 1e99') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'memory'", 'a size like 512m'], expected: "exit 2 naming the file and 'memory'" },
  { group: 'front matter', name: 'memory: 1 (below Docker’s minimum)', files: { 'prompts/x.md': prompt('memory: 1') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'memory'", 'at least 6m'], expected: "exit 2 naming the file and 'memory'" },
  { group: 'front matter', name: 'memory: 2t (above the bound)', files: { 'prompts/x.md': prompt('memory: 2t') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'memory'", 'at most 1t'], expected: "exit 2 naming the file and 'memory'" },
  { group: 'front matter', name: 'cpus: 1000', files: { 'prompts/x.md': prompt('cpus: 1000') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'cpus'", "this host's cores"], expected: "exit 2 naming the file and 'cpus' (bounded by the host's cores)" },
  { group: 'front matter', name: 'cpus: 0', files: { 'prompts/x.md': prompt('cpus: 0') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'cpus'", 'greater than 0'], expected: "exit 2 naming the file and 'cpus'" },
  { group: 'front matter', name: 'timeout: 600h (timer overflow)', files: { 'prompts/x.md': prompt('timeout: 600h') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'timeout'", 'at most 7 days'], expected: "exit 2 naming the file and 'timeout'" },
  { group: 'front matter', name: 'timeout: [1, 2]', files: { 'prompts/x.md': prompt('timeout: [1, 2]') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'timeout'", 'a single value'], expected: "exit 2 naming the file and 'timeout'" },
  { group: 'front matter', name: 'env: [GITHUB_TOKEN]', files: { 'prompts/x.md': prompt('env: [GITHUB_TOKEN]') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'env'", 'GITHUB_TOKEN'], expected: "exit 2 naming the file and 'env' (the token never reaches an agent)" },
  { group: 'front matter', name: 'env: [BAD-NAME]', files: { 'prompts/x.md': prompt('env: [BAD-NAME]') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'env'", 'BAD-NAME'], expected: "exit 2 naming the file and 'env'" },
  { group: 'front matter', name: "image: 'Bad Image'", files: { 'prompts/x.md': prompt("image: 'Bad Image'") }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'image'", 'an image reference'], expected: "exit 2 naming the file and 'image'" },
  { group: 'front matter', name: 'agent: gpt', files: { 'prompts/x.md': '---\nagent: gpt\n---\n# T\n' }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'agent'", 'claude, command, script'], expected: "exit 2 naming the file and 'agent'" },
  { group: 'front matter', name: 'max_turns: 0', files: { 'prompts/x.md': prompt('max_turns: 0') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'max_turns'"], expected: "exit 2 naming the file and 'max_turns'" },
  { group: 'front matter', name: 'id: Bad_ID', files: { 'prompts/x.md': prompt('id: Bad_ID') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'id'", 'lowercase letters'], expected: "exit 2 naming the file and 'id'" },
  { group: 'front matter', name: 'issue: abc', files: { 'prompts/x.md': prompt('issue: abc') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'issue'"], expected: "exit 2 naming the file and 'issue'" },
  { group: 'front matter', name: 'depends_on an unknown task', files: { 'prompts/x.md': prompt('depends_on: [ghost]') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "field 'depends_on'", "unknown task 'ghost'"], expected: "exit 2 naming the file and 'depends_on'" },
  { group: 'front matter', name: 'dependency cycle', files: { 'prompts/a.md': prompt('depends_on: b'), 'prompts/b.md': prompt('depends_on: a') }, args: ['prompts'], mentions: ["field 'depends_on'", /dependency cycle: (a -> b -> a|b -> a -> b)/], expected: 'exit 2 printing the cycle' },
  { group: 'front matter', name: 'duplicate id', files: { 'prompts/a.md': prompt('id: same'), 'prompts/b.md': prompt('id: same') }, args: ['prompts'], mentions: ["duplicate task id 'same'", 'prompts/a.md', 'prompts/b.md'], expected: 'exit 2 naming both files' },
  { group: 'front matter', name: 'script prompt without a script', files: { 'prompts/x.md': prompt('title: T', '# Do it\n\nNo code here.\n') }, args: ['prompts/x.md'], mentions: ['prompts/x.md', "agent 'script' needs a ```sh"], expected: 'exit 2 naming the file, before the run' },
  // ---- the prompt file itself ------------------------------------------------------------------
  { group: 'prompt file', name: 'empty file', files: { 'prompts/x.md': '' }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'the prompt is empty'], expected: 'exit 2 naming the file (the agent never runs)' },
  { group: 'prompt file', name: 'front matter only', files: { 'prompts/x.md': '---\nagent: script\n---\n\n' }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'the prompt is empty'], expected: 'exit 2 naming the file' },
  { group: 'prompt file', name: 'binary file (PNG bytes)', files: { 'prompts/x.md': PNG }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'is a binary file (a NUL byte at line 3'], expected: 'exit 2 naming the file and where; bytes never echoed' },
  { group: 'prompt file', name: 'Latin-1 text', files: { 'prompts/x.md': Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n')]) }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'is not UTF-8 text (an invalid byte at line 1, byte 6)'], expected: 'exit 2 naming the file and where; bytes never echoed' },
  { group: 'prompt file', name: 'over 256 KiB', files: { 'prompts/x.md': `# Big\n\n${'x'.repeat(300 * 1024)}\n` }, args: ['prompts/x.md'], mentions: ['prompts/x.md', 'the limit is 262144 bytes'], expected: 'exit 2 naming the file and the limit' },
  { group: 'prompt file', name: 'missing file', args: ['prompts/nope.md'], mentions: ['prompts/nope.md', 'file not found'], expected: 'exit 2 naming the file' },
  { group: 'prompt file', name: 'outside the repository', args: ['../outside.md'], mentions: ['../outside.md', 'outside the repository'], expected: 'exit 2 naming the path' },
  { group: 'prompt file', name: 'directory without prompts', files: { 'notes/readme.txt': 'x' }, args: ['notes'], mentions: ['notes', 'contains no .md prompt files'], expected: 'exit 2 naming the directory' },
  { group: 'prompt file', name: 'glob without matches', args: ['tasks/*.md'], mentions: ['tasks/*.md', 'matches no files'], expected: 'exit 2 naming the pattern' },
  // ---- CLI flags -------------------------------------------------------------------------------
  { group: 'CLI flag', name: '--memory lots', args: ['--memory', 'lots'], mentions: ["Invalid value 'lots' for option '--memory'", 'a size like 512m or 4g'], expected: 'exit 2 naming --memory and what is expected' },
  { group: 'CLI flag', name: '--max-parallel -1', args: ['--max-parallel', '-1'], mentions: ["option '--max-parallel'", 'from 1 to 256'], expected: 'exit 2 naming --max-parallel and the range' },
  { group: 'CLI flag', name: '--max-parallel 0', args: ['--max-parallel', '0'], mentions: ["option '--max-parallel'", 'from 1 to 256'], expected: 'exit 2 naming --max-parallel and the range' },
  { group: 'CLI flag', name: '--cpus 1000', args: ['--cpus', '1000'], mentions: ["option '--cpus'", "this host's cores"], expected: "exit 2 naming --cpus and the host's cores" },
  { group: 'CLI flag', name: '--timeout 600h', args: ['--timeout', '600h'], mentions: ["option '--timeout'", 'at most 7 days'], expected: 'exit 2 naming --timeout and the bound' },
  { group: 'CLI flag', name: '--pids-limit 0', args: ['--pids-limit', '0'], mentions: ["option '--pids-limit'"], expected: 'exit 2 naming --pids-limit' },
  { group: 'CLI flag', name: '--env GITHUB_TOKEN', args: ['--env', 'GITHUB_TOKEN'], mentions: ["option '--env'", 'GITHUB_TOKEN'], expected: 'exit 2 refusing the token, as front matter and the Action do' },
  { group: 'CLI flag', name: '--network host', args: ['--network', 'host'], mentions: ["option '--network'", "'host' is refused"], expected: 'exit 2 naming --network' },
  { group: 'CLI flag', name: '--user root', args: ['--user', 'root'], mentions: ["option '--user'", 'uid:gid'], expected: 'exit 2 naming --user' },
  { group: 'CLI flag', name: '--execution podman', args: ['--execution', 'podman'], mentions: ["option '--execution'", 'auto, docker, subprocess'], expected: 'exit 2 naming --execution' },
  { group: 'CLI flag', name: '--branch-prefix ../x', args: ['--branch-prefix', '../x'], mentions: ["option '--branch-prefix'"], expected: 'exit 2 naming --branch-prefix' },
  { group: 'CLI flag', name: '--agent command without a template', args: ['--agent', 'command'], mentions: ["'--agent command' needs '--agent-command'"], expected: 'exit 2 naming both flags' },
  { group: 'CLI flag', name: 'unknown flag --frobnicate', args: ['--frobnicate'], mentions: ["'--frobnicate'"], expected: 'exit 2 naming the flag' },
  { group: 'CLI flag', name: '--base no-such-ref', args: ['--base', 'no-such-ref'], mentions: ["Invalid value 'no-such-ref' for option '--base'", 'no branch, tag or commit'], expected: 'exit 2 naming --base' },
  { group: 'CLI flag', name: '--base=--output=x', args: ['--base=--output=x'], mentions: ["Invalid value '--output=x' for option '--base'"], expected: 'exit 2 naming --base (never passed to git as an option)' },
  { group: 'CLI flag', name: 'a repository with no commits', emptyRepo: true, args: [], mentions: ["option '--base'", 'has no commits yet'], expected: 'exit 2 naming --base and saying the repository is empty' },
  { group: 'CLI flag', name: '--repo not a git repository', ownArgs: true, args: ['run', '--repo', '{tmp}', '--state-dir', '{state}'], mentions: ["option '--repo'", 'a directory inside a git repository'], expected: 'exit 2 naming --repo' },
  { group: 'CLI flag', name: '--ca-cert /missing', args: ['--ca-cert', '/missing/ca.pem'], mentions: ["Invalid value '/missing/ca.pem' for option '--ca-cert'", 'ENOENT'], expected: 'exit 2 naming --ca-cert (it used to be ignored)' },
  { group: 'CLI flag', name: '--ca-cert not a PEM file', files: { 'notes.txt': 'not a certificate\n' }, args: ['--ca-cert', '{repo}/notes.txt'], mentions: ["option '--ca-cert'", 'holds no PEM certificate'], expected: 'exit 2 naming --ca-cert' },
  { group: 'CLI flag', name: '--json under /proc', args: ['--json', '/proc/agent-fanout-none/r.json'], mentions: ["option '--json'", "cannot create directory '/proc/agent-fanout-none'"], expected: 'exit 2 naming --json, before the run (results are never lost at the end)' },
  { group: 'CLI flag', name: '--json under a file', files: { 'notes.txt': 'x' }, args: ['--json', '{repo}/notes.txt/r.json'], mentions: ["option '--json'", 'is not a directory'], expected: 'exit 2 naming --json, before the run' },
  { group: 'CLI flag', name: '--json is a directory', args: ['--json', '{tmp}'], mentions: ["option '--json'", 'is a directory'], expected: 'exit 2 naming --json, before the run' },
  { group: 'CLI flag', name: '--summary under a file', files: { 'notes.txt': 'x' }, args: ['--summary', '{repo}/notes.txt/s.md'], mentions: ["option '--summary'", 'is not a directory'], expected: 'exit 2 naming --summary, before the run' },
  { group: 'CLI flag', name: '--state-dir is a file', files: { 'notes.txt': 'x' }, ownArgs: true, args: ['run', '--repo', '{repo}', '--state-dir', '{repo}/notes.txt', '--execution', 'subprocess', '--agent', 'script'], mentions: ["option '--state-dir'", 'is not a directory'], expected: 'exit 2 naming --state-dir (not a raw ENOTDIR)' },
  { group: 'CLI flag', name: 'AGENT_FANOUT_HOME is a file', files: { 'notes.txt': 'x' }, ownArgs: true, args: ['run', '--repo', '{repo}', '--execution', 'subprocess', '--agent', 'script'], env: { AGENT_FANOUT_HOME: '{repo}/notes.txt' }, mentions: ['AGENT_FANOUT_HOME', 'is not a directory'], expected: 'exit 2 naming AGENT_FANOUT_HOME' },
];

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(repo|state|tmp)\}/g, (_m, k: string) => vars[k]);

function firstLines(r: ProcResult, n = 2): string {
  return clip(r.stderr.split('\n').filter(Boolean).slice(0, n).join(' / '), 300);
}

describe('bad input through the CLI: exit 2, naming the file, field or flag, nothing started', () => {
  test.concurrent.for(CLI_CASES)('$group: $name', async (c, { expect }) => {
    const repo = c.emptyRepo ? tempDir('fanout-empty-') : makeRepo({ 'README.md': 'hello\n', 'prompts/ok.md': prompt('title: OK') });
    if (c.emptyRepo) {
      sh(repo, 'init', '-q', '-b', 'main');
      write(repo, 'prompts/ok.md', prompt('title: OK'));
    }
    for (const [file, content] of Object.entries(c.files ?? {})) write(repo, file, content);
    const state = tempDir('fanout-state-');
    const tmp = tempDir('fanout-tmp-');
    const vars = { repo, state, tmp };
    const args = c.ownArgs
      ? c.args.map((a) => fill(a, vars))
      : ['run', '--repo', repo, '--state-dir', state, '--execution', 'subprocess', '--agent', 'script', ...c.args.map((a) => fill(a, vars))];
    const env = Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, fill(v, vars)]));
    const r = await runCli(args, { cwd: repo, env: { AGENT_FANOUT_HOME: state, ...env } });

    recordCase({ table: 'input', group: c.group, case: c.name, expected: c.expected, observed: `exit ${r.code}: ${firstLines(r)}`, order: CLI_CASES.indexOf(c) });
    expect(r.code, r.stderr + r.stdout).toBe(2);
    for (const m of c.mentions) {
      if (typeof m === 'string') expect(r.stderr).toContain(m);
      else expect(r.stderr).toMatch(m);
    }
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
    // Bytes of a binary prompt never reach the terminal.
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000e-\u001a\u001b\u007f]/);
    expect(await leftovers({ repo, stateDir: state, pid: r.pid })).toEqual([]);
    if (c.args.includes('--json')) expect(fs.existsSync(fill(c.args[c.args.indexOf('--json') + 1], vars)) && fs.statSync(fill(c.args[c.args.indexOf('--json') + 1], vars)).isFile()).toBe(false);
  });
});

// ---- the Action ----------------------------------------------------------------------------------

interface ActionCase {
  name: string;
  group: 'Action input' | 'event';
  inputs?: Record<string, string>;
  eventName?: string;
  /** The event file's content: an object (as JSON), raw text, or `null` for a file that does not exist. */
  event?: object | string | null;
  env?: Record<string, string>;
  /** 1: the step fails with exactly one `::error::`; 0: nothing to do, no error. */
  code: 0 | 1;
  mentions: (string | RegExp)[];
  expected: string;
}

const labeled = { action: 'labeled', label: { name: 'fanout' }, issue: { number: 7, body: 'prompts/ok.md' }, sender: { login: 'alice', type: 'User' }, repository: { default_branch: 'main' } };

const ACTION_CASES: ActionCase[] = [
  { group: 'Action input', name: 'memory: lots', inputs: { memory: 'lots' }, code: 1, mentions: ["Invalid value 'lots' for input 'memory'"], expected: "one ::error:: naming 'memory'" },
  { group: 'Action input', name: 'max-parallel: -1', inputs: { 'max-parallel': '-1' }, code: 1, mentions: ["input 'max-parallel'", 'from 1 to 256'], expected: "one ::error:: naming 'max-parallel' and the range" },
  { group: 'Action input', name: 'timeout: 600h', inputs: { timeout: '600h' }, code: 1, mentions: ["input 'timeout'", 'at most 7 days'], expected: "one ::error:: naming 'timeout'" },
  { group: 'Action input', name: 'cpus: 1000', inputs: { cpus: '1000' }, code: 1, mentions: ["input 'cpus'", "this host's cores"], expected: "one ::error:: naming 'cpus'" },
  { group: 'Action input', name: 'env: GITHUB_TOKEN', inputs: { env: 'GITHUB_TOKEN' }, code: 1, mentions: ["input 'env'", 'GITHUB_TOKEN'], expected: "one ::error:: naming 'env'" },
  { group: 'Action input', name: 'create-pr: maybe', inputs: { 'create-pr': 'maybe' }, code: 1, mentions: ["input 'create-pr'", 'draft, true, false'], expected: "one ::error:: naming 'create-pr'" },
  { group: 'Action input', name: 'prompts: ../outside.md', inputs: { prompts: '../outside.md' }, code: 1, mentions: ["input 'prompts'", 'without ..'], expected: "one ::error:: naming 'prompts'" },
  { group: 'Action input', name: 'dashboard-port: 70000', inputs: { 'dashboard-port': '70000' }, code: 1, mentions: ["input 'dashboard-port'", '1 to 65535'], expected: "one ::error:: naming 'dashboard-port'" },
  { group: 'Action input', name: 'execution: podman', inputs: { execution: 'podman' }, code: 1, mentions: ["input 'execution'"], expected: "one ::error:: naming 'execution'" },
  { group: 'Action input', name: 'max-tasks: 500', inputs: { 'max-tasks': '500' }, code: 1, mentions: ["input 'max-tasks'", 'from 1 to 100'], expected: "one ::error:: naming 'max-tasks'" },
  { group: 'Action input', name: 'allowed-bots: bad login!', inputs: { 'allowed-bots': 'bad login!' }, code: 1, mentions: ["input 'allowed-bots'"], expected: "one ::error:: naming 'allowed-bots'" },
  { group: 'Action input', name: 'agent: command without agent-command', inputs: { agent: 'command' }, code: 1, mentions: ["Input 'agent-command' is empty"], expected: "one ::error:: naming 'agent-command'" },
  { group: 'Action input', name: 'three bad inputs at once', inputs: { memory: 'lots', 'fail-on': 'sometimes', 'trigger-label': 'x'.repeat(60) }, code: 1, mentions: ["input 'memory'", "input 'fail-on'", "input 'trigger-label'"], expected: 'one ::error:: listing all three' },
  { group: 'Action input', name: 'base-ref: no-such-ref', inputs: { 'base-ref': 'no-such-ref' }, event: labeled, eventName: 'issues', code: 1, mentions: ["Invalid value 'no-such-ref' for input 'base-ref'", 'names no commit'], expected: "one ::error:: naming 'base-ref'" },
  { group: 'Action input', name: 'state directory is a file', env: { AGENT_FANOUT_HOME: '{workspace}/README.md' }, event: labeled, eventName: 'issues', code: 1, mentions: ['AGENT_FANOUT_HOME', 'is not a directory'], expected: 'one ::error:: naming AGENT_FANOUT_HOME, before any task starts' },
  { group: 'event', name: 'malformed GITHUB_EVENT_PATH', event: '{"action": "labeled", ', eventName: 'issues', code: 1, mentions: ['GITHUB_EVENT_PATH names', 'event.json', 'is not valid JSON'], expected: 'one ::error:: naming the file, no stack trace (it used to crash at import)' },
  { group: 'event', name: 'GITHUB_EVENT_PATH names no file', event: null, eventName: 'issues', code: 1, mentions: ['GITHUB_EVENT_PATH names', 'does not exist'], expected: 'one ::error:: naming the file' },
  { group: 'event', name: 'event file holds an array', event: '[1, 2]', eventName: 'issues', code: 1, mentions: ['GITHUB_EVENT_PATH names', 'holds a JSON array'], expected: 'one ::error:: naming the file' },
  { group: 'event', name: 'empty event file', event: '', eventName: 'issues', code: 1, mentions: ['GITHUB_EVENT_PATH names', 'is not valid JSON'], expected: 'one ::error:: naming the file' },
  { group: 'event', name: 'GITHUB_REPOSITORY malformed', event: labeled, eventName: 'issues', env: { GITHUB_REPOSITORY: 'acme' }, code: 1, mentions: ["GITHUB_REPOSITORY is 'acme'; expected 'owner/name'"], expected: 'one ::error:: naming GITHUB_REPOSITORY' },
  { group: 'event', name: 'issue GET fails (issue-number 999 does not exist)', eventName: 'workflow_dispatch', event: { inputs: {}, sender: { login: 'alice', type: 'User' }, repository: { default_branch: 'main' } }, inputs: { 'issue-number': '999' }, code: 1, mentions: ['could not read issue #999 of acme/app (HTTP 404', "Check that 'issue-number' names an issue", 'issues: read'], expected: 'one ::error:: naming the issue and what to check' },
  { group: 'event', name: 'an edited /fanout comment', eventName: 'issue_comment', event: { action: 'edited', issue: { number: 7 }, comment: { id: 3, body: '/fanout' }, sender: { login: 'alice', type: 'User' } }, code: 0, mentions: ["issue_comment event 'edited': only new comments start a run"], expected: 'exit 0, ignored saying only new comments count; no API call' },
  { group: 'event', name: 'a label other than the trigger', eventName: 'issues', event: { ...labeled, label: { name: 'bug' } }, code: 0, mentions: ["with label 'bug' is not the label 'fanout' being added"], expected: 'exit 0, ignored with the reason; no API call' },
  { group: 'event', name: 'labeled event without an issue number', eventName: 'issues', event: { action: 'labeled', label: { name: 'fanout' }, issue: {} }, code: 0, mentions: ["issues event 'labeled' names no issue number"], expected: 'exit 0, ignored; no API call' },
  { group: 'event', name: 'an event that never starts runs (push)', eventName: 'push', event: { ref: 'refs/heads/main' }, code: 0, mentions: ["event 'push' does not start agent-fanout"], expected: 'exit 0, ignored with the reason; no API call' },
  { group: 'event', name: 'workflow_dispatch naming nothing', eventName: 'workflow_dispatch', event: { inputs: {} }, code: 0, mentions: ["without the 'prompts' or 'issue-number' input names no prompt files"], expected: 'exit 0, ignored with the reason; no API call' },
];

describe('bad input through the Action: one ::error:: naming the input or file, nothing started', () => {
  test.concurrent.for(ACTION_CASES)('$group: $name', async (c, { expect }) => {
    const fake = new FakeGitHub({ owner: 'acme', repo: 'app' });
    fake.roles.set('alice', 'write');
    fake.addIssue({ number: 7, body: 'prompts/ok.md', labels: ['fanout'] });
    await fake.start();
    try {
      const workspace = makeRepo({ 'README.md': 'hello\n', 'prompts/ok.md': prompt('title: OK') });
      const state = tempDir('fanout-state-');
      const dir = tempDir('fanout-step-');
      const vars: Record<string, string> = { workspace };
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: dir,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: c.eventName ?? 'issues',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.test',
        GITHUB_RUN_ID: '1',
        RUNNER_TEMP: dir,
        AGENT_FANOUT_HOME: state,
        'INPUT_GITHUB-TOKEN': 'ghs_reliabilityFakeToken0123',
        INPUT_AGENT: 'script',
        INPUT_EXECUTION: 'subprocess',
        // The Action's default network (allowlist) needs Docker; these cases are about inputs and events.
        INPUT_NETWORK: 'none',
      };
      for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
        env[name] = path.join(dir, name.toLowerCase());
        fs.writeFileSync(env[name]!, '');
      }
      env.GITHUB_EVENT_PATH = path.join(dir, 'event.json');
      const event = c.event === undefined ? labeled : c.event;
      if (event !== null) fs.writeFileSync(env.GITHUB_EVENT_PATH, typeof event === 'string' ? event : JSON.stringify(event));
      for (const [k, v] of Object.entries(c.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
      for (const [k, v] of Object.entries(c.env ?? {})) env[k] = v.replace(/\{workspace\}/g, vars.workspace);

      const r = await runAction(env, { cwd: workspace });
      const out = r.stdout + r.stderr;
      const errors = out.split('\n').filter((l) => l.startsWith('::error::'));
      const shown = errors.length ? errors.map((l) => l.replace(/%0A/g, ' / ')).join(' ') : (out.split('\n').find((l) => l.includes('nothing to do')) ?? '');
      recordCase({ table: 'input', group: c.group, case: c.name, expected: c.expected, observed: `exit ${r.code}: ${clip(shown, 300)}`, order: ACTION_CASES.indexOf(c) });

      expect(r.code, out).toBe(c.code);
      expect(errors).toHaveLength(c.code === 1 ? 1 : 0);
      const message = c.code === 1 ? errors[0].replace(/%0A/g, '\n') : out;
      for (const m of c.mentions) {
        if (typeof m === 'string') expect(message).toContain(m);
        else expect(message).toMatch(m);
      }
      expect(stackTraceIn(out)).toBeNull();
      // Nothing started: no write to GitHub, no run directory, no branch, no worktree, no lock.
      expect(fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
      if (c.code === 0 || c.group === 'event') {
        // Ignored events make no call at all; failing ones read at most the sender's permission and the issue.
        expect(fake.requests.map((q) => q.path).filter((p) => !/\/collaborators\/alice\/permission$|\/issues\/999$/.test(p))).toEqual([]);
      }
      expect(await leftovers({ repo: workspace, stateDir: state, pid: r.pid })).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
