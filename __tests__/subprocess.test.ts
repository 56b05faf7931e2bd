import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProcStat } from '../src/exec/proctree.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { ExecResult, ExecSpec, ResourceSample } from '../src/exec/types.js';
import { execSpec } from './support/factories.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-subprocess-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function spec(argv: string[], extra: Partial<ExecSpec> = {}): ExecSpec {
  return execSpec(argv, dir, path.join(dir, 'logs'), { logFile: path.join(dir, 'logs', 'task.log'), stdoutFile: path.join(dir, 'logs', 'stdout.txt'), ...extra });
}

const sh = (script: string, extra: Partial<ExecSpec> = {}): ExecSpec => spec(['sh', '-c', script], extra);

/** Polls `check` every 20 ms until it returns true; fails after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function readText(file: string): Promise<string> {
  return existsSync(file) ? readFile(file, 'utf8') : '';
}

/** True once a pid is gone or only a zombie (our container's init may not reap it). */
async function isDead(pid: number): Promise<boolean> {
  const s = await readProcStat(pid);
  return s === undefined || s.state === 'Z';
}

describe('subprocess executor', () => {
  it('streams output to the log and the callback while the process runs, stdout apart', async () => {
    const chunks: string[] = [];
    const s = sh('echo first; echo oops >&2; i=0; while [ ! -e release ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; echo second', {
      onOutput: (stream, text) => chunks.push(`${stream}:${text}`),
    });
    let settled = false;
    const running = createSubprocessExecutor()
      .run(s)
      .finally(() => (settled = true));

    await until('first line in the log', async () => (await readText(s.logFile)).includes('first') && (await readText(s.logFile)).includes('oops'));
    expect(settled).toBe(false);
    expect(chunks.join('')).toContain('stdout:first');
    expect(chunks.join('')).toContain('stderr:oops');

    await writeFile(path.join(dir, 'release'), '');
    const result = await running;
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(await readFile(s.logFile, 'utf8')).toMatch(/first\n[^]*oops\n[^]*second\n/);
    expect(await readFile(s.stdoutFile, 'utf8')).toBe('first\nsecond\n');
    expect(result.finishedAt).toBeGreaterThanOrEqual(result.startedAt);
    expect(Object.keys(result.phases)).toEqual(expect.arrayContaining(['spawn', 'wait']));
    expect(result.memory.limitBytes).toBeNull();
  });

  it('gives the process exactly its env plus PATH and HOME, in the workdir', async () => {
    process.env.AF_TEST_HOST_ONLY = 'leak';
    try {
      const s = sh('env; pwd', { env: { FOO: 'bar baz' } });
      const result = await createSubprocessExecutor().run(s);
      expect(result.outcome).toBe('exited');
      const lines = (await readFile(s.stdoutFile, 'utf8')).split('\n');
      expect(lines).toContain('FOO=bar baz');
      expect(lines).toContain(`PATH=${process.env.PATH}`);
      expect(lines.some((l) => l.startsWith('HOME='))).toBe(true);
      expect(lines.some((l) => l.startsWith('AF_TEST_HOST_ONLY='))).toBe(false);
      expect(lines).toContain(dir);
    } finally {
      delete process.env.AF_TEST_HOST_ONLY;
    }
  });

  it('reports the exit code', async () => {
    expect(await createSubprocessExecutor().run(sh('exit 3'))).toMatchObject({ outcome: 'exited', exitCode: 3 });
  });

  it('on timeout kills the whole process group, children included', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const s = sh(`sleep 30 & echo $! > ${pidFile}; echo started; wait`, { timeoutMs: 300 });
    const result = await createSubprocessExecutor({ killGraceMs: 3000 }).run(s);
    expect(result.outcome).toBe('timed_out');
    expect(result.exitCode).toBe(143);
    const child = Number(await readFile(pidFile, 'utf8'));
    expect(child).toBeGreaterThan(0);
    await until(`child sleep ${child} to be gone`, () => isDead(child), 15_000);
    expect(await readFile(s.logFile, 'utf8')).toContain('started');
  });

  it('follows SIGTERM with SIGKILL after the grace period', async () => {
    const pidFile = path.join(dir, 'child.pid');
    // Ignored signals are inherited, so the child sleep ignores SIGTERM too.
    const s = sh(`trap '' TERM; sleep 30 & echo $! > ${pidFile}; wait; wait; wait`, { timeoutMs: 200 });
    const result = await createSubprocessExecutor({ killGraceMs: 300 }).run(s);
    expect(result).toMatchObject({ outcome: 'timed_out', exitCode: 137 });
    const child = Number(await readFile(pidFile, 'utf8'));
    await until(`child sleep ${child} to be gone`, () => isDead(child), 15_000);
  });

  it('kills what the agent left running in its group when it exits', async () => {
    const pidFile = path.join(dir, 'bg.pid');
    const s = sh(`sleep 30 > /dev/null 2>&1 & echo $! > ${pidFile}`);
    const result = await createSubprocessExecutor().run(s);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    const bg = Number(await readFile(pidFile, 'utf8'));
    await until(`background sleep ${bg} to be gone`, () => isDead(bg), 15_000);
  });

  it('does not hang when a process that left the group holds the output pipe', async () => {
    const pidFile = path.join(dir, 'escaped.pid');
    const sampled = path.join(dir, 'sampled');
    // The escaped sleep outlasts the test's own timeout: waiting for it would fail the test. It is
    // never in the agent's tree or session when the executor looks (a process it saw there it would
    // kill at the end, and then nothing would hold the pipe): started after the first look, with the
    // next a minute away, from a subshell that waits until it has its own session (field 6 of its
    // stat) and that the agent waits for; the last look comes after the agent's exit.
    const escape = `setsid sleep 600 & echo $! > ${pidFile}; while [ "$(cut -d' ' -f6 /proc/$!/stat)" != $! ]; do sleep 0.01; done`;
    const s = sh(`while [ ! -e ${sampled} ]; do sleep 0.02; done; (${escape}); echo done`, {
      onSample: () => {
        if (!existsSync(sampled)) void writeFile(sampled, '');
      },
    });
    try {
      const result = await createSubprocessExecutor({ drainTimeoutMs: 300, sampleIntervalMs: 60_000 }).run(s);
      expect(result.outcome).toBe('exited');
      // Ordering, not a duration: run() was done while the pipe's holder still lived.
      const pid = Number(await readText(pidFile));
      expect(pid).toBeGreaterThan(0);
      expect(await isDead(pid)).toBe(false);
      expect(await readFile(s.stdoutFile, 'utf8')).toBe('done\n');
    } finally {
      const pid = Number(await readText(pidFile));
      if (pid > 0 && !(await isDead(pid))) process.kill(pid, 'SIGKILL');
    }
  });

  it('cancels on abort', async () => {
    const controller = new AbortController();
    const s = sh('echo ready; sleep 30', { signal: controller.signal });
    const running = createSubprocessExecutor({ killGraceMs: 2000 }).run(s);
    await until('ready', async () => (await readText(s.logFile)).includes('ready'));
    controller.abort();
    const result = await running;
    expect(result.outcome).toBe('cancelled');
    expect(result.exitCode).toBe(143);
  });

  it('does not start a task whose signal is already aborted', async () => {
    const marker = path.join(dir, 'ran');
    const result = await createSubprocessExecutor().run(sh(`touch ${marker}`, { signal: AbortSignal.abort() }));
    expect(result.outcome).toBe('cancelled');
    expect(existsSync(marker)).toBe(false);
  });

  it('measures CPU time, RSS and pids of the tree, including children that already exited', async () => {
    const samples: ResourceSample[] = [];
    // The busy child is over before the last sample; its time is only in its parent's cutime then.
    // Bounded by CPU used, not wall time, so a busy machine does not make it measure less (only
    // take longer: hence this test's own generous ceiling).
    const busy = `node -e "const a = new Array(2e6).fill(1); while (process.cpuUsage().user < 5e5) a[0]++"`;
    const s = sh(`${busy}; sleep 0.6`, { onSample: (x) => samples.push(x), timeoutMs: 110_000 });
    const result: ExecResult = await createSubprocessExecutor({ sampleIntervalMs: 400 }).run(s);
    expect(result.outcome).toBe('exited');
    const wall = (result.finishedAt - result.startedAt) / 1000;
    expect(result.cpu!.seconds).toBeGreaterThan(0.45);
    expect(result.cpu!.seconds).toBeLessThan(wall * 2 + 0.1);
    // Percentages depend on how busy the machine is (CPU seconds above do not): measured, not sized.
    expect(result.cpu!.peakPercent).toBeGreaterThan(0);
    expect(result.cpu!.avgPercent).toBeGreaterThan(0);
    expect(result.memory.peakBytes).toBeGreaterThan(16 * 1024 * 1024);
    expect(result.peakPids).toBeGreaterThanOrEqual(2);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.every((x) => x.pids >= 1 && x.memoryBytes > 0)).toBe(true);
  }, 120_000);

  it('writes large output to disk without holding it in memory, all flushed when run() resolves', async () => {
    const size = 64 * 1024 * 1024;
    const base = process.memoryUsage().arrayBuffers;
    let peak = 0;
    let seen = 0;
    const s = spec(['head', '-c', String(size), '/dev/zero'], {
      onOutput: (_stream, text) => {
        seen += text.length;
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
      },
    });
    const result = await createSubprocessExecutor().run(s);
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect((await stat(s.stdoutFile)).size).toBe(size);
    expect((await stat(s.logFile)).size).toBe(size);
    expect(seen).toBe(size);
    expect(peak).toBeLessThan(48 * 1024 * 1024);
  });

  it('reports a missing command as an error naming the task and the command', async () => {
    const result = await createSubprocessExecutor().run(spec(['no-such-agent-cli-xyz', '--help']));
    expect(result.outcome).toBe('error');
    expect(result.exitCode).toBeNull();
    expect(result.error).toMatch(/^task 'demo-task': could not start 'no-such-agent-cli-xyz': command not found/);
    expect(await readFile(path.join(dir, 'logs', 'task.log'), 'utf8')).toBe(`${result.error}\n`);
  });

  it('reports a missing working directory as an error', async () => {
    const result = await createSubprocessExecutor().run(sh('true', { workdir: path.join(dir, 'nope') }));
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(/^task 'demo-task': working directory '.*nope' is not accessible/);
  });

  it('validates its options', () => {
    expect(() => createSubprocessExecutor({ killGraceMs: -1 })).toThrow(TypeError);
    expect(createSubprocessExecutor().mode).toBe('subprocess');
  });
});
