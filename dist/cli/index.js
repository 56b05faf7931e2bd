#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 9069:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ configFromOptions),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4431);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3136);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7975);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2193);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5996);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8747);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(1097);
/* harmony import */ var _tasks_types_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(6651);
/** The runner-side CLI: `agent-fanout run | doctor | gc | image build | dashboard`. */











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
  --image IMAGE         agent image (default ${_config_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_IMAGE */ .__})
  --max-parallel N      tasks at once, or auto (default 4)
  --cpus N              CPUs per task (default 1)
  --memory SIZE         memory per task, e.g. 512m, 4g (default 2g)
  --pids-limit N        processes per task (default 512)
  --timeout DURATION    per-task timeout, e.g. 90s, 30m, 2h (default 30m)
  --network MODE        bridge | none | a network name (default bridge)
  --env NAMES           host variables passed to agents (comma-separated, repeatable)
  --max-turns N         claude --max-turns (default 50)
  --user UID:GID        uid:gid agents run as (default: this process's)
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
    'fail-fast': { type: 'boolean' },
    'keep-worktrees': { type: 'boolean' },
    json: { type: 'string' },
    summary: { type: 'string' },
    quiet: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** Turns parsed `run` options into a RunConfig; every bad value is a ConfigError naming the option. */
async function configFromOptions(values, env = process.env) {
    const repoDir = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(values.repo ?? '.');
    const git = await _git_git_js__WEBPACK_IMPORTED_MODULE_7__/* .Git */ .TU.create(repoDir).catch(() => {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL(`Invalid value '${values.repo ?? '.'}' for option '--repo'. Expected a directory inside a git repository.`);
    });
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultConfig */ .$P)(git.topLevel, env);
    const opt = (name) => `option '--${name}'`;
    if (values.base !== undefined)
        config.baseRef = values.base;
    if (values['branch-prefix'] !== undefined)
        config.branchPrefix = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseBranchPrefixOption */ .VY)(opt('branch-prefix'), values['branch-prefix']);
    if (values.agent !== undefined)
        config.agent = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseAgentOption */ .S)(opt('agent'), values.agent);
    if (values['agent-command'] !== undefined)
        config.agentCommand = values['agent-command'];
    if (values['claude-arg'])
        config.claudeArgs = values['claude-arg'];
    if (values.execution !== undefined)
        config.execution = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseExecutionOption */ .TG)(opt('execution'), values.execution);
    if (values.image !== undefined)
        config.image = values.image;
    if (values['max-parallel'] !== undefined)
        config.maxParallel = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseMaxParallelOption */ .SW)(opt('max-parallel'), values['max-parallel']);
    if (values.cpus !== undefined)
        config.cpus = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePositiveNumberOption */ .pN)(opt('cpus'), values.cpus, 256);
    if (values.memory !== undefined)
        config.memoryBytes = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseMemoryOption */ .Aw)(opt('memory'), values.memory);
    if (values['pids-limit'] !== undefined)
        config.pidsLimit = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePositiveIntegerOption */ .UO)(opt('pids-limit'), values['pids-limit'], 1_000_000);
    if (values.timeout !== undefined)
        config.timeoutMs = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseTimeoutOption */ .kQ)(opt('timeout'), values.timeout);
    if (values.network !== undefined)
        config.network = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseNetworkOption */ .j6)(opt('network'), values.network);
    if (values.env)
        config.env = values.env.flatMap((v) => (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseEnvNamesOption */ .KM)(opt('env'), v));
    if (values['max-turns'] !== undefined)
        config.maxTurns = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePositiveIntegerOption */ .UO)(opt('max-turns'), values['max-turns'], 10_000);
    if (values.user !== undefined)
        config.user = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseUserOption */ .kU)(opt('user'), values.user);
    if (values['state-dir'] !== undefined)
        config.stateDir = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(values['state-dir']);
    config.caCertFile = values['ca-cert'] ?? env.NODE_EXTRA_CA_CERTS;
    config.failFast = values['fail-fast'] ?? false;
    config.keepWorktrees = values['keep-worktrees'] ?? false;
    if (config.agent === 'command' && !config.agentCommand) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL("option '--agent command' needs '--agent-command', a template like \"my-agent --prompt-file {prompt_file}\".");
    }
    return config;
}
async function runCommand(args) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({ args, options: RUN_OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleLogger */ .k)(values.verbose ?? false);
    const config = await configFromOptions(values);
    let issue = null;
    if (values.issue !== undefined)
        issue = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePositiveIntegerOption */ .UO)("option '--issue'", values.issue);
    // Each command loads its own modules: `dashboard` must stay small, and `--help` fast.
    const [{ runFanout }, { ProgressReporter }, { renderSummaryMarkdown, renderSummaryText }, { expandPromptArgs, loadTasks }, { fsPromptSource }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(814), __nccwpck_require__.e(15), __nccwpck_require__.e(874), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2838)), __nccwpck_require__.e(/* import() */ 288).then(__nccwpck_require__.bind(__nccwpck_require__, 1288)), __nccwpck_require__.e(/* import() */ 874).then(__nccwpck_require__.bind(__nccwpck_require__, 874)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9031)), __nccwpck_require__.e(/* import() */ 557).then(__nccwpck_require__.bind(__nccwpck_require__, 7557))]);
    const source = fsPromptSource(config.repo);
    const inputs = positionals.length ? positionals : ['prompts'];
    const files = await expandPromptArgs(config.repo, inputs, source, positionals.length ? process.cwd() : config.repo);
    if (files.length === 0) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(', ')}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
    }
    const tasks = await loadTasks(config.repo, files, source, logger);
    const progress = new ProgressReporter({ out: process.stdout, showOutput: !values.quiet });
    const controller = new AbortController();
    let signals = 0;
    const onSignal = (signal) => {
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
        if (values.json)
            await writeFileMkdir(values.json, JSON.stringify(result, null, 2) + '\n');
        if (values.summary)
            await writeFileMkdir(values.summary, renderSummaryMarkdown(result));
        if (controller.signal.aborted)
            return 130;
        return result.tasks.every((t) => t.status === 'succeeded') ? 0 : 1;
    }
    finally {
        progress.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function writeFileMkdir(file, text) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile(file, text);
}
async function gcCommand(args, logger) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({ args, options: { 'dry-run': { type: 'boolean' }, 'state-dir': { type: 'string' } }, strict: true });
    const stateDir = values['state-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(values['state-dir']) : (0,_config_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultConfig */ .$P)('.').stateDir;
    const dryRun = values['dry-run'] ?? false;
    const { collectGarbage } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(15), __nccwpck_require__.e(278)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6897));
    const report = await collectGarbage(stateDir, { logger, dryRun });
    const verb = dryRun ? 'would remove' : 'removed';
    logger.info(`${verb} ${report.containers.length} container(s), ${report.worktrees.length} worktree(s)`);
    for (const c of report.containers)
        logger.info(`  container ${c}`);
    for (const w of report.worktrees)
        logger.info(`  worktree ${w}`);
    for (const r of report.skippedLive)
        logger.info(`  left alone: run ${r} is still running`);
    for (const e of report.errors)
        logger.error(e);
    return report.errors.length ? 1 : 0;
}
async function imageCommand(args, logger) {
    const [sub, ...rest] = args;
    if (sub !== 'build')
        throw new _options_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL(`Invalid value '${sub ?? ''}' for 'agent-fanout image'. Expected 'build'.`);
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({
        args: rest,
        options: {
            tag: { type: 'string' },
            'base-image': { type: 'string' },
            'ca-cert': { type: 'string' },
            'claude-version': { type: 'string' },
        },
        strict: true,
    });
    const [{ DockerClient }, { buildAgentImage }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(15)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1015)), __nccwpck_require__.e(/* import() */ 628).then(__nccwpck_require__.bind(__nccwpck_require__, 5628))]);
    const client = DockerClient.connect();
    await client.ping();
    const tag = values.tag ?? _config_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_IMAGE */ .__;
    const t0 = Date.now();
    await buildAgentImage(client, {
        tag,
        baseImage: values['base-image'] ?? _config_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_BASE_IMAGE */ .sb,
        caCertFile: values['ca-cert'] ?? process.env.NODE_EXTRA_CA_CERTS,
        claudeVersion: values['claude-version'],
        logger,
    });
    logger.info(`built ${tag} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleLogger */ .k)(rest.includes('--verbose'));
    try {
        switch (command) {
            case 'run':
                return await runCommand(rest);
            case 'doctor': {
                const { runDoctor } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(15), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4288));
                return await runDoctor(rest, logger);
            }
            case 'gc':
                return await gcCommand(rest, logger);
            case 'image':
                return await imageCommand(rest, logger);
            case 'dashboard': {
                const { dashboardCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(977), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2422));
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
    }
    catch (error) {
        if (error instanceof _options_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL || error instanceof _tasks_types_js__WEBPACK_IMPORTED_MODULE_10__/* .PromptError */ .P || isParseArgsError(error)) {
            process.stderr.write(`agent-fanout: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`agent-fanout: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}
function isParseArgsError(error) {
    return error instanceof TypeError && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}
// Run when executed (directly, through the npm bin link, or as the bundle), not when imported by tests.
if (process.argv[1] && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(process.argv[1]) === (0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)) {
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ defaultConfig),
/* harmony export */   EK: () => (/* binding */ EXECUTION_MODES),
/* harmony export */   Me: () => (/* binding */ FORBIDDEN_ENV),
/* harmony export */   __: () => (/* binding */ DEFAULT_IMAGE),
/* harmony export */   sb: () => (/* binding */ DEFAULT_BASE_IMAGE),
/* harmony export */   yD: () => (/* binding */ defaultStateDir),
/* harmony export */   yp: () => (/* binding */ AGENT_KINDS),
/* harmony export */   zp: () => (/* binding */ PRODUCT_LABEL)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/** The run configuration shared by the CLI and the action, with its defaults. */


const AGENT_KINDS = ['claude', 'command', 'script'];
const EXECUTION_MODES = ['auto', 'docker', 'subprocess'];
const DEFAULT_IMAGE = 'agent-fanout/agent:latest';
const DEFAULT_BASE_IMAGE = 'node:24-bookworm-slim';
const PRODUCT_LABEL = 'dev.agent-fanout';
/** Names of variables that are never passed into an agent, whatever the configuration says. */
const FORBIDDEN_ENV = ['GITHUB_TOKEN', 'GH_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
/** The state directory: `$AGENT_FANOUT_HOME`, else `~/.agent-fanout`. */
function defaultStateDir(env = process.env) {
    return env.AGENT_FANOUT_HOME ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(env.AGENT_FANOUT_HOME) : node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.agent-fanout');
}
function defaultConfig(repo, env = process.env) {
    return {
        repo,
        baseRef: 'HEAD',
        branchPrefix: 'fanout',
        agent: 'claude',
        claudeArgs: [],
        execution: 'auto',
        image: DEFAULT_IMAGE,
        maxParallel: 4,
        cpus: 1,
        memoryBytes: 2 * 1024 ** 3,
        pidsLimit: 512,
        timeoutMs: 30 * 60_000,
        network: 'bridge',
        env: [],
        maxTurns: 50,
        failFast: false,
        keepWorktrees: false,
        stateDir: defaultStateDir(env),
    };
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  v3: () => (/* binding */ assertNotOption),
  MU: () => (/* binding */ identityArgs)
});

// UNUSED EXPORTS: GitError

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/logger.js
var logger = __nccwpck_require__(8747);
;// CONCATENATED MODULE: ./lib/git/auth.js
/**
 * `-c` options that send `token` as a basic `AUTHORIZATION` header to `remote`'s host.
 *
 * The key is URL-scoped (`http.https://github.com/.extraheader`) and first reset to empty: an
 * actions/checkout clone keeps its own token under exactly that key in the local config, and git
 * lets a URL-scoped key win over a plain `http.extraheader`, so a plain `-c` would silently send
 * the checkout token instead (or, without the reset, both headers, which GitHub rejects).
 * `credential.helper` is cleared so a host helper cannot prompt or substitute other credentials.
 */
async function authConfigArgs(git, remote, token, direction) {
    if (!token)
        return { args: [], secrets: [] };
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    const header = `AUTHORIZATION: basic ${basic}`;
    const origin = httpOrigin(await remoteUrl(git, remote, direction));
    const key = origin ? `http.${origin}.extraheader` : 'http.extraheader';
    return {
        args: ['-c', 'credential.helper=', '-c', `${key}=`, '-c', `${key}=${header}`],
        secrets: [token, basic],
    };
}
/** The URL git uses for `remote` (insteadOf rules applied); `remote` itself when it is not a configured remote. */
async function remoteUrl(git, remote, direction) {
    const args = direction === 'push' ? ['remote', 'get-url', '--push', remote] : ['remote', 'get-url', remote];
    const out = await git.exec(args, { allowFailure: true });
    return out.exitCode === 0 ? out.stdout.trim() : remote;
}
/** `https://host[:port]/` for an http(s) URL (what git's URL-scoped config keys match), else `null`. */
function httpOrigin(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}/` : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/git/git.js
/** The one place that spawns git: a small wrapper in the manner of create-pull-request's GitCommandManager. */




/** A failed git call: the message names the command, the exit code and git's stderr. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr, detail) {
        const what = detail ?? (exitCode === null ? 'failed' : `failed with exit code ${exitCode}`);
        super(`git ${args.join(' ')} ${what}${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * Options put before every command. `safe.directory=*`: the orchestrator may run as a different
 * uid than the repository owner (containers, runners). Hooks are off because the common git dir is
 * shared with agents, which could plant a hook that our next `commit` or `push` would run on the
 * host; it also keeps a repository's pre-push test suite out of the fan-out. `core.fsmonitor` is a
 * command too, for the same reason.
 */
const BASE_ARGS = [
    '-c', 'safe.directory=*',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'core.fsmonitor=false',
    // Commits in several worktrees at once must not start a repack under each other.
    '-c', 'gc.auto=0',
    '-c', 'maintenance.auto=false',
];
const REDACTED = '***';
class Git {
    #topLevel;
    #env;
    #logger;
    constructor(topLevel, env, logger) {
        this.#topLevel = topLevel;
        this.#env = env;
        this.#logger = logger;
    }
    /** Opens the repository (or worktree) containing `cwd`; throws when `cwd` is not inside one. */
    static async create(cwd, opts = {}) {
        const env = { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0' };
        const probe = new Git(external_node_path_.resolve(cwd), env, opts.logger ?? logger/* silentLogger */.q);
        let out;
        try {
            out = await probe.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
        }
        catch (err) {
            // spawn errors: missing directory (ENOENT on cwd) or no git binary.
            throw new Error(`cannot open git repository at ${cwd}: ${err.message}`, { cause: err });
        }
        if (out.exitCode !== 0 || !out.stdout.trim()) {
            throw new Error(`not a git repository (or a bare one): ${cwd}: ${out.stderr.trim() || 'no working tree'}`);
        }
        return new Git(out.stdout.trim(), env, opts.logger ?? logger/* silentLogger */.q);
    }
    /** Absolute path of the working tree's top level. */
    get topLevel() {
        return this.#topLevel;
    }
    /** A wrapper for another working tree (e.g. a task's worktree) sharing this one's env and logger. */
    async at(cwd) {
        const extra = {};
        for (const [k, v] of Object.entries(this.#env))
            if (v !== undefined)
                extra[k] = v;
        return Git.create(cwd, { env: extra, logger: this.#logger });
    }
    /** Runs `git <args>` without a shell; throws a {@link GitError} on a non-zero exit unless `allowFailure`. */
    async exec(args, opts = {}) {
        const secrets = (opts.secrets ?? []).filter((s) => s.length > 0);
        const shown = redactArgs(args, secrets);
        this.#logger.debug(`git ${shown.join(' ')}`);
        const out = await run([...BASE_ARGS, ...args], opts.cwd ?? this.#topLevel, this.#env, opts.input);
        if ('spawnError' in out) {
            throw new GitError(shown, null, '', `could not be started: ${redact(out.spawnError.message, secrets)}`);
        }
        if (out.exitCode !== 0 && !opts.allowFailure) {
            throw new GitError(shown, out.exitCode, redact(out.stderr, secrets));
        }
        return out;
    }
    /** Like {@link exec} but returns `null` instead of throwing when git fails. */
    async tryExec(args, opts = {}) {
        try {
            const out = await this.exec(args, { ...opts, allowFailure: true });
            return out.exitCode === 0 ? out : null;
        }
        catch {
            return null;
        }
    }
    /** The full commit sha `ref` names; throws when it names no commit. */
    async revParse(ref) {
        const sha = await this.tryRevParse(ref);
        if (sha === null)
            throw new Error(`git rev-parse: '${ref}' does not name a commit in ${this.#topLevel}`);
        return sha;
    }
    /** The full commit sha `ref` names, or `null`. */
    async tryRevParse(ref) {
        assertNotOption(ref, 'ref');
        const out = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
        return out.exitCode === 0 ? out.stdout.trim() : null;
    }
    /** The sha HEAD points at. */
    async currentHead() {
        return this.revParse('HEAD');
    }
    /** Absolute path of the repository's common git dir (shared by all its worktrees). */
    async commonDir() {
        const out = await this.exec(['rev-parse', '--path-format=absolute', '--git-common-dir']);
        return out.stdout.trim();
    }
    /** Whether the local branch `refs/heads/<name>` exists. */
    async branchExists(name) {
        const out = await this.exec(['show-ref', '--verify', '--quiet', `refs/heads/${name}`], { allowFailure: true });
        return out.exitCode === 0;
    }
    /**
     * Whether `refs/heads/<name>` exists on `remote` (a remote name or URL), asked over the wire
     * because remote-tracking refs of a shallow CI checkout are incomplete.
     */
    /** Names of every branch on `remote` (one `ls-remote`, however many names are checked). */
    async remoteBranches(remote, opts = {}) {
        assertNotOption(remote, 'remote');
        const auth = await authConfigArgs(this, remote, opts.token, 'fetch');
        const out = await this.exec([...auth.args, 'ls-remote', '--heads', remote], { allowFailure: true, secrets: auth.secrets });
        if (out.exitCode !== 0) {
            throw new GitError(redactArgs(['ls-remote', '--heads', remote], auth.secrets), out.exitCode, redact(out.stderr, auth.secrets));
        }
        const names = new Set();
        for (const line of out.stdout.split('\n')) {
            const ref = line.split('\t')[1];
            if (ref?.startsWith('refs/heads/'))
                names.add(ref.slice('refs/heads/'.length));
        }
        return names;
    }
    /** Names of every local branch. */
    async localBranches() {
        const out = await this.exec(['for-each-ref', '--format=%(refname:strip=2)', 'refs/heads/']);
        return new Set(out.stdout.split('\n').filter(Boolean));
    }
    async remoteBranchExists(remote, name, opts = {}) {
        assertNotOption(remote, 'remote');
        const auth = await authConfigArgs(this, remote, opts.token, 'fetch');
        const out = await this.exec([...auth.args, 'ls-remote', '--exit-code', '--heads', remote, `refs/heads/${name}`], {
            allowFailure: true,
            secrets: auth.secrets,
        });
        if (out.exitCode === 0)
            return true;
        if (out.exitCode === 2)
            return false; // --exit-code: no matching ref
        throw new GitError(redactArgs(['ls-remote', '--heads', remote, `refs/heads/${name}`], auth.secrets), out.exitCode, redact(out.stderr, auth.secrets));
    }
}
/**
 * `-c` options for a commit-making command: the identity, and signing off, because a signing setup
 * in the user's config needs a key or agent the orchestrator may not have.
 */
function identityArgs(identity) {
    if (!identity.name.trim() || !identity.email.trim()) {
        throw new TypeError(`Invalid git identity '${identity.name} <${identity.email}>'. Expected a name and an email.`);
    }
    return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, '-c', 'commit.gpgsign=false'];
}
/** Rejects values git would read as options (e.g. a ref named `--output=...`). */
function assertNotOption(value, what) {
    if (value.startsWith('-'))
        throw new TypeError(`Invalid ${what} '${value}': must not start with '-'.`);
}
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join(REDACTED);
    return out;
}
/** Hides secrets and the value of any `extraheader` config option in an argument list. */
function redactArgs(args, secrets) {
    return args.map((a) => {
        const m = /^(http\..*extraheader=)(.+)$/i.exec(a);
        return m ? `${m[1]}${REDACTED}` : redact(a, secrets);
    });
}
function run(args, cwd, env, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (c) => stdout.push(c));
        child.stderr.on('data', (c) => stderr.push(c));
        child.on('error', (err) => resolve({ spawnError: err }));
        child.on('close', (code, signal) => resolve({
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\n(killed by ${signal})` : ''),
            exitCode: code ?? 128,
        }));
        // git may exit before reading stdin (EPIPE); the exit code tells what happened.
        child.stdin.on('error', () => { });
        child.stdin.end(input ?? '');
    });
}


/***/ }),

/***/ 8747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that writes nothing (default for library calls that are not given one). */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};
/** A logger that writes to the console with a severity prefix; `debug` only when `verbose`. */
function consoleLogger(verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                console.error(`debug: ${m}`);
        },
        info: (m) => console.log(m),
        warning: (m) => console.error(`warning: ${m}`),
        error: (m) => console.error(`error: ${m}`),
    };
}


/***/ }),

/***/ 1097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ parseMemoryOption),
/* harmony export */   KM: () => (/* binding */ parseEnvNamesOption),
/* harmony export */   S: () => (/* binding */ parseAgentOption),
/* harmony export */   SW: () => (/* binding */ parseMaxParallelOption),
/* harmony export */   TG: () => (/* binding */ parseExecutionOption),
/* harmony export */   UO: () => (/* binding */ parsePositiveIntegerOption),
/* harmony export */   VY: () => (/* binding */ parseBranchPrefixOption),
/* harmony export */   j6: () => (/* binding */ parseNetworkOption),
/* harmony export */   kQ: () => (/* binding */ parseTimeoutOption),
/* harmony export */   kU: () => (/* binding */ parseUserOption),
/* harmony export */   pN: () => (/* binding */ parsePositiveNumberOption),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2193);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3052);
/**
 * Validation of option values shared by the CLI (`--memory 4g`) and the action (`memory: 4g`): each
 * failure names the option as the user spelled it, the value, and what was expected.
 */


/** A bad option or input value; the CLI exits 2 on it, the action fails before anything runs. */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
function invalid(name, value, expected) {
    return new ConfigError(`Invalid value '${value}' for ${name}. Expected ${expected}.`);
}
function parseMaxParallelOption(name, value) {
    if (value.trim() === 'auto')
        return 'auto';
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw invalid(name, value, "'auto' or a whole number from 1 to 256");
    return n;
}
function parsePositiveNumberOption(name, value, max = 1024) {
    const n = Number(value);
    if (!value.trim() || !Number.isFinite(n) || n <= 0 || n > max)
        throw invalid(name, value, `a number greater than 0 and at most ${max}`);
    return n;
}
function parsePositiveIntegerOption(name, value, max = 1_000_000) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
        throw invalid(name, value, `a whole number from 1 to ${max}`);
    return n;
}
function parseMemoryOption(name, value) {
    const bytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .DB)(value);
    if (bytes === undefined)
        throw invalid(name, value, 'a size like 512m or 4g');
    if (bytes < 6 * 1024 ** 2)
        throw invalid(name, value, 'at least 6m (Docker refuses smaller memory limits)');
    return bytes;
}
function parseTimeoutOption(name, value) {
    const ms = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value);
    if (ms === undefined)
        throw invalid(name, value, 'a duration like 90s, 30m or 2h');
    return ms;
}
function parseAgentOption(name, value) {
    if (!_config_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENT_KINDS */ .yp.includes(value))
        throw invalid(name, value, `one of ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENT_KINDS */ .yp.join(', ')}`);
    return value;
}
function parseExecutionOption(name, value) {
    if (!_config_js__WEBPACK_IMPORTED_MODULE_0__/* .EXECUTION_MODES */ .EK.includes(value))
        throw invalid(name, value, `one of ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .EXECUTION_MODES */ .EK.join(', ')}`);
    return value;
}
function parseNetworkOption(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value) || value === 'host') {
        throw invalid(name, value, "'bridge', 'none' or the name of a Docker network ('host' is refused: it removes network isolation)");
    }
    return value;
}
/** A comma/newline/space separated list of environment variable names. */
function parseEnvNamesOption(name, value) {
    const names = value.split(/[\s,]+/).filter(Boolean);
    for (const n of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
            throw invalid(name, n, 'environment variable names (letters, digits, _), separated by commas');
    }
    return names;
}
function parseUserOption(name, value) {
    if (!/^\d+:\d+$/.test(value))
        throw invalid(name, value, 'a numeric uid:gid like 1000:1000');
    return value;
}
function parseBranchPrefixOption(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value) || value.includes('..') || value.endsWith('/') || value.endsWith('.lock')) {
        throw invalid(name, value, 'a git branch prefix like fanout or agents/fanout');
    }
    return value;
}


/***/ }),

/***/ 4431:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./lib/shim.js
/**
 * The ESM bundle has no CommonJS `__dirname`/`__filename`/`require`; some bundled CommonJS
 * dependencies (ssh2 under dockerode) read them at load time. Imported first by the entry points.
 */



const g = globalThis;
const file = (0,external_node_url_.fileURLToPath)(import.meta.url);
g.__filename ??= file;
g.__dirname ??= external_node_path_.dirname(file);
g.require ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url);


/***/ }),

/***/ 6651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PromptError)
/* harmony export */ });
/** A problem with a prompt file: always names the file, and the field when there is one. */
class PromptError extends Error {
    file;
    field;
    constructor(file, field, detail) {
        super(field ? `${file}: field '${field}': ${detail}` : `${file}: ${detail}`);
        this.file = file;
        this.field = field;
        this.name = 'PromptError';
    }
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Parsing of the human units used in prompt front matter, CLI options and action inputs. */
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const SIZE_UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/**
 * Parses `90s`, `30m`, `2h`, `1500ms` or a bare number of seconds into milliseconds.
 * Returns undefined when the text is not such a duration.
 */
function parseDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? text * 1000 : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const value = Number(m[1]) * DURATION_UNITS[(m[2] ?? 's').toLowerCase()];
    return value > 0 ? Math.round(value) : undefined;
}
/**
 * Parses `512m`, `4g`, `1.5g`, `256k` (binary units, optional trailing `b`/`ib`) or a bare number of
 * bytes. Returns undefined when the text is not such a size.
 */
function parseSize(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text > 0 ? Math.round(text) : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const value = Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()];
    return value > 0 ? Math.round(value) : undefined;
}
/** `1536` → `1.5 KiB`; used in reports. */
function formatBytes(bytes) {
    if (bytes === null || bytes === undefined || !Number.isFinite(bytes))
        return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
/** `65432` → `1m 05s`, `5400` → `5.4s`; used in reports and progress lines. */
function formatDuration(ms) {
    if (ms === null || ms === undefined || !Number.isFinite(ms))
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    const rest = Math.floor(s % 60);
    if (m < 60)
        return `${m}m ${String(rest).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9069);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__configFromOptions = __webpack_exports__.H;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__configFromOptions as configFromOptions, __webpack_exports__main as main };
/******/ 
