/** `agent-fanout run`: flags from the options table → a checked RunConfig → the engine → reports. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultConfig, type RunConfig } from '../core/config.js';
import { consoleLogger } from '../core/logger.js';
import { checkNetworkOptions, checkTaskCheckoutOptions, CLI_OPTIONS, ConfigError, findOption, parseOption, renderCliUsage } from '../core/options.js';
import { unreadableCaBundleReason, unwritableDirReason, unwritableFileReason } from '../core/paths.js';
import { Git } from '../git/git.js';
import { PromptError } from '../tasks/types.js';

export const RUN_USAGE = `run options:\n${renderCliUsage()}\n`;

/** `parseArgs` options for `run`, from the table. */
export const RUN_PARSE_OPTIONS: ParseArgsConfig['options'] = {
  ...Object.fromEntries(
    CLI_OPTIONS.map((o) => [o.name, o.kind === 'switch' ? { type: 'boolean' as const } : { type: 'string' as const, multiple: o.kind === 'repeatable' }]),
  ),
  help: { type: 'boolean', short: 'h' },
};

/** Raw flag values as `parseArgs` returns them: strings, string lists, booleans. */
export type RunFlags = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * `--max-parallel -1` would make parseArgs complain that the option's argument is ambiguous; a value
 * option's next argument is its value, whatever it looks like, so the pair is joined first and the
 * value gets the option's own message.
 */
export function joinValueArgs(args: string[]): string[] {
  const valued = new Set(CLI_OPTIONS.filter((o) => o.kind !== 'switch').map((o) => `--${o.name}`));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (valued.has(arg) && i + 1 < args.length && args[i + 1]!.startsWith('-')) {
      out.push(`${arg}=${args[i + 1]}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseRunArgs(args: string[]): { values: RunFlags; positionals: string[] } {
  const { values, positionals } = parseArgs({ args: joinValueArgs(args), options: RUN_PARSE_OPTIONS, allowPositionals: true, strict: true });
  return { values, positionals };
}

const label = (name: string) => `option '--${name}'`;

function texts(value: RunFlags[string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Turns parsed `run` flags into a RunConfig; every bad value is a ConfigError naming the flag. */
export async function configFromOptions(values: RunFlags, env: NodeJS.ProcessEnv = process.env): Promise<RunConfig> {
  const repoText = typeof values.repo === 'string' ? values.repo : '.';
  const git = await Git.create(path.resolve(repoText)).catch(() => {
    throw new ConfigError(`Invalid value '${repoText}' for ${label('repo')}. Expected a directory inside a git repository.`);
  });
  const config = defaultConfig(git.topLevel, env);
  for (const spec of CLI_OPTIONS) {
    if (!spec.apply) continue;
    for (const text of texts(values[spec.name])) {
      spec.apply(config, spec.kind === 'switch' ? text === 'true' : parseOption(spec, text, label(spec.name)));
    }
  }
  if (typeof values['state-dir'] === 'string') config.stateDir = path.resolve(parseOption(findOption('state-dir'), values['state-dir'], label('state-dir')) as string);
  config.caCertFile = typeof values['ca-cert'] === 'string' ? values['ca-cert'] : env.NODE_EXTRA_CA_CERTS;
  checkNetworkOptions(config, { network: label('network'), execution: label('execution'), allowHosts: label('allow-hosts') });
  checkTaskCheckoutOptions(config, { taskCheckout: label('task-checkout'), keepWorktrees: label('keep-worktrees') });
  if (config.agent === 'command' && !config.agentCommand) {
    throw new ConfigError("option '--agent command' needs '--agent-command', a template like \"my-agent --prompt-file {prompt_file}\".");
  }
  await checkBase(git, config.baseRef);
  await checkPaths(values, config, env);
  return config;
}

/** The base must name a commit: a typo, or a repository without commits, is bad configuration. */
async function checkBase(git: Git, baseRef: string): Promise<void> {
  if (await git.tryRevParse(`${baseRef}^{commit}`)) return;
  const why = (await git.tryRevParse('HEAD^{commit}'))
    ? `no branch, tag or commit of that name in ${git.topLevel}`
    : `the repository ${git.topLevel} has no commits yet, so there is nothing to start task branches from`;
  throw new ConfigError(`Invalid value '${baseRef}' for ${label('base')}: ${why}. Expected a branch, tag or commit of the repository, like main or HEAD~1.`);
}

/**
 * Every path the run reads or writes, checked before it starts: the CA bundle is read, the state
 * directory and the report files can be written.
 */
async function checkPaths(values: RunFlags, config: RunConfig, env: NodeJS.ProcessEnv): Promise<void> {
  const fail = (source: string, value: string, why: string, expected: string) => {
    throw new ConfigError(`Invalid value '${value}' for ${source}: ${why}. Expected ${expected}.`);
  };
  if (typeof values['ca-cert'] === 'string') {
    const why = await unreadableCaBundleReason(values['ca-cert']);
    if (why) fail(label('ca-cert'), values['ca-cert'], why, 'a readable PEM file of CA certificates');
  }
  const stateSource =
    typeof values['state-dir'] === 'string' ? label('state-dir') : env.AGENT_FANOUT_HOME ? 'AGENT_FANOUT_HOME' : "the state directory (default; set it with '--state-dir')";
  const stateWhy = await unwritableDirReason(config.stateDir);
  if (stateWhy) fail(stateSource, config.stateDir, stateWhy, 'a directory this user can write (run directories and journals go there)');
  for (const name of ['json', 'summary'] as const) {
    const file = values[name];
    if (typeof file !== 'string') continue;
    const why = await unwritableFileReason(file);
    if (why) fail(label(name), file, why, 'a file path this user can write');
  }
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseRunArgs(args);
  if (values.help) {
    process.stdout.write(`usage: agent-fanout run [files/dirs/globs...] [options]\n\n${RUN_USAGE}`);
    return 0;
  }
  const logger = consoleLogger(values.verbose === true);
  // Each command loads its own modules: `dashboard` must stay small, and `--help` fast. The run's
  // modules load while git checks the options.
  const modules = Promise.all([
    import('../run/engine.js'),
    import('./progress.js'),
    import('../report/index.js'),
    import('../tasks/load.js'),
    import('../tasks/source.js'),
    import('./plan.js'),
    import('../agents/index.js'),
  ]);
  // Bad options are the error to show, whatever became of the modules.
  modules.catch(() => undefined);
  const config = await configFromOptions(values);
  const issue = typeof values.issue === 'string' ? (parseOption(findOption('issue'), values.issue, label('issue')) as number) : null;
  const [{ runFanout }, { ProgressReporter }, { renderSummaryMarkdown, renderSummaryText }, { expandPromptArgs, loadTasks }, { fsPromptSource }, shards, { getAgent }] =
    await modules;
  const source = fsPromptSource(config.repo);
  const planFile = typeof values.plan === 'string' ? values.plan : undefined;
  const plan = planFile !== undefined ? await shards.readPlanFile(planFile) : undefined;
  const inputs = positionals.length ? positionals : (plan?.tasks.map((t) => t.file) ?? ['prompts']);
  const files = await expandPromptArgs(config.repo, inputs, source, positionals.length ? process.cwd() : config.repo);
  if (files.length === 0) {
    throw new ConfigError(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(', ')}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
  }
  const loaded = await loadTasks(config.repo, files, source, logger);
  const shard = await shards.selectShard({
    shard: typeof values.shard === 'string' ? values.shard : undefined,
    planFile,
    plan,
    tasks: loaded,
    repo: config.repo,
    // A plan fixes the base: every runner starts from the same commit, wherever its checkout is.
    baseRef: plan && values.base === undefined ? plan.baseCommit : config.baseRef,
  });
  if (shard) {
    config.baseRef = shard.baseCommit;
    process.stdout.write(`shard ${shard.info.index} of ${shard.info.count}: ${shard.tasks.map((t) => t.id).join(', ') || 'no tasks'}\n`);
    if (shard.tasks.length === 0) {
      process.stdout.write(`nothing to run: the tasks form ${shard.plan.shardCount} dependency group(s), so shards after ${shard.plan.shardCount} are empty\n`);
      return 0;
    }
  }
  const tasks = shard?.tasks ?? loaded;
  // A task its agent cannot run (a script prompt without a script) is bad input, found before the run.
  for (const task of tasks) {
    const problem = getAgent(task.agent ?? config.agent).check?.(task);
    if (problem) throw new PromptError(task.file, undefined, problem);
  }

  const progress = new ProgressReporter({ out: process.stdout, showOutput: values.quiet !== true });
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      process.stderr.write(`agent-fanout: ${signal} again, exiting without cleanup\n`);
      process.exit(130);
    }
    process.stderr.write(`agent-fanout: ${signal}: cancelling the run and cleaning up (again to exit at once)\n`);
    controller.abort(new Error(`received ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await runFanout({
      config,
      tasks,
      logger,
      issue,
      signal: controller.signal,
      onEvent: (event) => progress.handle(event),
    });
    progress.stop();
    process.stdout.write('\n' + renderSummaryText(result) + '\n');
    if (typeof values.json === 'string') await writeReport(values.json, JSON.stringify(shard ? { ...result, shard: shard.info } : result, null, 2) + '\n', path.join(result.run.runDir, 'results.json'));
    if (typeof values.summary === 'string') await writeReport(values.summary, renderSummaryMarkdown(result), path.join(result.run.runDir, 'summary.md'));
    if (controller.signal.aborted) return 130;
    return result.tasks.every((t) => t.status === 'succeeded') ? 0 : 1;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function writeFileMkdir(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, text);
}

/**
 * Writes a report the user asked for. Checked writable before the run, the file can still fail at
 * the end (a full disk): the results are never lost then — they go to the run directory, or, when
 * that fails too, to standard output, and standard error says where.
 */
async function writeReport(file: string, text: string, fallback: string): Promise<void> {
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let first: unknown;
  try {
    await writeFileMkdir(file, text);
    return;
  } catch (error) {
    first = error;
  }
  try {
    await fs.writeFile(fallback, text);
    process.stderr.write(`agent-fanout: error: writing ${file} failed (${message(first)}); written to ${fallback} instead\n`);
  } catch (error) {
    process.stderr.write(`agent-fanout: error: writing ${file} failed (${message(first)}), and so did ${fallback} (${message(error)}); here it is on standard output\n`);
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
