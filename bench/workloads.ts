/**
 * The workloads of issue 5. Every agent-fanout run goes through the CLI in a child process (as a user
 * runs it); the baselines run the same script in the same image with plain `docker run --rm`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Git } from '../src/git/git.js';
import { repoObjects } from '../src/git/task-repo.js';
import { TaskTrees } from '../src/git/task-trees.js';
import { silentLogger } from '../src/core/logger.js';
import type { RunResult, TaskRecord } from '../src/core/model.js';
import { median, percentile, phaseMedians } from '../src/report/metrics.js';
import { parseTimings, slotAccounting, variantFigures, workTimes, type SlotAccounting, type VariantFigures, type VariantMeasurement } from './arithmetic.js';
import { cloneForTasks, git, GIT_IDENTITY_ENV, makeRepo, makeRepoWithFiles, scriptPrompt, taskIds, taskScript } from './fixtures.js';
import { mustRun, runOrchestrator, type OrchestratorRun } from './measure.js';

export interface BenchContext {
  quick: boolean;
  image: string;
  /** Scratch directory for repos, clones and state dirs (removed afterwards). */
  workDir: string;
  /** Where results JSON and profiles of the orchestrator runs go. */
  outDir: string;
  cpuProf: boolean;
  log: (message: string) => void;
}

/** One row of a comparison: a variant's figures plus what only agent-fanout runs report. */
export interface VariantRow extends VariantFigures {
  name: string;
  parallel: number;
  /** The run's own efficiency figure (engine wall time, agent durations); agent-fanout rows only. */
  runEfficiency?: number;
  heldBackMs?: number;
  /** Why tasks did not succeed (agent-fanout rows; figures then cover the tasks that did). */
  failures?: string[];
}

// --- the bare `docker run --rm` lifecycle -------------------------------------------------------

/**
 * Times of `docker run --rm IMAGE true`, after one untimed warm-up: what Docker costs per task anyway.
 * `concurrency` runs are started at once per round, as a fan-out starts its first tasks.
 */
export async function bareDockerRun(ctx: BenchContext, rounds: number, concurrency: number): Promise<number[]> {
  const args = ['run', '--rm', '--network', 'none', ctx.image, 'true'];
  await mustRun('docker', args);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const round = await Promise.all(Array.from({ length: concurrency }, () => mustRun('docker', args)));
    times.push(...round.map((r) => r.ms));
  }
  return times;
}

function dockerRunArgs(image: string, dir: string, script: string): string[] {
  const user = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  const env = Object.entries(GIT_IDENTITY_ENV).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  return ['run', '--rm', '--network', 'none', '--user', user, '-v', `${dir}:${dir}`, '-w', dir, ...env, image, 'bash', '-ec', script];
}

function orchestratorArgs(ctx: BenchContext, repo: string, name: string): string[] {
  return ['--repo', repo, '--agent', 'script', '--execution', 'docker', '--image', ctx.image, '--network', 'none', '--state-dir', path.join(ctx.workDir, 'state', name)];
}

async function fanout(ctx: BenchContext, repo: string, name: string, args: string[]): Promise<OrchestratorRun> {
  ctx.log(`  ${name}…`);
  return runOrchestrator([...orchestratorArgs(ctx, repo, name), '--branch-prefix', name, ...args], {
    cwd: repo,
    outDir: ctx.outDir,
    name,
    cpuProf: ctx.cpuProf,
  });
}

/** Script times read back from each task's stdout.log in the run directory. */
function fanoutWork(result: RunResult, ids: readonly string[]): number[] {
  const text = ids.map((id) => fs.readFileSync(path.join(result.run.runDir, 'tasks', id, 'stdout.log'), 'utf8')).join('\n');
  return workTimes(parseTimings(text), ids);
}

const cliStartup = (run: OrchestratorRun) => run.processWallMs - run.result.run.wallMs;

/** A fan-out row over the tasks that succeeded; the others are listed as failures, never hidden. */
function fanoutRow(name: string, run: OrchestratorRun, referenceWallMs: number): VariantRow {
  const succeeded = run.result.tasks.filter((t) => t.status === 'succeeded');
  const m: VariantMeasurement = {
    tasks: succeeded.length,
    parallel: run.result.run.maxParallel,
    wallMs: run.processWallMs,
    workMs: fanoutWork(run.result, succeeded.map((t) => t.id)),
    overheadMs: succeeded.map((t) => t.overheadMs ?? Number.NaN),
  };
  const failures = run.result.tasks.filter((t) => t.status !== 'succeeded').map((t) => `${t.id}: ${t.status}: ${t.reason ?? ''}`);
  return {
    name,
    parallel: m.parallel,
    ...variantFigures(m, referenceWallMs),
    runEfficiency: run.result.run.efficiency,
    heldBackMs: run.result.run.heldBackMs,
    ...(failures.length ? { failures } : {}),
  };
}

/** Each succeeded task's edit is really on its branch, not just claimed by the records. */
function verifyBranches(repo: string, run: OrchestratorRun): void {
  for (const t of run.result.tasks) {
    if (t.status === 'succeeded') git(repo, ['cat-file', '-e', `${t.branch}:bench-${t.id}.txt`]);
  }
}

/** Slot accounting (W4) from a run's own records. */
function accounting(run: OrchestratorRun): SlotAccounting {
  const r = run.result.run;
  return slotAccounting(run.result.tasks, { startedAt: r.startedAt, finishedAt: r.finishedAt ?? r.startedAt + r.wallMs, maxParallel: r.maxParallel });
}

// --- W1 ---------------------------------------------------------------------------------------

export interface W1Result {
  tasks: number;
  sleepSeconds: number;
  /** `docker run --rm IMAGE true`, one at a time. */
  bareSerialMs: number[];
  bareSerialP50Ms: number;
  /** The same, 8 at once (the concurrency of the fan-out's first wave). */
  bareConcurrentMs: number[];
  bareConcurrentP50Ms: number;
  /** Per agent-fanout run: its process wall time minus the run's own wall time (Node start-up, prompt loading, results JSON). */
  cliStartupMs: Record<string, number>;
  /** `xargs -P 8 docker run`, then agent-fanout at max-parallel 8 (the whole process), back to back; the rows show the first pair. */
  xargsPairs: W1Pair[];
  /** Median of the pairs' ratios: the issue's target. */
  xargsRatioP50: number;
  rows: VariantRow[];
  /** Phase medians and slot accounting of the max-parallel 8 run (W4). */
  phases: Record<string, number>;
  slots: SlotAccounting;
}

export interface W1Pair {
  xargsMs: number;
  fanoutMs: number;
  /** fanoutMs / xargsMs */
  ratio: number;
}

export async function runW1(ctx: BenchContext): Promise<W1Result> {
  const tasks = 8;
  const parallel = 8;
  const sleepSeconds = ctx.quick ? 3 : 10;
  const ids = taskIds('w1', tasks);
  const script = taskScript(sleepSeconds);
  const repo = makeRepo(path.join(ctx.workDir, 'w1'), { w1: Object.fromEntries(ids.map((id) => [id, scriptPrompt(script)])) });

  ctx.log('  bare docker run --rm … true');
  const bareSerial = await bareDockerRun(ctx, ctx.quick ? 5 : 10, 1);
  const bareConcurrent = await bareDockerRun(ctx, ctx.quick ? 1 : 2, parallel);

  ctx.log('  sequential docker run loop…');
  const seqDirs = cloneForTasks(repo, path.join(ctx.workDir, 'w1-seq'), ids);
  const seqStart = performance.now();
  const seqTimes: number[] = [];
  let seqOut = '';
  for (const dir of seqDirs) {
    const r = await mustRun('docker', dockerRunArgs(ctx.image, dir, script));
    seqTimes.push(r.ms);
    seqOut += r.stdout;
  }
  const seqWall = performance.now() - seqStart;
  const seqWork = workTimes(parseTimings(seqOut), ids);
  const seq: VariantMeasurement = { tasks, parallel: 1, wallMs: seqWall, workMs: seqWork, overheadMs: seqTimes.map((ms, i) => ms - seqWork[i]) };

  const p1 = await fanout(ctx, repo, 'fanout-p1', ['--max-parallel', '1', 'prompts/w1']);

  // The whole CLI process against xargs (issue 14), in pairs run back to back: Docker's speed on this
  // host moves by tens of per cent within minutes, and one pair is one sample of that.
  const xargsRun = async (round: number): Promise<VariantMeasurement> => {
    ctx.log(`  xargs -P ${parallel} docker run…`);
    const xargsDirs = cloneForTasks(repo, path.join(ctx.workDir, `w1-xargs-${round}`), ids);
    const xr = await mustRun('xargs', ['-P', String(parallel), '-I{}', 'docker', ...dockerRunArgs(ctx.image, '{}', script)], { input: xargsDirs.join('\n') + '\n' });
    return { tasks, parallel, wallMs: xr.ms, workMs: workTimes(parseTimings(xr.stdout), ids), overheadMs: [] };
  };
  const pairs: W1Pair[] = [];
  const firsts: { xargs: VariantMeasurement; p8: OrchestratorRun }[] = [];
  for (let round = 1; round <= (ctx.quick ? 1 : 3); round++) {
    const xargs = await xargsRun(round);
    const p8 = await fanout(ctx, repo, round === 1 ? 'fanout-p8' : `fanout-p8-${round}`, ['--max-parallel', String(parallel), 'prompts/w1']);
    verifyBranches(repo, p8);
    pairs.push({ xargsMs: xargs.wallMs, fanoutMs: p8.processWallMs, ratio: p8.processWallMs / xargs.wallMs });
    firsts.push({ xargs, p8 });
  }
  const { xargs, p8 } = firsts[0];
  const auto = await fanout(ctx, repo, 'fanout-auto', ['--max-parallel', 'auto', 'prompts/w1']);
  for (const run of [p1, auto]) verifyBranches(repo, run);

  return {
    tasks,
    sleepSeconds,
    bareSerialMs: bareSerial,
    bareSerialP50Ms: median(bareSerial),
    bareConcurrentMs: bareConcurrent,
    bareConcurrentP50Ms: median(bareConcurrent),
    cliStartupMs: { p1: cliStartup(p1), p8: cliStartup(p8), auto: cliStartup(auto) },
    xargsPairs: pairs,
    xargsRatioP50: median(pairs.map((p) => p.ratio)),
    rows: [
      { name: 'docker run loop', parallel: 1, ...variantFigures(seq, seqWall) },
      { name: `xargs -P ${parallel} docker run`, parallel, ...variantFigures(xargs, seqWall) },
      fanoutRow('agent-fanout', p1, seqWall),
      fanoutRow('agent-fanout', p8, seqWall),
      fanoutRow('agent-fanout auto', auto, seqWall),
    ],
    phases: phaseMedians(p8.result.tasks),
    slots: accounting(p8),
  };
}

// --- W2 ---------------------------------------------------------------------------------------

export interface W2Result {
  tasks: number;
  sleepSeconds: number;
  row: VariantRow;
  maxRssBytes: number;
  cpuSeconds: number;
  childCpuSeconds: number;
  daemonCpuSeconds: number;
  phases: Record<string, number>;
  slots: SlotAccounting;
}

export async function runW2(ctx: BenchContext): Promise<W2Result> {
  const tasks = ctx.quick ? 32 : 64;
  const sleepSeconds = ctx.quick ? 2 : 5;
  const ids = taskIds('w2', tasks);
  const repo = makeRepo(path.join(ctx.workDir, 'w2'), { w2: Object.fromEntries(ids.map((id) => [id, scriptPrompt(taskScript(sleepSeconds))])) });
  const run = await fanout(ctx, repo, 'fanout-w2', ['--max-parallel', '16', 'prompts/w2']);
  verifyBranches(repo, run);
  return {
    tasks,
    sleepSeconds,
    // No sequential loop here to compare with.
    row: fanoutRow('agent-fanout', run, Number.NaN),
    maxRssBytes: run.usage.maxRssBytes,
    cpuSeconds: run.usage.cpuSeconds,
    childCpuSeconds: run.usage.childCpuSeconds,
    daemonCpuSeconds: run.daemonCpuSeconds,
    phases: phaseMedians(run.result.tasks),
    slots: accounting(run),
  };
}

// --- W3 ---------------------------------------------------------------------------------------

export interface W3Result {
  outputBytes: number;
  /** Peak RSS of the same run whose task prints one line. */
  controlMaxRssBytes: number;
  maxRssBytes: number;
  growthBytes: number;
  stdoutLogBytes: number;
  outputLogBytes: number;
  complete: boolean;
  processWallMs: number;
  /** CPU seconds of the orchestrator for the loud run. */
  cpuSeconds: number;
}

export async function runW3(ctx: BenchContext): Promise<W3Result> {
  const outputBytes = (ctx.quick ? 50 : 200) * 1024 ** 2;
  const repo = makeRepo(path.join(ctx.workDir, 'w3'), {
    control: { 'w3-control': scriptPrompt('echo one line') },
    // 64-byte lines; `head` ends `yes` with SIGPIPE, the pipeline's status is head's.
    loud: { 'w3-loud': scriptPrompt(`yes "$(printf '%063d' 0)" | head -c ${outputBytes}`) },
  });
  const control = await fanout(ctx, repo, 'fanout-w3-control', ['prompts/control']);
  const loud = await fanout(ctx, repo, 'fanout-w3-loud', ['prompts/loud']);
  const task = loud.result.tasks[0];
  const stdoutLogBytes = fs.statSync(path.join(loud.result.run.runDir, 'tasks', task.id, 'stdout.log')).size;
  const outputLogBytes = fs.statSync(task.logFile!).size;
  return {
    outputBytes,
    controlMaxRssBytes: control.usage.maxRssBytes,
    maxRssBytes: loud.usage.maxRssBytes,
    growthBytes: loud.usage.maxRssBytes - control.usage.maxRssBytes,
    stdoutLogBytes,
    outputLogBytes,
    complete: stdoutLogBytes === outputBytes && outputLogBytes === outputBytes,
    processWallMs: loud.processWallMs,
    cpuSeconds: loud.usage.cpuSeconds,
  };
}

// --- W5 ---------------------------------------------------------------------------------------

/** How W5 makes task directories: `full` (a checkout per task) or `overlay` (shared base, a mount per task). */
export type W5Variant = 'full' | 'overlay' | 'overlay, owner 1000:1000';

export interface W5Row {
  files: number;
  variant: W5Variant;
  /** Overlay: the one shared checkout of the base per run (ms); null for full checkouts. */
  baseMs: number | null;
  /** Per task: set-up (`TaskTrees.setUp`, what the engine calls), its removal, and `git status` right after set-up. */
  setUpMs: number[];
  removeMs: number[];
  statusMs: number[];
  setUpP50Ms: number;
  removeP50Ms: number;
  statusP50Ms: number;
}

/**
 * `reps` task directories made and removed one after the other through {@link TaskTrees}, as the
 * engine does, in a run directory under `parent`; with `git status` timed in each right after its
 * set-up. Overlay rows fail when the host cannot mount one: no full checkout is measured under their name.
 */
async function taskTreeSamples(g: Git, parent: string, tag: string, variant: W5Variant, reps: number): Promise<Omit<W5Row, 'files' | 'variant'>> {
  const repo = await repoObjects(g);
  const start = await g.revParse('main');
  const root = path.join(parent, `run-${tag}`);
  const layout = { root, worktreesDir: path.join(root, 'worktrees'), baseDir: path.join(root, 'base'), layersDir: path.join(root, 'layers') };
  fs.mkdirSync(layout.worktreesDir, { recursive: true });
  const owner = variant === 'overlay, owner 1000:1000' ? { uid: 1000, gid: 1000 } : undefined;
  const trees = await TaskTrees.open({ git: g, repo, baseCommit: start, owner, layout, want: variant === 'full' ? 'full' : 'overlay', logger: silentLogger });
  const setUpMs: number[] = [];
  const removeMs: number[] = [];
  const statusMs: number[] = [];
  try {
    await trees.ready();
    for (let i = 0; i < reps; i++) {
      const dir = path.join(layout.worktreesDir, `t${i}`);
      let t0 = performance.now();
      await trees.setUp({ dir, branch: `w5/${tag}-${i}`, startPoint: start, branchAt: null, owner });
      setUpMs.push(performance.now() - t0);
      t0 = performance.now();
      const status = await g.exec(['status', '--porcelain'], { cwd: dir });
      statusMs.push(performance.now() - t0);
      if (status.stdout.trim() !== '') throw new Error(`W5 ${tag}: git status in a fresh task directory is not clean: ${status.stdout.slice(0, 200)}`);
      t0 = performance.now();
      await trees.remove(dir);
      removeMs.push(performance.now() - t0);
    }
  } finally {
    await trees.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
  return {
    baseMs: trees.info.baseMs,
    setUpMs,
    removeMs,
    statusMs,
    setUpP50Ms: median(setUpMs),
    removeP50Ms: median(removeMs),
    statusP50Ms: median(statusMs),
  };
}

/** Repetitions per size: fewer full checkouts of the big repositories (each takes seconds to minutes). */
function w5Reps(files: number, variant: W5Variant): number {
  if (variant !== 'full') return 5;
  return files >= 200_000 ? 2 : files >= 50_000 ? 3 : 5;
}

/**
 * Task directory set-up and removal against repository size, full checkouts against overlays on a
 * shared base (issue 14); the owner variant is what a root orchestrator does when agents run as
 * another user (the base handed over and its index refreshed once, per task only the `.git`).
 */
export async function runW5(ctx: BenchContext): Promise<W5Row[]> {
  const rows: W5Row[] = [];
  for (const files of ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000, 200_000]) {
    ctx.log(`  ${files} files…`);
    const repo = makeRepoWithFiles(path.join(ctx.workDir, `w5-${files}`), files);
    const g = await Git.create(repo);
    // The owner variant (root only) at the target's size: its per-task work is the overlay's; its base costs one more checkout.
    const variants: W5Variant[] = process.getuid?.() === 0 && files === 50_000 ? ['full', 'overlay', 'overlay, owner 1000:1000'] : ['full', 'overlay'];
    for (const variant of variants) {
      const reps = w5Reps(files, variant);
      ctx.log(`    ${variant} (${reps} task directories)…`);
      // Each variant starts without the previous one's dirty pages still being written back.
      execFileSync('sync');
      rows.push({ files, variant, ...(await taskTreeSamples(g, ctx.workDir, `${files}-${variant.replace(/\W+/g, '-')}`, variant, reps)) });
    }
    fs.rmSync(repo, { recursive: true, force: true });
  }
  return rows;
}

// --- W6 ---------------------------------------------------------------------------------------

/** The collect step's figures of one set of runs, per task. */
export interface CollectFigures {
  /** ms from the agent's exit to the step's end (what the task waits for). */
  collectMs: number[];
  /** ms of the host's checks, object import and ref update. */
  importMs: number[];
  /** collect + import: what the step adds to the task's path. */
  onPathMs: number[];
  onPathP50Ms: number;
  onPathP95Ms: number;
  /** Medians of `collect.*` phases and `import`. */
  phases: Record<string, number>;
}

export interface W6Result {
  tasks: number;
  parallel: number;
  rounds: number;
  sleepSeconds: number;
  docker: CollectFigures & {
    /** Per task, ms: the collect container's start, spent while the agent ran. */
    hiddenStartMs: number[];
  };
  /** The same tasks in subprocess mode: the step's git work without a container around it. */
  subprocess: CollectFigures;
  /** `docker run --rm IMAGE true`, 8 at once, measured just before: what a container costs right now. */
  bareConcurrentP50Ms: number;
  failures: string[];
}

function collectFigures(records: TaskRecord[]): CollectFigures {
  const collectMs = records.map((t) => t.phases.collect ?? Number.NaN);
  const importMs = records.map((t) => t.phases.import ?? 0);
  const onPathMs = records.map((_, i) => collectMs[i] + importMs[i]);
  return {
    collectMs,
    importMs,
    onPathMs,
    onPathP50Ms: percentile(onPathMs, 50),
    onPathP95Ms: percentile(onPathMs, 95),
    phases: Object.fromEntries(Object.entries(phaseMedians(records)).filter(([k]) => k.startsWith('collect') || k === 'import')),
  };
}

/**
 * The collect step's overhead per task at max-parallel 8: tasks that sleep (an agent waiting on its
 * model), then leave one commit and one uncommitted file, so the step commits and bundles and the host
 * imports. Several rounds, each a fresh run of 8; then two rounds in subprocess mode, which run the same
 * script and import without containers, to tell the container's share from git's.
 */
export async function runW6(ctx: BenchContext): Promise<W6Result> {
  const tasks = 8;
  const parallel = 8;
  const rounds = ctx.quick ? 2 : 4;
  // Long enough for the step's container to be started while the agent runs (5 s in).
  const sleepSeconds = ctx.quick ? 8 : 10;
  const ids = taskIds('w6', tasks);
  const script = `${taskScript(sleepSeconds)}\necho "left uncommitted" > "left-$name.txt"`;
  const repo = makeRepo(path.join(ctx.workDir, 'w6'), { w6: Object.fromEntries(ids.map((id) => [id, scriptPrompt(script)])) });
  ctx.log('  bare docker run --rm … true, 8 at once');
  const bare = await bareDockerRun(ctx, 1, parallel);
  const failures: string[] = [];
  const runRounds = async (mode: 'docker' | 'subprocess', count: number): Promise<TaskRecord[]> => {
    const records: TaskRecord[] = [];
    for (let round = 1; round <= count; round++) {
      const name = `fanout-w6-${mode}-${round}`;
      const run = await fanout(ctx, repo, name, ['--execution', mode, '--max-parallel', String(parallel), 'prompts/w6']);
      for (const t of run.result.tasks) {
        if (t.status !== 'succeeded') {
          failures.push(`${name} ${t.id}: ${t.status}: ${t.reason ?? ''}`);
          continue;
        }
        git(repo, ['cat-file', '-e', `${t.branch}:left-${t.id}.txt`]);
        records.push(t);
      }
    }
    return records;
  };
  const docker = await runRounds('docker', rounds);
  const subprocess = await runRounds('subprocess', 2);
  return {
    tasks,
    parallel,
    rounds,
    sleepSeconds,
    docker: { ...collectFigures(docker), hiddenStartMs: docker.map((t) => t.phases['collect.start'] ?? Number.NaN) },
    subprocess: collectFigures(subprocess),
    bareConcurrentP50Ms: median(bare),
    failures,
  };
}

// --- W7 ---------------------------------------------------------------------------------------

export interface W7Run {
  attempts: number;
  /** The run's own wall time (engine), ms. */
  wallMs: number;
  /** From spawning the CLI to its exit, ms. */
  processWallMs: number;
  /** The run's sum of agent time: every attempt counted. */
  sumTaskMs: number;
  peakConcurrency: number;
  /** The winner (best-of-N) and whether the task succeeded. */
  winner: number | null;
  status: string;
  /** ms from the task's start to its end (set-up, attempts, checks, the winner's branch move). */
  taskMs: number;
}

export interface W7Result {
  parallel: number;
  rounds: number;
  sleepSeconds: number;
  single: W7Run[];
  bestOf3: W7Run[];
  /** Median run wall of best-of-3 / median of single attempts. */
  wallRatio: number;
  failures: string[];
}

/**
 * Best-of-3 against a single attempt of the same task at max-parallel 3, each verified: the task
 * sleeps (an agent waiting on its model), edits and commits; `verify` checks the file is there. The
 * two kinds of run alternate, so that a change in the host's load hits both alike.
 */
export async function runW7(ctx: BenchContext): Promise<W7Result> {
  const parallel = 3;
  const rounds = ctx.quick ? 2 : 4;
  const sleepSeconds = ctx.quick ? 10 : 20;
  const repo = makeRepo(path.join(ctx.workDir, 'w7'), { w7: { 'w7-best': scriptPrompt(taskScript(sleepSeconds)) } });
  const failures: string[] = [];
  const single: W7Run[] = [];
  const bestOf3: W7Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const attempts of [1, 3]) {
      const name = `fanout-w7-${attempts}-${round}`;
      const run = await fanout(ctx, repo, name, ['--max-parallel', String(parallel), '--attempts', String(attempts), '--verify', 'ls bench-*.txt', 'prompts/w7']);
      const task = run.result.tasks[0];
      if (task.status !== 'succeeded') failures.push(`${name}: ${task.status}: ${task.reason ?? ''}`);
      else git(repo, ['cat-file', '-e', `${task.commit}^{commit}`]);
      (attempts === 1 ? single : bestOf3).push({
        attempts,
        wallMs: run.result.run.wallMs,
        processWallMs: run.processWallMs,
        sumTaskMs: run.result.run.sumTaskMs,
        peakConcurrency: run.result.run.peakConcurrency,
        winner: task.bestOf?.winner ?? null,
        status: task.status,
        taskMs: (task.finishedAt ?? Number.NaN) - (task.startedAt ?? Number.NaN),
      });
    }
  }
  const wall = (runs: W7Run[]) => median(runs.map((r) => r.wallMs));
  return { parallel, rounds, sleepSeconds, single, bestOf3, wallRatio: wall(bestOf3) / wall(single), failures };
}
