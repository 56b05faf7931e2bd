/** The hosts file of a run's containers without network, and where the run keeps it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS } from '../src/exec/docker/loopback-hosts.js';
import { RunDir } from '../src/run/rundir.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the run directory hosts file', () => {
  it('is written with the run directory, readable by any container user, naming localhost on both loopback addresses', async () => {
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'af-hosts-'));
    made.push(state);
    const runDir = RunDir.of(state, 'run-1');
    const old = process.umask(0o077);
    try {
      await runDir.create({ runId: 'run-1', repo: '/repo', startedAt: 0 });
    } finally {
      process.umask(old);
    }
    expect(path.dirname(runDir.hostsFile)).toBe(runDir.path);
    expect(fs.readFileSync(runDir.hostsFile, 'utf8')).toBe(LOOPBACK_HOSTS);
    expect(fs.statSync(runDir.hostsFile).mode & 0o777).toBe(0o644);
    const lines = LOOPBACK_HOSTS.split('\n').filter(Boolean).map((line) => line.split(/\s+/));
    expect(lines.filter((fields) => fields.includes('localhost')).map(([address]) => address)).toEqual(['127.0.0.1', '::1']);
  });
});
