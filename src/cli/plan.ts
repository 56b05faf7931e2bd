/**
 * `agent-fanout plan` and the `run --shard I/K | --plan FILE` selection: which of the run's tasks
 * this runner runs. The planning itself is the pure planner in tasks/plan.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Git } from '../git/git.js';
import type { Logger } from '../core/logger.js';
import type { ShardInfo } from '../core/model.js';
import { ConfigError, parseOption, shardValue, shardsValue, wholeNumber, type OptionSpec } from '../core/options.js';
import { expandPromptArgs, loadTasks } from '../tasks/load.js';
import { parsePlan, planShards, PlanError, shardTaskIds, verifyPlan, type Plan } from '../tasks/plan.js';
import { fsPromptSource } from '../tasks/source.js';
import type { TaskSpec } from '../tasks/types.js';

export const PLAN_USAGE = `usage: agent-fanout plan [files/dirs/globs...] --shards K|auto [options]

Splits the prompt files' tasks into K shards, one per runner: tasks that depend on each other stay
in one shard; shards are balanced by task count, or by front matter 'estimate:' when tasks give one.
The same base commit and prompt files always give the same plan.

options:
  --shards K|auto     number of shards; auto: enough that no shard gets more than --max-parallel tasks
  --max-parallel N    tasks one runner runs at once (default 4; used by auto)
  --max-shards N      most shards auto plans (default 8, at most 256)
  --repo DIR          git repository (default: the current directory's)
  --base REF          the commit every shard starts from (default HEAD)
  --json FILE         write the plan (- for stdout); it carries the GitHub matrix {"include":[{"shard":1},…]}
`;

const PLAN_OPTIONS = {
  shards: { type: 'string' },
  'max-parallel': { type: 'string' },
  'max-shards': { type: 'string' },
  repo: { type: 'string' },
  base: { type: 'string' },
  json: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The tasks of `args` (default `prompts/`), read from the working tree of `repo`, as `run` reads them. */
async function loadCliTasks(repo: string, args: string[], logger: Logger): Promise<TaskSpec[]> {
  const source = fsPromptSource(repo);
  const inputs = args.length ? args : ['prompts'];
  const files = await expandPromptArgs(repo, inputs, source, args.length ? process.cwd() : repo);
  if (files.length === 0) {
    throw new ConfigError(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(', ')}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
  }
  return loadTasks(repo, files, source, logger);
}

async function resolveCommit(git: Git, ref: string, option: string): Promise<string> {
  try {
    return await git.revParse(`${ref}^{commit}`);
  } catch {
    throw new ConfigError(`Invalid value '${ref}' for option '${option}'. Expected a branch, tag or commit of ${git.topLevel}.`);
  }
}

/** Human lines about a plan: one per shard, then its notes. */
export function describePlan(plan: Plan): string {
  const lines = [
    `plan: ${plan.taskCount} task${plan.taskCount === 1 ? '' : 's'} in ${plan.shardCount} shard${plan.shardCount === 1 ? '' : 's'} ` +
      `(balanced by ${plan.balance === 'estimate' ? 'estimate' : 'task count'}), base ${plan.baseCommit.slice(0, 12)}`,
    ...plan.shards.map((s) => `  shard ${s.shard}: ${s.tasks.join(', ')} (${s.tasks.length} task${s.tasks.length === 1 ? '' : 's'})`),
    ...plan.notes.map((n) => `  note: ${n}`),
  ];
  return lines.join('\n') + '\n';
}

/** A flag of `plan` alone, parsed like the table's options (same messages). */
function flag<T>(name: string, parse: (text: string) => T): OptionSpec<T> {
  return { name, kind: 'value', default: '', description: name, scopes: { cli: true }, parse };
}

export async function planCommand(args: string[], logger: Logger): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: PLAN_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(PLAN_USAGE);
    return 0;
  }
  if (values.shards === undefined) throw new ConfigError("option '--shards' is missing. Expected a number of shards like 3, or auto.");
  const shards = parseOption(flag('shards', shardsValue), values.shards, "option '--shards'");
  const maxParallel = values['max-parallel'] === undefined ? undefined : parseOption(flag('max-parallel', wholeNumber(1, 256)), values['max-parallel'], "option '--max-parallel'");
  const maxShards = values['max-shards'] === undefined ? undefined : parseOption(flag('max-shards', wholeNumber(1, 256)), values['max-shards'], "option '--max-shards'");
  const repoDir = path.resolve(values.repo ?? '.');
  const git = await Git.create(repoDir).catch(() => {
    throw new ConfigError(`Invalid value '${values.repo ?? '.'}' for option '--repo'. Expected a directory inside a git repository.`);
  });
  const baseCommit = await resolveCommit(git, values.base ?? 'HEAD', '--base');
  const tasks = await loadCliTasks(git.topLevel, positionals, logger);
  const plan = planShards(tasks, { baseCommit, shards, maxParallel, maxShards });
  const json = JSON.stringify(plan, null, 2) + '\n';
  if (values.json === '-') {
    process.stderr.write(describePlan(plan));
    process.stdout.write(json);
  } else {
    process.stdout.write(describePlan(plan));
    process.stdout.write(`matrix: ${JSON.stringify(plan.matrix)}\n`);
    if (values.json) {
      await fs.mkdir(path.dirname(path.resolve(values.json)), { recursive: true });
      await fs.writeFile(values.json, json);
    }
  }
  return 0;
}

/** Reads `--plan FILE`; every problem is a ConfigError naming the option and the file. */
export async function readPlanFile(file: string): Promise<Plan> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid value '${file}' for option '--plan'. Expected a plan file from 'agent-fanout plan --json': ${(error as Error).message}`);
  }
  try {
    return parsePlan(text, `option '--plan' (${file})`);
  } catch (error) {
    if (error instanceof PlanError) throw new ConfigError(error.message);
    throw error;
  }
}

export interface ShardSelection {
  /** The shard's tasks, in the order they were loaded; empty when the plan has no such shard. */
  tasks: TaskSpec[];
  /** The commit the shard starts from: the plan's. */
  baseCommit: string;
  info: ShardInfo;
  plan: Plan;
}

/**
 * The tasks this runner runs: shard I of the plan in `planFile`, or of the plan computed here from
 * all `tasks` and the base (`--shard I/K`). Checks that the plan matches what was loaded.
 */
export async function selectShard(options: {
  shard: string | undefined;
  planFile: string | undefined;
  plan?: Plan;
  tasks: TaskSpec[];
  repo: string;
  baseRef: string;
  env?: NodeJS.ProcessEnv;
}): Promise<ShardSelection | null> {
  const { tasks } = options;
  if (options.shard === undefined) {
    if (options.planFile !== undefined) throw new ConfigError("option '--plan' needs '--shard I': the shard of the plan this runner runs.");
    return null;
  }
  const { index, count } = parseOption(flag('shard', shardValue), options.shard, "option '--shard'");
  const git = await Git.create(options.repo);
  const baseCommit = await resolveCommit(git, options.baseRef, '--base');
  let plan: Plan;
  if (options.plan) {
    plan = options.plan;
    if (count !== null && count !== plan.shardCount) {
      throw new ConfigError(`Invalid value '${options.shard}' for option '--shard'. The plan has ${plan.shardCount} shards, not ${count}.`);
    }
    try {
      verifyPlan(plan, tasks, baseCommit);
    } catch (error) {
      if (error instanceof PlanError) throw new ConfigError(`option '--plan': ${error.message}`);
      throw error;
    }
  } else {
    if (count === null) throw new ConfigError(`Invalid value '${options.shard}' for option '--shard'. Expected I/K, like 2/3, without '--plan'.`);
    plan = planShards(tasks, { baseCommit, shards: count });
  }
  const env = options.env ?? process.env;
  const info: ShardInfo = {
    index,
    count: plan.shardCount,
    tasks: [],
    planFingerprint: plan.fingerprint,
    runner: env.RUNNER_NAME || os.hostname(),
  };
  if (index > plan.shardCount && !options.plan) {
    // `--shard 3/3` when the tasks form only two dependency groups: a fixed matrix still works.
    return { tasks: [], baseCommit, info, plan };
  }
  let ids: Set<string>;
  try {
    ids = new Set(shardTaskIds(plan, index));
  } catch (error) {
    if (error instanceof PlanError) throw new ConfigError(`Invalid value '${options.shard}' for option '--shard': ${error.message}.`);
    throw error;
  }
  info.tasks = [...ids].sort();
  return { tasks: tasks.filter((t) => ids.has(t.id)), baseCommit, info, plan };
}
