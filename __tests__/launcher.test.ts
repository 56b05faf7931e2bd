/**
 * The launcher: commands started by a helper process, with what they print and how they ended, as
 * a direct spawn would give them; a helper that dies reports what it ran as failed (never run twice)
 * and later commands start directly; an idle helper never keeps a process alive. Part of this reads
 * the built `lib/` (`npm run build` first).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Launcher, runDirect, type LaunchOutcome } from '../src/git/launcher.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'af-launcher-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function ok(outcome: LaunchOutcome): { stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null } {
  if ('spawnError' in outcome) throw outcome.spawnError;
  return outcome;
}

describe.each([
  ['the helper', (launcher: Launcher) => launcher.run.bind(launcher)],
  ['a direct spawn', () => runDirect],
])('commands through %s', (_name, runner) => {
  const launcher = new Launcher();
  beforeAll(async () => {
    expect(await launcher.start()).toBe(true);
  });
  afterAll(() => launcher.close());
  const run = runner(launcher);

  it('take their input, and give back stdout, stderr and the exit code', async () => {
    const out = ok(await run({ file: 'sh', args: ['-c', 'cat; echo "$AF_X" >&2; exit 3'], cwd: tmp, env: { ...process.env, AF_X: 'from env' }, input: 'from stdin\n' }));
    expect(out).toEqual({ stdout: 'from stdin\n', stderr: 'from env\n', code: 3, signal: null });
  });

  it('stream a file from an offset into stdin', async () => {
    const file = path.join(tmp, 'input');
    fs.writeFileSync(file, 'skipped|taken\n');
    const out = ok(await run({ file: 'cat', args: [], cwd: tmp, env: process.env, input: { path: file, start: 8 } }));
    expect(out.stdout).toBe('taken\n');
    const missing = await run({ file: 'cat', args: [], cwd: tmp, env: process.env, input: { path: path.join(tmp, 'nope') } });
    expect('spawnError' in missing && missing.spawnError.message).toMatch(/ENOENT/);
  });

  it('say why they could not start: no such program, no such directory', async () => {
    const noProgram = await run({ file: 'af-no-such-program', args: [], cwd: tmp, env: process.env });
    expect('spawnError' in noProgram && noProgram.spawnError.message).toMatch(/spawn af-no-such-program ENOENT/);
    const noDir = await run({ file: 'true', args: [], cwd: path.join(tmp, 'no-such-dir'), env: process.env });
    expect('spawnError' in noDir && noDir.spawnError.message).toMatch(/ENOENT/);
  });

  it('are stopped at their timeout', async () => {
    const out = ok(await run({ file: 'sleep', args: ['30'], cwd: tmp, env: process.env, timeoutMs: 100 }));
    expect(out.signal).toBe('SIGTERM');
  });

  it('run side by side, each answer to its own command', async () => {
    const outs = await Promise.all(Array.from({ length: 40 }, (_, i) => run({ file: 'sh', args: ['-c', `sleep 0.0$((${i} % 5)); echo ${i}`], cwd: tmp, env: process.env })));
    expect(outs.map((o) => ok(o).stdout.trim())).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
  });
});

describe('the helper process', () => {
  it('is the parent of the commands, not this process, once it has started', async () => {
    const launcher = new Launcher();
    try {
      expect(await launcher.start()).toBe(true);
      const out = ok(await launcher.run({ file: 'sh', args: ['-c', 'echo $PPID'], cwd: tmp, env: process.env }));
      expect(launcher.pid).toBeGreaterThan(0);
      expect(Number(out.stdout)).toBe(launcher.pid);
      expect(Number(out.stdout)).not.toBe(process.pid);
    } finally {
      launcher.close();
    }
  });

  it('dying mid-command reports that command failed, and the next ones start directly', async () => {
    const launcher = new Launcher();
    expect(await launcher.start()).toBe(true);
    const marker = path.join(tmp, 'ran-once');
    const first = launcher.run({ file: 'sh', args: ['-c', `echo x >> ${marker}; sleep 1`], cwd: tmp, env: process.env });
    while (!fs.existsSync(marker)) await new Promise((r) => setTimeout(r, 10));
    process.kill(launcher.pid!, 'SIGKILL');
    const outcome = await first;
    expect('spawnError' in outcome && outcome.spawnError.message).toMatch(/exited while this one ran; it may or may not have run/);
    // Not run again.
    expect(fs.readFileSync(marker, 'utf8')).toBe('x\n');
    const next = ok(await launcher.run({ file: 'sh', args: ['-c', 'echo $PPID'], cwd: tmp, env: process.env }));
    expect(Number(next.stdout)).toBe(process.pid);
    expect(await launcher.start()).toBe(false);
  });

  it('closed mid-command, answers that command as failed and starts a fresh helper for the next', async () => {
    const launcher = new Launcher();
    expect(await launcher.start()).toBe(true);
    const first = launcher.pid;
    const running = launcher.run({ file: 'sleep', args: ['5'], cwd: tmp, env: process.env });
    launcher.close();
    const outcome = await running;
    expect('spawnError' in outcome && outcome.spawnError.message).toMatch(/closed while this one ran/);
    expect(await launcher.start()).toBe(true);
    expect(launcher.pid).not.toBe(first);
    launcher.close();
  });

  it('never keeps a process alive once its commands are done, and exits with it', async () => {
    const lib = path.resolve('lib/git/launcher.js');
    const script = `
      const { launch, Launcher } = await import(${JSON.stringify(lib)});
      console.log((await launch('echo', ['done'])).trim(), Launcher.shared().pid);`;
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 }, (error, out) => (error ? reject(error) : resolve({ stdout: out }))),
    );
    const [word, pid] = stdout.trim().split(' ');
    expect(word).toBe('done');
    // The helper saw its stdin close and exited too.
    const deadline = Date.now() + 5000;
    while (fs.existsSync(`/proc/${pid}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
  });

  it('launch() resolves with stdout, rejects naming the command and its error', async () => {
    expect(await launch('echo', ['hello'])).toBe('hello\n');
    await expect(launch('sh', ['-c', 'echo "first line" >&2; echo second >&2; exit 2'])).rejects.toThrow(/^sh -c .*: first line$/);
    await expect(launch('sh', ['-c', 'exit 4'])).rejects.toThrow(/: exit code 4$/);
    await expect(launch('sleep', ['30'], { timeoutMs: 100 })).rejects.toThrow(/sleep 30: killed by SIGTERM$/);
  });
});
