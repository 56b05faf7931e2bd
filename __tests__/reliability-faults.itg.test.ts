/**
 * Reliability suite, faults in Docker mode: agents that crash, kill themselves, hang, run out of
 * memory, fork-bomb, leave processes behind, flood their output, name a missing image; a base that
 * moves mid-run, a container removed from outside, dependencies whose results conflict; a daemon
 * that does not answer; claude exiting without JSON. Each fault is one test asserting the task's
 * outcome and reason, that the run finished (exit status, results JSON), that nothing is left behind
 * (containers of the run, worktrees, git locks) and that the succeeded tasks' branches and results
 * are all there.
 *
 * Most faults share one run (the "zoo": tasks side by side, as they would be in a real batch), so the
 * suite stays short; each has its own test over that run's results.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeRepo, sh, tempDir, write } from './git-fixtures.js';
import { fileAt, repoWithPrompts, scriptPrompt } from './support/fanout.js';
import {
  clip,
  describeTasks,
  expectResultKept,
  leftovers,
  readResults,
  recordCase,
  runAction,
  runCli,
  stackTraceIn,
  startNode,
  waitFor,
  type ProcResult,
  type ResultsJson,
} from './support/reliability.js';
import { CLI_PATH } from './support/cli.js';
import { FakeGitHub } from './support/fake-github.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { labelFilter } from '../src/exec/docker/labels.js';

afterAll(() => cleanupTempDirs());

const MB = 1024 * 1024;

function task(results: ResultsJson, id: string): ResultsJson['tasks'][number] {
  const t = results.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`task '${id}' is missing from the results`);
  return t;
}

/** Peak resident memory of a process, sampled from /proc while it runs (0 once it is gone). */
function rssSampler(pid: number): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb) * 1024);
    } catch {
      // exited
    }
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

describe('faults in one batch (Docker)', () => {
  let repo: string;
  let state: string;
  let run: ProcResult;
  let results: ResultsJson;
  let left: string[];
  let peakRss: number;

  beforeAll(async () => {
    repo = repoWithPrompts({
      good: scriptPrompt('echo ok > good.txt'),
      crash: scriptPrompt('echo "about to crash"\nkill -SEGV $$'),
      selfkill: scriptPrompt('echo "about to kill -9 myself"\nkill -9 $$'),
      hang: scriptPrompt('echo started\nsleep 600', { timeout: '3s' }),
      oom: scriptPrompt('head -c 300m /dev/zero | tail > /dev/null', { memory: '64m' }),
      // The script stays until a fork of its own fails: `wait` alone returned as soon as the first
      // pipeline had forked, and the container ended before the bomb grew (seen at load 7).
      forkbomb: scriptPrompt('bomb() { bomb | bomb & }\nbomb\nwhile sleep 0.2; do :; done', { timeout: '15s', cpus: '1' }),
      leftover: scriptPrompt('sleep 600 &\necho bg > bg.txt'),
      flood: scriptPrompt("head -c 200m /dev/zero | tr '\\0' x\necho flooded > flood.txt"),
      'bad-image': scriptPrompt('echo never > never.txt', { image: 'agent-fanout/no-such-image:reliability' }),
      'after-crash': scriptPrompt('echo never > never.txt', { depends_on: 'crash' }),
      'week-timeout': scriptPrompt('sleep 2\necho done > week.txt', { timeout: '168h' }),
    });
    state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const proc = startNode(
      CLI_PATH,
      ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'auto', '--network', 'none', '--memory', '256m',
        '--pids-limit', '100', '--max-parallel', '4', '--quiet', '--json', json],
      { cwd: repo },
    );
    const rss = rssSampler(proc.child.pid!);
    run = await proc.done;
    peakRss = rss.stop();
    results = readResults(json);
    left = await leftovers({
      repo,
      stateDir: state,
      runId: results.run.id,
      runDirAllowed: true,
      // Branches of tasks that started; skipped and unstartable tasks get none.
      branches: results.tasks.filter((t) => !['after-crash', 'bad-image'].includes(t.id)).map((t) => t.branch!),
    });
  });

  /** What every fault test asserts about the run as a whole. */
  function expectRunSurvived(): void {
    expect(run.code, run.stderr).toBe(1);
    expect(stackTraceIn(run.stdout + run.stderr)).toBeNull();
    expect(results.tasks).toHaveLength(11);
    expect(left).toEqual([]);
    expectResultKept(expect, repo, task(results, 'good'));
    expect(fileAt(repo, task(results, 'good').branch!, 'good.txt')).toBe('ok\n');
  }

  function record(name: string, ids: string[], expected: string, more = ''): void {
    recordCase({ table: 'fault', group: 'agent (Docker)', case: name, expected, observed: describeTasks(results, ids) + more });
  }

  it('an agent that crashes (SIGSEGV) fails with its exit code', () => {
    record('agent crashes (SIGSEGV)', ['crash'], 'failed with exit code 139; the others run on');
    const t = task(results, 'crash');
    expect(t.status).toBe('failed');
    expect(t.exitCode).toBe(139);
    expect(t.reason).toMatch(/exited with code 139/);
    expect(fs.readFileSync(t.logFile!, 'utf8')).toContain('about to crash');
    expectRunSurvived();
  });

  it('an agent that kills itself with SIGKILL fails, and is not mistaken for an OOM kill', () => {
    record('agent kills itself (kill -9)', ['selfkill'], 'failed with exit code 137, not oom');
    const t = task(results, 'selfkill');
    expect(t.status).toBe('failed');
    expect(t.exitCode).toBe(137);
    expectRunSurvived();
  });

  it('a hanging agent is killed at its timeout', () => {
    record('agent hangs', ['hang'], 'timed_out at its 3 s timeout; container removed');
    const t = task(results, 'hang');
    expect(t.status).toBe('timed_out');
    expect(t.reason).toMatch(/exceeded its timeout/);
    expectRunSurvived();
  });

  it('an agent over its memory limit ends oom', () => {
    record('agent exceeds its memory (64m)', ['oom'], 'oom');
    expect(task(results, 'oom').status).toBe('oom');
    expectRunSurvived();
  });

  it('a fork bomb is contained by the pids limit and stopped', () => {
    const t = task(results, 'forkbomb');
    const log = fs.readFileSync(t.logFile!, 'utf8');
    const forkFailed = /fork: .*Resource temporarily unavailable/.test(log);
    record('agent fork-bombs', ['forkbomb'], 'held at --pids-limit (100): fork fails in the container; ends by itself or at its 15 s timeout; the others unaffected', `; fork ${forkFailed ? 'failed' : 'never failed'} in its log`);
    // The bomb met the limit: fork failed inside the container.
    expect(forkFailed, `${t.status}, peak pids ${t.peakPids}, log: ${log.slice(0, 400)}`).toBe(true);
    // How bash gives up when fork fails decides the exit status; what matters is that it ended.
    expect(['succeeded', 'failed', 'timed_out']).toContain(t.status);
    expect(t.peakPids ?? 0).toBeLessThanOrEqual(100);
    expectRunSurvived();
  });

  it('processes an agent leaves running do not hold its task', () => {
    record('agent leaves a background process', ['leftover'], 'succeeded when the agent exits; the process dies with the container');
    const t = task(results, 'leftover');
    expectResultKept(expect, repo, t);
    expect(fileAt(repo, t.branch!, 'bg.txt')).toBe('bg\n');
    expectRunSurvived();
  });

  it('200 MB of output is logged whole without being held in memory', () => {
    const t = task(results, 'flood');
    const logMb = Math.floor(fs.statSync(t.logFile!).size / MB);
    record('agent writes 200 MB of output', ['flood'], 'succeeded; the log holds all of it; the orchestrator does not hold it in memory', `; log ${logMb} MiB, orchestrator peak RSS under ${Math.ceil(peakRss / (50 * MB)) * 50} MiB`);
    expectResultKept(expect, repo, t);
    expect(fs.statSync(t.logFile!).size).toBeGreaterThanOrEqual(200 * MB);
    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(300 * MB);
    expectRunSurvived();
  });

  it('a prompt naming a missing image fails by itself, naming the file and field; the run keeps Docker', () => {
    record('prompt names a missing image (execution auto)', ['bad-image'], "that task fails naming the file and 'image'; the run stays in Docker, never silently on the host");
    const t = task(results, 'bad-image');
    expect(t.status).toBe('failed');
    expect(t.reason).toContain("prompts/bad-image.md: field 'image': image 'agent-fanout/no-such-image:reliability' is not usable");
    expect(results.run.mode).toBe('docker');
    expect(results.run.modeReason).toBeNull();
    expect(run.stderr).not.toContain('Docker not used');
    expectRunSurvived();
  });

  it('a task whose dependency failed is skipped, with the reason', () => {
    record('a dependency fails', ['after-crash'], 'dependents skipped, naming the dependency');
    const t = task(results, 'after-crash');
    expect(t.status).toBe('skipped');
    expect(t.reason).toBe("dependency 'crash' failed");
    expectRunSurvived();
  });

  it('a timeout at the 7-day bound does not overflow the timer', () => {
    record('timeout: 168h (the bound)', ['week-timeout'], 'succeeded (a delay past 2^31 ms would fire at once)');
    const t = task(results, 'week-timeout');
    expectResultKept(expect, repo, t);
    expectRunSurvived();
  });

  it('results JSON: reason null for successes, cost rounded', () => {
    const succeeded = results.tasks.filter((x) => x.status === 'succeeded');
    record('results of a mixed batch', [], 'every task listed; reason null for each success; totalCostUsd rounded', `${results.tasks.length} tasks listed; reason null on ${succeeded.filter((x) => x.reason === null).length} of ${succeeded.length} successes; totalCostUsd ${results.run.totalCostUsd}`);
    for (const t of succeeded) expect(t.reason).toBeNull();
    expect(Number.isInteger(results.run.totalCostUsd * 1e6)).toBe(true);
    expectRunSurvived();
  });
});

describe('faults around the run (Docker): the base moves, a container is removed, dependencies conflict', () => {
  let repo: string;
  let state: string;
  let base: string;
  let moved: string;
  let run: ProcResult;
  let results: ResultsJson;
  let left: string[];

  beforeAll(async () => {
    repo = repoWithPrompts({
      waiter: scriptPrompt('while [ ! -f .go ]; do sleep 0.2; done\nrm .go\necho waited > waited.txt'),
      victim: scriptPrompt('echo victim started\nsleep 600'),
      a: scriptPrompt('echo from-a > README.md'),
      b: scriptPrompt('echo from-b > README.md'),
      c: scriptPrompt('echo never > c.txt', { depends_on: '[a, b]' }),
    });
    base = sh(repo, 'rev-parse', 'HEAD');
    state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const proc = startNode(CLI_PATH, ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'docker', '--network', 'none',
      '--memory', '128m', '--max-parallel', '4', '--json', json], { cwd: repo });

    const runId = await waitFor('the run directory', () => (fs.existsSync(path.join(state, 'runs')) ? fs.readdirSync(path.join(state, 'runs'))[0] : undefined));
    const runDir = path.join(state, 'runs', runId);
    await waitFor('the waiter and the victim to run', () => (proc.output().includes('victim started') && fs.existsSync(path.join(runDir, 'worktrees', 'waiter')) ? true : undefined));
    // The base moves while tasks run.
    write(repo, 'moved.txt', 'moved\n');
    sh(repo, 'add', 'moved.txt');
    sh(repo, 'commit', '-q', '-m', 'moved mid-run');
    moved = sh(repo, 'rev-parse', 'HEAD');
    // Someone removes a task's container.
    const client = DockerClient.connect();
    const victims = await waitFor('the victim container', async () => {
      const list = await client.listContainers(labelFilter({ runId, taskId: 'victim' }));
      return list.length ? list.map((c) => c.id) : undefined;
    });
    for (const id of victims) await client.removeContainer(id);
    fs.writeFileSync(path.join(runDir, 'worktrees', 'waiter', '.go'), '');

    run = await proc.done;
    results = readResults(json);
    left = await leftovers({ repo, stateDir: state, runId, runDirAllowed: true, branches: ['fanout/waiter', 'fanout/victim', 'fanout/a', 'fanout/b'] });
  });

  function expectRunSurvived(): void {
    expect(run.code, run.stderr).toBe(1);
    expect(stackTraceIn(run.stdout + run.stderr)).toBeNull();
    expect(left).toEqual([]);
  }

  it('a base that moves mid-run: tasks keep the commit the run started from', () => {
    const waiter = task(results, 'waiter');
    recordCase({ table: 'fault', group: 'run', case: 'the base branch moves mid-run', expected: 'tasks keep the base they started from; nothing is rebased', observed: `${describeTasks(results, ['waiter'])}; its parent is ${waiter.commit && sh(repo, 'rev-parse', `${waiter.commit}^`) === base ? 'the original base' : 'not the original base'}` });
    expectResultKept(expect, repo, waiter);
    expect(sh(repo, 'rev-parse', `${waiter.commit}^`)).toBe(base);
    expect(sh(repo, 'rev-parse', 'main')).toBe(moved);
    expectRunSurvived();
  });

  it('a task container removed from outside: that task fails, the others run on', () => {
    recordCase({ table: 'fault', group: 'run', case: 'a task container is removed from outside', expected: 'that task fails (killed, or the Docker step that failed); the others run on', observed: describeTasks(results, ['victim']) });
    const victim = task(results, 'victim');
    expect(victim.status).toBe('failed');
    expect(victim.reason).toMatch(/task 'victim': container (wait|inspect) failed|exited with code 137/);
    expectResultKept(expect, repo, task(results, 'waiter'));
    expectRunSurvived();
  });

  it('dependencies whose results conflict: the dependent fails naming the files, both results kept', () => {
    recordCase({ table: 'fault', group: 'run', case: 'dependencies whose results conflict', expected: 'the dependent fails naming the conflicting files; both dependencies keep their branches', observed: describeTasks(results, ['c']) });
    expectResultKept(expect, repo, task(results, 'a'));
    expectResultKept(expect, repo, task(results, 'b'));
    const c = task(results, 'c');
    expect(c.status).toBe('failed');
    expect(c.reason).toMatch(/conflicts in: README\.md/);
    expectRunSurvived();
  });
});

describe('faults outside the run', () => {
  it.each([
    ['a socket path that does not exist', false],
    ['a socket that accepts and never answers', true],
  ])('Docker daemon down (%s): auto falls back with one notice, docker mode refuses', async (what, listening) => {
    const dir = tempDir('fanout-sock-');
    const socket = path.join(dir, 'docker.sock');
    const held: net.Socket[] = [];
    const server = listening ? net.createServer((s) => held.push(s)) : null;
    if (server) await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const repo = repoWithPrompts({ one: scriptPrompt('echo fallback > f.txt') });
      const state = tempDir('fanout-state-');
      const env = { DOCKER_HOST: `unix://${socket}` };
      const auto = await runCli(['run', '--repo', repo, '--agent', 'script', '--state-dir', state], { env });
      const docker = await runCli(['run', '--repo', repo, '--agent', 'script', '--execution', 'docker', '--state-dir', state], { env });
      const notices = auto.stderr.split('\n').filter((l) => l.includes('Docker not used'));
      recordCase({
        table: 'fault',
        group: 'Docker daemon',
        case: `daemon down: ${what}`,
        expected: 'auto: one notice, runs as subprocesses, exit 0; docker: exit 1 naming the daemon',
        observed: `auto: exit ${auto.code}, ${notices.length} notice; docker: exit ${docker.code}: ${clip(docker.stderr.split('\n').find((l) => l.includes('docker')) ?? '', 160)}`,
      });
      expect(auto.code, auto.stderr).toBe(0);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/the Docker daemon does not answer .*running agents as plain subprocesses/);
      expect(fileAt(repo, 'fanout/one', 'f.txt')).toBe('fallback\n');
      expect(docker.code).toBe(1);
      expect(docker.stderr).toContain("execution 'docker' was asked for, but the Docker daemon does not answer");
      expect(stackTraceIn(auto.stdout + auto.stderr + docker.stdout + docker.stderr)).toBeNull();
      // The refused run started nothing: one run directory (the auto run's), one branch.
      expect(await leftovers({ repo, stateDir: state, runDirAllowed: true, branches: ['fanout/one'] })).toEqual([]);
      expect(fs.readdirSync(path.join(state, 'runs'))).toHaveLength(1);
    } finally {
      for (const s of held) s.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    }
  });

  it('the Action with execution auto and no Docker daemon falls back loudly: a warning, the summary and the comment say so', async () => {
    const tmp = tempDir('fanout-action-');
    const origin = path.join(tmp, 'origin.git');
    sh(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
    const seed = makeRepo({ 'README.md': 'app\n', 'prompts/one.md': scriptPrompt('echo one > one.txt') });
    sh(seed, 'push', '-q', origin, 'main');
    const workspace = path.join(tmp, 'workspace');
    sh(tmp, 'clone', '-q', origin, workspace);
    const fake = new FakeGitHub({ owner: 'acme', repo: 'app', branchExists: (b) => sh(origin, 'for-each-ref', `refs/heads/${b}`) !== '' });
    fake.roles.set('alice', 'write');
    fake.addIssue({ number: 7, body: 'prompts/one.md', labels: ['fanout'] });
    await fake.start();
    try {
      const state = path.join(tmp, 'state');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: tmp,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'issues',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.test',
        GITHUB_RUN_ID: '1',
        RUNNER_TEMP: tmp,
        AGENT_FANOUT_HOME: state,
        DOCKER_HOST: `unix://${path.join(tmp, 'no-docker.sock')}`,
        'INPUT_GITHUB-TOKEN': 'ghs_reliabilityFakeToken0123',
        INPUT_AGENT: 'script',
        INPUT_EXECUTION: 'auto',
        // Without a daemon the run falls back to subprocesses, which cannot enforce the default allowlist.
        INPUT_NETWORK: 'none',
        'INPUT_CREATE-PR': 'false',
      };
      for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH']) {
        env[name] = path.join(tmp, name.toLowerCase());
        fs.writeFileSync(env[name]!, '');
      }
      fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ action: 'labeled', label: { name: 'fanout' }, issue: { number: 7, body: 'prompts/one.md' }, sender: { login: 'alice', type: 'User' }, repository: { default_branch: 'main' } }));
      const r = await runAction(env, { cwd: workspace });
      const out = r.stdout + r.stderr;
      const warnings = out.split('\n').filter((l) => l.startsWith('::warning::') && l.includes('Docker not used'));
      const summary = fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
      const comment = fake.issues.get(7)!.comments.map((c) => c.body).join('\n');
      recordCase({
        table: 'fault',
        group: 'Docker daemon',
        case: 'daemon down under the Action (execution auto)',
        expected: 'falls back loudly: a ::warning::, a Mode line in the job summary and the comment; the task still runs and is pushed',
        observed: `exit ${r.code}; ${warnings.length} warning; summary ${summary.includes('Mode:') ? 'says' : 'does not say'} so; comment ${comment.includes('Mode:') ? 'says' : 'does not say'} so; branch ${sh(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/fanout')}`,
      });
      expect(r.code, out).toBe(0);
      expect(warnings).toHaveLength(1);
      expect(summary).toMatch(/Mode: Docker not used: the Docker daemon does not answer/);
      expect(comment).toMatch(/Mode: Docker not used/);
      expect(sh(origin, 'show', 'fanout/7/one:one.txt')).toBe('one');
      expect(stackTraceIn(out)).toBeNull();
      expect(await leftovers({ repo: workspace, stateDir: state, runDirAllowed: true, branches: ['fanout/7/one'] })).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('claude exiting without JSON fails with the end of its stderr in the reason', async () => {
    // A stand-in `claude` that refuses to run, as the real one does as root with --dangerously-skip-permissions.
    const bin = tempDir('fanout-bin-');
    write(bin, 'claude', '#!/bin/sh\necho "--dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons" >&2\nexit 1\n');
    fs.chmodSync(path.join(bin, 'claude'), 0o755);
    const repo = makeRepo({ 'README.md': 'hi\n', 'prompts/ask.md': '# Ask\n\nPlease rename the helper.\n', 'prompts/ok.md': scriptPrompt('echo ok > ok.txt') });
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--execution', 'subprocess', '--json', json], { env: { PATH: `${bin}:${process.env.PATH}` } });
    const results = readResults(json);
    recordCase({ table: 'fault', group: 'agent (subprocess)', case: 'claude exits without JSON', expected: 'failed; the reason holds the end of its stderr', observed: describeTasks(results, ['ask']) });
    expect(r.code).toBe(1);
    const ask = task(results, 'ask');
    expect(ask.status).toBe('failed');
    expect(ask.reason).toContain('claude exited with code 1');
    expect(ask.reason).toContain('--dangerously-skip-permissions cannot be used with root/sudo privileges');
    expectResultKept(expect, repo, task(results, 'ok'));
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
    expect(await leftovers({ repo, stateDir: state, runDirAllowed: true, branches: ['fanout/ask', 'fanout/ok'] })).toEqual([]);
  });
});
