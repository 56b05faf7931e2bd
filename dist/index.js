import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  unreadableCaBundleReason,
  unwritableDirReason,
  unwritableFileReason
} from "./chunks/chunk-DPRLXF6S.js";
import "./chunks/chunk-PVYB443Y.js";
import {
  Git
} from "./chunks/chunk-RFCGYHN4.js";
import {
  consoleLogger
} from "./chunks/chunk-XQPV4RL2.js";
import {
  errorMessage
} from "./chunks/chunk-WFQBRZCM.js";
import {
  PromptError
} from "./chunks/chunk-H2D3RH5R.js";
import {
  CLI_OPTIONS,
  ConfigError,
  checkNetworkOptions,
  checkTaskCheckoutOptions,
  findOption,
  parseOption,
  renderCliUsage
} from "./chunks/chunk-PJ6ARTJA.js";
import "./chunks/chunk-N4EGVWFS.js";
import {
  defaultConfig
} from "./chunks/chunk-NRSFWMVY.js";
import "./chunks/chunk-AFWIZD6R.js";
import "./chunks/chunk-R53F5UBH.js";

// src/bundle.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/cli/run.ts
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var RUN_USAGE = `run options:
${renderCliUsage()}
`, RUN_PARSE_OPTIONS = {
  ...Object.fromEntries(
    CLI_OPTIONS.map((o) => [o.name, o.kind === "switch" ? { type: "boolean" } : { type: "string", multiple: o.kind === "repeatable" }])
  ),
  help: { type: "boolean", short: "h" }
};
function joinValueArgs(args) {
  let valued = new Set(CLI_OPTIONS.filter((o) => o.kind !== "switch").map((o) => `--${o.name}`)), out = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    valued.has(arg) && i + 1 < args.length && args[i + 1].startsWith("-") ? (out.push(`${arg}=${args[i + 1]}`), i++) : out.push(arg);
  }
  return out;
}
function parseRunArgs(args) {
  let { values, positionals } = parseArgs({ args: joinValueArgs(args), options: RUN_PARSE_OPTIONS, allowPositionals: !0, strict: !0 });
  return { values, positionals };
}
var label = (name) => `option '--${name}'`;
function texts(value) {
  return value === void 0 ? [] : (Array.isArray(value) ? value : [value]).map(String);
}
async function configFromOptions(values, env = process.env) {
  let repoText = typeof values.repo == "string" ? values.repo : ".", git = await Git.create(path.resolve(repoText)).catch(() => {
    throw new ConfigError(`Invalid value '${repoText}' for ${label("repo")}. Expected a directory inside a git repository.`);
  }), config = defaultConfig(git.topLevel, env);
  for (let spec of CLI_OPTIONS)
    if (spec.apply)
      for (let text of texts(values[spec.name]))
        spec.apply(config, spec.kind === "switch" ? text === "true" : parseOption(spec, text, label(spec.name)));
  if (typeof values["state-dir"] == "string" && (config.stateDir = path.resolve(parseOption(findOption("state-dir"), values["state-dir"], label("state-dir")))), config.caCertFile = typeof values["ca-cert"] == "string" ? values["ca-cert"] : env.NODE_EXTRA_CA_CERTS, checkNetworkOptions(config, { network: label("network"), execution: label("execution"), allowHosts: label("allow-hosts") }), checkTaskCheckoutOptions(config, { taskCheckout: label("task-checkout"), keepWorktrees: label("keep-worktrees") }), config.agent === "command" && !config.agentCommand)
    throw new ConfigError(`option '--agent command' needs '--agent-command', a template like "my-agent --prompt-file {prompt_file}".`);
  return await checkBase(git, config.baseRef), await checkPaths(values, config, env), config;
}
async function checkBase(git, baseRef) {
  if (await git.tryRevParse(`${baseRef}^{commit}`)) return;
  let why = await git.tryRevParse("HEAD^{commit}") ? `no branch, tag or commit of that name in ${git.topLevel}` : `the repository ${git.topLevel} has no commits yet, so there is nothing to start task branches from`;
  throw new ConfigError(`Invalid value '${baseRef}' for ${label("base")}: ${why}. Expected a branch, tag or commit of the repository, like main or HEAD~1.`);
}
async function checkPaths(values, config, env) {
  let fail = (source, value, why, expected) => {
    throw new ConfigError(`Invalid value '${value}' for ${source}: ${why}. Expected ${expected}.`);
  };
  if (typeof values["ca-cert"] == "string") {
    let why = await unreadableCaBundleReason(values["ca-cert"]);
    why && fail(label("ca-cert"), values["ca-cert"], why, "a readable PEM file of CA certificates");
  }
  let stateSource = typeof values["state-dir"] == "string" ? label("state-dir") : env.AGENT_FANOUT_HOME ? "AGENT_FANOUT_HOME" : "the state directory (default; set it with '--state-dir')", stateWhy = await unwritableDirReason(config.stateDir);
  stateWhy && fail(stateSource, config.stateDir, stateWhy, "a directory this user can write (run directories and journals go there)");
  for (let name of ["json", "summary"]) {
    let file = values[name];
    if (typeof file != "string") continue;
    let why = await unwritableFileReason(file);
    why && fail(label(name), file, why, "a file path this user can write");
  }
}
async function runCommand(args) {
  let { values, positionals } = parseRunArgs(args);
  if (values.help)
    return process.stdout.write(`usage: agent-fanout run [files/dirs/globs...] [options]

${RUN_USAGE}`), 0;
  let logger = consoleLogger(values.verbose === !0), modules = Promise.all([
    import("./chunks/engine-NWYZFW2U.js"),
    import("./chunks/progress-C7OF4B3G.js"),
    import("./chunks/report-OC4KLXEY.js"),
    import("./chunks/load-XLYB3YPH.js"),
    import("./chunks/source-MOPR5VBE.js"),
    import("./chunks/plan-HKUXZWVF.js"),
    import("./chunks/agents-F43AT7JI.js")
  ]);
  modules.catch(() => {
  });
  let config = await configFromOptions(values), issue = typeof values.issue == "string" ? parseOption(findOption("issue"), values.issue, label("issue")) : null, [{ runFanout }, { ProgressReporter }, { renderSummaryMarkdown, renderSummaryText }, { expandPromptArgs, loadTasks }, { fsPromptSource }, shards, { getAgent }] = await modules, source = fsPromptSource(config.repo), planFile = typeof values.plan == "string" ? values.plan : void 0, plan = planFile !== void 0 ? await shards.readPlanFile(planFile) : void 0, inputs = positionals.length ? positionals : plan?.tasks.map((t) => t.file) ?? ["prompts"], files = await expandPromptArgs(config.repo, inputs, source, positionals.length ? process.cwd() : config.repo);
  if (files.length === 0)
    throw new ConfigError(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(", ")}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
  let loaded = await loadTasks(config.repo, files, source, logger), shard = await shards.selectShard({
    shard: typeof values.shard == "string" ? values.shard : void 0,
    planFile,
    plan,
    tasks: loaded,
    repo: config.repo,
    // A plan fixes the base: every runner starts from the same commit, wherever its checkout is.
    baseRef: plan && values.base === void 0 ? plan.baseCommit : config.baseRef
  });
  if (shard && (config.baseRef = shard.baseCommit, process.stdout.write(`shard ${shard.info.index} of ${shard.info.count}: ${shard.tasks.map((t) => t.id).join(", ") || "no tasks"}
`), shard.tasks.length === 0))
    return process.stdout.write(`nothing to run: the tasks form ${shard.plan.shardCount} dependency group(s), so shards after ${shard.plan.shardCount} are empty
`), 0;
  let tasks = shard?.tasks ?? loaded;
  for (let task of tasks) {
    let problem = getAgent(task.agent ?? config.agent).check?.(task);
    if (problem) throw new PromptError(task.file, void 0, problem);
  }
  let progress = new ProgressReporter({ out: process.stdout, showOutput: values.quiet !== !0 }), controller = new AbortController(), signals = 0, onSignal = (signal) => {
    signals++, signals > 1 && (process.stderr.write(`agent-fanout: ${signal} again, exiting without cleanup
`), process.exit(130)), process.stderr.write(`agent-fanout: ${signal}: cancelling the run and cleaning up (again to exit at once)
`), controller.abort(new Error(`received ${signal}`));
  };
  process.on("SIGINT", onSignal), process.on("SIGTERM", onSignal);
  try {
    let result = await runFanout({
      config,
      tasks,
      logger,
      issue,
      signal: controller.signal,
      onEvent: (event) => progress.handle(event)
    });
    return progress.stop(), process.stdout.write(`
` + renderSummaryText(result) + `
`), typeof values.json == "string" && await writeReport(values.json, JSON.stringify(shard ? { ...result, shard: shard.info } : result, null, 2) + `
`, path.join(result.run.runDir, "results.json")), typeof values.summary == "string" && await writeReport(values.summary, renderSummaryMarkdown(result), path.join(result.run.runDir, "summary.md")), controller.signal.aborted ? 130 : result.tasks.every((t) => t.status === "succeeded") ? 0 : 1;
  } finally {
    progress.stop(), process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal);
  }
}
async function writeFileMkdir(file, text) {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: !0 }), await fs.writeFile(file, text);
}
async function writeReport(file, text, fallback) {
  let message = (error) => error instanceof Error ? error.message : String(error), first;
  try {
    await writeFileMkdir(file, text);
    return;
  } catch (error) {
    first = error;
  }
  try {
    await fs.writeFile(fallback, text), process.stderr.write(`agent-fanout: error: writing ${file} failed (${message(first)}); written to ${fallback} instead
`);
  } catch (error) {
    process.stderr.write(`agent-fanout: error: writing ${file} failed (${message(first)}), and so did ${fallback} (${message(error)}); here it is on standard output
`), process.stdout.write(text.endsWith(`
`) ? text : `${text}
`);
  }
}

// src/cli/index.ts
var USAGE = `usage: agent-fanout <command> [options]

commands:
  run [files/dirs/globs...]  fan prompt files out to agents in parallel containers (default: prompts/)
  doctor                     check git, Docker (and that it sees --state-dir), the image, the agent CLI, the host
  plan [files...] --shards K split the tasks into K shards (or auto), one per runner; writes the matrix
  aggregate results-*.json   one report and results JSON from the shards' results
  gc [--dry-run] [--run ID]  remove containers, egress networks, mounts and worktrees left by earlier runs (or by run ID)
  image build                build the agent image
  dashboard                  serve the live dashboard (--host, --port, --token)

${RUN_USAGE}
exit status: 0 all tasks succeeded, 1 a task did not, 2 bad usage or configuration
`;
async function main(argv) {
  let [command, ...rest] = argv, logger = consoleLogger(rest.includes("--verbose"));
  try {
    switch (command) {
      case "run":
        return await runCommand(rest);
      case "doctor": {
        let { runDoctor } = await import("./chunks/doctor-52PR3L4F.js");
        return await runDoctor(rest, logger);
      }
      case "plan": {
        let { planCommand } = await import("./chunks/plan-HKUXZWVF.js");
        return await planCommand(rest, logger);
      }
      case "aggregate": {
        let { aggregateCommand } = await import("./chunks/aggregate-FJAC5FVW.js");
        return await aggregateCommand(rest, logger);
      }
      case "gc": {
        let { gcCommand } = await import("./chunks/gc-O6PQ6F4V.js");
        return await gcCommand(rest, logger);
      }
      case "image": {
        let { imageCommand } = await import("./chunks/image-BRAHEOTQ.js");
        return await imageCommand(rest, logger);
      }
      case "dashboard": {
        let { dashboardCommand } = await import("./chunks/dashboard-WY73EHL5.js");
        return await dashboardCommand(rest, { logger });
      }
      case "--help":
      case "-h":
      case "help":
        return process.stdout.write(USAGE), 0;
      case "--version":
        return process.stdout.write(`agent-fanout 0.1.0
`), 0;
      default:
        return process.stderr.write(command ? `agent-fanout: unknown command '${command}'

${USAGE}` : USAGE), 2;
    }
  } catch (error) {
    return error instanceof ConfigError || error instanceof PromptError || isParseArgsError(error) ? (process.stderr.write(`agent-fanout: ${error.message}
`), 2) : (process.stderr.write(`agent-fanout: ${errorMessage(error)}
`), 1);
  }
}
function isParseArgsError(error) {
  return error instanceof TypeError && typeof error.code == "string" && error.code.startsWith("ERR_PARSE_ARGS");
}

// src/bundle.ts
process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url) && await import("./chunks/action-TQWTN4AR.js");
export {
  main as cli
};
//# sourceMappingURL=index.js.map
