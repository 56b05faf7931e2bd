/** Running and measuring processes: timed commands, the orchestrator as a child, daemon CPU from /proc. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../src/core/model.js';
import type { ProbeUsage } from './probe.js';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit, ms. */
  ms: number;
}

/** Runs a command without a shell; resolves with its output and how long it took (never rejects on exit codes). */
export function runCommand(cmd: string, args: string[], opts: { input?: string; cwd?: string } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - t0 }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Like {@link runCommand}, but a non-zero exit is an error naming the command and its stderr. */
export async function mustRun(cmd: string, args: string[], opts: { input?: string; cwd?: string } = {}): Promise<CommandResult> {
  const result = await runCommand(cmd, args, opts);
  if (result.code !== 0) {
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited with ${result.code}: ${result.stderr.trim().slice(-2000)}`);
  }
  return result;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * The CLI as it ships: the bundle `npm run bench` builds from the same sources into
 * `.bench-out/dist/` (`scripts/bundle.mjs --out`), i.e. dist/cli.js of this working tree.
 */
export const CLI_PATH = path.join(here, '..', '..', 'dist', 'cli.js');
const PROBE_PATH = path.join(here, 'probe.js');

export interface OrchestratorRun {
  result: RunResult;
  usage: ProbeUsage;
  /** From spawning `node cli.js run` to its exit: Node start-up, prompt loading and the run. */
  processWallMs: number;
  /** CPU seconds dockerd + containerd used meanwhile (a lower bound of Docker's share: shims and runc exit uncounted). */
  daemonCpuSeconds: number;
}

/**
 * Runs `node cli.js run <args> --json …` as a child process, the way a user runs agent-fanout, with the
 * usage probe preloaded. A run where tasks failed (exit 1) is returned for the caller to report; any
 * other exit is an error.
 */
export async function runOrchestrator(
  args: string[],
  opts: { cwd: string; outDir: string; name: string; cpuProf?: boolean; env?: Record<string, string> },
): Promise<OrchestratorRun> {
  const jsonFile = path.join(opts.outDir, `${opts.name}.json`);
  const usageFile = path.join(opts.outDir, `${opts.name}.usage.json`);
  const profile = opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.join(opts.outDir, 'profiles'), '--cpu-prof-name', `${opts.name}.cpuprofile`] : [];
  const daemonBefore = daemonCpuSeconds();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...profile, '--import', PROBE_PATH, CLI_PATH, 'run', ...args, '--quiet', '--json', jsonFile], {
    cwd: opts.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...opts.env, BENCH_USAGE_FILE: usageFile },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const processWallMs = performance.now() - t0;
  const daemon = daemonCpuSeconds() - daemonBefore;
  if (code !== 0 && !(code === 1 && fs.existsSync(jsonFile))) {
    throw new Error(`agent-fanout run (${opts.name}) exited with ${code}: ${stderr.trim()}`);
  }
  const result = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as RunResult;
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as ProbeUsage;
  return { result, usage, processWallMs, daemonCpuSeconds: daemon };
}

/** CPU seconds (user + system) used so far by the dockerd and containerd processes. */
export function daemonCpuSeconds(): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm !== 'dockerd' && comm !== 'containerd') continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime (14), stime (15)
    } catch {
      // the process exited while we looked
    }
  }
  return ticks / 100;
}
