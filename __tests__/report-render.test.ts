import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunInfo, RunResult, TaskRecord } from '../src/core/model.js';
import {
  buildRunResult,
  computeRunMetrics,
  renderCompactHeadline,
  renderCompactTaskTable,
  renderConflictList,
  renderGantt,
  renderResourcesTable,
  renderRunningLines,
  renderSummaryMarkdown,
  renderSummaryText,
  renderTaskRow,
  renderTaskTableHeader,
  writeResultFiles,
} from '../src/report/index.js';
import { taskRecord } from './support/factories.js';

const T0 = 1_700_000_000_000;
const MALICIOUS = 'a|b <img src=x onerror=alert(1)>';

function task(id: string, startS: number | null, endS: number | null, extra: Partial<TaskRecord> = {}): TaskRecord {
  const agentStartedAt = startS === null ? null : T0 + startS * 1000;
  const agentFinishedAt = endS === null ? null : T0 + endS * 1000;
  return taskRecord(id, {
    title: `Title of ${id}`,
    baseCommit: 'a'.repeat(40),
    commit: 'b'.repeat(40),
    filesChanged: 2,
    insertions: 12,
    deletions: 3,
    changedFiles: ['src/a.ts', 'src/b.ts'],
    queuedAt: T0,
    readyAt: T0,
    startedAt: agentStartedAt === null ? null : agentStartedAt - 500,
    agentStartedAt,
    agentFinishedAt,
    finishedAt: agentFinishedAt === null ? null : agentFinishedAt + 700,
    durationMs: agentStartedAt !== null && agentFinishedAt !== null ? agentFinishedAt - agentStartedAt : null,
    queueWaitMs: 250,
    overheadMs: 1200,
    phases: { create: 300, remove: 100 },
    cpu: { seconds: 8.25, avgPercent: 82.5, peakPercent: 99 },
    memory: { peakBytes: 512 * 1024 ** 2, limitBytes: 2 * 1024 ** 3 },
    peakPids: 42,
    agent: { ok: true, turns: 7, costUsd: 0.1234 },
    // Each agent waited 2 s for the others: 8 s alone, plus its 1.2 s of overhead.
    contentionMs: 2000,
    ...extra,
  });
}

const RUN_INFO: RunInfo = {
  id: 'run-123',
  repo: '/tmp/repo',
  baseRef: 'HEAD',
  baseCommit: 'a'.repeat(40),
  issue: null,
  startedAt: T0,
  finishedAt: T0 + 11_000,
  mode: 'docker',
  modeReason: null,
  maxParallel: 4,
  runDir: '/tmp/run-123',
};

function fixture(tasks: TaskRecord[]): RunResult {
  const metrics = computeRunMetrics(tasks, {
    startedAt: RUN_INFO.startedAt,
    finishedAt: RUN_INFO.finishedAt!,
    maxParallel: 4,
    mode: 'docker',
    // At least as many CPUs as tasks: overhead side by side is not stretched, each task keeps its
    // 1.2 s; and the tasks' CPU time (33 s in 11 s) fills well under 70 % of them, so no note on
    // memory-heavy tasks.
    cpus: 8,
  });
  return buildRunResult(RUN_INFO, metrics, tasks);
}

/** 4 tasks of 10 s in 11 s at max-parallel 4; one failed, with a hostile title. */
const standard = (): TaskRecord[] => [
  task('add-login', 0, 10),
  task('fix-bug', 0.5, 10.5),
  task('evil', 0.25, 10.25, { title: MALICIOUS, status: 'failed', exitCode: 1, reason: 'agent exited with code 1' }),
  task('docs', 1, 11),
];

/** Splits a table row on the pipes that delimit cells (not `\|`). */
const cells = (row: string): string[] => row.trim().slice(1, -1).split(/(?<!\\)\|/);

describe('renderSummaryMarkdown', () => {
  it('has a headline with the run figures', () => {
    const md = renderSummaryMarkdown(fixture(standard()));
    const headline = md.split('\n').find((l) => l.includes('tasks**'))!;
    expect(headline).toContain('**4 tasks**');
    expect(headline).toContain('3 succeeded');
    expect(headline).toContain('1 failed');
    expect(headline).toContain('wall time **11.0s**');
    expect(headline).toContain('sum of task time **40.0s**');
    // One at a time: 4 × (8 s + 1.2 s) = 36.8 s, over 11 s of wall time.
    expect(headline).toContain('speedup **3.35×** (estimated vs one task at a time)');
    expect(headline).toContain('mean concurrency 3.64');
    expect(headline).toContain('efficiency **91%**');
    expect(md).not.toContain('> Speedup:');
    expect(headline).toContain('mode `docker`');
    expect(headline).toContain('max-parallel 4');
    expect(headline).not.toContain('critical-path');
    expect(md.startsWith('## agent-fanout run `run-123`\n')).toBe(true);
  });

  it('says when the speedup is not estimated, with its bound and why, and labels the concurrency', () => {
    const md = renderSummaryMarkdown(fixture(standard().map((t) => ({ ...t, contentionMs: null }))));
    const headline = md.split('\n').find((l) => l.includes('tasks**'))!;
    // No stall data: at most (4 × 11.2 s of task time, clipped to the run) / 11 s, never a bare figure.
    expect(headline).toMatch(/speedup \*\*≤ \d+\.\d\d×\*\* \(not estimated\)/);
    expect(headline).toContain('mean concurrency 3.64');
    // 4 × (10 s + 1.2 s overhead) / 11 s; the note is escaped Markdown like any other text.
    expect(headline).toContain('speedup **≤ 4.07×** (not estimated)');
    expect(md).toContain('> Speedup: no stall data for 4 of 4 tasks \\(100% of agent time\\): contention not measured, so the speedup is at most 4.07×');
    expect(md).toContain('| Mean concurrency (agents at once) | 3.64 |');
    expect(md).toContain('| One task at a time (estimated) | – |');
  });

  it('states the critical-path bound when tasks have dependencies', () => {
    const tasks = [task('a', 0, 5), task('b', 5, 10, { dependsOn: ['a'] }), task('c', 0, 10)];
    const md = renderSummaryMarkdown(fixture(tasks));
    expect(md).toContain('critical-path bound 2.00× (critical path 10.0s)');
  });

  it('has one table row per task with every column filled', () => {
    const md = renderSummaryMarkdown(fixture(standard()));
    const header = md.split('\n').find((l) => l.startsWith('| Status |'))!;
    const headerCells = cells(header);
    expect(headerCells.map((c) => c.trim())).not.toContain('PR');
    const rows = md.split('\n').filter((l) => /^\| (✅|❌)/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(headerCells.length);
    const login = cells(rows[0]).map((c) => c.trim());
    expect(login).toEqual([
      '✅ succeeded',
      '`add-login` — Title of add\\-login',
      '`fanout/add-login`',
      '10.0s',
      '250ms',
      '1.2s',
      '8.3 s / 83% / 99%',
      '512 MiB / 2.0 GiB',
      '7',
      '$0.12',
      '2 (+12/-3)',
    ]);
    expect(rows[2]).toContain('❌ failed: agent exited with code 1');
  });

  it('escapes a hostile title so it can neither split cells nor inject HTML', () => {
    const md = renderSummaryMarkdown(fixture(standard()));
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/<[a-z]/i);
    const row = md.split('\n').find((l) => l.includes('`evil`'))!;
    expect(row).toContain('a\\|b &lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(cells(row)).toHaveLength(cells(renderTaskTableHeader().split('\n')[0]).length);
    // The title never reaches the gantt; a hostile id is reduced to plain words there.
    const gantt = renderGantt([task('x:y#z;w%%<b>', 0, 1)]);
    const bar = gantt.split('\n').find((l) => l.includes(':done'))!;
    expect(bar.trim()).toBe(`x y z w b :done, t1, ${T0}, ${T0 + 1000}`);
  });

  it('removes line breaks from cells and keeps mentions from pinging', () => {
    const row = renderTaskRow(task('t', 0, 1, { title: 'line one\nline two | @octocat' }));
    expect(row).not.toContain('\n');
    expect(row).toContain('line one line two \\| @&#8203;octocat');
  });

  it('draws a gantt bar per task that ran: done for successes, crit for failures', () => {
    const tasks = [...standard(), task('never', null, null, { status: 'skipped', reason: 'dependency failed' })];
    const md = renderSummaryMarkdown(fixture(tasks));
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1];
    const lines = block.trim().split('\n').map((l) => l.trim());
    expect(lines.slice(0, 4)).toEqual(['gantt', 'dateFormat x', 'axisFormat %M:%S', 'section Tasks']);
    const bars = lines.slice(4);
    expect(bars).toEqual([
      `add-login :done, t1, ${T0}, ${T0 + 10_000}`,
      `fix-bug :done, t2, ${T0 + 500}, ${T0 + 10_500}`,
      `evil :crit, t3, ${T0 + 250}, ${T0 + 10_250}`,
      `docs :done, t4, ${T0 + 1000}, ${T0 + 11_000}`,
    ]);
    expect(md).toContain('⏭️ skipped: dependency failed');
  });

  it('prefixes labels mermaid would read as a statement', () => {
    const gantt = renderGantt([task('section-2', 0, 1), task('title', 0, 1), task('sectional', 0, 1)]);
    expect(gantt).toContain('    task section-2 :done');
    expect(gantt).toContain('    task title :done');
    expect(gantt).toContain('    sectional :done');
  });

  it('adds PR links, conflicts and errors when given, and nothing when not', () => {
    const plain = renderSummaryMarkdown(fixture(standard()));
    expect(plain).not.toContain('### Conflicts');
    expect(plain).not.toContain('### Errors');

    const md = renderSummaryMarkdown(fixture(standard()), {
      prLinks: { 'add-login': 'https://github.com/o/r/pull/17' },
      conflicts: [{ a: 'add-login', b: 'fix-bug', files: ['src/auth.ts', 'weird name|<x>.ts'] }],
      errors: ['pushing fanout/docs failed: <denied>'],
      title: 'Fan-out for #12',
    });
    expect(md.startsWith('## Fan\\-out for \\#12\n')).toBe(true);
    expect(md).toContain('| PR |');
    // With PRs, the PR column takes the branch column's place.
    expect(md).not.toContain('| Branch |');
    expect(md).toContain('[#17](https://github.com/o/r/pull/17)');
    const rows = md.split('\n').filter((l) => /^\| (✅|❌)/.test(l));
    expect(rows.every((r) => cells(r).length === 11)).toBe(true);
    expect(md).toContain('### Conflicts');
    expect(md).toContain('- `add-login` and `fix-bug`: `src/auth.ts`, weird name\\|&lt;x&gt;.ts');
    expect(md).toContain('### Errors\n\n- pushing fanout/docs failed: &lt;denied&gt;');
  });

  it('has a resources table with run-level figures', () => {
    const md = renderSummaryMarkdown(fixture(standard()));
    expect(md).toContain('| Peak concurrency | 4 of 4 |');
    expect(md).toContain('| CPU total | 33.0 s |');
    expect(md).toContain('| Memory peak (task) | 512 MiB of 2.0 GiB (`add-login`) |');
    expect(md).toContain('| Phase `create` (median) | 300ms |');
    expect(md).toContain('| Agent cost total | $0.49 |');
    expect(md).not.toContain('held back');
  });

  it('says when and for how long host pressure held starts back', () => {
    const result = fixture(standard());
    result.run.heldBackMs = 3500;
    result.run.pressureHolds = [{ at: Date.UTC(2026, 10, 29, 2, 10, 5), ms: 3500, starts: 2, cpuPercent: 96.4, memoryPercent: 41 }];
    const md = renderSummaryMarkdown(result);
    expect(md).toContain('| Starts held back (host pressure) | 3.5s |');
    expect(md).toContain('| Held at 02:10:05 UTC | 3.5s, 2 start(s), cpu 96%, memory 41% |');
  });
});

describe('figures that were not measured', () => {
  it('show – in the task row, never 0: no CPU peak sampled, nothing sampled at all', () => {
    const noPeak = renderTaskRow(task('short', 0, 0.6, { cpu: { seconds: 0.23, avgPercent: 38, peakPercent: null } }));
    expect(cells(noPeak)[6].trim()).toBe('0.2 s / 38% / –');
    const nothing = renderTaskRow(task('blind', 0, 0.2, { cpu: null, memory: { peakBytes: null, limitBytes: 2 * 1024 ** 3 }, peakPids: null }));
    expect(cells(nothing)[6].trim()).toBe('–');
    expect(cells(nothing)[7].trim()).toBe('– / 2.0 GiB');
    expect(noPeak).not.toMatch(/\| 0% \|| \/ 0%/);
  });

  it('show – in the resources table when no task was measured', () => {
    const blind = (id: string) => task(id, 0, 1, { cpu: null, memory: null, peakPids: null });
    const table = renderResourcesTable(fixture([blind('a'), blind('b')]));
    expect(table).toContain('| CPU total | – |');
    expect(table).toContain('| CPU avg (median of tasks) / peak | – / – |');
    expect(table).toContain('| Memory peak (task) | – |');
    expect(table).toContain('| Processes peak | – |');
  });

  it('never give a run peak below a task average: an unsampled peak counts as at least its average', () => {
    const tasks = [
      task('sampled', 0, 10, { cpu: { seconds: 2, avgPercent: 20, peakPercent: 35 } }),
      task('short', 0, 1, { cpu: { seconds: 0.5, avgPercent: 50, peakPercent: null } }),
    ];
    const row = renderResourcesTable(fixture(tasks)).split('\n').find((l) => l.startsWith('| CPU avg'))!;
    const [avg, peak] = cells(row)[1].trim().split(' / ').map((v) => Number.parseInt(v, 10));
    expect(avg).toBe(35);
    expect(peak).toBe(50);
    expect(peak).toBeGreaterThanOrEqual(avg);
  });

  it('cost – in the compact headline when no agent reports one', () => {
    const tasks = standard().map((t) => ({ ...t, agent: { ok: true } }));
    expect(renderCompactHeadline({ tasks, wallMs: 11_000, final: { speedup: 3.6, speedupMax: null } })).toContain('cost **–**');
  });
});

describe('renderCompactTaskTable', () => {
  it('has one six-cell row per task: status, task, PR, duration, cost, files', () => {
    const records = [
      task('done', 0, 10),
      task('busy', 2, null, { status: 'running', finishedAt: null, durationMs: null }),
      task('waiting', null, null, { status: 'queued', filesChanged: 0, agent: null }),
    ];
    const table = renderCompactTaskTable(records, { now: T0 + 15_000, prCells: { done: { url: 'https://github.com/o/r/pull/3' } } });
    const lines = table.split('\n');
    expect(lines[0]).toBe('| Status | Task | PR | Duration | Cost | Files |');
    expect(lines).toHaveLength(5);
    for (const line of lines.slice(2)) expect(cells(line)).toHaveLength(6);
    expect(lines[2]).toBe('| ✅ succeeded | `done` — Title of done | [#3](https://github.com/o/r/pull/3) | 10.0s | $0.12 | 2 (+12/-3) |');
    expect(lines[3]).toContain('| 🔄 running | `busy` — Title of busy | – | 13.0s |');
    expect(lines[4]).toBe('| ⏳ queued | `waiting` — Title of waiting | – | – | – | – |');
  });

  it('leaves titles and reasons out when asked (a run too large for a comment)', () => {
    const row = renderCompactTaskTable([task('evil', 0, 1, { title: MALICIOUS, status: 'failed', reason: 'boom' })], { detail: false }).split('\n')[2];
    expect(row).toBe('| ❌ failed | `evil` | – | 1.0s | $0.12 | 2 (+12/-3) |');
  });

  it('lists at most max conflicting pairs, each with at most five files', () => {
    const conflicts = Array.from({ length: 4 }, (_, i) => ({ a: 'a', b: `b${i}`, files: ['1', '2', '3', '4', '5', '6', '7'] }));
    const list = renderConflictList(conflicts, { max: 2, prLinks: { a: 'https://github.com/o/r/pull/9' } }).split('\n');
    expect(list).toEqual([
      '- [#9](https://github.com/o/r/pull/9) `a` and `b0`: `1`, `2`, `3`, `4`, `5`, and 2 more',
      '- [#9](https://github.com/o/r/pull/9) `a` and `b1`: `1`, `2`, `3`, `4`, `5`, and 2 more',
      '- … and 2 more pairs (all in the job summary)',
    ]);
  });

  it('shows a running agent\'s progress as its detail, escaped: an agent cannot inject Markdown', () => {
    const records = [task('busy', 2, null, { status: 'running', finishedAt: null, durationMs: null }), task('done', 0, 10)];
    const progress = {
      turns: 4,
      toolCalls: 3,
      tool: { name: 'Edit', detail: '<img src=x>|@team', running: true },
      tokens: { input: 10, output: 10, cacheRead: 0, cacheCreation: 0 },
      costUsd: 0.2,
      final: false,
      retry: null,
      model: null,
    };
    const lines = renderRunningLines(records, T0 + 15_000, new Map([['busy', progress], ['done', { ...progress, final: true }]]));
    expect(lines).toContain('- 🔄 `busy` — Title of busy · agent running for 13.0s · turn 4 · Edit\\(&lt;img src=x&gt;\\|@&#8203;team\\) · 20 tokens · ≈\\$0.20');
    // A finished task is not running: its last progress is not shown.
    expect(lines).not.toContain('done');
  });
});

describe('renderSummaryText', () => {
  it('prints the headline figures and one line per task, without control characters', () => {
    const tasks = standard();
    tasks[1] = { ...tasks[1], title: 'red \u001b[31malert\u001b[0m\nnext' };
    const text = renderSummaryText(fixture(tasks));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Run run-123: 4 tasks, 3 succeeded, 1 failed');
    expect(lines[1]).toContain('speedup 3.35× (estimated vs one task at a time)');
    expect(lines[1]).toContain('mean concurrency 3.64 (agents running at once)');
    expect(lines[1]).toContain('efficiency 91%');
    expect(lines[1]).toContain('wall 11.0s');
    expect(lines[2]).toContain('mode docker, max-parallel 4');
    const taskLines = lines.filter((l) => /^ {2}[✔✘]/.test(l));
    expect(taskLines).toHaveLength(4);
    expect(taskLines[2]).toMatch(/✘ failed +evil +10\.0s/);
    expect(taskLines[2]).toContain('— agent exited with code 1');
    expect(text).not.toContain('\u001b');
    expect(taskLines[1]).toContain('"red [31malert [0m next"');
  });
});

describe('writeResultFiles', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the JSON and appends the summary', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const result = fixture(standard());
    const jsonFile = path.join(dir, 'out', 'results.json');
    const summaryFile = path.join(dir, 'summary.md');
    fs.writeFileSync(summaryFile, 'earlier step\n');
    await writeResultFiles({ result, jsonFile, summaryFile, markdown: '## one' });
    await writeResultFiles({ result, summaryFile, markdown: '## two\n' });
    expect(JSON.parse(fs.readFileSync(jsonFile, 'utf8'))).toEqual(result);
    expect(fs.readFileSync(summaryFile, 'utf8')).toBe('earlier step\n## one\n## two\n');
    expect(fs.readdirSync(path.dirname(jsonFile))).toEqual(['results.json']);
    expect(result.run).toMatchObject({ id: 'run-123', runDir: '/tmp/run-123' });
    expect(result.run.speedup).toBeCloseTo(36.8 / 11, 10);
    expect(result.run.concurrency).toBeCloseTo(40 / 11, 10);
    expect(result.version).toBe(1);
  });

  it('names the file when writing fails', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, '');
    await expect(
      writeResultFiles({ result: fixture([]), jsonFile: path.join(blocker, 'results.json'), markdown: '' }),
    ).rejects.toThrow(`writing results JSON to ${path.join(blocker, 'results.json')} failed`);
  });
});
