import { describe, expect, it } from 'vitest';
import type { RunResult, ShardInfo, TaskRecord } from '../src/core/model.js';
import { aggregateShardResults, renderAggregateMarkdown, renderAggregateText, renderShardGantt } from '../src/report/aggregate.js';
import { computeRunMetrics } from '../src/report/index.js';
import { planShards } from '../src/tasks/plan.js';
import type { TaskSpec } from '../src/tasks/types.js';

const T0 = 1_700_000_000_000;
const BASE = 'b'.repeat(40);
const s = (seconds: number) => T0 + seconds * 1000;

function spec(id: string, dependsOn: string[] = []): TaskSpec {
  return { id, title: id, file: `prompts/${id}.md`, prompt: id, issues: [], dependsOn, env: [] };
}

const specs = [spec('a'), spec('b', ['a']), spec('c', ['b']), spec('d'), spec('e', ['d']), spec('f'), spec('g')];
const plan = planShards(specs, { baseCommit: BASE, shards: 3 });

function record(id: string, startS: number, endS: number, extra: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id,
    title: `Task ${id}`,
    file: `prompts/${id}.md`,
    issues: [7],
    dependsOn: specs.find((t) => t.id === id)?.dependsOn ?? [],
    status: 'succeeded',
    reason: null,
    exitCode: 0,
    branch: `fanout/7/${id}`,
    baseCommit: BASE,
    commit: 'c'.repeat(40),
    filesChanged: 1,
    insertions: 1,
    deletions: 0,
    changedFiles: [`${id}.txt`],
    queuedAt: s(-1),
    readyAt: s(startS),
    startedAt: s(startS),
    agentStartedAt: s(startS),
    agentFinishedAt: s(endS),
    finishedAt: s(endS),
    durationMs: (endS - startS) * 1000,
    queueWaitMs: 0,
    overheadMs: 0,
    phases: {},
    cpu: { seconds: 1, avgPercent: 10, peakPercent: 50 },
    memory: { peakBytes: 1024 ** 2, limitBytes: 256 * 1024 ** 2 },
    peakPids: 3,
    // Measured, and no task waited for another: the estimate equals the raw ratio.
    contentionMs: 0,
    agent: null,
    logFile: null,
    worktree: null,
    ...extra,
  };
}

function shardResult(index: number, runner: string, tasks: TaskRecord[], maxParallel: number, extra: Partial<ShardInfo> = {}): RunResult {
  const startedAt = Math.min(...tasks.map((t) => t.startedAt!)) - 1000;
  const finishedAt = Math.max(...tasks.map((t) => t.finishedAt!)) + 1000;
  const metrics = computeRunMetrics(tasks, { startedAt, finishedAt, maxParallel, mode: 'docker' });
  return {
    version: 1,
    run: {
      id: `run-${index}`,
      repo: `/runner-${index}/work/app`,
      baseRef: BASE,
      baseCommit: BASE,
      issue: 7,
      startedAt,
      finishedAt,
      modeReason: null,
      runDir: `/runner-${index}/tmp/run`,
      host: 'host-x',
      ...metrics,
    },
    tasks,
    shard: { index, count: 3, tasks: tasks.map((t) => t.id).sort(), planFingerprint: plan.fingerprint, runner, ...extra },
  };
}

describe('aggregateShardResults', () => {
  const shard1 = shardResult(1, 'runner-1', [record('a', 0, 10), record('b', 10, 20), record('c', 20, 25)], 2);
  const shard2 = shardResult(2, 'runner-2', [record('d', 2, 12), record('e', 12, 14)], 2);

  it('combines the shards: wall from first task start to last task end, speedup and efficiency over all slots', () => {
    expect(plan.shards.map((x) => x.tasks)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f', 'g']]);
    const { result, errors } = aggregateShardResults(
      [
        { file: 'results-2.json', result: shard2 },
        { file: 'results-1.json', result: shard1 },
      ],
      { plan },
    );
    expect(errors).toEqual([]);
    expect(result.run.startedAt).toBe(s(0));
    expect(result.run.finishedAt).toBe(s(25));
    expect(result.run.wallMs).toBe(25_000);
    expect(result.run.sumTaskMs).toBe((10 + 10 + 5 + 10 + 2) * 1000);
    expect(result.run.speedup).toBeCloseTo(37 / 25, 10);
    // Two runners with two slots each; five tasks ran: efficiency is over the four slots.
    expect(result.run.maxParallel).toBe(4);
    expect(result.run.efficiency).toBeCloseTo(37 / 25 / 4, 10);
    expect(result.run.peakConcurrency).toBe(2);
    expect(result.run.criticalPathMs).toBe(25_000);
    expect(result.run.host).toBe('runner-1, runner-2');
    expect(result.run.baseCommit).toBe(BASE);
    expect(result.run.issue).toBe(7);

    // Shard 3 never reported: it is listed as missing, its tasks as cancelled with the reason.
    expect(result.shards.map((x) => [x.shard, x.status, x.host, x.tasks])).toEqual([
      [1, 'succeeded', 'runner-1', ['a', 'b', 'c']],
      [2, 'succeeded', 'runner-2', ['d', 'e']],
      [3, 'missing', null, ['f', 'g']],
    ]);
    expect(result.shards[0]).toMatchObject({ wallMs: shard1.run.wallMs, speedup: shard1.run.speedup, runId: 'run-1', file: 'results-1.json' });
    expect(result.tasks.map((t) => `${t.id}:${t.status}`)).toEqual([
      'a:succeeded', 'b:succeeded', 'c:succeeded', 'd:succeeded', 'e:succeeded', 'f:cancelled', 'g:cancelled',
    ]);
    expect(result.tasks.find((t) => t.id === 'f')!.reason).toBe('shard 3 produced no results: its job failed, was cancelled or never ran');
    expect(result.run.cancelled).toBe(2);
  });

  it('a shard that failed before its tasks ran is failed, with its tasks', () => {
    const failed = shardResult(3, 'runner-3', [record('f', 1, 2)], 1, { tasks: ['f', 'g'], error: 'the Docker daemon cannot see /tmp/x' });
    failed.tasks = [];
    const { result } = aggregateShardResults(
      [
        { file: '1.json', result: shard1 },
        { file: '2.json', result: shard2 },
        { file: '3.json', result: failed },
      ],
      { plan },
    );
    expect(result.shards[2]).toMatchObject({ status: 'failed', host: 'runner-3', tasks: ['f', 'g'], error: 'the Docker daemon cannot see /tmp/x' });
    expect(result.tasks.filter((t) => t.status === 'cancelled').map((t) => t.reason)).toEqual([
      'shard 3 did not report this task: the Docker daemon cannot see /tmp/x',
      'shard 3 did not report this task: the Docker daemon cannot see /tmp/x',
    ]);
  });

  it('without the plan a missing shard is known from the count, its tasks are not', () => {
    const { result } = aggregateShardResults([{ file: '1.json', result: shard1 }]);
    expect(result.shards.map((x) => [x.shard, x.status])).toEqual([[1, 'succeeded'], [2, 'missing'], [3, 'missing']]);
    expect(result.shards[1].error).toContain('without the plan its tasks are unknown');
    expect(result.tasks).toHaveLength(3);
  });

  it('reports duplicates and mixed bases instead of double counting', () => {
    const again = shardResult(1, 'runner-9', [record('a', 30, 31), record('b', 31, 32), record('c', 32, 33)], 2);
    const other = { ...shard2, run: { ...shard2.run, baseCommit: 'f'.repeat(40) } };
    const { result, errors } = aggregateShardResults(
      [
        { file: 'x.json', result: shard1 },
        { file: 'y.json', result: again },
        { file: 'z.json', result: other },
      ],
      { plan },
    );
    expect(errors).toEqual([
      'two results for shard 1 (x.json, y.json): using the later one, y.json',
      `the shards started from different base commits: ${BASE.slice(0, 12)}, ffffffffffff`,
    ]);
    expect(result.tasks.filter((t) => t.id === 'a')).toHaveLength(1);
    expect(result.shards[0].host).toBe('runner-9');
  });
});

describe('the aggregate report', () => {
  it('has the combined headline, a shards table, missing shards with their tasks, one gantt section per shard', () => {
    const shard1 = shardResult(1, 'runner-1', [record('a', 0, 10), record('b', 10, 20), record('c', 20, 25, { status: 'failed', reason: 'exit 1' })], 2);
    const shard2 = shardResult(2, 'runner-2', [record('d', 2, 12), record('e', 12, 14)], 2);
    const { result } = aggregateShardResults(
      [
        { file: '1.json', result: shard1 },
        { file: '2.json', result: shard2 },
      ],
      { plan },
    );
    const md = renderAggregateMarkdown(result, { prLinks: { d: 'https://github.test/o/r/pull/5' } });
    expect(md).toContain('## agent-fanout: 7 tasks over 3 shards');
    expect(md).toContain('wall time **25.0s**');
    expect(md).toContain(`speedup **${(37 / 25).toFixed(2)}×**`);
    expect(md).toContain('efficiency is over all 4 slots (37%)');
    expect(md).toContain('| 1 | ❌ failed: 1 task did not succeed | runner\\-1 | `a`, `b`, `c` |');
    expect(md).toContain('| 3 | ❔ missing: shard 3 produced no results');
    expect(md).toMatch(/### Missing or failed shards\n\n- ❌ shard 1 failed .*\n- ❔ shard 3 missing .*: `f`, `g`/);
    expect(md).toContain('[#5](https://github.test/o/r/pull/5)');
    const gantt = renderShardGantt(result);
    expect(gantt.match(/section /g)).toHaveLength(2);
    expect(gantt).toContain('    section Shard 1 runner-1\n    a :done, t1, ');
    expect(gantt).toContain('    c :crit, t3, ');
    expect(gantt).toContain('    section Shard 2 runner-2\n    d :done, t4, ');
    expect(md).toContain('### Resources');
    const text = renderAggregateText(result);
    expect(text).toContain('shard 3 missing: 2 task(s), no results');
    expect(text).toMatch(/shard 2 succeeded on runner-2: 2 task\(s\), wall 14\.0s/);
  });
});
