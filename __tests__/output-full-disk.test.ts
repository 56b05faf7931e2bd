/**
 * Output on a full disk, with /dev/full standing in for it (every write fails with ENOSPC): the
 * journal stops without throwing, and both executors stop a task whose output can no longer be
 * logged, saying so, instead of crashing the process on an unhandled stream error.
 */
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/core/logger.js';
import { TaskOutput } from '../src/exec/docker/demux.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { ExecSpec } from '../src/exec/types.js';
import { JournalWriter, journalFile } from '../src/run/journal.js';

const hasDevFull = fs.existsSync('/dev/full');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'af-full-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `name` in the temp dir, a symbolic link to /dev/full: opening it works, writing fails. */
function fullFile(name: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.symlinkSync('/dev/full', file);
  return file;
}

function spec(argv: string[], extra: Partial<ExecSpec> = {}): ExecSpec {
  return {
    runId: 'run-1',
    taskId: 'loud',
    argv,
    env: { PATH: process.env.PATH! },
    workdir: dir,
    timeoutMs: 120_000,
    logFile: path.join(dir, 'logs', 'output.log'),
    stdoutFile: path.join(dir, 'logs', 'stdout.log'),
    container: { mounts: [], user: '', image: '', cpus: 1, memoryBytes: 0, pidsLimit: 0, network: 'none' },
    ...extra,
  };
}

/** A Docker attach frame: stream type, three zero bytes, big-endian length, payload. */
function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe.skipIf(!hasDevFull)('a full disk under the output files', () => {
  it('the journal stops at the first failed write, reports it once, and never throws', () => {
    const state = path.join(dir, 'state');
    const file = journalFile(state, 'r1');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.symlinkSync('/dev/full', file);
    const errors: string[] = [];
    const journal = JournalWriter.open(state, 'r1', { onError: (e) => errors.push(e.message) });
    for (let i = 0; i < 3; i++) {
      expect(() => journal.write({ type: 'task-sample', at: i, runId: 'r1', taskId: 't', sample: { at: i, cpuPercent: 0, memoryBytes: 0, pids: 1 } })).not.toThrow();
    }
    journal.close();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/ENOSPC/);
  });

  it('TaskOutput (Docker): the sink fails and `failed` names the file and the error', async () => {
    const s = spec([], { logFile: fullFile('logs/output.log') });
    const output = await TaskOutput.open(s, silentLogger);
    const source = new PassThrough();
    const piped = pipeline(source, output.sink);
    piped.catch(() => {});
    for (let i = 0; i < 64; i++) source.write(frame(1, 'x'.repeat(16 * 1024)));
    source.end();
    const failure = await output.failed;
    expect(failure.file).toBe(s.logFile);
    expect(failure.error.message).toMatch(/ENOSPC/);
    await expect(piped).rejects.toThrow(/ENOSPC/);
    await expect(output.close()).rejects.toThrow(/ENOSPC/);
  });

  it('subprocess executor: a task whose log cannot be written is stopped and fails saying why', async () => {
    const s = spec(['sh', '-c', 'while true; do echo "still talking"; sleep 0.05; done'], { logFile: fullFile('logs/output.log') });
    const result = await createSubprocessExecutor({ killGraceMs: 500 }).run(s);
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(/^task 'loud': its output can no longer be logged \(writing .*output\.log failed: ENOSPC.*\); the task was stopped$/);
    // The process group record is gone with the task.
    expect(fs.existsSync(path.join(dir, 'logs', 'agent.pid'))).toBe(false);
  });
});
