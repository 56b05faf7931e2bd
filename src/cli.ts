#!/usr/bin/env node
/** The runner-side CLI: `agent-fanout run | doctor | gc | image build | dashboard`. */
import './shim.js';
import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultConfig, DEFAULT_BASE_IMAGE, DEFAULT_IMAGE, type RunConfig } from './config.js';
import { Git } from './git/git.js';
import { consoleLogger, type Logger } from './logger.js';
import {
  ConfigError,
  parseAgentOption,
  parseBranchPrefixOption,
  parseEnvNamesOption,
  parseExecutionOption,
  parseMaxParallelOption,
  parseMemoryOption,
  parseNetworkOption,
  parsePositiveIntegerOption,
  parsePositiveNumberOption,
  parseSizeOption,
  parseTimeoutOption,
  parseUserOption,
} from './options.js';
import { PromptError } from './tasks/types.js';

const USAGE = `usage: agent-fanout <command> [options]

commands:
  run [files/dirs/globs...]  fan prompt files out to agents in parallel containers (default: prompts/)
  doctor                     check git, Docker, the image, the agent CLI and the host
  gc [--dry-run]             remove containers and worktrees left by earlier runs
  image build                build the agent image
  dashboard                  serve the live dashboard (--host, --port, --token)

run options:
  --repo DIR            git repository (default: the current directory's)
  --base REF            ref the task branches start from (default HEAD)
  --branch-prefix P     branch prefix (default fanout)
  --issue N             issue the run belongs to (branches fanout/<N>/<task>)
  --agent KIND          claude | command | script (default claude)
  --agent-command T     command template for the command agent ({prompt_file}, {prompt})
  --claude-arg ARG      extra flag for claude (repeatable)
  --execution MODE      auto | docker | subprocess (default auto)
  --image IMAGE         agent image (default ${DEFAULT_IMAGE})
  --max-parallel N      tasks at once, or auto (default 4)
  --cpus N              CPUs per task (default 1)
  --memory SIZE         memory per task, e.g. 512m, 4g (default 2g)
  --pids-limit N        processes per task (default 512)
  --timeout DURATION    per-task timeout, e.g. 90s, 30m, 2h (default 30m)
  --network MODE        bridge | none | a network name (default bridge)
  --env NAMES           host variables passed to agents (comma-separated, repeatable)
  --max-turns N         claude --max-turns (default 50)
  --user UID:GID        uid:gid agents run as (default: this process's; as root: the repository
                        owner's, or 1000:1000 when that is root too)
  --max-result-size S   most bytes a task's result may add, e.g. 100m (default 100m)
  --max-result-files N  most files a task's result may add or change (default 10000)
  --max-file-size S     largest file a task's result may add (default 50m)
  --state-dir DIR       run directories and journals (default ~/.agent-fanout, or $AGENT_FANOUT_HOME)
  --ca-cert FILE        extra CA bundle for agents and image builds (default $NODE_EXTRA_CA_CERTS)
  --fail-fast           cancel tasks not yet started once one fails
  --keep-worktrees      keep the worktrees after the run (branches are always kept)
  --json FILE           write the results JSON
  --summary FILE        write the Markdown summary
  --quiet               no task output on the console

exit status: 0 all tasks succeeded, 1 a task did not, 2 bad usage or configuration
`;

const RUN_OPTIONS = {
  repo: { type: 'string' },
  base: { type: 'string' },
  'branch-prefix': { type: 'string' },
  issue: { type: 'string' },
  agent: { type: 'string' },
  'agent-command': { type: 'string' },
  'claude-arg': { type: 'string', multiple: true },
  execution: { type: 'string' },
  image: { type: 'string' },
  'max-parallel': { type: 'string' },
  cpus: { type: 'string' },
  memory: { type: 'string' },
  'pids-limit': { type: 'string' },
  timeout: { type: 'string' },
  network: { type: 'string' },
  env: { type: 'string', multiple: true },
  'max-turns': { type: 'string' },
  user: { type: 'string' },
  'state-dir': { type: 'string' },
  'ca-cert': { type: 'string' },
  'max-result-size': { type: 'string' },
  'max-result-files': { type: 'string' },
  'max-file-size': { type: 'string' },
  'fail-fast': { type: 'boolean' },
  'keep-worktrees': { type: 'boolean' },
  json: { type: 'string' },
  summary: { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type RunValues = ReturnType<typeof parseArgs<{ options: typeof RUN_OPTIONS; allowPositionals: true }>>['values'];

/** Turns parsed `run` options into a RunConfig; every bad value is a ConfigError naming the option. */
export async function configFromOptions(values: RunValues, env: NodeJS.ProcessEnv = process.env): Promise<RunConfig> {
  const repoDir = path.resolve(values.repo ?? '.');
  const git = await Git.create(repoDir).catch(() => {
    throw new ConfigError(`Invalid value '${values.repo ?? '.'}' for option '--repo'. Expected a directory inside a git repository.`);
  });
  const config = defaultConfig(git.topLevel, env);
  const opt = (name: string) => `option '--${name}'`;
  if (values.base !== undefined) config.baseRef = values.base;
  if (values['branch-prefix'] !== undefined) config.branchPrefix = parseBranchPrefixOption(opt('branch-prefix'), values['branch-prefix']);
  if (values.agent !== undefined) config.agent = parseAgentOption(opt('agent'), values.agent);
  if (values['agent-command'] !== undefined) config.agentCommand = values['agent-command'];
  if (values['claude-arg']) config.claudeArgs = values['claude-arg'];
  if (values.execution !== undefined) config.execution = parseExecutionOption(opt('execution'), values.execution);
  if (values.image !== undefined) config.image = values.image;
  if (values['max-parallel'] !== undefined) config.maxParallel = parseMaxParallelOption(opt('max-parallel'), values['max-parallel']);
  if (values.cpus !== undefined) config.cpus = parsePositiveNumberOption(opt('cpus'), values.cpus, 256);
  if (values.memory !== undefined) config.memoryBytes = parseMemoryOption(opt('memory'), values.memory);
  if (values['pids-limit'] !== undefined) config.pidsLimit = parsePositiveIntegerOption(opt('pids-limit'), values['pids-limit'], 1_000_000);
  if (values.timeout !== undefined) config.timeoutMs = parseTimeoutOption(opt('timeout'), values.timeout);
  if (values.network !== undefined) config.network = parseNetworkOption(opt('network'), values.network);
  if (values.env) config.env = values.env.flatMap((v) => parseEnvNamesOption(opt('env'), v));
  if (values['max-turns'] !== undefined) config.maxTurns = parsePositiveIntegerOption(opt('max-turns'), values['max-turns'], 10_000);
  if (values.user !== undefined) config.user = parseUserOption(opt('user'), values.user);
  if (values['state-dir'] !== undefined) config.stateDir = path.resolve(values['state-dir']);
  if (values['max-result-size'] !== undefined) config.maxResultBytes = parseSizeOption(opt('max-result-size'), values['max-result-size']);
  if (values['max-result-files'] !== undefined) config.maxResultFiles = parsePositiveIntegerOption(opt('max-result-files'), values['max-result-files'], 10_000_000);
  if (values['max-file-size'] !== undefined) config.maxFileBytes = parseSizeOption(opt('max-file-size'), values['max-file-size']);
  config.caCertFile = values['ca-cert'] ?? env.NODE_EXTRA_CA_CERTS;
  config.failFast = values['fail-fast'] ?? false;
  config.keepWorktrees = values['keep-worktrees'] ?? false;
  if (config.agent === 'command' && !config.agentCommand) {
    throw new ConfigError("option '--agent command' needs '--agent-command', a template like \"my-agent --prompt-file {prompt_file}\".");
  }
  return config;
}

async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: RUN_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const logger = consoleLogger(values.verbose ?? false);
  const config = await configFromOptions(values);
  let issue: number | null = null;
  if (values.issue !== undefined) issue = parsePositiveIntegerOption("option '--issue'", values.issue);

  // Each command loads its own modules: `dashboard` must stay small, and `--help` fast.
  const [{ runFanout }, { ProgressReporter }, { renderSummaryMarkdown, renderSummaryText }, { expandPromptArgs, loadTasks }, { fsPromptSource }] =
    await Promise.all([import('./engine.js'), import('./progress.js'), import('./report/index.js'), import('./tasks/load.js'), import('./tasks/source.js')]);
  const source = fsPromptSource(config.repo);
  const inputs = positionals.length ? positionals : ['prompts'];
  const files = await expandPromptArgs(config.repo, inputs, source, positionals.length ? process.cwd() : config.repo);
  if (files.length === 0) {
    throw new ConfigError(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(', ')}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
  }
  const tasks = await loadTasks(config.repo, files, source, logger);

  const progress = new ProgressReporter({ out: process.stdout, showOutput: !values.quiet });
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
    if (values.json) await writeFileMkdir(values.json, JSON.stringify(result, null, 2) + '\n');
    if (values.summary) await writeFileMkdir(values.summary, renderSummaryMarkdown(result));
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

async function gcCommand(args: string[], logger: Logger): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, 'state-dir': { type: 'string' } }, strict: true });
  const stateDir = values['state-dir'] ? path.resolve(values['state-dir']) : defaultConfig('.').stateDir;
  const dryRun = values['dry-run'] ?? false;
  const { collectGarbage } = await import('./cleanup.js');
  const report = await collectGarbage(stateDir, { logger, dryRun });
  const verb = dryRun ? 'would remove' : 'removed';
  logger.info(`${verb} ${report.containers.length} container(s), ${report.worktrees.length} worktree(s)`);
  for (const c of report.containers) logger.info(`  container ${c}`);
  for (const w of report.worktrees) logger.info(`  worktree ${w}`);
  for (const r of report.skippedLive) logger.info(`  left alone: run ${r} is still running`);
  for (const e of report.errors) logger.error(e);
  return report.errors.length ? 1 : 0;
}

async function imageCommand(args: string[], logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new ConfigError(`Invalid value '${sub ?? ''}' for 'agent-fanout image'. Expected 'build'.`);
  const { values } = parseArgs({
    args: rest,
    options: {
      tag: { type: 'string' },
      'base-image': { type: 'string' },
      'ca-cert': { type: 'string' },
      'claude-version': { type: 'string' },
    },
    strict: true,
  });
  const [{ DockerClient }, { buildAgentImage }] = await Promise.all([import('./exec/docker.js'), import('./exec/image.js')]);
  const client = DockerClient.connect();
  await client.ping();
  const tag = values.tag ?? DEFAULT_IMAGE;
  const t0 = Date.now();
  await buildAgentImage(client, {
    tag,
    baseImage: values['base-image'] ?? DEFAULT_BASE_IMAGE,
    caCertFile: values['ca-cert'] ?? process.env.NODE_EXTRA_CA_CERTS,
    claudeVersion: values['claude-version'],
    logger,
  });
  logger.info(`built ${tag} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const logger = consoleLogger(rest.includes('--verbose'));
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'doctor': {
        const { runDoctor } = await import('./doctor.js');
        return await runDoctor(rest, logger);
      }
      case 'gc':
        return await gcCommand(rest, logger);
      case 'image':
        return await imageCommand(rest, logger);
      case 'dashboard': {
        const { dashboardCommand } = await import('./dashboard/cli.js');
        return await dashboardCommand(rest, { logger });
      }
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case '--version':
        process.stdout.write('agent-fanout 0.1.0\n');
        return 0;
      default:
        process.stderr.write(command ? `agent-fanout: unknown command '${command}'\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PromptError || isParseArgsError(error)) {
      process.stderr.write(`agent-fanout: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`agent-fanout: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');
}

// Run when executed (directly, through the npm bin link, or as the bundle), not when imported by tests.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
