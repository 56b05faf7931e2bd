/**
 * Whether the kernel OOM-killed a container's process, from the kernel itself. Docker's `oom` event
 * and `OOMKilled` flag come from containerd watching the container's cgroup, and containerd drops
 * the event when the cgroup is already gone by the time it reads it: a killed agent's container
 * exits at once, and on a busy host that happens first (measured here under CPU stress: 5 of 120
 * OOM-killed containers had no `OOMKilled`, one of them no `oom` event even 5 s later; with the
 * executor, 10 of 200 were found OOM-killed only by the kernel's log).
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { parseKeyedFile } from '../stall.js';

/** The `oom_kill` line of a `/proc/vmstat` text (every OOM kill on the host, cgroup limits included). */
export function parseOomKills(vmstat: string): number | null {
  return parseKeyedFile(vmstat).oom_kill ?? null;
}

/** The host's OOM kill count; null when the file cannot be read or has no such line (kernels before 4.13). */
export async function readOomKills(vmstatFile: string): Promise<number | null> {
  try {
    return parseOomKills(await fsp.readFile(vmstatFile, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Whether a kernel log text has an OOM kill whose victim was in the container's cgroup: the kernel's
 * `oom-kill:` line names the victim's cgroup (`task_memcg=/docker/<id>` with the cgroupfs driver,
 * `…/docker-<id>.scope` with systemd's).
 */
export function kernelLogNamesOomKill(text: string, containerId: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(containerId)) return false;
  const victim = new RegExp(`task_memcg=[^,]*${containerId}`);
  return text.split('\n').some((line) => line.includes('oom-kill:') && victim.test(line));
}

/** At most this much of the kernel log is read (its ring buffer is usually 128 KiB to 1 MiB). */
const KERNEL_LOG_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Whether the kernel log (`/dev/kmsg`, one record per read; or a plain file) records an OOM kill in
 * the container's cgroup. Null when it cannot be read: `/dev/kmsg` needs root (or CAP_SYSLOG) where
 * `kernel.dmesg_restrict` is set, as on most distributions.
 */
export async function kernelLogSaysOomKilled(kmsgFile: string, containerId: string): Promise<boolean | null> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(kmsgFile, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const chunks: string[] = [];
    let total = 0;
    let lost = 0;
    while (total < KERNEL_LOG_MAX_BYTES) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // EPIPE: records were overwritten under the reader; the next read goes on from the oldest left.
        if (code === 'EPIPE' && ++lost < 100) continue;
        // EAGAIN: the end of the log. Anything else (EPERM, EINVAL): it cannot be read.
        if (code === 'EAGAIN') break;
        return null;
      }
      if (bytesRead === 0) break;
      chunks.push(buffer.toString('utf8', 0, bytesRead));
      total += bytesRead;
    }
    return kernelLogNamesOomKill(chunks.join(''), containerId);
  } finally {
    await handle.close();
  }
}
