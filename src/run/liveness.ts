/** Whether the process that runs (or ran) a fan-out still lives: run dirs, journals and containers name it. */
import fs from 'node:fs';
import os from 'node:os';
import { clockTicksPerSecond, parseProcStat } from '../exec/proctree.js';

export type ProcessState = 'alive' | 'dead' | 'unknown';

/** A process started this long after the run did is another process that got the pid again. */
const PID_REUSE_SLACK_MS = 10_000;

/**
 * `unknown` when there is no pid or it is on another host; `dead` when no such process, a zombie,
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
    const stat = parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    if (!stat) return null;
    if (stat.state === 'Z' || stat.state === 'X') return 'zombie';
    const btime = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    if (!btime) return null;
    return Number(btime[1]) * 1000 + (stat.startTime / clockTicksPerSecond()) * 1000;
  } catch {
    return null;
  }
}
