/** The host's count of OOM kills, as the Docker executor reads it when Docker says nothing. */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kernelLogNamesOomKill, kernelLogSaysOomKilled, parseOomKills, readOomKills } from '../src/exec/docker/oom.js';

describe('the host OOM kill count', () => {
  it('is the oom_kill line of /proc/vmstat, null without one', () => {
    expect(parseOomKills('pgfault 912\noom_kill 17\nnr_free_pages 3\n')).toBe(17);
    // `oom_kill` must be the whole name: not a line that only starts with it.
    expect(parseOomKills('oom_kill_disable 1\nnr_free_pages 3\n')).toBeNull();
    expect(parseOomKills('')).toBeNull();
  });

  it('reads as null from a file that is not there', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'af-oom-'));
    try {
      expect(await readOomKills(path.join(dir, 'vmstat'))).toBeNull();
      await fsp.writeFile(path.join(dir, 'vmstat'), 'oom_kill 3\n');
      expect(await readOomKills(path.join(dir, 'vmstat'))).toBe(3);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it("finds an OOM kill in the container's cgroup in the kernel log, for either cgroup driver", () => {
    const id = 'a'.repeat(64);
    const other = 'b'.repeat(64);
    const line = (victim: string) =>
      `3,1201,66286356183,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=${victim},mems_allowed=0,oom_memcg=/docker/${victim},task_memcg=/docker/${victim},task=tail,pid=17207,uid=0`;
    expect(kernelLogNamesOomKill(`6,1200,1,-;eth0: link up\n${line(id)}\n`, id)).toBe(true);
    expect(kernelLogNamesOomKill(`${line(other)}\n`, id)).toBe(false);
    const systemd = `oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/system.slice/docker-${id}.scope,task_memcg=/system.slice/docker-${id}.scope,task=node,pid=9`;
    expect(kernelLogNamesOomKill(systemd, id)).toBe(true);
    // The id elsewhere in the line than the victim's cgroup (a limit in a parent it shares) is not it.
    expect(kernelLogNamesOomKill(`oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/docker/${id},task_memcg=/docker/${other},task=x`, id)).toBe(false);
    // Anything but a full container id is never searched for.
    expect(kernelLogNamesOomKill(line(id), 'aaaa')).toBe(false);
  });

  it('reads the kernel log from a file, null when there is none', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'af-oom-'));
    const id = 'c'.repeat(64);
    try {
      const file = path.join(dir, 'kmsg');
      expect(await kernelLogSaysOomKilled(file, id)).toBeNull();
      await fsp.writeFile(file, `6,1,1,-;hello\n3,2,2,-;oom-kill:constraint=CONSTRAINT_MEMCG,task_memcg=/docker/${id},task=tail\n`);
      expect(await kernelLogSaysOomKilled(file, id)).toBe(true);
      expect(await kernelLogSaysOomKilled(file, 'd'.repeat(64))).toBe(false);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
