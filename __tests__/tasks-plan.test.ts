import { describe, expect, it } from 'vitest';
import { dependencyGroups, parsePlan, planFingerprint, planShards, shardTaskIds, verifyPlan, type Plan } from '../src/tasks/plan.js';
import type { TaskSpec } from '../src/tasks/types.js';

const BASE = 'a'.repeat(40);

function task(id: string, extra: Partial<TaskSpec> = {}): TaskSpec {
  return { id, title: id, file: `prompts/${id}.md`, prompt: `do ${id}`, issues: [], dependsOn: [], env: [], ...extra };
}

/** A deterministic shuffle (seeded LCG), so a failing order can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const ids = (plan: Plan) => plan.shards.map((s) => s.tasks);

describe('planShards', () => {
  const tasks = [
    task('a'),
    task('b', { dependsOn: ['a'] }),
    task('c', { dependsOn: ['b'] }),
    task('d'),
    task('e', { dependsOn: ['d'] }),
    task('f'),
    task('g'),
    task('h'),
  ];

  it('gives the same plan for the same base and prompts in any input order', () => {
    const first = planShards(tasks, { baseCommit: BASE, shards: 3 });
    for (let seed = 1; seed <= 20; seed++) {
      expect(planShards(shuffled(tasks, seed), { baseCommit: BASE, shards: 3 })).toEqual(first);
    }
    expect(first.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(planShards(tasks, { baseCommit: 'b'.repeat(40), shards: 3 }).fingerprint).not.toBe(first.fingerprint);
  });

  it('keeps each dependency chain in one shard and balances by task count', () => {
    const plan = planShards(tasks, { baseCommit: BASE, shards: 3 });
    expect(ids(plan)).toEqual([['a', 'b', 'c'], ['d', 'e', 'h'], ['f', 'g']]);
    expect(plan.shards.map((s) => s.weight)).toEqual([3, 3, 2]);
    expect(plan.balance).toBe('count');
    expect(plan.matrix).toEqual({ include: [{ shard: 1 }, { shard: 2 }, { shard: 3 }] });
    expect(plan).toMatchObject({ shardCount: 3, taskCount: 8, baseCommit: BASE, requestedShards: 3, notes: [] });
    for (const t of plan.tasks) expect(plan.shards[t.shard - 1].tasks).toContain(t.id);
  });

  it('a diamond and a task depending on two chains stay together', () => {
    const graph = [
      task('root'),
      task('left', { dependsOn: ['root'] }),
      task('right', { dependsOn: ['root'] }),
      task('join', { dependsOn: ['left', 'right'] }),
      task('x'),
      task('y'),
      task('z', { dependsOn: ['x', 'y'] }),
      task('solo'),
    ];
    expect(dependencyGroups(graph)).toEqual([['join', 'left', 'right', 'root'], ['solo'], ['x', 'y', 'z']]);
    const plan = planShards(graph, { baseCommit: BASE, shards: 4 });
    expect(ids(plan)).toEqual([['join', 'left', 'right', 'root'], ['x', 'y', 'z'], ['solo']]);
    expect(plan.notes).toEqual([expect.stringContaining('4 shards wanted, but the tasks form 3 dependency groups')]);
  });

  it('balances by estimate when prompts give one; tasks without one count as the mean', () => {
    const est = (min: number) => ({ estimateMs: min * 60_000 });
    const plan = planShards(
      [task('big', est(60)), task('s1', est(10)), task('s2', est(10)), task('s3', est(10)), task('s4', est(10)), task('s5', est(10))],
      { baseCommit: BASE, shards: 2 },
    );
    expect(plan.balance).toBe('estimate');
    // By count this would be 3 + 3; by time one long task weighs as much as the five short ones.
    expect(ids(plan)).toEqual([['big'], ['s1', 's2', 's3', 's4', 's5']]);
    expect(plan.shards.map((s) => s.weight)).toEqual([60 * 60_000, 50 * 60_000]);

    const mixed = planShards([task('p', est(30)), task('q', est(10)), task('r'), task('s')], { baseCommit: BASE, shards: 2 });
    // r and s weigh the mean, 20 minutes: 30 | 20 + 20 … then q (10) joins the lighter shard.
    expect(ids(mixed)).toEqual([['p', 'q'], ['r', 's']]);
    expect(mixed.tasks.find((t) => t.id === 'r')!.estimateMs).toBeNull();
  });

  it('auto plans enough shards for max-parallel tasks each, capped by max-shards and by the groups', () => {
    const many = Array.from({ length: 10 }, (_, i) => task(`t${String(i).padStart(2, '0')}`));
    const auto = planShards(many, { baseCommit: BASE, shards: 'auto', maxParallel: 3 });
    expect(auto.shardCount).toBe(4);
    expect(auto.shards.map((s) => s.tasks.length)).toEqual([3, 3, 2, 2]);
    expect(Math.max(...auto.shards.map((s) => s.tasks.length))).toBeLessThanOrEqual(3);

    const capped = planShards(many, { baseCommit: BASE, shards: 'auto', maxParallel: 1, maxShards: 3 });
    expect(capped.shardCount).toBe(3);
    expect(capped.notes).toEqual(['auto: 10 tasks at 1 per runner would need 10 shards; capped at max-shards 3']);

    const chain = planShards([task('a'), task('b', { dependsOn: ['a'] }), task('c', { dependsOn: ['b'] })], { baseCommit: BASE, shards: 'auto', maxParallel: 1 });
    expect(chain.shardCount).toBe(1);
    expect(planShards([task('only')], { baseCommit: BASE, shards: 'auto' }).matrix).toEqual({ include: [{ shard: 1 }] });
  });

  it('refuses bad options and an empty task set', () => {
    expect(() => planShards([], { baseCommit: BASE, shards: 2 })).toThrow('there are no tasks to plan');
    expect(() => planShards([task('a')], { baseCommit: BASE, shards: 0 })).toThrow('shards must be a whole number from 1 to 256, got 0');
    expect(() => planShards([task('a')], { baseCommit: BASE, shards: 'auto', maxShards: 300 })).toThrow('maxShards must be a whole number from 1 to 256');
  });
});

describe('plan files', () => {
  const tasks = [task('a'), task('b', { dependsOn: ['a'] }), task('c')];
  const plan = planShards(tasks, { baseCommit: BASE, shards: 2 });

  it('round-trips through JSON and names the shard asked for', () => {
    const read = parsePlan(JSON.stringify(plan), 'plan.json');
    expect(read).toEqual(plan);
    expect(shardTaskIds(read, 1)).toEqual(['a', 'b']);
    expect(shardTaskIds(read, 2)).toEqual(['c']);
    expect(() => shardTaskIds(read, 3)).toThrow('shard 3 is not in the plan: it has shards 1 to 2');
  });

  it('rejects what is not a plan, saying what is wrong', () => {
    expect(() => parsePlan('{', 'plan.json')).toThrow(/^plan\.json is not valid JSON/);
    expect(() => parsePlan('[]', 'p')).toThrow('p is not an agent-fanout plan: expected a JSON object');
    expect(() => parsePlan(JSON.stringify({ ...plan, version: 2 }), 'p')).toThrow('version is 2, expected 1');
    const twice = { ...plan, shards: [plan.shards[0], { shard: 2, tasks: ['a'], weight: 1 }] };
    expect(() => parsePlan(JSON.stringify(twice), 'p')).toThrow("task 'a' is in two shards");
  });

  it('verifies that a runner loaded the same prompts on the same base', () => {
    expect(() => verifyPlan(plan, [...tasks].reverse(), BASE)).not.toThrow();
    expect(() => verifyPlan(plan, tasks, 'c'.repeat(40))).toThrow(`the plan was made for base commit ${BASE.slice(0, 12)}, but this run's base is cccccccccccc`);
    expect(() => verifyPlan(plan, [...tasks, task('d')], BASE)).toThrow('not in the plan: d');
    expect(() => verifyPlan(plan, tasks.slice(1), BASE)).toThrow('in the plan but not loaded: a');
    const edited = tasks.map((t) => (t.id === 'c' ? { ...t, prompt: 'do something else' } : t));
    expect(() => verifyPlan(plan, edited, BASE)).toThrow('(a prompt file changed); make the plan again');
    expect(planFingerprint(BASE, edited)).not.toBe(plan.fingerprint);
  });
});
