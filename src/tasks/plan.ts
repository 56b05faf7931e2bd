/**
 * The shard planner: splits a run's tasks over several runners (a GitHub matrix) so that each
 * connected part of the dependency graph stays on one runner — a task starts from its
 * dependencies' commits, which only exist where they ran — and the runners get similar loads.
 *
 * Pure: the same base commit and the same prompt files give the same plan, in whatever order the
 * files were given, so every runner can compute it for itself (`run --shard I/K`) or read it from
 * the plan job (`run --plan plan.json`).
 */
import { createHash } from 'node:crypto';
import type { TaskSpec } from './types.js';

export const PLAN_VERSION = 1;
/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SHARDS_LIMIT = 256;
/** Default cap of `--shards auto`. */
export const DEFAULT_MAX_SHARDS = 8;
/** Default tasks per runner at once, as `run --max-parallel`. */
export const DEFAULT_PLAN_MAX_PARALLEL = 4;

export interface PlanOptions {
  /** The commit every shard starts from; recorded in the plan and part of its fingerprint. */
  baseCommit: string;
  /** How many shards, or `auto`: enough that no shard gets more than `maxParallel` tasks. */
  shards: number | 'auto';
  /** Tasks one runner runs at once (only `auto` uses it). Default 4. */
  maxParallel?: number;
  /** Most shards `auto` plans. Default 8; at most 256. */
  maxShards?: number;
}

export interface ShardPlan {
  /** 1-based, as in the matrix. */
  shard: number;
  /** Task ids, sorted. */
  tasks: string[];
  /** Planned load: the number of tasks, or the sum of their estimates in ms. */
  weight: number;
}

export interface PlannedTask {
  id: string;
  file: string;
  shard: number;
  dependsOn: string[];
  estimateMs: number | null;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  baseCommit: string;
  /** `sha256:` of the base commit and every task as parsed (prompt text included). */
  fingerprint: string;
  requestedShards: number | 'auto';
  maxParallel: number;
  maxShards: number;
  /** `estimate` when any task has an `estimate:`, else `count`. */
  balance: 'count' | 'estimate';
  shardCount: number;
  taskCount: number;
  shards: ShardPlan[];
  /** Every task, sorted by id, with the shard it runs in. */
  tasks: PlannedTask[];
  /** Ready for `strategy.matrix`: `{"include":[{"shard":1},…]}`. */
  matrix: { include: { shard: number }[] };
  /** Why the plan differs from what was asked (fewer shards than requested, the max-shards cap). */
  notes: string[];
}

/** Keys sorted at every level, so the same values always give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The fingerprint of a task set on a base commit: equal exactly when both are equal. */
export function planFingerprint(baseCommit: string, tasks: readonly TaskSpec[]): string {
  const hash = createHash('sha256');
  hash.update(`agent-fanout plan v${PLAN_VERSION}\n${baseCommit}\n`);
  for (const task of [...tasks].sort(byId)) hash.update(`${canonicalJson(task)}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * The connected components of the dependency graph (edges taken as undirected), each as a list
 * of ids sorted, the list sorted by its first id.
 */
export function dependencyGroups(tasks: readonly Pick<TaskSpec, 'id' | 'dependsOn'>[]): string[][] {
  const parent = new Map(tasks.map((t) => [t.id, t.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps long chains cheap.
    for (let cur = id; cur !== root; ) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const task of tasks) {
    for (const dep of task.dependsOn) {
      if (!parent.has(dep)) continue;
      const a = find(task.id);
      const b = find(dep);
      // The smaller id becomes the root, so the result does not depend on input order.
      if (a < b) parent.set(b, a);
      else if (b < a) parent.set(a, b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const task of tasks) {
    const root = find(task.id);
    groups.set(root, [...(groups.get(root) ?? []), task.id]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function checkWhole(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`planShards: ${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Splits `tasks` (a validated set: unique ids, known dependencies, no cycle) into shards.
 *
 * - A dependency group never spans shards, so there are never more shards than groups.
 * - `auto`: ⌈tasks / maxParallel⌉ shards, at most `maxShards`.
 * - Balance: groups are placed largest first, each on the shard with the least load so far
 *   (ties: fewer tasks, then the lower shard number). The load is the task count, or — when any
 *   task has an `estimate:` — the sum of estimates, tasks without one counting as the mean of those
 *   given.
 */
export function planShards(tasks: readonly TaskSpec[], options: PlanOptions): Plan {
  if (tasks.length === 0) throw new TypeError('planShards: there are no tasks to plan');
  const maxParallel = options.maxParallel ?? DEFAULT_PLAN_MAX_PARALLEL;
  const maxShards = options.maxShards ?? DEFAULT_MAX_SHARDS;
  checkWhole('maxParallel', maxParallel, 1, 256);
  checkWhole('maxShards', maxShards, 1, MAX_SHARDS_LIMIT);
  if (options.shards !== 'auto') checkWhole('shards', options.shards, 1, MAX_SHARDS_LIMIT);

  const sorted = [...tasks].sort(byId);
  const estimates = sorted.flatMap((t) => (t.estimateMs !== undefined ? [t.estimateMs] : []));
  const balance = estimates.length > 0 ? 'estimate' : 'count';
  const meanEstimate = estimates.length ? estimates.reduce((a, b) => a + b, 0) / estimates.length : 0;
  const weightOf = new Map(sorted.map((t) => [t.id, balance === 'estimate' ? (t.estimateMs ?? meanEstimate) : 1]));

  const groups = dependencyGroups(sorted).map((ids) => ({ ids, weight: ids.reduce((sum, id) => sum + weightOf.get(id)!, 0) }));
  const notes: string[] = [];
  let count: number;
  if (options.shards === 'auto') {
    const wanted = Math.ceil(sorted.length / maxParallel);
    count = Math.min(wanted, maxShards);
    if (wanted > maxShards) {
      notes.push(`auto: ${sorted.length} tasks at ${maxParallel} per runner would need ${wanted} shards; capped at max-shards ${maxShards}`);
    }
  } else {
    count = options.shards;
  }
  if (count > groups.length) {
    notes.push(
      `${count} shards wanted, but the tasks form ${groups.length} dependency group${groups.length === 1 ? '' : 's'} ` +
        `(tasks that depend on each other run on one runner): ${groups.length} shard${groups.length === 1 ? '' : 's'}`,
    );
    count = groups.length;
  }

  const shards = Array.from({ length: count }, (_, i) => ({ shard: i + 1, tasks: [] as string[], weight: 0 }));
  const order = [...groups].sort((a, b) => b.weight - a.weight || b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1));
  for (const group of order) {
    let target = shards[0];
    for (const candidate of shards) {
      if (candidate.weight < target.weight || (candidate.weight === target.weight && candidate.tasks.length < target.tasks.length)) {
        target = candidate;
      }
    }
    target.tasks.push(...group.ids);
    target.weight += group.weight;
  }
  for (const shard of shards) {
    shard.tasks.sort();
    shard.weight = Math.round(shard.weight);
  }
  const shardOf = new Map(shards.flatMap((s) => s.tasks.map((id) => [id, s.shard] as const)));

  return {
    version: PLAN_VERSION,
    baseCommit: options.baseCommit,
    fingerprint: planFingerprint(options.baseCommit, tasks),
    requestedShards: options.shards,
    maxParallel,
    maxShards,
    balance,
    shardCount: count,
    taskCount: sorted.length,
    shards,
    tasks: sorted.map((t) => ({ id: t.id, file: t.file, shard: shardOf.get(t.id)!, dependsOn: [...t.dependsOn].sort(), estimateMs: t.estimateMs ?? null })),
    matrix: { include: shards.map((s) => ({ shard: s.shard })) },
    notes,
  };
}

/** A plan read from a file or an action input that is not one: says which part is wrong. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

/** Parses and checks a plan document (`agent-fanout plan --json`, the action's `plan` output). */
export function parsePlan(text: string, where: string): Plan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PlanError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  const plan = value as Partial<Plan> | null;
  const bad = (what: string) => new PlanError(`${where} is not an agent-fanout plan: ${what}`);
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) throw bad('expected a JSON object');
  if (plan.version !== PLAN_VERSION) throw bad(`version is ${JSON.stringify(plan.version)}, expected ${PLAN_VERSION}`);
  if (typeof plan.baseCommit !== 'string' || !/^[0-9a-f]{7,64}$/.test(plan.baseCommit)) throw bad("'baseCommit' is not a commit id");
  if (typeof plan.fingerprint !== 'string') throw bad("'fingerprint' is missing");
  if (!Array.isArray(plan.shards) || plan.shards.length === 0) throw bad("'shards' is not a non-empty list");
  if (!Array.isArray(plan.tasks)) throw bad("'tasks' is not a list");
  const seen = new Set<string>();
  plan.shards.forEach((s, i) => {
    if (!s || s.shard !== i + 1 || !Array.isArray(s.tasks) || s.tasks.some((t) => typeof t !== 'string')) {
      throw bad(`shard ${i + 1} is malformed (expected {"shard": ${i + 1}, "tasks": [ids]})`);
    }
    for (const id of s.tasks) {
      if (seen.has(id)) throw bad(`task '${id}' is in two shards`);
      seen.add(id);
    }
  });
  for (const t of plan.tasks) {
    if (!t || typeof t.id !== 'string' || typeof t.file !== 'string' || !seen.has(t.id)) throw bad(`task entry ${JSON.stringify(t?.id)} is malformed or in no shard`);
  }
  if (plan.tasks.length !== seen.size) throw bad("'tasks' and 'shards' list different tasks");
  return { ...(plan as Plan), shardCount: plan.shards.length, taskCount: seen.size };
}

/** The ids of shard `index` (1-based); an error naming the plan's shard count when out of range. */
export function shardTaskIds(plan: Plan, index: number): string[] {
  const shard = plan.shards[index - 1];
  if (!Number.isInteger(index) || !shard) {
    throw new PlanError(`shard ${index} is not in the plan: it has shards 1 to ${plan.shards.length}`);
  }
  return shard.tasks;
}

/**
 * Checks that `tasks` (loaded on the runner) and `baseCommit` are what the plan was made from.
 * @throws PlanError naming the tasks that were added, removed or changed since.
 */
export function verifyPlan(plan: Plan, tasks: readonly TaskSpec[], baseCommit: string): void {
  if (baseCommit !== plan.baseCommit) {
    throw new PlanError(`the plan was made for base commit ${plan.baseCommit.slice(0, 12)}, but this run's base is ${baseCommit.slice(0, 12)}`);
  }
  if (planFingerprint(baseCommit, tasks) === plan.fingerprint) return;
  const planned = new Set(plan.tasks.map((t) => t.id));
  const loaded = new Set(tasks.map((t) => t.id));
  const added = [...loaded].filter((id) => !planned.has(id)).sort();
  const removed = [...planned].filter((id) => !loaded.has(id)).sort();
  const parts = [
    ...(added.length ? [`not in the plan: ${added.join(', ')}`] : []),
    ...(removed.length ? [`in the plan but not loaded: ${removed.join(', ')}`] : []),
  ];
  throw new PlanError(
    `the prompt files differ from those the plan was made from (${parts.length ? parts.join('; ') : 'a prompt file changed'}); make the plan again`,
  );
}
