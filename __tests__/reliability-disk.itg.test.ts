/**
 * Reliability suite, the host's side: a state directory on a disk that fills up (a small tmpfs this
 * test mounts — never the real disk), a results file that can no longer be written when the run
 * ends, agents on the host (subprocess mode) that hang ignoring SIGTERM or leave processes behind,
 * and the faults that wait for issue 8 (concurrent runs on the same prompts, a 1 GiB result).
 *
 * Mounting needs root (as in this project's CI); those cases are skipped otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, sh, tempDir } from './git-fixtures.js';
import { fileAt, repoWithPrompts, scriptPrompt } from './support/fanout.js';
import { CLI_PATH } from './support/cli.js';
import {
  clip,
  describeTasks,
  expectResultKept,
  leftovers,
  readResults,
  recordCase,
  runCli,
  stackTraceIn,
  startNode,
  waitFor,
  type ResultsJson,
} from './support/reliability.js';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) spawnSync('umount', ['-l', m]);
  cleanupTempDirs();
});

const isRoot = process.getuid?.() === 0;

/** A tmpfs of `size` at a fresh directory: a disk that fills up for real, without touching the host's. */
function smallDisk(size: string): string {
  const dir = tempDir('fanout-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

function task(results: ResultsJson, id: string): ResultsJson['tasks'][number] {
  const t = results.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`task '${id}' is missing from the results`);
  return t;
}

describe.skipIf(!isRoot)('a state directory on a full disk', () => {
  it.each(['docker', 'subprocess'] as const)(
    '%s: a task that can no longer log fails with the reason, the run finishes, results are written, nothing is left',
    async (execution) => {
      // Tasks run one at a time in file order: the first fits, the second fills the disk with output.
      const repo = repoWithPrompts({
        '1-first': scriptPrompt('echo first > first.txt'),
        '2-flood': scriptPrompt("head -c 40m /dev/zero | tr '\\0' x\necho flooded > flooded.txt"),
        '3-after': scriptPrompt('echo after > after.txt'),
      });
      const disk = smallDisk('8m');
      const state = path.join(disk, 'state');
      const json = path.join(tempDir('fanout-out-'), 'results.json');
      const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', execution, '--network', 'none',
        '--memory', '128m', '--max-parallel', '1', '--quiet', '--json', json]);
      const results = readResults(json);
      recordCase({
        table: 'fault',
        group: 'host',
        case: `state directory fills up (${execution})`,
        expected: 'the task that can no longer log fails with ENOSPC in its reason; the run finishes; results written; nothing left',
        observed: `exit ${r.code}; ${describeTasks(results)}`,
      });
      expect(r.code, r.stderr).toBe(1);
      expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
      expectResultKept(expect, repo, task(results, '1-first'));
      const flood = task(results, '2-flood');
      expect(flood.status).toBe('failed');
      expect(flood.reason).toMatch(/its output can no longer be logged \(writing .*(output|stdout)\.log failed: ENOSPC/);
      // The next task may find a little room (the flood's worktree was removed) or none: it either
      // succeeds with its branch or fails saying why; it never takes the run down.
      const after = task(results, '3-after');
      if (after.status === 'succeeded') expectResultKept(expect, repo, after);
      else expect(after.reason).toMatch(/ENOSPC|No space left|unable to write|could not write/i);
      // Every task started, so each may have its branch; nothing else may be left.
      const branches = results.tasks.map((t) => t.branch!);
      expect(await leftovers({ repo, stateDir: state, runId: results.run.id, runDirAllowed: true, branches })).toEqual([]);
    },
  );

  it('a state directory that is full before the run: exit 1 naming the run directory, nothing started', async () => {
    const disk = smallDisk('1m');
    spawnSync('sh', ['-c', `head -c 2m /dev/zero > ${path.join(disk, 'filler')}`]);
    const state = path.join(disk, 'state');
    fs.mkdirSync(state);
    const repo = repoWithPrompts({ one: scriptPrompt('echo one > one.txt') });
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess']);
    recordCase({
      table: 'fault',
      group: 'host',
      case: 'state directory already full when the run starts',
      expected: 'exit 1 naming the run directory and ENOSPC; no run directory, branch or worktree',
      observed: `exit ${r.code}: ${clip(r.stderr.split('\n').filter(Boolean).at(-1) ?? '', 200)}`,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/creating the run directory .*runs\/\S+ failed: ENOSPC/);
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
    expect(await leftovers({ repo, stateDir: state })).toEqual([]);
  });

  it('results that cannot be written at the end go to standard output, and standard error says so', async () => {
    const disk = smallDisk('2m');
    const state = path.join(disk, 'state');
    const flag = path.join(tempDir('fanout-flag-'), 'go');
    // The gate waits while the test fills the disk; the disk is still full when the run ends. The
    // first task's last line (64 KiB of it becomes its final text) makes the results larger than
    // what removing the gate's worktree frees at the end.
    const repo = repoWithPrompts({
      '1-first': scriptPrompt("echo first > first.txt\nhead -c 100000 /dev/zero | tr '\\0' r; echo"),
      '2-gate': scriptPrompt(`while [ ! -f ${flag} ]; do sleep 0.1; done\necho through > gate.txt`),
    });
    const json = path.join(disk, 'out', 'results.json');
    const proc = startNode(CLI_PATH, ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess',
      '--max-parallel', '1', '--json', json], { cwd: repo });
    await waitFor('the gate to run', () => (fs.existsSync(path.join(state, 'runs')) && proc.output().includes('2-gate running') ? true : undefined));
    // Fill what is left of the disk.
    spawnSync('sh', ['-c', `head -c 8m /dev/zero > ${path.join(disk, 'filler')}`]);
    fs.writeFileSync(flag, '');
    const r = await proc.done;
    const start = r.stdout.indexOf('{\n  "version": 1');
    const results = JSON.parse(r.stdout.slice(start)) as ResultsJson;
    recordCase({
      table: 'fault',
      group: 'host',
      case: 'results file cannot be written when the run ends (disk full)',
      expected: 'the results go to the run directory, else to standard output; standard error says where',
      observed: `exit ${r.code}; ${clip(r.stderr.split('\n').find((l) => l.includes('results.json')) ?? '', 200)}`,
    });
    expect(start, r.stdout).toBeGreaterThanOrEqual(0);
    expect(r.stderr).toMatch(/writing .*results\.json failed \(ENOSPC.*and so did .*results\.json \(ENOSPC.*here it is on standard output/);
    expect(results.tasks.map((t) => t.id)).toEqual(['1-first', '2-gate']);
    expectResultKept(expect, repo, task(results, '1-first'));
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
  });
});

describe('results and agents on the host', () => {
  it('a results file whose directory vanished at the end goes to the run directory', async () => {
    const out = tempDir('fanout-out-');
    const json = path.join(out, 'reports', 'results.json');
    const flag = path.join(tempDir('fanout-flag-'), 'go');
    const repo = repoWithPrompts({ gate: scriptPrompt(`while [ ! -f ${flag} ]; do sleep 0.1; done\necho ok > ok.txt`) });
    const state = tempDir('fanout-state-');
    const proc = startNode(CLI_PATH, ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json], { cwd: repo });
    await waitFor('the task to run', () => (proc.output().includes('gate running') ? true : undefined));
    // The directory checked before the run is replaced by a file: the write at the end fails.
    fs.rmSync(path.join(out, 'reports'), { recursive: true, force: true });
    fs.writeFileSync(path.join(out, 'reports'), 'not a directory');
    fs.writeFileSync(flag, '');
    const r = await proc.done;
    const runId = fs.readdirSync(path.join(state, 'runs'))[0];
    const fallback = path.join(state, 'runs', runId, 'results.json');
    recordCase({
      table: 'fault',
      group: 'host',
      case: 'results file cannot be written when the run ends (its directory is gone)',
      expected: 'written to the run directory instead; standard error says where',
      observed: `exit ${r.code}; ${clip(r.stderr.split('\n').find((l) => l.includes('instead')) ?? '', 200)}`,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`written to ${fallback} instead`);
    const results = readResults(fallback);
    expectResultKept(expect, repo, task(results, 'gate'));
    expect(stackTraceIn(r.stdout + r.stderr)).toBeNull();
  });

  it('subprocess mode: a hang that ignores SIGTERM, with a child doing the same, is killed whole at its timeout', async () => {
    const marker = `fanout-reliability-${process.pid}-${Date.now()}`;
    const repo = repoWithPrompts({
      stubborn: scriptPrompt(`trap '' TERM\n(trap '' TERM; exec -a ${marker} sleep 600) &\nsleep 600`, { timeout: '2s' }),
      good: scriptPrompt('echo ok > good.txt'),
    });
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json]);
    const results = readResults(json);
    const survivors = spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim();
    recordCase({ table: 'fault', group: 'agent (subprocess)', case: 'agent hangs ignoring SIGTERM, with a child', expected: 'timed_out; SIGKILL after the grace period reaches the whole process group', observed: `${describeTasks(results, ['stubborn'])}; ${survivors ? 'processes survived' : 'no process left'}` });
    expect(r.code).toBe(1);
    expect(task(results, 'stubborn').status).toBe('timed_out');
    expect(survivors).toBe('');
    expectResultKept(expect, repo, task(results, 'good'));
    expect(await leftovers({ repo, stateDir: state, runDirAllowed: true, branches: ['fanout/good', 'fanout/stubborn'] })).toEqual([]);
  });

  it('subprocess mode: processes an agent leaves behind are killed when it exits, and do not hold the task', async () => {
    const marker = `fanout-leftover-${process.pid}-${Date.now()}`;
    const repo = repoWithPrompts({ leftover: scriptPrompt(`(exec -a ${marker} sleep 600) &\necho bg > bg.txt`) });
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json]);
    const results = readResults(json);
    const survivors = spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim();
    recordCase({ table: 'fault', group: 'agent (subprocess)', case: 'agent leaves a background process', expected: 'succeeded; the process is killed with its group', observed: `${describeTasks(results)}; ${survivors ? 'process survived' : 'no process left'}` });
    expect(r.code, r.stderr).toBe(0);
    expect(survivors).toBe('');
    expectResultKept(expect, repo, task(results, 'leftover'));
    expect(fileAt(repo, 'fanout/leftover', 'bg.txt')).toBe('bg\n');
  });

  it('subprocess mode: a timeout at the 7-day bound does not overflow the timer', async () => {
    const repo = repoWithPrompts({ week: scriptPrompt('sleep 2\necho done > week.txt', { timeout: '168h' }) });
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json]);
    const results = readResults(json);
    recordCase({ table: 'fault', group: 'agent (subprocess)', case: 'timeout: 168h (the bound)', expected: 'succeeded (a delay past 2^31 ms would fire at once)', observed: describeTasks(results) });
    expect(r.code, r.stderr).toBe(0);
    expectResultKept(expect, repo, task(results, 'week'));
  });

  it('two runs at once on the same repository and prompts get distinct branches', async () => {
    const repo = repoWithPrompts({ y: scriptPrompt('sleep 1\necho y > y.txt') });
    const runs = await Promise.all(
      [1, 2].map(async (n) => {
        const state = tempDir('fanout-state-');
        const json = path.join(tempDir('fanout-out-'), `results-${n}.json`);
        const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json]);
        return { r, results: readResults(json) };
      }),
    );
    recordCase({ table: 'fault', group: 'run', case: 'two runs at once on the same prompts', expected: 'both succeed on distinct branches (fanout/y, fanout/y-try2)', observed: runs.map(({ results }) => describeTasks(results)).join(' | ') });
    for (const { r, results } of runs) {
      expect(r.code, r.stderr).toBe(0);
      expectResultKept(expect, repo, task(results, 'y'));
    }
    expect(runs.map(({ results }) => task(results, 'y').branch).sort()).toEqual(['fanout/y', 'fanout/y-try2']);
    expect(sh(repo, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/fanout').split('\n').sort()).toEqual(['fanout/y', 'fanout/y-try2']);
  });

  it('an agent that writes a 1 GiB file does not get it committed', async () => {
    const repo = repoWithPrompts({ huge: scriptPrompt('head -c 1G /dev/zero > big.bin\necho small > small.txt') });
    const state = tempDir('fanout-state-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    const r = await runCli(['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'docker', '--network', 'none', '--json', json]);
    const results = readResults(json);
    const huge = task(results, 'huge');
    recordCase({ table: 'fault', group: 'agent (Docker)', case: 'agent writes a 1 GiB file', expected: 'the file is not committed; the task says why', observed: describeTasks(results) });
    expect(r.code).toBe(1);
    expect(huge.status).not.toBe('succeeded');
    expect(huge.reason).toMatch(/big\.bin/);
    const tree = huge.commit ? sh(repo, 'ls-tree', '-r', '--name-only', huge.commit) : '';
    expect(tree).not.toContain('big.bin');
    expect(await leftovers({ repo, stateDir: state, runId: results.run.id, runDirAllowed: true, branches: huge.branch ? [huge.branch] : [] })).toEqual([]);
  });
});
