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

/***/ 518:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _core_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9348);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5403);
/* harmony import */ var _core_options_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3657);
/* harmony import */ var _tasks_types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6651);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(623);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3828);
/** The runner-side CLI: `agent-fanout run | doctor | gc | image build | dashboard`; this file only dispatches. */








const USAGE = `usage: agent-fanout <command> [options]

commands:
  run [files/dirs/globs...]  fan prompt files out to agents in parallel containers (default: prompts/)
  doctor                     check git, Docker, the image, the agent CLI and the host
  gc [--dry-run]             remove containers and worktrees left by earlier runs
  image build                build the agent image
  dashboard                  serve the live dashboard (--host, --port, --token)

${_run_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_USAGE */ .W3}
exit status: 0 all tasks succeeded, 1 a task did not, 2 bad usage or configuration
`;
async function main(argv) {
    const [command, ...rest] = argv;
    const logger = (0,_core_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLogger */ .k)(rest.includes('--verbose'));
    try {
        switch (command) {
            case 'run':
                return await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runCommand */ .d1)(rest);
            case 'doctor': {
                const { runDoctor } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(170), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4403));
                return await runDoctor(rest, logger);
            }
            case 'gc': {
                const { gcCommand } = await __nccwpck_require__.e(/* import() */ 906).then(__nccwpck_require__.bind(__nccwpck_require__, 5906));
                return await gcCommand(rest, logger);
            }
            case 'image': {
                const { imageCommand } = await __nccwpck_require__.e(/* import() */ 755).then(__nccwpck_require__.bind(__nccwpck_require__, 7755));
                return await imageCommand(rest, logger);
            }
            case 'dashboard': {
                const { dashboardCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(977), __nccwpck_require__.e(17)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1017));
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
        if (error instanceof _core_options_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL || error instanceof _tasks_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PromptError */ .P || isParseArgsError(error)) {
            process.stderr.write(`agent-fanout: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`agent-fanout: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}\n`);
        return 1;
    }
}
function isParseArgsError(error) {
    return error instanceof TypeError && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}
// Run when executed (directly, through the npm bin link, or as the bundle), not when imported by tests.
if (process.argv[1] && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(process.argv[1]) === (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)) {
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W3: () => (/* binding */ RUN_USAGE),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony exports RUN_PARSE_OPTIONS, joinValueArgs, parseRunArgs, configFromOptions */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6641);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5403);
/* harmony import */ var _core_options_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3657);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5216);
/** `agent-fanout run`: flags from the options table → a checked RunConfig → the engine → reports. */







const RUN_USAGE = `run options:\n${(0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .renderCliUsage */ .WI)()}\n`;
/** `parseArgs` options for `run`, from the table. */
const RUN_PARSE_OPTIONS = {
    ...Object.fromEntries(_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_OPTIONS */ .EH.map((o) => [o.name, o.kind === 'switch' ? { type: 'boolean' } : { type: 'string', multiple: o.kind === 'repeatable' }])),
    help: { type: 'boolean', short: 'h' },
};
/**
 * `--max-parallel -1` would make parseArgs complain that the option's argument is ambiguous; a value
 * option's next argument is its value, whatever it looks like, so the pair is joined first and the
 * value gets the option's own message.
 */
function joinValueArgs(args) {
    const valued = new Set(_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_OPTIONS */ .EH.filter((o) => o.kind !== 'switch').map((o) => `--${o.name}`));
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            out.push(...args.slice(i));
            break;
        }
        if (valued.has(arg) && i + 1 < args.length && args[i + 1].startsWith('-')) {
            out.push(`${arg}=${args[i + 1]}`);
            i++;
        }
        else {
            out.push(arg);
        }
    }
    return out;
}
function parseRunArgs(args) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: joinValueArgs(args), options: RUN_PARSE_OPTIONS, allowPositionals: true, strict: true });
    return { values, positionals };
}
const label = (name) => `option '--${name}'`;
function texts(value) {
    if (value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).map(String);
}
/** Turns parsed `run` flags into a RunConfig; every bad value is a ConfigError naming the flag. */
async function configFromOptions(values, env = process.env) {
    const repoText = typeof values.repo === 'string' ? values.repo : '.';
    const git = await _git_git_js__WEBPACK_IMPORTED_MODULE_6__/* .Git */ .TU.create(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(repoText)).catch(() => {
        throw new _core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`Invalid value '${repoText}' for ${label('repo')}. Expected a directory inside a git repository.`);
    });
    const config = (0,_core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultConfig */ .$P)(git.topLevel, env);
    for (const spec of _core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_OPTIONS */ .EH) {
        if (!spec.apply)
            continue;
        for (const text of texts(values[spec.name])) {
            spec.apply(config, spec.kind === 'switch' ? text === 'true' : (0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOption */ .ZY)(spec, text, label(spec.name)));
        }
    }
    if (typeof values['state-dir'] === 'string')
        config.stateDir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve((0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOption */ .ZY)((0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .findOption */ .$K)('state-dir'), values['state-dir'], label('state-dir')));
    config.caCertFile = typeof values['ca-cert'] === 'string' ? values['ca-cert'] : env.NODE_EXTRA_CA_CERTS;
    if (config.agent === 'command' && !config.agentCommand) {
        throw new _core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL("option '--agent command' needs '--agent-command', a template like \"my-agent --prompt-file {prompt_file}\".");
    }
    return config;
}
async function runCommand(args) {
    const { values, positionals } = parseRunArgs(args);
    if (values.help) {
        process.stdout.write(`usage: agent-fanout run [files/dirs/globs...] [options]\n\n${RUN_USAGE}`);
        return 0;
    }
    const logger = (0,_core_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleLogger */ .k)(values.verbose === true);
    const config = await configFromOptions(values);
    const issue = typeof values.issue === 'string' ? (0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOption */ .ZY)((0,_core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .findOption */ .$K)('issue'), values.issue, label('issue')) : null;
    // Each command loads its own modules: `dashboard` must stay small, and `--help` fast.
    const [{ runFanout }, { ProgressReporter }, { renderSummaryMarkdown, renderSummaryText }, { expandPromptArgs, loadTasks }, { fsPromptSource }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(814), __nccwpck_require__.e(170), __nccwpck_require__.e(874), __nccwpck_require__.e(6), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8579)), __nccwpck_require__.e(/* import() */ 95).then(__nccwpck_require__.bind(__nccwpck_require__, 9095)), __nccwpck_require__.e(/* import() */ 874).then(__nccwpck_require__.bind(__nccwpck_require__, 874)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9031)), __nccwpck_require__.e(/* import() */ 557).then(__nccwpck_require__.bind(__nccwpck_require__, 7557))]);
    const source = fsPromptSource(config.repo);
    const inputs = positionals.length ? positionals : ['prompts'];
    const files = await expandPromptArgs(config.repo, inputs, source, positionals.length ? process.cwd() : config.repo);
    if (files.length === 0) {
        throw new _core_options_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`No prompt files found in ${inputs.map((i) => `'${i}'`).join(', ')}. Expected Markdown files, directories of them, or globs like prompts/*.md.`);
    }
    const tasks = await loadTasks(config.repo, files, source, logger);
    const progress = new ProgressReporter({ out: process.stdout, showOutput: values.quiet !== true });
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
        if (typeof values.json === 'string')
            await writeFileMkdir(values.json, JSON.stringify(result, null, 2) + '\n');
        if (typeof values.summary === 'string')
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
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, text);
}


/***/ }),

/***/ 6641:
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

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown: errors give their message, anything else its string form. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5403:
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

/***/ 3657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ findOption),
/* harmony export */   EH: () => (/* binding */ CLI_OPTIONS),
/* harmony export */   WI: () => (/* binding */ renderCliUsage),
/* harmony export */   ZY: () => (/* binding */ parseOption),
/* harmony export */   dQ: () => (/* binding */ FRONT_MATTER_OPTIONS),
/* harmony export */   h6: () => (/* binding */ InvalidValue),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports invalidValueMessage, MAX_DURATION_MS, MIN_MEMORY_BYTES, MAX_MEMORY_BYTES, ENV_NAME_PATTERN, maxParallelValue, wholeNumber, cpusValue, memoryValue, durationValue, agentValue, executionValue, networkValue, envNamesValue, userValue, branchPrefixValue, imageValue, gitRefValue, nonEmptyText, OPTIONS, splitList, relativePathValue, normalizeBotLogin, ACTION_ONLY_OPTIONS, ALL_OPTIONS, ACTION_OPTIONS, actionDefault */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6641);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7564);
/**
 * Every option, once: its name, the parser with its bounds, its default, what it means, and where it
 * applies (CLI flag, Action input, prompt front matter). The CLI's argument parser and usage text,
 * the Action's input reader, front-matter validation and the docs' tables are all derived from
 * {@link OPTIONS}; a test fails when action.yml or the docs disagree with it.
 */



/** A bad option or input value; the CLI exits 2 on it, the action fails before anything runs. */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
/**
 * Thrown by value parsers: what was expected, and the offending part of the value when it is not
 * the whole (one bad name in a list). Each place that reads options phrases it for its users.
 */
class InvalidValue extends Error {
    expected;
    part;
    constructor(expected, part) {
        super(`expected ${expected}`);
        this.expected = expected;
        this.part = part;
        this.name = 'InvalidValue';
    }
}
/** `Invalid value 'x' for option '--memory'. Expected a size like 512m or 4g.` */
function invalidValueMessage(label, value, error) {
    return `Invalid value '${error.part ?? value}' for ${label}. Expected ${error.expected}.`;
}
/** Longest duration accepted anywhere: timers overflow past 2^31 ms (~24.8 days). */
const MAX_DURATION_MS = 7 * 24 * 3_600_000;
/** Docker refuses memory limits below 6 MiB. */
const MIN_MEMORY_BYTES = 6 * 1024 ** 2;
const MAX_MEMORY_BYTES = 1024 ** 4;
const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
// ---- value parsers: text in, typed value out, InvalidValue when not acceptable ------------------
function maxParallelValue(text) {
    if (text.trim() === 'auto')
        return 'auto';
    return wholeNumber(1, 256, "'auto' or a whole number from 1 to 256")(text);
}
/** A whole number in `[min, max]` (digits only: no `1e3`, no `-1`). */
function wholeNumber(min, max, expected = `a whole number from ${min} to ${max}`) {
    return (text) => {
        const n = Number(text.trim());
        if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
            throw new InvalidValue(expected);
        return n;
    };
}
/** CPUs per task: more than 0, at most the host's cores (a limit above them could never be met). */
function cpusValue(text, hostCpus = node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism()) {
    const n = Number(text.trim());
    const expected = `a number of CPUs greater than 0 and at most ${hostCpus} (this host's cores), like 1 or 0.5`;
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(n) || n <= 0 || n > hostCpus)
        throw new InvalidValue(expected);
    return n;
}
function memoryValue(text) {
    const bytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(text);
    if (bytes === undefined)
        throw new InvalidValue('a size like 512m or 4g');
    if (bytes < MIN_MEMORY_BYTES)
        throw new InvalidValue('at least 6m (Docker refuses smaller memory limits)');
    if (bytes > MAX_MEMORY_BYTES)
        throw new InvalidValue('at most 1t');
    return bytes;
}
function durationValue(text) {
    const ms = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(text);
    if (ms === undefined)
        throw new InvalidValue('a duration like 90s, 30m or 2h');
    if (ms > MAX_DURATION_MS)
        throw new InvalidValue('a duration of at most 7 days (168h)');
    return ms;
}
function agentValue(text) {
    if (!_config_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_KINDS */ .yp.includes(text))
        throw new InvalidValue(`one of ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_KINDS */ .yp.join(', ')}`);
    return text;
}
function executionValue(text) {
    if (!_config_js__WEBPACK_IMPORTED_MODULE_1__/* .EXECUTION_MODES */ .EK.includes(text))
        throw new InvalidValue(`one of ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .EXECUTION_MODES */ .EK.join(', ')}`);
    return text;
}
function networkValue(text) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) || text === 'host') {
        throw new InvalidValue("'bridge', 'none' or the name of a Docker network ('host' is refused: it removes network isolation)");
    }
    return text;
}
/** Names of environment variables, separated by commas, spaces or newlines; never a GitHub token. */
function envNamesValue(text) {
    const names = text.split(/[\s,]+/).filter(Boolean);
    for (const n of names) {
        if (!ENV_NAME_PATTERN.test(n))
            throw new InvalidValue('environment variable names (letters, digits, _), separated by commas', n);
        if (_config_js__WEBPACK_IMPORTED_MODULE_1__/* .FORBIDDEN_ENV */ .Me.includes(n.toUpperCase())) {
            throw new InvalidValue('names of variables other than GitHub and runner tokens (the token never reaches an agent)', n);
        }
    }
    return [...new Set(names)];
}
function userValue(text) {
    if (!/^\d+:\d+$/.test(text))
        throw new InvalidValue('a numeric uid:gid like 1000:1000');
    return text;
}
function branchPrefixValue(text) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) || text.includes('..') || text.endsWith('/') || text.endsWith('.lock')) {
        throw new InvalidValue('a git branch prefix like fanout or agents/fanout');
    }
    return text;
}
function imageValue(text) {
    if (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(text))
        throw new InvalidValue('an image reference like agent-fanout/agent:latest');
    return text;
}
/** A ref as `git check-ref-format` would take it, or a commit sha. */
function gitRefValue(text) {
    if (text === '' ||
        text.startsWith('-') ||
        text.includes('..') ||
        text.includes('@{') ||
        /[\s~:?*[\\]/.test(text) ||
        [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
        text.endsWith('/') ||
        text.endsWith('.') ||
        text.endsWith('.lock')) {
        throw new InvalidValue('a branch, tag or commit like main, v1.2 or HEAD~1');
    }
    return text;
}
function nonEmptyText(expected) {
    return (text) => {
        if (text.trim() === '')
            throw new InvalidValue(expected);
        return text;
    };
}
function option(spec) {
    return spec;
}
const booleanText = (text) => {
    if (/^(true|True|TRUE)$/.test(text))
        return true;
    if (/^(false|False|FALSE)$/.test(text))
        return false;
    throw new InvalidValue('true or false');
};
/** Options of a run: `agent-fanout run` flags, Action inputs and front-matter keys. */
const OPTIONS = [
    option({
        name: 'repo',
        metavar: 'DIR',
        kind: 'value',
        default: '',
        defaultText: "the current directory's",
        description: 'git repository the tasks run on',
        scopes: { cli: true },
        parse: nonEmptyText('a directory inside a git repository'),
    }),
    option({
        name: 'base',
        metavar: 'REF',
        kind: 'value',
        default: 'HEAD',
        description: 'ref the task branches start from',
        scopes: { cli: true },
        parse: gitRefValue,
        apply: (c, v) => (c.baseRef = v),
    }),
    option({
        name: 'branch-prefix',
        metavar: 'P',
        kind: 'value',
        default: 'fanout',
        description: 'task branches are <prefix>/<task-id> or <prefix>/<issue>/<task-id> (a -tryK suffix when taken)',
        scopes: { cli: true, action: true },
        parse: branchPrefixValue,
        apply: (c, v) => (c.branchPrefix = v),
    }),
    option({
        name: 'issue',
        metavar: 'N',
        kind: 'value',
        default: '',
        description: 'issue the run belongs to (branches <prefix>/<N>/<task>)',
        scopes: { cli: true },
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'an issue number like 12'),
    }),
    option({
        name: 'agent',
        metavar: 'KIND',
        kind: 'value',
        default: 'claude',
        description: `agent for prompt files whose front matter names none: ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_KINDS */ .yp.join(', ')}`,
        scopes: { cli: true, action: true, frontMatter: { key: 'agent', field: 'agent' } },
        parse: agentValue,
        apply: (c, v) => (c.agent = v),
    }),
    option({
        name: 'agent-command',
        metavar: 'T',
        kind: 'value',
        default: '',
        description: 'command template of the command agent, with {prompt_file} or {prompt}',
        scopes: { cli: true, action: true },
        parse: (text) => text,
        apply: (c, v) => (c.agentCommand = v.trim() === '' ? undefined : v),
    }),
    option({
        name: 'claude-arg',
        metavar: 'ARG',
        kind: 'repeatable',
        default: '',
        description: 'extra flag for the claude CLI (repeatable)',
        scopes: { cli: true },
        parse: (text) => text,
        apply: (c, v) => c.claudeArgs.push(v),
    }),
    option({
        name: 'execution',
        metavar: 'MODE',
        kind: 'value',
        default: 'auto',
        description: 'where agents run: docker (isolated containers), subprocess (on the host, no isolation) or auto (Docker when its daemon answers)',
        scopes: { cli: true, action: { default: 'docker' } },
        parse: executionValue,
        apply: (c, v) => (c.execution = v),
    }),
    option({
        name: 'image',
        metavar: 'IMAGE',
        kind: 'value',
        default: 'agent-fanout/agent:latest',
        description: 'agent container image (built when it is the default and missing)',
        scopes: { cli: true, action: true, frontMatter: { key: 'image', field: 'image' } },
        parse: imageValue,
        apply: (c, v) => (c.image = v),
    }),
    option({
        name: 'max-parallel',
        metavar: 'N',
        kind: 'value',
        default: '4',
        description: 'tasks run at once, or auto (from host memory and the memory limits)',
        scopes: { cli: true, action: true },
        parse: maxParallelValue,
        apply: (c, v) => (c.maxParallel = v),
    }),
    option({
        name: 'cpus',
        metavar: 'N',
        kind: 'value',
        default: '1',
        description: "CPUs per task container (at most the host's cores)",
        scopes: { cli: true, action: true, frontMatter: { key: 'cpus', field: 'cpus' } },
        parse: (text) => cpusValue(text),
        apply: (c, v) => (c.cpus = v),
    }),
    option({
        name: 'memory',
        metavar: 'SIZE',
        kind: 'value',
        default: '2g',
        description: 'memory limit per task container, swap included, e.g. 512m or 4g',
        scopes: { cli: true, action: true, frontMatter: { key: 'memory', field: 'memoryBytes' } },
        parse: memoryValue,
        apply: (c, v) => (c.memoryBytes = v),
    }),
    option({
        name: 'pids-limit',
        metavar: 'N',
        kind: 'value',
        default: '512',
        description: 'process limit per task container',
        scopes: { cli: true, action: true },
        parse: wholeNumber(1, 1_000_000),
        apply: (c, v) => (c.pidsLimit = v),
    }),
    option({
        name: 'timeout',
        metavar: 'DURATION',
        kind: 'value',
        default: '30m',
        description: 'per-task timeout, e.g. 90s, 30m or 2h (at most 7 days)',
        scopes: { cli: true, action: true, frontMatter: { key: 'timeout', field: 'timeoutMs' } },
        parse: durationValue,
        apply: (c, v) => (c.timeoutMs = v),
    }),
    option({
        name: 'network',
        metavar: 'MODE',
        kind: 'value',
        default: 'bridge',
        description: 'Docker network of the task containers: bridge, none or a network name (host is refused)',
        scopes: { cli: true, action: true },
        parse: networkValue,
        apply: (c, v) => (c.network = v),
    }),
    option({
        name: 'env',
        metavar: 'NAMES',
        kind: 'repeatable',
        default: '',
        description: 'names of host environment variables passed to agents, comma separated (never a GitHub token; values are masked in logs)',
        scopes: { cli: true, action: true, frontMatter: { key: 'env', field: 'env' } },
        parse: envNamesValue,
        apply: (c, v) => (c.env = [...new Set([...c.env, ...v])]),
    }),
    option({
        name: 'max-turns',
        metavar: 'N',
        kind: 'value',
        default: '50',
        description: 'most agent turns (claude --max-turns)',
        scopes: { cli: true, action: true, frontMatter: { key: 'max_turns', field: 'maxTurns' } },
        parse: wholeNumber(1, 10_000),
        apply: (c, v) => (c.maxTurns = v),
    }),
    option({
        name: 'user',
        metavar: 'UID:GID',
        kind: 'value',
        default: '',
        defaultText: "this process's",
        description: 'uid:gid agents run as',
        scopes: { cli: true },
        parse: userValue,
        apply: (c, v) => (c.user = v),
    }),
    option({
        name: 'state-dir',
        metavar: 'DIR',
        kind: 'value',
        default: '',
        defaultText: '~/.agent-fanout, or $AGENT_FANOUT_HOME',
        description: 'run directories and journals',
        scopes: { cli: true },
        parse: nonEmptyText('a directory'),
    }),
    option({
        name: 'ca-cert',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        defaultText: '$NODE_EXTRA_CA_CERTS',
        description: 'extra CA bundle (PEM) for agents and image builds',
        scopes: { cli: true },
        parse: nonEmptyText('a PEM file'),
    }),
    option({
        name: 'fail-fast',
        kind: 'switch',
        default: 'false',
        description: 'cancel tasks that have not started once one fails',
        scopes: { cli: true, action: true },
        parse: booleanText,
        apply: (c, v) => (c.failFast = v),
    }),
    option({
        name: 'keep-worktrees',
        kind: 'switch',
        default: 'false',
        description: 'keep the task worktrees after the run (branches are always kept)',
        scopes: { cli: true, action: true },
        parse: booleanText,
        apply: (c, v) => (c.keepWorktrees = v),
    }),
    option({
        name: 'json',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        description: 'write the results JSON',
        scopes: { cli: true },
        parse: nonEmptyText('a file path'),
    }),
    option({
        name: 'summary',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        description: 'write the Markdown summary',
        scopes: { cli: true },
        parse: nonEmptyText('a file path'),
    }),
    option({
        name: 'quiet',
        kind: 'switch',
        default: 'false',
        description: 'no task output on the console',
        scopes: { cli: true },
        parse: booleanText,
    }),
    option({
        name: 'verbose',
        kind: 'switch',
        default: 'false',
        description: 'debug output (every git and Docker call)',
        scopes: { cli: true },
        parse: booleanText,
    }),
];
/** `a, b\nc` → `['a', 'b', 'c']`: list inputs are written either way. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A repository-relative path or glob: never absolute, never climbing out with `..`. */
function relativePathValue(text) {
    const norm = text.replace(/\\/g, '/');
    if (/^(?:\/|~|[A-Za-z]:\/)/.test(norm) || norm.split('/').includes('..') || norm.includes('\0')) {
        throw new InvalidValue('a path inside the repository, relative to its root, without ..', text);
    }
    return norm.replace(/^(?:\.\/)+/, '');
}
/** `Renovate[bot]` → `renovate`: logins compare case-insensitively, with or without `[bot]`. */
function normalizeBotLogin(login) {
    return login.toLowerCase().replace(/\[bot\]$/, '');
}
function oneOf(allowed) {
    return (text) => {
        if (!allowed.includes(text))
            throw new InvalidValue(`one of ${allowed.join(', ')}`);
        return text;
    };
}
/** Inputs only the Action has: how it is triggered, what it reads, and what it does on GitHub. */
const ACTION_ONLY_OPTIONS = [
    option({
        name: 'github-token',
        kind: 'value',
        default: '${{ github.token }}',
        description: 'Token for the API (comments, reactions, labels, pull requests) and for pushing task branches. Never passed to agents.',
        scopes: { action: true },
        parse: nonEmptyText('a token; the default is ${{ github.token }}'),
    }),
    option({
        name: 'trigger-label',
        kind: 'value',
        default: 'fanout',
        description: 'Label that starts a run when added to an issue or pull request.',
        scopes: { action: true },
        parse: (text) => {
            if (text.trim() === '' || text.length > 50)
                throw new InvalidValue('a label name of 1 to 50 characters, like fanout');
            return text;
        },
    }),
    option({
        name: 'prompts',
        kind: 'value',
        default: '',
        description: 'Prompt files or globs (comma or newline separated) for workflow_dispatch runs, e.g. prompts/*.md.',
        scopes: { action: true },
        parse: (text) => splitList(text).map(relativePathValue),
    }),
    option({
        name: 'prompt-dirs',
        kind: 'value',
        default: 'prompts,.github/prompts',
        description: 'Directories prompt files may be linked from (comma separated). Searched on the base ref as committed.',
        scopes: { action: true },
        parse: (text) => {
            const dirs = splitList(text).map((d) => relativePathValue(d).replace(/\/+$/, ''));
            if (dirs.length === 0 || dirs.some((d) => d === '' || d === '.')) {
                throw new InvalidValue('directories inside the repository, like prompts,.github/prompts');
            }
            return dirs;
        },
    }),
    option({
        name: 'issue-number',
        kind: 'value',
        default: '',
        description: 'Issue or pull request a workflow_dispatch run reports to (and, without prompts, whose linked prompt files it runs).',
        scopes: { action: true },
        parse: (text) => {
            if (text === '')
                return null;
            const m = /^#?(\d+)$/.exec(text);
            if (!m || Number(m[1]) < 1 || !Number.isSafeInteger(Number(m[1])))
                throw new InvalidValue('an issue or pull request number like 12');
            return Number(m[1]);
        },
    }),
    option({
        name: 'base-ref',
        kind: 'value',
        default: '',
        description: "Branch, tag or commit the tasks start from and prompt files are read from. Default the pull request's base branch, else the default branch.",
        scopes: { action: true },
        parse: (text) => (text === '' ? '' : gitRefValue(text)),
    }),
    option({
        name: 'create-pr',
        kind: 'value',
        default: 'draft',
        description: 'Open a pull request per successful task with changes: draft, true (ready for review) or false (push branches only).',
        scopes: { action: true },
        parse: oneOf(['draft', 'true', 'false']),
    }),
    option({
        name: 'comment',
        kind: 'switch',
        default: 'true',
        description: 'Keep a progress and summary comment on the issue, and the run summary on each pull request.',
        scopes: { action: true },
        parse: booleanText,
    }),
    option({
        name: 'remove-label',
        kind: 'switch',
        default: 'true',
        description: 'Remove the trigger label when the run ends, so adding it again starts a new run.',
        scopes: { action: true },
        parse: booleanText,
    }),
    option({
        name: 'fail-on',
        kind: 'value',
        default: 'any',
        description: 'any: the step fails when a task does not succeed or a linked prompt file cannot run; none: it never fails for that.',
        scopes: { action: true },
        parse: oneOf(['any', 'none']),
    }),
    option({
        name: 'allowed-bots',
        kind: 'value',
        default: '',
        description: 'Bot logins (comma separated, e.g. renovate[bot]) allowed to trigger runs. Bots are refused otherwise.',
        scopes: { action: true },
        parse: (text) => splitList(text).map((login) => {
            if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?$/.test(login)) {
                throw new InvalidValue('bot logins like dependabot or renovate[bot], separated by commas', login);
            }
            return normalizeBotLogin(login);
        }),
    }),
    option({
        name: 'max-tasks',
        kind: 'value',
        default: '20',
        description: 'Most tasks one run starts (1 to 100).',
        scopes: { action: true },
        parse: wholeNumber(1, 100),
    }),
    option({
        name: 'dashboard-port',
        kind: 'value',
        default: '',
        description: 'Port of the live dashboard on the runner. Empty means no dashboard.',
        scopes: { action: true },
        parse: (text) => (text === '' ? null : wholeNumber(1, 65535, 'a TCP port from 1 to 65535')(text)),
    }),
];
/** Every option, run options first, then the Action-only inputs. */
const ALL_OPTIONS = [...OPTIONS, ...ACTION_ONLY_OPTIONS];
function findOption(name) {
    const spec = ALL_OPTIONS.find((o) => o.name === name);
    if (!spec)
        throw new TypeError(`unknown option '${name}'`);
    return spec;
}
const CLI_OPTIONS = OPTIONS.filter((o) => o.scopes.cli);
/** Action inputs in action.yml's order: trigger and GitHub inputs first, then the run options. */
const ACTION_OPTIONS = [...ACTION_ONLY_OPTIONS, ...OPTIONS.filter((o) => o.scopes.action)];
const FRONT_MATTER_OPTIONS = OPTIONS.filter((o) => o.scopes.frontMatter);
/** The Action's default of an option (may differ from the CLI's). */
function actionDefault(spec) {
    return typeof spec.scopes.action === 'object' ? spec.scopes.action.default : spec.default;
}
/** Parses `text` for the option; a bad value is a ConfigError naming `label`, the value and what was expected. */
function parseOption(spec, text, label) {
    try {
        return spec.parse(text);
    }
    catch (error) {
        if (error instanceof InvalidValue)
            throw new ConfigError(invalidValueMessage(label, text, error));
        throw error;
    }
}
/** The `run options:` part of the CLI usage, one line per option. */
function renderCliUsage() {
    const rows = CLI_OPTIONS.map((o) => {
        const left = `  --${o.name}${o.metavar ? ` ${o.metavar}` : ''}`;
        const def = o.defaultText ?? o.default;
        const showDefault = o.kind !== 'switch' && def !== '';
        return `${left.padEnd(24)}${o.description}${showDefault ? ` (default ${def})` : ''}`;
    });
    return rows.join('\n');
}


/***/ }),

/***/ 9348:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./lib/core/shim.js
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

/***/ 7564:
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


/***/ }),

/***/ 5216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   MU: () => (/* binding */ identityArgs),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   XT: () => (/* binding */ redactArgs),
/* harmony export */   v3: () => (/* binding */ assertNotOption)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5403);
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
        const probe = new Git(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd), env, opts.logger ?? _core_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q);
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
        return new Git(out.stdout.trim(), env, opts.logger ?? _core_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q);
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
    /** Names of every local branch. */
    async localBranches() {
        const out = await this.exec(['for-each-ref', '--format=%(refname:strip=2)', 'refs/heads/']);
        return new Set(out.stdout.split('\n').filter(Boolean));
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
/** `text` with every secret replaced by `***`. */
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
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
/******/ var __webpack_exports__ = __nccwpck_require__(518);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
