import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AT_CLKTCK, AT_PAGESZ, clockTicksPerSecond, pageSizeBytes, parseAuxv, parseProcStat, ProcessTreeMonitor, readProcStat, selectTree, type ProcStat } from '../src/exec/proctree.js';

interface Fake {
  pid: number;
  ppid: number;
  session?: number;
  comm?: string;
  utime?: number;
  stime?: number;
  cutime?: number;
  cstime?: number;
  start?: number;
  rss?: number;
}

/** A /proc/<pid>/stat line in the kernel's format (52 fields). */
function statLine(p: Fake): string {
  const f = new Array<number | string>(52).fill(0);
  f[0] = p.pid;
  f[1] = `(${p.comm ?? 'proc'})`;
  f[2] = 'S';
  f[3] = p.ppid;
  f[4] = p.session ?? p.pid;
  f[5] = p.session ?? p.pid;
  f[13] = p.utime ?? 0;
  f[14] = p.stime ?? 0;
  f[15] = p.cutime ?? 0;
  f[16] = p.cstime ?? 0;
  f[21] = p.start ?? p.pid * 10;
  f[23] = p.rss ?? 1;
  return `${f.join(' ')}\n`;
}

describe('parseProcStat', () => {
  it('reads the fields after a command name with spaces and parentheses', () => {
    const s = parseProcStat(statLine({ pid: 42, ppid: 7, session: 40, comm: 'a (b) c) d', utime: 11, stime: 12, cutime: 13, cstime: 14, start: 999, rss: 321 }))!;
    expect(s).toMatchObject({ pid: 42, comm: 'a (b) c) d', state: 'S', ppid: 7, pgrp: 40, session: 40, utime: 11, stime: 12, cutime: 13, cstime: 14, startTime: 999, rssPages: 321 });
  });

  it('rejects text that is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 (x) S')).toBeUndefined();
  });

  it('reads this very process from the real /proc', async () => {
    const self = await readProcStat(process.pid);
    expect(self?.pid).toBe(process.pid);
    expect(self?.rssPages).toBeGreaterThan(0);
    expect(clockTicksPerSecond()).toBeGreaterThan(0);
    expect(pageSizeBytes()).toBeGreaterThanOrEqual(4096);
  });

  it('reads the clock ticks and the page size from the auxiliary vector as getconf does', () => {
    const getconf = (name: string) => Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim());
    const entries = parseAuxv(fs.readFileSync('/proc/self/auxv'), 8, os.endianness() === 'LE');
    expect(entries.get(AT_CLKTCK)).toBe(getconf('CLK_TCK'));
    expect(entries.get(AT_PAGESZ)).toBe(getconf('PAGESIZE'));
    expect(clockTicksPerSecond()).toBe(getconf('CLK_TCK'));
    expect(pageSizeBytes()).toBe(getconf('PAGESIZE'));
  });

  it('parses auxiliary vectors of either word size and byte order, up to AT_NULL', () => {
    const vector = (wordBytes: 4 | 8, le: boolean, words: number[]) => {
      const data = Buffer.alloc(words.length * wordBytes);
      words.forEach((w, i) => {
        if (wordBytes === 8 && le) data.writeBigUInt64LE(BigInt(w), i * 8);
        else if (wordBytes === 8) data.writeBigUInt64BE(BigInt(w), i * 8);
        else if (le) data.writeUInt32LE(w, i * 4);
        else data.writeUInt32BE(w, i * 4);
      });
      return data;
    };
    const words = [AT_PAGESZ, 65536, AT_CLKTCK, 250, 0, 0, AT_CLKTCK, 1];
    for (const [wordBytes, le] of [[8, true], [8, false], [4, true], [4, false]] as const) {
      expect(parseAuxv(vector(wordBytes, le, words), wordBytes, le)).toEqual(new Map([[AT_PAGESZ, 65536], [AT_CLKTCK, 250]]));
    }
    // A vector cut short ends where its last whole entry does.
    expect(parseAuxv(vector(8, true, [AT_CLKTCK, 100, AT_PAGESZ]), 8, true)).toEqual(new Map([[AT_CLKTCK, 100]]));
  });
});

describe('selectTree', () => {
  const stats = [
    { pid: 1, ppid: 0, session: 1 },
    { pid: 100, ppid: 1, session: 100 },
    { pid: 101, ppid: 100, session: 100 },
    { pid: 102, ppid: 101, session: 555 }, // left the session, still a descendant
    { pid: 103, ppid: 1, session: 100 }, // orphan, still in the session
    { pid: 200, ppid: 1, session: 200 },
  ].map((p) => parseProcStat(statLine(p))!) as ProcStat[];

  it('takes descendants by ppid and members of the session', () => {
    expect(
      selectTree(stats, 100, 100)
        .map((s) => s.pid)
        .sort(),
    ).toEqual([100, 101, 102, 103]);
    expect(
      selectTree(stats, 100)
        .map((s) => s.pid)
        .sort(),
    ).toEqual([100, 101, 102]);
  });
});

describe('ProcessTreeMonitor CPU accounting', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'af-proc-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function setProcs(procs: Fake[]): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    for (const p of procs) {
      await mkdir(path.join(dir, String(p.pid)));
      await writeFile(path.join(dir, String(p.pid), 'stat'), statLine(p));
    }
  }

  it('counts reaped children once, keeps the time of vanished processes, never goes down', async () => {
    const hz = clockTicksPerSecond();
    const monitor = new ProcessTreeMonitor(100, { session: 100, procDir: dir, maxScanAgeMs: 0 });
    const ticks = async (): Promise<number> => Math.round((await monitor.sample()).cpuSeconds * hz);

    await setProcs([
      { pid: 1, ppid: 0, session: 1, utime: 5000 },
      { pid: 100, ppid: 1, session: 100, utime: 10, rss: 3 },
      { pid: 101, ppid: 100, session: 100, utime: 40, stime: 10, rss: 5 },
    ]);
    const first = await monitor.sample();
    expect(Math.round(first.cpuSeconds * hz)).toBe(60);
    expect(first.rssBytes).toBe(8 * pageSizeBytes());
    expect(first.pids.sort()).toEqual([100, 101]);

    // 101 exited and its parent reaped it: its (final) time is now in the parent's cutime.
    await setProcs([{ pid: 100, ppid: 1, session: 100, utime: 12, cutime: 55 }]);
    expect(await ticks()).toBe(67);

    // Grandchild and child vanish in the same interval: the live root inherits both through cutime.
    await setProcs([
      { pid: 100, ppid: 1, session: 100, utime: 12, cutime: 55 },
      { pid: 104, ppid: 100, session: 100, utime: 3 },
      { pid: 105, ppid: 104, session: 100, utime: 4 },
    ]);
    expect(await ticks()).toBe(74);
    await setProcs([{ pid: 100, ppid: 1, session: 100, utime: 12, cutime: 65 }]);
    expect(await ticks()).toBe(77);

    // The root is reaped by its (outside) parent; an orphan is left in the session.
    await setProcs([{ pid: 103, ppid: 1, session: 100, utime: 5 }]);
    expect(await ticks()).toBe(77 + 5);

    // The orphan is reaped by init: its last sampled time is kept.
    await setProcs([]);
    const last = await monitor.sample();
    expect(Math.round(last.cpuSeconds * hz)).toBe(82);
    expect(last.pids).toEqual([]);
  });

  it('does not take a recycled pid for the process it saw before', async () => {
    const hz = clockTicksPerSecond();
    const monitor = new ProcessTreeMonitor(100, { session: 100, procDir: dir, maxScanAgeMs: 0 });
    await setProcs([
      { pid: 100, ppid: 1, session: 100, utime: 1 },
      { pid: 150, ppid: 1, session: 100, utime: 30, start: 7 },
    ]);
    await monitor.sample();
    // 150 died (reaped by init) and the pid went to a new session member with less time.
    await setProcs([
      { pid: 100, ppid: 1, session: 100, utime: 1 },
      { pid: 150, ppid: 1, session: 100, utime: 2, start: 8 },
    ]);
    expect(Math.round((await monitor.sample()).cpuSeconds * hz)).toBe(1 + 30 + 2);
  });
});
