/**
 * `npm run bench [-- --quick] [-- --cpu-prof] [-- --keep] [-- --only w1,speedup]`: runs the workloads of
 * issues 5 and 14 against the real Docker daemon, prints the tables and writes
 * `.bench-out/bench-<time>.json`. See docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { autoParallelism } from '../src/run/concurrency.js';
import { DEFAULT_IMAGE, defaultConfig } from '../src/core/config.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { median, percentile } from '../src/report/metrics.js';
import { checkTarget, MiB, ratio, type SlotAccounting, type TargetCheck } from './arithmetic.js';
import { runClaude, type ClaudeResult } from './claude.js';
import { runSpeedup, type SpeedupResult } from './speedup.js';
import { runW1, runW2, runW3, runW5, runW6, runW7, type BenchContext, type VariantRow, type W1Result, type W2Result, type W3Result, type W5Row, type W6Result, type W7Result, type W7Run } from './workloads.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    image: { type: 'string', default: DEFAULT_IMAGE },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    modes: { type: 'string', default: 'docker,subprocess' },
    workloads: { type: 'string', default: 'io,cpu,mixed,memory' },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(`npm run bench [-- options]
  --quick       shorter tasks, fewer of them (figures not comparable with a full run)
  --only LIST   run only these workloads, e.g. --only W6 or --only W1,W6 (W4 comes with W1 and W2);
                speedup (S: the speedup estimate against the truth) and claude (C: Claude Code start-up)
  --modes LIST  the executors for the speedup workloads: docker,subprocess (default both)
  --workloads LIST  the speedup workloads: io,cpu,mixed,memory (default all; auto's rows come with cpu)
  --cpu-prof    write a V8 CPU profile of each orchestrator run
  --keep        keep the scratch repositories and state dirs
  --image IMG   the agent image (default ${DEFAULT_IMAGE})
`);
  process.exit(0);
}
const ALL = ['W1', 'W2', 'W3', 'W5', 'W6', 'W7', 'SPEEDUP', 'CLAUDE'];
const only = new Set((values.only ?? ALL.join(',')).split(',').map((w) => w.trim().toUpperCase()).filter(Boolean));
for (const w of only) {
  if (!ALL.includes(w)) {
    console.error(`bench: unknown workload '${w}' in --only; expected some of ${ALL.map((w) => w.toLowerCase().startsWith('w') ? w : w.toLowerCase()).join(', ')}`);
    process.exit(2);
  }
}

const modes = values.modes.split(',').map((x) => x.trim());
for (const mode of modes) {
  if (mode !== 'docker' && mode !== 'subprocess') {
    console.error(`bench: unknown mode '${mode}' in --modes; expected docker and/or subprocess`);
    process.exit(2);
  }
}

const speedupWorkloads = values.workloads.split(',').map((x) => x.trim());
for (const w of speedupWorkloads) {
  if (!['io', 'cpu', 'mixed', 'memory'].includes(w)) {
    console.error(`bench: unknown speedup workload '${w}' in --workloads; expected some of io, cpu, mixed, memory`);
    process.exit(2);
  }
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const outDir = path.join(ROOT, '.bench-out', `run-${stamp}`);
fs.mkdirSync(outDir, { recursive: true });
const ctx: BenchContext = {
  quick: values.quick,
  image: values.image,
  workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'af-bench-')),
  outDir,
  cpuProf: values['cpu-prof'],
  log: (message) => console.error(message),
};

const docker = DockerClient.connect();
await docker.ping();
if (!(await docker.imageExists(ctx.image))) {
  console.error(`bench: image ${ctx.image} not found; build it with 'node lib/cli/bin.js image build'`);
  process.exit(2);
}
const info = await docker.info();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  kernel: os.release(),
  node: process.version,
  docker: info.serverVersion,
  cgroup: info.cgroupVersion,
  storageDriver: info.storageDriver,
  autoParallelFor8Tasks: autoParallelism(defaultConfig('.').memoryBytes, 8),
  loadAverageAtStart: os.loadavg()[0],
  loadAverageAtEnd: Number.NaN,
};

const started = Date.now();
let w1: W1Result | undefined;
let w2: W2Result | undefined;
let w3: W3Result | undefined;
let w5: W5Row[] | undefined;
let w6: W6Result | undefined;
let w7: W7Result | undefined;
let speedup: SpeedupResult | undefined;
let claude: ClaudeResult | undefined;
try {
  if (only.has('W1')) {
    ctx.log(`bench${ctx.quick ? ' --quick' : ''}: W1 (8 I/O-bound tasks, baselines and agent-fanout)`);
    w1 = await runW1(ctx);
  }
  if (only.has('W2')) {
    ctx.log('W2 (many tasks at max-parallel 16)');
    w2 = await runW2(ctx);
  }
  if (only.has('W3')) {
    ctx.log('W3 (one task printing a lot)');
    w3 = await runW3(ctx);
  }
  if (only.has('W5')) {
    ctx.log('W5 (task directory creation against repository size)');
    w5 = await runW5(ctx);
  }
  if (only.has('W6')) {
    ctx.log('W6 (the collect step at max-parallel 8)');
    w6 = await runW6(ctx);
  }
  if (only.has('W7')) {
    ctx.log('W7 (best-of-3 against a single attempt, verified, at max-parallel 3)');
    w7 = await runW7(ctx);
  }
  if (only.has('SPEEDUP')) {
    ctx.log(`S (speedup estimate against the truth: ${speedupWorkloads.join(', ')} × ${modes.join(' and ')}, one at a time and 8 at once)`);
    speedup = await runSpeedup(ctx, modes as ('docker' | 'subprocess')[], speedupWorkloads);
  }
  if (only.has('CLAUDE')) {
    ctx.log('C (the real Claude Code CLI against a Messages API stub: start-up to the first request)');
    claude = await runClaude(ctx);
  }
} finally {
  if (!values.keep) fs.rmSync(ctx.workDir, { recursive: true, force: true });
}
machine.loadAverageAtEnd = os.loadavg()[0];

const failures = [...(w1?.rows ?? []), ...(w2 ? [w2.row] : [])].flatMap((r) => (r.failures ?? []).map((why) => `${r.name} (${r.parallel}): ${why}`));
failures.push(...(w6?.failures ?? []).map((why) => `W6: ${why}`));
failures.push(...(w7?.failures ?? []).map((why) => `W7: ${why}`));
const targets: TargetCheck[] = [];
if (w1) {
  const [, , p1, p8, auto] = w1.rows;
  // Like for like: one task at a time against the serial lifecycle, 8 at once against 8 bare runs at once.
  targets.push(
    checkTarget('W1 efficiency at max-parallel 8 (run figure)', p8.runEfficiency!, 'min', 0.97),
    checkTarget('W1 overhead p50 / bare docker run p50, max-parallel 1', ratio(p1.overheadP50Ms, w1.bareSerialP50Ms), 'max', 1.5),
    checkTarget('W1 overhead p50 / bare docker run p50, 8 at once', ratio(p8.overheadP50Ms, w1.bareConcurrentP50Ms), 'max', 1.5),
    // The whole CLI process (start-up included) against xargs -P 8 docker run on the same tasks (issue 14).
    checkTarget(`W1 agent-fanout process wall / xargs -P 8 docker run wall, median of ${w1.xargsPairs.length}`, w1.xargsRatioP50, 'max', 1.05),
    // auto runs the same schedule as 8 when it picks 8 and holds nothing; what is left between the two
    // efficiencies is run-to-run variation, which reaches a few hundredths on this shared 2-core host.
    checkTarget('W1 auto picked max-parallel 8 and held no start (1 = yes)', auto.parallel === 8 && auto.heldBackMs === 0 ? 1 : 0, 'min', 1),
    checkTarget('W1 efficiency, auto − explicit 8 (run figures)', auto.runEfficiency! - p8.runEfficiency!, 'min', -0.03),
  );
}
if (w2) {
  targets.push(
    checkTarget('W2 efficiency at max-parallel 16 (run figure)', w2.row.runEfficiency!, 'min', 0.9),
    checkTarget('W2 orchestrator peak RSS, MiB', w2.maxRssBytes / MiB, 'max', 150),
  );
}
if (w3) {
  targets.push(
    checkTarget('W3 orchestrator RSS growth, MiB', w3.growthBytes / MiB, 'max', 30),
    checkTarget('W3 log files complete (1 = yes)', w3.complete ? 1 : 0, 'min', 1),
  );
}
if (w5) {
  // Issue 14: ≤ 0.5 s per task at 50k files, and not growing beyond that.
  for (const files of [50_000, 200_000]) {
    const row = w5.find((r) => r.files === files && r.variant === 'overlay');
    if (row) targets.push(checkTarget(`W5 task directory set-up p50 at ${files / 1000}k files (overlay), ms`, row.setUpP50Ms, 'max', 500));
  }
}
if (w6) targets.push(checkTarget('W6 collect step + import per task p50 at max-parallel 8 (Docker), ms', w6.docker.onPathP50Ms, 'max', 300));
if (w7) targets.push(checkTarget('W7 run wall, best-of-3 / single attempt, median (max-parallel 3)', w7.wallRatio, 'max', 1.1));
if (w1 || w2 || w6 || w7) targets.push(checkTarget('agent-fanout tasks that did not succeed', failures.length, 'max', 0));
if (speedup) {
  for (const r of speedup.rows) {
    targets.push(checkTarget(`S ${r.workload} (${r.mode}): |reported / true speedup − 1|`, Math.abs(r.error), 'max', 0.1));
  }
  for (const a of speedup.auto) {
    targets.push(checkTarget(`S ${a.workload} × ${a.tasks} (${a.mode}): auto wall / best fixed wall`, a.autoOverBest, 'max', 1.1));
  }
  const bad = speedup.rows.flatMap((r) => r.failures);
  targets.push(checkTarget('S tasks that did not succeed', bad.length, 'max', 0));
}

// --- output -----------------------------------------------------------------------------------

const f = {
  s: (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '–'),
  ms: (ms: number) => (Number.isFinite(ms) ? Math.round(ms).toString() : '–'),
  x: (n: number | null | undefined) => (n !== null && n !== undefined && Number.isFinite(n) ? `${n.toFixed(2)}×` : '–'),
  eff: (n: number | undefined) => (n === undefined ? '–' : n.toFixed(3)),
  mib: (bytes: number) => (bytes / MiB).toFixed(1),
  pct: (n: number | null | undefined) => (n !== null && n !== undefined && Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${(n * 100).toFixed(1)} %` : '–'),
};

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const variantRow = (r: VariantRow) => [
  r.name,
  String(r.parallel),
  f.s(r.wallMs),
  f.x(r.speedup),
  f.x(r.vsReference),
  f.eff(r.efficiency),
  f.eff(r.runEfficiency),
  f.ms(r.overheadP50Ms),
  f.ms(r.overheadP95Ms),
];
const variantHead = ['variant', 'parallel', 'wall s', 'speedup', 'vs loop', 'efficiency', 'run eff.', 'overhead p50 ms', 'p95 ms'];

const slotRow = (name: string, a: SlotAccounting) => {
  const pct = (ms: number) => `${((100 * ms) / a.slotMs).toFixed(1)} %`;
  return [name, f.s(a.slotMs), pct(a.agentMs), pct(a.taskOverheadMs), pct(a.idleMs), f.ms(a.setupMs), f.ms(a.tailMs)];
};

const phaseRuns = [...(w1 ? [[`W1 (${w1.tasks} at 8)`, w1.phases] as const] : []), ...(w2 ? [[`W2 (${w2.tasks} at 16)`, w2.phases] as const] : [])];
const phaseNames = [...new Set(phaseRuns.flatMap(([, p]) => Object.keys(p)))];
const sections: string[] = [
  `## Machine\n\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Docker ${machine.docker} (cgroup v${machine.cgroup}, ${machine.storageDriver}), Node ${machine.node}; 1-minute load average ${machine.loadAverageAtStart.toFixed(1)} at start, ${machine.loadAverageAtEnd.toFixed(1)} at end${ctx.quick ? ' — QUICK run' : ''}`,
];
if (w1) {
  const [, , p1, p8, auto] = w1.rows;
  sections.push(
    `## W1: ${w1.tasks} tasks × ${w1.sleepSeconds} s I/O-bound (sleep, edit, commit)\n\n` +
      table(variantHead, w1.rows.map(variantRow)) +
      `\n\nbare \`docker run --rm IMAGE true\` p50: ${f.ms(w1.bareSerialP50Ms)} ms one at a time (${w1.bareSerialMs.length} samples), ` +
      `${f.ms(w1.bareConcurrentP50Ms)} ms 8 at once (${w1.bareConcurrentMs.length} samples). ` +
      `agent-fanout overhead p50 / bare p50: ${ratio(p1.overheadP50Ms, w1.bareSerialP50Ms).toFixed(2)} at max-parallel 1, ${ratio(p8.overheadP50Ms, w1.bareConcurrentP50Ms).toFixed(2)} at 8 ` +
      `(${ratio(p8.overheadP50Ms, w1.bareSerialP50Ms).toFixed(2)} against the one-at-a-time lifecycle). ` +
      `agent-fanout process wall / xargs -P 8 wall, back-to-back pairs: ${w1.xargsPairs.map((p) => `${(p.fanoutMs / 1000).toFixed(2)} / ${(p.xargsMs / 1000).toFixed(2)} s = ${p.ratio.toFixed(3)}`).join('; ')} (median ${w1.xargsRatioP50.toFixed(3)}). ` +
      `CLI start-up (process wall − run wall) p50: ${f.ms(median(Object.values(w1.cliStartupMs)))} ms. ` +
      `auto chose max-parallel ${auto.parallel}, held starts back ${f.ms(auto.heldBackMs ?? 0)} ms.`,
  );
}
if (w2) {
  sections.push(
    `## W2: ${w2.tasks} tasks × ${w2.sleepSeconds} s at max-parallel 16\n\n` +
      table(variantHead, [variantRow(w2.row)]) +
      '\n\n' +
      table(
        ['orchestrator', 'peak RSS MiB', 'CPU s', 'git (children) CPU s', 'dockerd+containerd CPU s'],
        [['node cli.js run', f.mib(w2.maxRssBytes), w2.cpuSeconds.toFixed(2), w2.childCpuSeconds.toFixed(2), w2.daemonCpuSeconds.toFixed(2)]],
      ),
  );
}
if (w3) {
  sections.push(
    `## W3: one task printing ${f.mib(w3.outputBytes)} MiB to stdout\n\n` +
      table(
        ['peak RSS, 1-line task MiB', 'peak RSS MiB', 'growth MiB', 'stdout.log bytes', 'output.log bytes', 'complete', 'wall s', 'CPU s'],
        [
          [
            f.mib(w3.controlMaxRssBytes),
            f.mib(w3.maxRssBytes),
            f.mib(w3.growthBytes),
            String(w3.stdoutLogBytes),
            String(w3.outputLogBytes),
            w3.complete ? 'yes' : 'NO',
            f.s(w3.processWallMs),
            w3.cpuSeconds.toFixed(2),
          ],
        ],
      ),
  );
}
if (phaseRuns.length) {
  sections.push(
    "## W4: median time per phase, ms (from the runs' own task records)\n\n" +
      table(['phase', ...phaseRuns.map(([name]) => name)], phaseNames.map((p) => [p, ...phaseRuns.map(([, phases]) => f.ms(phases[p] ?? Number.NaN))])) +
      '\n\nWhere the slot time (slots × run wall time) went:\n\n' +
      table(
        ['run', 'slot s', 'agent', 'per-task overhead', 'idle slots', 'set-up ms', 'tail ms'],
        [...(w1 ? [slotRow(`W1 (${w1.tasks} at 8)`, w1.slots)] : []), ...(w2 ? [slotRow(`W2 (${w2.tasks} at 16)`, w2.slots)] : [])],
      ),
  );
}
if (w5) {
  const samples = (xs: number[]) => xs.map(f.ms).join(', ');
  sections.push(
    '## W5: task directory set-up and removal against repository size\n\n' +
      table(
        ['files', 'task directories', 'shared base ms (once per run)', 'set-up p50 ms', 'remove p50 ms', 'git status p50 ms', 'set-up samples ms', 'remove samples ms'],
        w5.map((r) => [String(r.files), r.variant, r.baseMs === null ? '–' : f.ms(r.baseMs), f.ms(r.setUpP50Ms), f.ms(r.removeP50Ms), f.ms(r.statusP50Ms), samples(r.setUpMs), samples(r.removeMs)]),
      ),
  );
}
if (w6) {
  const p = (xs: number[], q: number) => f.ms(percentile(xs, q));
  const rows = (label: string, c: { collectMs: number[]; importMs: number[]; onPathMs: number[] }) => [
    [`${label}: collect (agent exit → step done)`, p(c.collectMs, 50), p(c.collectMs, 95), p(c.collectMs, 100)],
    [`${label}: import (host checks, ref update)`, p(c.importMs, 50), p(c.importMs, 95), p(c.importMs, 100)],
    [`${label}: on the task path (collect + import)`, p(c.onPathMs, 50), p(c.onPathMs, 95), p(c.onPathMs, 100)],
  ];
  sections.push(
    `## W6: the collect step, ${w6.tasks} tasks × ${w6.sleepSeconds} s at max-parallel ${w6.parallel}, ${w6.rounds} Docker runs + 2 subprocess runs\n\n` +
      table(
        ['per task, ms', 'p50', 'p95', 'max'],
        [
          ...rows('docker', w6.docker),
          ['docker: collect container start (while the agent runs)', p(w6.docker.hiddenStartMs, 50), p(w6.docker.hiddenStartMs, 95), p(w6.docker.hiddenStartMs, 100)],
          ...rows('subprocess', w6.subprocess),
        ],
      ) +
      `\n\nbare \`docker run --rm IMAGE true\`, 8 at once, just before: p50 ${f.ms(w6.bareConcurrentP50Ms)} ms. ` +
      'Medians of the step\'s phases (Docker), ms: ' +
      Object.entries(w6.docker.phases).map(([k, v]) => `${k} ${f.ms(v)}`).join(', '),
  );
}
if (w7) {
  const row = (r: W7Run, i: number) => [
    `${r.attempts === 1 ? 'single' : 'best of 3'} #${i + 1}`,
    f.s(r.wallMs),
    f.s(r.processWallMs),
    f.s(r.taskMs),
    f.s(r.sumTaskMs),
    String(r.peakConcurrency),
    r.winner === null ? '–' : String(r.winner),
    r.status,
  ];
  const wall = (runs: W7Run[]) => median(runs.map((r) => r.wallMs));
  sections.push(
    `## W7: best-of-3 against a single attempt, ${w7.sleepSeconds} s tasks with verify, max-parallel ${w7.parallel}, ${w7.rounds} rounds each (alternating)\n\n` +
      table(['run', 'run wall s', 'process wall s', 'task s', 'sum of agent time s', 'peak concurrency', 'winner', 'status'], [...w7.single.map(row), ...w7.bestOf3.map(row)]) +
      `\n\nmedian run wall: single ${f.s(wall(w7.single))} s, best of 3 ${f.s(wall(w7.bestOf3))} s, ratio ${w7.wallRatio.toFixed(3)}. ` +
      'The sum of agent time counts every attempt: three agents ran for the price of one wall time.',
  );
}
if (speedup) {
  sections.push(
    '## S: the speedup estimate against the truth (8 tasks, one at a time and 8 at once)\n\n' +
      speedup.workloads.map((w) => `- \`${w.name}\`: ${w.description}`).join('\n') +
      '\n\n' +
      table(
        ['workload', 'mode', 'sequential wall s', '8 at once wall s', 'true speedup', 'reported', 'error', 'concurrency', 'sequential reports', 'other work on host', 'memory probe', 'load before → after'],
        speedup.rows.map((r) => [
          r.workload,
          r.mode,
          f.s(r.sequentialWallMs),
          f.s(r.parallelWallMs),
          f.x(r.trueSpeedup),
          r.reported !== null ? f.x(r.reported) : `≤ ${f.x(r.reportedMax)}`,
          f.pct(r.error),
          f.x(r.concurrency),
          f.x(r.sequentialReported),
          r.foreignCpuShare === null ? '–' : `${Math.round(r.foreignCpuShare * 100)} %`,
          r.memorySlowdown === null || r.memorySlowdown === undefined ? '–' : f.x(r.memorySlowdown),
          `${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)}`,
        ]),
      ) +
      '\n\n`auto` on the CPU-bound workload against fixed max-parallel (wall s):\n\n' +
      table(
        ['mode', 'tasks', '1', '2', '8', '16', 'auto', 'auto chose', 'held ms (holds)', 'auto / best fixed'],
        speedup.auto.map((a) => [
          a.mode,
          String(a.tasks),
          f.s(a.wallMs['1'] ?? Number.NaN),
          f.s(a.wallMs['2'] ?? Number.NaN),
          f.s(a.wallMs['8'] ?? Number.NaN),
          f.s(a.wallMs['16'] ?? Number.NaN),
          f.s(a.wallMs.auto),
          String(a.autoParallel),
          `${f.ms(a.heldBackMs)} (${a.holds})`,
          `${a.autoOverBest.toFixed(3)} (best ${a.bestFixed})`,
        ]),
      ) +
      (speedup.rows.some((r) => r.failures.length)
        ? `\n\nTasks that did not succeed:\n${speedup.rows.flatMap((r) => r.failures.map((x) => `- ${r.workload} (${r.mode}): ${x}`)).join('\n')}`
        : ''),
  );
}
if (claude) {
  sections.push(
    `## C: the real Claude Code CLI (${claude.cliVersion}), 8 tasks, start-up to the first Messages API request\n\n` +
      table(
        ['max-parallel', 'wall s', 'start-up p50 ms', 'start-up max ms', 'agent duration p50 ms', 'CPU s p50', 'reported speedup', 'concurrency'],
        claude.rows.map((r) => [
          String(r.parallel),
          f.s(r.wallMs),
          f.ms(r.startupP50Ms),
          f.ms(r.startupMaxMs),
          f.ms(r.durationP50Ms),
          Number.isFinite(r.cpuSecondsP50) ? r.cpuSecondsP50.toFixed(2) : '–',
          f.x(r.speedup),
          f.x(r.concurrency),
        ]),
      ) +
      `\n\nTrue speedup (one at a time wall / 8 at once wall): ${f.x(claude.trueSpeedup)}; reported: ${f.x(claude.reportedSpeedup)}. ` +
      `Start-up samples, ms: ${claude.rows.map((r) => `${r.parallel} at a time ${r.startupMs.map(f.ms).join(', ')}`).join('; ')}. ` +
      `Requests the stub could not tie to a task: ${claude.requestsWithoutTask}.` +
      (claude.rows.some((r) => r.failures.length) ? `\n\nTasks that did not succeed:\n${claude.rows.flatMap((r) => r.failures.map((x) => `- ${x}`)).join('\n')}` : ''),
  );
  targets.push(checkTarget('C tasks that did not succeed', claude.rows.reduce((n, r) => n + r.failures.length, 0), 'max', 0));
}
if (failures.length) sections.push(`## Tasks that did not succeed (figures above cover the others)\n\n${failures.map((x) => `- ${x.slice(0, 300)}`).join('\n')}`);
sections.push(
  '## Targets\n\n' +
    table(
      ['target', 'value', 'limit', 'met'],
      targets.map((t) => [t.name, Number.isFinite(t.value) ? t.value.toFixed(3) : '–', `${t.kind === 'min' ? '≥' : '≤'} ${t.limit}`, t.met ? 'yes' : 'NO']),
    ),
);
const report = sections.join('\n\n');

const jsonFile = path.join(ROOT, '.bench-out', `bench-${stamp}${ctx.quick ? '-quick' : ''}.json`);
fs.writeFileSync(
  jsonFile,
  JSON.stringify({ version: 1, quick: ctx.quick, only: [...only], startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, machine, w1, w2, w3, w5, w6, w7, speedup, claude, targets }, null, 2) + '\n',
);
process.stdout.write(`${report}\n\nresults: ${path.relative(process.cwd(), jsonFile)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
