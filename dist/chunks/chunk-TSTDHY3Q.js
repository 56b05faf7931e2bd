import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/tasks/plan.ts
import { createHash } from "node:crypto";
var PLAN_VERSION = 1, MAX_SHARDS_LIMIT = 256, DEFAULT_MAX_SHARDS = 8, DEFAULT_PLAN_MAX_PARALLEL = 4;
function canonicalJson(value) {
  return Array.isArray(value) ? `[${value.map(canonicalJson).join(",")}]` : value !== null && typeof value == "object" ? `{${Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}` : JSON.stringify(value);
}
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function planFingerprint(baseCommit, tasks) {
  let hash = createHash("sha256");
  hash.update(`agent-fanout plan v${PLAN_VERSION}
${baseCommit}
`);
  for (let task of [...tasks].sort(byId)) hash.update(`${canonicalJson(task)}
`);
  return `sha256:${hash.digest("hex")}`;
}
function dependencyGroups(tasks) {
  let parent = new Map(tasks.map((t) => [t.id, t.id])), find = (id) => {
    let root = id;
    for (; parent.get(root) !== root; ) root = parent.get(root);
    for (let cur = id; cur !== root; ) {
      let next = parent.get(cur);
      parent.set(cur, root), cur = next;
    }
    return root;
  };
  for (let task of tasks)
    for (let dep of task.dependsOn) {
      if (!parent.has(dep)) continue;
      let a = find(task.id), b = find(dep);
      a < b ? parent.set(b, a) : b < a && parent.set(a, b);
    }
  let groups = /* @__PURE__ */ new Map();
  for (let task of tasks) {
    let root = find(task.id);
    groups.set(root, [...groups.get(root) ?? [], task.id]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0] < b[0] ? -1 : 1);
}
function checkWhole(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new TypeError(`planShards: ${name} must be a whole number from ${min} to ${max}, got ${value}`);
}
function planShards(tasks, options) {
  if (tasks.length === 0) throw new TypeError("planShards: there are no tasks to plan");
  let maxParallel = options.maxParallel ?? DEFAULT_PLAN_MAX_PARALLEL, maxShards = options.maxShards ?? DEFAULT_MAX_SHARDS;
  checkWhole("maxParallel", maxParallel, 1, 256), checkWhole("maxShards", maxShards, 1, MAX_SHARDS_LIMIT), options.shards !== "auto" && checkWhole("shards", options.shards, 1, MAX_SHARDS_LIMIT);
  let sorted = [...tasks].sort(byId), estimates = sorted.flatMap((t) => t.estimateMs !== void 0 ? [t.estimateMs] : []), balance = estimates.length > 0 ? "estimate" : "count", meanEstimate = estimates.length ? estimates.reduce((a, b) => a + b, 0) / estimates.length : 0, weightOf = new Map(sorted.map((t) => [t.id, balance === "estimate" ? t.estimateMs ?? meanEstimate : 1])), groups = dependencyGroups(sorted).map((ids) => ({ ids, weight: ids.reduce((sum, id) => sum + weightOf.get(id), 0) })), notes = [], count;
  if (options.shards === "auto") {
    let wanted = Math.ceil(sorted.length / maxParallel);
    count = Math.min(wanted, maxShards), wanted > maxShards && notes.push(`auto: ${sorted.length} tasks at ${maxParallel} per runner would need ${wanted} shards; capped at max-shards ${maxShards}`);
  } else
    count = options.shards;
  count > groups.length && (notes.push(
    `${count} shards wanted, but the tasks form ${groups.length} dependency group${groups.length === 1 ? "" : "s"} (tasks that depend on each other run on one runner): ${groups.length} shard${groups.length === 1 ? "" : "s"}`
  ), count = groups.length);
  let shards = Array.from({ length: count }, (_, i) => ({ shard: i + 1, tasks: [], weight: 0 })), order = [...groups].sort((a, b) => b.weight - a.weight || b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1));
  for (let group of order) {
    let target = shards[0];
    for (let candidate of shards)
      (candidate.weight < target.weight || candidate.weight === target.weight && candidate.tasks.length < target.tasks.length) && (target = candidate);
    target.tasks.push(...group.ids), target.weight += group.weight;
  }
  for (let shard of shards)
    shard.tasks.sort(), shard.weight = Math.round(shard.weight);
  let shardOf = new Map(shards.flatMap((s) => s.tasks.map((id) => [id, s.shard])));
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
    tasks: sorted.map((t) => ({ id: t.id, file: t.file, shard: shardOf.get(t.id), dependsOn: [...t.dependsOn].sort(), estimateMs: t.estimateMs ?? null })),
    matrix: { include: shards.map((s) => ({ shard: s.shard })) },
    notes
  };
}
var PlanError = class extends Error {
  constructor(message) {
    super(message), this.name = "PlanError";
  }
};
function parsePlan(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PlanError(`${where} is not valid JSON: ${error.message}`);
  }
  let plan = value, bad = (what) => new PlanError(`${where} is not an agent-fanout plan: ${what}`);
  if (!plan || typeof plan != "object" || Array.isArray(plan)) throw bad("expected a JSON object");
  if (plan.version !== PLAN_VERSION) throw bad(`version is ${JSON.stringify(plan.version)}, expected ${PLAN_VERSION}`);
  if (typeof plan.baseCommit != "string" || !/^[0-9a-f]{7,64}$/.test(plan.baseCommit)) throw bad("'baseCommit' is not a commit id");
  if (typeof plan.fingerprint != "string") throw bad("'fingerprint' is missing");
  if (!Array.isArray(plan.shards) || plan.shards.length === 0) throw bad("'shards' is not a non-empty list");
  if (!Array.isArray(plan.tasks)) throw bad("'tasks' is not a list");
  let seen = /* @__PURE__ */ new Set();
  plan.shards.forEach((s, i) => {
    if (!s || s.shard !== i + 1 || !Array.isArray(s.tasks) || s.tasks.some((t) => typeof t != "string"))
      throw bad(`shard ${i + 1} is malformed (expected {"shard": ${i + 1}, "tasks": [ids]})`);
    for (let id of s.tasks) {
      if (seen.has(id)) throw bad(`task '${id}' is in two shards`);
      seen.add(id);
    }
  });
  for (let t of plan.tasks)
    if (!t || typeof t.id != "string" || typeof t.file != "string" || !seen.has(t.id)) throw bad(`task entry ${JSON.stringify(t?.id)} is malformed or in no shard`);
  if (plan.tasks.length !== seen.size) throw bad("'tasks' and 'shards' list different tasks");
  return { ...plan, shardCount: plan.shards.length, taskCount: seen.size };
}
function shardTaskIds(plan, index) {
  let shard = plan.shards[index - 1];
  if (!Number.isInteger(index) || !shard)
    throw new PlanError(`shard ${index} is not in the plan: it has shards 1 to ${plan.shards.length}`);
  return shard.tasks;
}
function verifyPlan(plan, tasks, baseCommit) {
  if (baseCommit !== plan.baseCommit)
    throw new PlanError(`the plan was made for base commit ${plan.baseCommit.slice(0, 12)}, but this run's base is ${baseCommit.slice(0, 12)}`);
  if (planFingerprint(baseCommit, tasks) === plan.fingerprint) return;
  let planned = new Set(plan.tasks.map((t) => t.id)), loaded = new Set(tasks.map((t) => t.id)), added = [...loaded].filter((id) => !planned.has(id)).sort(), removed = [...planned].filter((id) => !loaded.has(id)).sort(), parts = [
    ...added.length ? [`not in the plan: ${added.join(", ")}`] : [],
    ...removed.length ? [`in the plan but not loaded: ${removed.join(", ")}`] : []
  ];
  throw new PlanError(
    `the prompt files differ from those the plan was made from (${parts.length ? parts.join("; ") : "a prompt file changed"}); make the plan again`
  );
}

export {
  DEFAULT_PLAN_MAX_PARALLEL,
  planShards,
  PlanError,
  parsePlan,
  shardTaskIds,
  verifyPlan
};
//# sourceMappingURL=chunk-TSTDHY3Q.js.map
