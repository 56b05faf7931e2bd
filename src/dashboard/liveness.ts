/** Whether the process that wrote a journal still runs (so its run is live, not interrupted). */
import fs from 'node:fs';
import os from 'node:os';

export type ProcessState = 'alive' | 'dead' | 'unknown';

/** Linux's USER_HZ; the kernel reports it as 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;
/** A process started this long after the run did is another process that got the pid again. */
const PID_REUSE_SLACK_MS = 10_000;

/**
 * `unknown` when the journal names no pid or another host; `dead` when no such process, a zombie,
 * or (on Linux) a process that started after the run did — the pid was reused.
 */
export function processState(pid: number | undefined, host: string | undefined, runStartedAt: number): ProcessState {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return 'unknown';
  if (host && host !== os.hostname()) return 'unknown';
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'dead';
  }
  const started = linuxProcessStart(pid);
  if (started === 'zombie') return 'dead';
  if (started !== null && started > runStartedAt + PID_REUSE_SLACK_MS) return 'dead';
  return 'alive';
}

/** Epoch ms the process started, `zombie`, or null when /proc cannot tell. */
function linuxProcessStart(pid: number): number | 'zombie' | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return 'zombie';
    const startTicks = Number(fields[19]);
    const btime = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    if (!btime || !Number.isFinite(startTicks)) return null;
    return Number(btime[1]) * 1000 + (startTicks / CLOCK_TICKS) * 1000;
  } catch {
    return null;
  }
}
