/**
 * The speedup estimate against the truth (issue 14). Each workload's 8 tasks run in one bench run
 * twice through the CLI, one at a time (max-parallel 1) and 8 at once, in Docker and subprocess mode:
 * the true speedup is the sequential run's wall time over the parallel run's, and the figure to check
 * is the speedup the parallel run reports from its estimated solo times.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunResult } from '../src/core/model.js';
import { ratio } from './arithmetic.js';
import { git, makeRepo, scriptPrompt, taskIds } from './fixtures.js';
import { runOrchestrator, type OrchestratorRun } from './measure.js';
import type { BenchContext } from './workloads.js';

export type Mode = 'docker' | 'subprocess';

/** The work a task does, run by `node bench-work.js <kind> <args>` inside the task's worktree. */
export const WORK_SCRIPT = `// bench-work.js: fixed amounts of work, so that contention shows as time.
const [kind, ...args] = process.argv.slice(2);
function spin(n) { let x = 0; for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003; return x; }
if (kind === 'cpu') console.log('spin', spin(Number(args[0])));
if (kind === 'mem') {
  // Buffer.alloc zero-fills: every page is touched; then passes of writes over all of it.
  const buffer = Buffer.alloc(Number(args[0]));
  for (let p = 0; p < Number(args[1]); p++) buffer.fill(p & 255);
  console.log('mem', buffer[buffer.length - 1]);
}
`;

/** CPU seconds (user + system) of the children this process has waited for, from /proc/self/stat. */
function childCpuSeconds(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime (16) and cstime (17) in proc(5) numbering; fields[0] is field 3. Clock ticks of 100 Hz.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU seconds the work script takes for `args`, run as a child the way tasks run it (the host may be busy: CPU time, not wall). */
function measureWork(script: string, args: string[]): number {
  const before = childCpuSeconds();
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`calibration: node bench-work.js ${args.join(' ')} exited with ${result.status}`);
  return childCpuSeconds() - before;
}

export interface Calibration {
  /** Loop iterations for `cpuSeconds` of CPU. */
  cpuIterations: number;
  /** Bytes and write passes for about `cpuSeconds` of memory work. */
  memBytes: number;
  memPasses: number;
  cpuSeconds: number;
}

/**
 * Sizes the CPU and memory work to about `seconds` of CPU each, by running the work script as tasks
 * run it (a fresh node process) and measuring its CPU time: in-process timings differ by 2× (the
 * loop's compiled code, start-up).
 */
export function calibrate(seconds: number, dir: string): Calibration {
  const script = path.join(dir, 'bench-work.js');
  fs.writeFileSync(script, WORK_SCRIPT);
  const probe = 200_000_000;
  const base = measureWork(script, ['cpu', '0']); // node start-up alone
  const perIteration = Math.max(1e-12, measureWork(script, ['cpu', String(probe)]) - base) / probe;
  const memBytes = 512 * 1024 ** 2;
  const alloc = Math.max(0, measureWork(script, ['mem', String(memBytes), '0']) - base);
  // Enough passes for the 10 ms tick of CPU accounting to be small against them.
  const perPass = Math.max(0.005, (measureWork(script, ['mem', String(memBytes), '40']) - base - alloc) / 40);
  return {
    cpuIterations: Math.round((seconds - base) / perIteration),
    memBytes,
    memPasses: Math.max(1, Math.round((seconds - base - alloc) / perPass)),
    cpuSeconds: seconds,
  };
}

export interface Workload {
  name: string;
  /** What a task does. */
  description: string;
  script: string;
}

export function workloads(c: Calibration, sleepSeconds: number): Workload[] {
  const half = Math.round(c.cpuIterations / 2);
  return [
    { name: 'io', description: `sleep ${sleepSeconds} s`, script: `sleep ${sleepSeconds}` },
    { name: 'cpu', description: `busy loop, ${c.cpuSeconds} s of CPU`, script: `node bench-work.js cpu ${c.cpuIterations}` },
    {
      name: 'mixed',
      description: `sleep ${sleepSeconds / 2} s, busy loop ${c.cpuSeconds / 2} s of CPU, sleep ${sleepSeconds / 2} s`,
      script: `sleep ${sleepSeconds / 2}\nnode bench-work.js cpu ${half}\nsleep ${sleepSeconds / 2}`,
    },
    {
      name: 'memory',
      description: `${c.memBytes / 1024 ** 2} MiB zero-filled, then ${c.memPasses} write passes over it (about ${c.cpuSeconds} s)`,
      script: `node bench-work.js mem ${c.memBytes} ${c.memPasses}`,
    },
  ];
}

export interface SpeedupRow {
  workload: string;
  mode: Mode;
  tasks: number;
  /** Run wall times (the engine's own, as in the results JSON) of the two runs. */
  sequentialWallMs: number;
  parallelWallMs: number;
  /** sequential wall / parallel wall. */
  trueSpeedup: number;
  /** What the parallel run reports; null when it did not estimate. */
  reported: number | null;
  reportedMax: number | null;
  /** reported / true − 1. */
  error: number;
  concurrency: number;
  /** What the sequential run reports (1 when nothing overlapped). */
  sequentialReported: number | null;
  contentionMs: number | null;
  foreignCpuShare: number | null;
  /** The parallel run's memory probe slowdown (RunMetrics.memorySlowdown); null without a probe. */
  memorySlowdown: number | null;
  note: string | null;
  /** 1-minute load average before the sequential and after the parallel run. */
  loadBefore: number;
  loadAfter: number;
  failures: string[];
}

function args(ctx: BenchContext, repo: string, mode: Mode, name: string, parallel: number | 'auto', prompts: string): string[] {
  return [
    '--repo', repo,
    '--agent', 'script',
    '--execution', mode,
    '--image', ctx.image,
    '--network', 'none',
    '--state-dir', path.join(ctx.workDir, 'state', name),
    '--branch-prefix', name,
    '--max-parallel', String(parallel),
    prompts,
  ];
}

async function run(ctx: BenchContext, repo: string, mode: Mode, name: string, parallel: number | 'auto', prompts: string): Promise<OrchestratorRun> {
  ctx.log(`  ${name} (${mode}, max-parallel ${parallel})…`);
  return runOrchestrator(args(ctx, repo, mode, name, parallel, prompts), { cwd: repo, outDir: ctx.outDir, name, cpuProf: false });
}

function failures(result: RunResult): string[] {
  return result.tasks.filter((t) => t.status !== 'succeeded').map((t) => `${t.id}: ${t.status}: ${(t.reason ?? '').slice(0, 200)}`);
}

export interface AutoRow {
  mode: Mode;
  workload: string;
  tasks: number;
  /** Wall time per max-parallel setting, auto included. */
  wallMs: Record<string, number>;
  bestFixed: string;
  autoOverBest: number;
  autoParallel: number;
  heldBackMs: number;
  holds: number;
}

export interface SpeedupResult {
  calibration: Calibration;
  workloads: { name: string; description: string }[];
  rows: SpeedupRow[];
  auto: AutoRow[];
}

export async function runSpeedup(ctx: BenchContext, modes: readonly Mode[], names: readonly string[] = ['io', 'cpu', 'mixed', 'memory']): Promise<SpeedupResult> {
  const tasks = 8;
  const seconds = ctx.quick ? 1.5 : 3;
  const calibration = calibrate(seconds, ctx.workDir);
  ctx.log(`  calibrated: ${calibration.cpuIterations} iterations, ${calibration.memPasses} passes over ${calibration.memBytes / 1024 ** 2} MiB for ${seconds} s of CPU`);
  const list = workloads(calibration, seconds).filter((w) => names.includes(w.name));
  const prompts: Record<string, Record<string, string>> = {};
  for (const w of list) prompts[w.name] = Object.fromEntries(taskIds(w.name, tasks).map((id) => [id, scriptPrompt(w.script)]));
  const repo = makeRepo(path.join(ctx.workDir, 'speedup'), prompts);
  fs.writeFileSync(path.join(repo, 'bench-work.js'), WORK_SCRIPT);
  git(repo, ['add', 'bench-work.js']);
  git(repo, ['commit', '-q', '-m', 'bench work script']);

  const rows: SpeedupRow[] = [];
  const auto: AutoRow[] = [];
  for (const mode of modes) {
    for (const w of list) {
      const loadBefore = os.loadavg()[0];
      const seq = await run(ctx, repo, mode, `s-${mode}-${w.name}-p1`, 1, `prompts/${w.name}`);
      const par = await run(ctx, repo, mode, `s-${mode}-${w.name}-p8`, 8, `prompts/${w.name}`);
      const loadAfter = os.loadavg()[0];
      const s = seq.result.run;
      const p = par.result.run;
      const trueSpeedup = ratio(s.wallMs, p.wallMs);
      rows.push({
        workload: w.name,
        mode,
        tasks,
        sequentialWallMs: s.wallMs,
        parallelWallMs: p.wallMs,
        trueSpeedup,
        reported: p.speedup,
        reportedMax: p.speedupMax,
        error: p.speedup === null ? Number.NaN : p.speedup / trueSpeedup - 1,
        concurrency: p.concurrency,
        sequentialReported: s.speedup,
        contentionMs: p.contentionMs,
        foreignCpuShare: p.foreignCpuShare ?? null,
        memorySlowdown: p.memorySlowdown ?? null,
        note: p.speedupNote,
        loadBefore,
        loadAfter,
        failures: [...failures(seq.result), ...failures(par.result)],
      });
      if (w.name === 'cpu') {
        const wallMs: Record<string, number> = { '1': s.wallMs, '8': p.wallMs };
        const p2 = await run(ctx, repo, mode, `s-${mode}-${w.name}-p2`, 2, `prompts/${w.name}`);
        wallMs['2'] = p2.result.run.wallMs;
        const a = await run(ctx, repo, mode, `s-${mode}-${w.name}-auto`, 'auto', `prompts/${w.name}`);
        wallMs.auto = a.result.run.wallMs;
        const fixed = Object.entries(wallMs).filter(([k]) => k !== 'auto');
        const [bestFixed, bestMs] = fixed.reduce((best, e) => (e[1] < best[1] ? e : best));
        auto.push({
          mode,
          workload: w.name,
          tasks,
          wallMs,
          bestFixed,
          autoOverBest: ratio(a.result.run.wallMs, bestMs),
          autoParallel: a.result.run.maxParallel,
          heldBackMs: a.result.run.heldBackMs,
          holds: a.result.run.pressureHolds?.length ?? 0,
        });
      }
    }
  }
  if (modes.includes('docker') && names.includes('cpu')) {
    // More tasks than auto's slots (9 here): the starts after the first wave are where auto can hold.
    const cpu = list.find((w) => w.name === 'cpu')!;
    const many = taskIds('cpu16', 16);
    const repo16 = makeRepo(path.join(ctx.workDir, 'speedup16'), { cpu16: Object.fromEntries(many.map((id) => [id, scriptPrompt(cpu.script)])) });
    fs.writeFileSync(path.join(repo16, 'bench-work.js'), WORK_SCRIPT);
    git(repo16, ['add', 'bench-work.js']);
    git(repo16, ['commit', '-q', '-m', 'bench work script']);
    const wallMs: Record<string, number> = {};
    for (const parallel of [2, 8, 16] as const) {
      wallMs[String(parallel)] = (await run(ctx, repo16, 'docker', `s-docker-cpu16-p${parallel}`, parallel, 'prompts/cpu16')).result.run.wallMs;
    }
    const a = await run(ctx, repo16, 'docker', 's-docker-cpu16-auto', 'auto', 'prompts/cpu16');
    wallMs.auto = a.result.run.wallMs;
    const [bestFixed, bestMs] = Object.entries(wallMs)
      .filter(([k]) => k !== 'auto')
      .reduce((best, e) => (e[1] < best[1] ? e : best));
    auto.push({
      mode: 'docker',
      workload: 'cpu',
      tasks: 16,
      wallMs,
      bestFixed,
      autoOverBest: ratio(a.result.run.wallMs, bestMs),
      autoParallel: a.result.run.maxParallel,
      heldBackMs: a.result.run.heldBackMs,
      holds: a.result.run.pressureHolds?.length ?? 0,
    });
  }
  return { calibration, workloads: list.map(({ name, description }) => ({ name, description })), rows, auto };
}
