import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PlanError,
  parsePlan,
  planShards,
  shardTaskIds,
  verifyPlan
} from "./chunk-TSTDHY3Q.js";
import {
  fsPromptSource
} from "./chunk-YL3HFUAF.js";
import {
  Git
} from "./chunk-RFCGYHN4.js";
import {
  expandPromptArgs,
  loadTasks
} from "./chunk-THFK3VXE.js";
import {
  ConfigError,
  parseOption,
  shardValue,
  shardsValue,
  wholeNumber
} from "./chunk-PJ6ARTJA.js";

// src/cli/plan.ts
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var PLAN_USAGE = `usage: agent-fanout plan [files/dirs/globs...] --shards K|auto [options]

Splits the prompt files' tasks into K shards, one per runner: tasks that depend on each other stay
in one shard; shards are balanced by task count, or by front matter 'estimate:' when tasks give one.
The same base commit and prompt files always give the same plan.

options:
  --shards K|auto     number of shards; auto: enough that no shard gets more than --max-parallel tasks
  --max-parallel N    tasks one runner runs at once (default 4; used by auto)
  --max-shards N      most shards auto plans (default 8, at most 256)
  --repo DIR          git repository (default: the current directory's)
  --base REF          the commit every shard starts from (default HEAD)
  --json FILE         write the plan (- for stdout); it carries the GitHub matrix {"include":[{"shard":1},\u2026]}
`, PLAN_OPTIONS = {
  shards: { type: "string" },
  "max-parallel": { type: "string" },
  "max-shards": { type: "string" },
  repo: { type: "string" },
  base: { type: "string" },
  json: { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function loadCliTasks(repo, args, logger) {
  let source = fsPromptSource(repo), inputs = args.length ? args : ["prompts"], files = await expandPromptArgs(repo, inputs, source, args.length ? process.cwd() : repo);
  if (files.length === 0)
    throw new ConfigError(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(", ")}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
  return loadTasks(repo, files, source, logger);
}
async function resolveCommit(git, ref, option) {
  try {
    return await git.revParse(`${ref}^{commit}`);
  } catch {
    throw new ConfigError(`Invalid value '${ref}' for option '${option}'. Expected a branch, tag or commit of ${git.topLevel}.`);
  }
}
function describePlan(plan) {
  return [
    `plan: ${plan.taskCount} task${plan.taskCount === 1 ? "" : "s"} in ${plan.shardCount} shard${plan.shardCount === 1 ? "" : "s"} (balanced by ${plan.balance === "estimate" ? "estimate" : "task count"}), base ${plan.baseCommit.slice(0, 12)}`,
    ...plan.shards.map((s) => `  shard ${s.shard}: ${s.tasks.join(", ")} (${s.tasks.length} task${s.tasks.length === 1 ? "" : "s"})`),
    ...plan.notes.map((n) => `  note: ${n}`)
  ].join(`
`) + `
`;
}
function flag(name, parse) {
  return { name, kind: "value", default: "", description: name, scopes: { cli: !0 }, parse };
}
async function planCommand(args, logger) {
  let { values, positionals } = parseArgs({ args, options: PLAN_OPTIONS, allowPositionals: !0, strict: !0 });
  if (values.help)
    return process.stdout.write(PLAN_USAGE), 0;
  if (values.shards === void 0) throw new ConfigError("option '--shards' is missing. Expected a number of shards like 3, or auto.");
  let shards = parseOption(flag("shards", shardsValue), values.shards, "option '--shards'"), maxParallel = values["max-parallel"] === void 0 ? void 0 : parseOption(flag("max-parallel", wholeNumber(1, 256)), values["max-parallel"], "option '--max-parallel'"), maxShards = values["max-shards"] === void 0 ? void 0 : parseOption(flag("max-shards", wholeNumber(1, 256)), values["max-shards"], "option '--max-shards'"), repoDir = path.resolve(values.repo ?? "."), git = await Git.create(repoDir).catch(() => {
    throw new ConfigError(`Invalid value '${values.repo ?? "."}' for option '--repo'. Expected a directory inside a git repository.`);
  }), baseCommit = await resolveCommit(git, values.base ?? "HEAD", "--base"), tasks = await loadCliTasks(git.topLevel, positionals, logger), plan = planShards(tasks, { baseCommit, shards, maxParallel, maxShards }), json = JSON.stringify(plan, null, 2) + `
`;
  return values.json === "-" ? (process.stderr.write(describePlan(plan)), process.stdout.write(json)) : (process.stdout.write(describePlan(plan)), process.stdout.write(`matrix: ${JSON.stringify(plan.matrix)}
`), values.json && (await fs.mkdir(path.dirname(path.resolve(values.json)), { recursive: !0 }), await fs.writeFile(values.json, json))), 0;
}
async function readPlanFile(file) {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Invalid value '${file}' for option '--plan'. Expected a plan file from 'agent-fanout plan --json': ${error.message}`);
  }
  try {
    return parsePlan(text, `option '--plan' (${file})`);
  } catch (error) {
    throw error instanceof PlanError ? new ConfigError(error.message) : error;
  }
}
async function selectShard(options) {
  let { tasks } = options;
  if (options.shard === void 0) {
    if (options.planFile !== void 0) throw new ConfigError("option '--plan' needs '--shard I': the shard of the plan this runner runs.");
    return null;
  }
  let { index, count } = parseOption(flag("shard", shardValue), options.shard, "option '--shard'"), git = await Git.create(options.repo), baseCommit = await resolveCommit(git, options.baseRef, "--base"), plan;
  if (options.plan) {
    if (plan = options.plan, count !== null && count !== plan.shardCount)
      throw new ConfigError(`Invalid value '${options.shard}' for option '--shard'. The plan has ${plan.shardCount} shards, not ${count}.`);
    try {
      verifyPlan(plan, tasks, baseCommit);
    } catch (error) {
      throw error instanceof PlanError ? new ConfigError(`option '--plan': ${error.message}`) : error;
    }
  } else {
    if (count === null) throw new ConfigError(`Invalid value '${options.shard}' for option '--shard'. Expected I/K, like 2/3, without '--plan'.`);
    plan = planShards(tasks, { baseCommit, shards: count });
  }
  let env = options.env ?? process.env, info = {
    index,
    count: plan.shardCount,
    tasks: [],
    planFingerprint: plan.fingerprint,
    runner: env.RUNNER_NAME || os.hostname()
  };
  if (index > plan.shardCount && !options.plan)
    return { tasks: [], baseCommit, info, plan };
  let ids;
  try {
    ids = new Set(shardTaskIds(plan, index));
  } catch (error) {
    throw error instanceof PlanError ? new ConfigError(`Invalid value '${options.shard}' for option '--shard': ${error.message}.`) : error;
  }
  return info.tasks = [...ids].sort(), { tasks: tasks.filter((t) => ids.has(t.id)), baseCommit, info, plan };
}

export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=chunk-FCJUW32G.js.map
