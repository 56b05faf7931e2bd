export const id = 103;
export const ids = [103];
export const modules = {

/***/ 1103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The GitHub client: Octokit from @actions/github (proxy-aware, the runner's user agent) with the retry
 * plugin (5xx and network errors) and the throttling plugin (primary and secondary rate limits).
 */



function createGitHubClient(token, options) {
    if (!token)
        throw new TypeError('createGitHubClient: a token is required');
    const { logger } = options;
    const retries = options.retries ?? 3;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}; giving up after ${retryCount} retries`);
            return false;
        }
        logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: options.throttle === false
            ? { enabled: false }
            : {
                onRateLimit: onLimit('primary'),
                onSecondaryRateLimit: onLimit('secondary'),
                retryAfterBaseValue: options.retryBaseMs ?? 1000,
            },
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.debug(m),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** `owner/name` → `{ owner, repo }`, refusing anything else. */
function parseRepository(text) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text ?? '');
    if (!m)
        throw new Error(`GITHUB_REPOSITORY is '${text ?? ''}'; expected 'owner/name'`);
    return { owner: m[1], repo: m[2] };
}
/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number')
        return error.status;
    return undefined;
}


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/exec/docker/client.js + 5 modules
var docker_client = __webpack_require__(170);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/core/config.js
var core_config = __webpack_require__(6641);
// EXTERNAL MODULE: ./lib/core/logger.js
var core_logger = __webpack_require__(5403);
;// CONCATENATED MODULE: ./lib/exec/docker/image.js
/**
 * The agent image: built locally from docker/Dockerfile (no registry needed beyond the base image),
 * with an optional extra CA bundle baked in so npm and the agent trust a TLS-intercepting proxy.
 */







/** Text every agent Dockerfile of this package contains; guards against finding someone else's. */
const DOCKERFILE_MARKER = 'ARG CLAUDE_CODE_VERSION=';
/**
 * Finds this package's docker/Dockerfile by walking up from `startDir`. Works from the sources
 * (src/exec), the compiled lib/exec and the bundles (dist/, dist/cli/), which all sit below the
 * package root.
 */
function locateDockerfile(startDir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = external_node_path_.resolve(startDir);
    for (;;) {
        const candidate = external_node_path_.join(dir, 'docker', 'Dockerfile');
        if (isAgentDockerfile(candidate))
            return candidate;
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}
function isAgentDockerfile(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8').includes(DOCKERFILE_MARKER);
    }
    catch {
        return false;
    }
}
/** The Claude Code version a Dockerfile pins (`ARG CLAUDE_CODE_VERSION=…`). */
function pinnedClaudeVersion(dockerfileText) {
    return /^ARG CLAUDE_CODE_VERSION=(\S+)\s*$/m.exec(dockerfileText)?.[1];
}
/** Builds the agent image from a staged context: the Dockerfile plus `ca-certificates/extra.crt`. */
async function buildAgentImage(client, options = {}) {
    const logger = options.logger ?? core_logger/* silentLogger */.q;
    const tag = options.tag ?? core_config/* DEFAULT_IMAGE */.__;
    const baseImage = options.baseImage ?? core_config/* DEFAULT_BASE_IMAGE */.sb;
    const caCertFile = resolveCaCertFile(options, logger);
    const dockerfile = locateDockerfile(options.searchFrom);
    const context = await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'agent-fanout-image-'));
    const started = Date.now();
    try {
        await promises_.copyFile(dockerfile, external_node_path_.join(context, 'Dockerfile'));
        const caDir = external_node_path_.join(context, 'ca-certificates');
        await promises_.mkdir(caDir);
        // COPY of an empty folder is fine, but an explicit file keeps the context's shape obvious.
        await promises_.writeFile(external_node_path_.join(caDir, '.keep'), '');
        if (caCertFile)
            await promises_.copyFile(caCertFile, external_node_path_.join(caDir, 'extra.crt'));
        const buildArgs = { BASE_IMAGE: baseImage };
        if (options.claudeVersion)
            buildArgs.CLAUDE_CODE_VERSION = options.claudeVersion;
        const version = options.claudeVersion ?? pinnedClaudeVersion(await promises_.readFile(dockerfile, 'utf8')) ?? 'pinned';
        logger.info(`Building agent image ${tag} from ${baseImage} (Claude Code ${version}${caCertFile ? `, extra CAs from ${caCertFile}` : ''})`);
        await client.buildImage({ contextDir: context, tag, buildArgs, onProgress: (line) => logger.debug(line) });
        const durationMs = Date.now() - started;
        logger.info(`Built agent image ${tag} in ${Math.round(durationMs / 1000)}s`);
        return { tag, durationMs, caCertFile };
    }
    finally {
        await promises_.rm(context, { recursive: true, force: true });
    }
}
function resolveCaCertFile(options, logger) {
    if (options.caCertFile) {
        try {
            external_node_fs_.accessSync(options.caCertFile, external_node_fs_.constants.R_OK);
        }
        catch {
            throw new Error(`agent image: CA certificate file '${options.caCertFile}' is not readable`);
        }
        return options.caCertFile;
    }
    const fromEnv = (options.env ?? process.env).NODE_EXTRA_CA_CERTS;
    if (!fromEnv)
        return undefined;
    try {
        external_node_fs_.accessSync(fromEnv, external_node_fs_.constants.R_OK);
        return fromEnv;
    }
    catch {
        logger.warning(`agent image: NODE_EXTRA_CA_CERTS names '${fromEnv}', which is not readable; building without extra CAs`);
        return undefined;
    }
}
/**
 * Makes sure `image` is present: the default agent image is built when missing; any other image
 * must already exist (this never pulls). Says which happened.
 */
async function ensureImage(client, image, options = {}) {
    if (await client.imageExists(image))
        return 'present';
    if (image !== core_config/* DEFAULT_IMAGE */.__) {
        throw new Error(`Image '${image}' is not present on the Docker host. Pull or build it first (docker pull ${image}), ` +
            `or use the default '${core_config/* DEFAULT_IMAGE */.__}', which agent-fanout builds itself.`);
    }
    await buildAgentImage(client, { ...options, tag: image });
    return 'built';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./lib/core/units.js
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
function units_formatDuration(ms) {
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

// EXTERNAL MODULE: ./lib/exec/proctree.js
var proctree = __webpack_require__(6829);
;// CONCATENATED MODULE: ./lib/exec/subprocess.js
/**
 * The subprocess executor: runs the agent directly on the host, for machines without Docker.
 *
 * It gives no isolation: `cpus`, `memoryBytes`, `pidsLimit`, `network`, `image`, `mounts` and `user`
 * cannot be enforced without a container and are ignored (`memory.limitBytes` is null). What it does
 * keep from the container model: the agent gets exactly `spec.env` (plus PATH and HOME), runs in a
 * process group and session of its own, and when the agent exits, times out or is cancelled every
 * process left in that group is killed, as a container's would be.
 */









const systemClock = { now: () => Date.now() };
/** The largest delay setTimeout accepts; longer timeouts are clamped to it (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Process groups still running, killed if this process exits first so no agent outlives the engine. */
const liveGroups = new Set();
let exitHookInstalled = false;
function trackGroup(pgid) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once('exit', () => {
            for (const group of liveGroups)
                signalGroup(group, 'SIGKILL');
        });
    }
    liveGroups.add(pgid);
}
/** Sends `signal` to a process group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
function positive(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value <= 0)
        throw new TypeError(`Expected \`${name}\` to be a positive number, got ${value}`);
    return value;
}
function createSubprocessExecutor(options = {}) {
    return new SubprocessExecutor(options);
}
class SubprocessExecutor {
    mode = 'subprocess';
    #logger;
    #clock;
    #sampleIntervalMs;
    #killGraceMs;
    #drainTimeoutMs;
    constructor(options) {
        this.#logger = options.logger ?? core_logger/* silentLogger */.q;
        this.#clock = options.clock ?? systemClock;
        this.#sampleIntervalMs = positive('sampleIntervalMs', options.sampleIntervalMs, 1000);
        this.#killGraceMs = positive('killGraceMs', options.killGraceMs, 5000);
        this.#drainTimeoutMs = positive('drainTimeoutMs', options.drainTimeoutMs, 2000);
    }
    async run(spec) {
        const run = new SubprocessRun(spec, {
            logger: this.#logger,
            clock: this.#clock,
            sampleIntervalMs: this.#sampleIntervalMs,
            killGraceMs: this.#killGraceMs,
            drainTimeoutMs: this.#drainTimeoutMs,
        });
        return run.execute();
    }
}
/** One execution: owns the child, its output files, its timers and its measurements. */
class SubprocessRun {
    #spec;
    #s;
    #phases = {};
    #stopReason;
    #monitor;
    #pgid = 0;
    #lastSample;
    #startedAt = 0;
    #peakPercent = 0;
    #peakBytes = 0;
    #peakPids = 0;
    #sampling;
    #outputErrors = [];
    #callbackFailed = false;
    constructor(spec, settings) {
        this.#spec = spec;
        this.#s = settings;
    }
    get #task() {
        return `task '${this.#spec.taskId}'`;
    }
    async execute() {
        const spec = this.#spec;
        const t0 = this.#s.clock.now();
        if (spec.signal?.aborted)
            return this.#result('cancelled', null, t0, t0);
        if (spec.argv.length === 0 || !spec.argv[0])
            return this.#failure(t0, 'no command to run (empty argv)');
        try {
            if (!(await (0,promises_.stat)(spec.workdir)).isDirectory())
                return this.#failure(t0, `working directory '${spec.workdir}' is not a directory`);
        }
        catch (err) {
            return this.#failure(t0, `working directory '${spec.workdir}' is not accessible: ${(0,core_errors/* errorMessage */.g)(err)}`);
        }
        const files = [];
        try {
            for (const file of [spec.logFile, spec.stdoutFile]) {
                await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
                files.push((await (0,promises_.open)(file, 'w')).createWriteStream());
            }
        }
        catch (err) {
            await closeAll(files);
            return this.#failure(t0, `could not open output files: ${(0,core_errors/* errorMessage */.g)(err)}`);
        }
        const [log, stdout] = files;
        for (const [name, stream] of [['log', log], ['stdout', stdout]]) {
            stream.on('error', (err) => this.#outputErrors.push(`${name} file: ${(0,core_errors/* errorMessage */.g)(err)}`));
        }
        const env = { ...spec.env };
        env.PATH ??= process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
        env.HOME ??= process.env.HOME ?? external_node_os_.homedir();
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(spec.argv[0], spec.argv.slice(1), {
                cwd: spec.workdir,
                env,
                // Its own session and process group: the whole tree can be signalled and found again.
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
        }
        catch (err) {
            return this.#failStart(t0, this.#startError(err, env.PATH), files);
        }
        const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
        const spawned = await new Promise((resolve) => {
            child.once('spawn', () => resolve(undefined));
            child.once('error', (err) => resolve(err));
        });
        if (spawned || child.pid === undefined)
            return this.#failStart(t0, this.#startError(spawned, env.PATH), files);
        // Errors after spawn come from kill(); the group kill is what matters and is done separately.
        child.on('error', (err) => this.#s.logger.debug(`${this.#task}: process error: ${(0,core_errors/* errorMessage */.g)(err)}`));
        const pid = child.pid;
        this.#pgid = pid;
        trackGroup(pid);
        this.#startedAt = this.#s.clock.now();
        this.#phases.spawn = this.#startedAt - t0;
        this.#s.logger.debug(`${this.#task}: started '${spec.argv[0]}' as pid ${pid} in ${spec.workdir}`);
        this.#monitor = new proctree/* ProcessTreeMonitor */.MB(pid, { session: pid });
        const pumps = [
            this.#pump(child.stdout, 'stdout', [log, stdout]),
            this.#pump(child.stderr, 'stderr', [log]),
        ];
        let graceTimer;
        const stop = (reason) => {
            if (this.#stopReason)
                return;
            this.#stopReason = reason;
            const why = reason === 'timed_out' ? `timed out after ${units_formatDuration(spec.timeoutMs)}` : 'cancelled';
            this.#s.logger.info(`${this.#task}: ${why}; stopping its processes (SIGTERM, SIGKILL after ${units_formatDuration(this.#s.killGraceMs)})`);
            void this.#killTree('SIGTERM');
            graceTimer = setTimeout(() => void this.#killTree('SIGKILL'), this.#s.killGraceMs);
        };
        const timeoutTimer = spec.timeoutMs > 0 && Number.isFinite(spec.timeoutMs)
            ? setTimeout(() => stop('timed_out'), Math.min(spec.timeoutMs, MAX_TIMER_MS))
            : undefined;
        const onAbort = () => stop('cancelled');
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        if (spec.signal?.aborted)
            onAbort();
        // A first sample soon after the start catches short commands; then one per interval.
        const firstSample = setTimeout(() => this.#sampleOnce(), Math.min(200, this.#s.sampleIntervalMs));
        const sampler = setInterval(() => this.#sampleOnce(), this.#s.sampleIntervalMs);
        const { code, signal } = await exited;
        const finishedAt = this.#s.clock.now();
        this.#phases.wait = finishedAt - this.#startedAt;
        clearTimeout(timeoutTimer);
        clearTimeout(graceTimer);
        clearTimeout(firstSample);
        clearInterval(sampler);
        spec.signal?.removeEventListener('abort', onAbort);
        // The last look at the tree (orphans included) before they are killed.
        await this.#sampling;
        await this.#sample(true);
        const leftovers = await this.#killTree('SIGKILL');
        if (leftovers > 0)
            this.#s.logger.debug(`${this.#task}: killed ${leftovers} process(es) left running after the agent exited`);
        liveGroups.delete(pid);
        const drainStart = this.#s.clock.now();
        const drained = await withTimeout(Promise.all(pumps), this.#s.drainTimeoutMs);
        if (!drained) {
            this.#s.logger.warning(`${this.#task}: output pipes still open ${units_formatDuration(this.#s.drainTimeoutMs)} after exit (a process left its group?); closing them`);
            child.stdout?.destroy();
            child.stderr?.destroy();
            await Promise.all(pumps);
        }
        await closeAll([log, stdout]);
        this.#phases.flush = this.#s.clock.now() - drainStart;
        for (const err of this.#outputErrors)
            this.#s.logger.warning(`${this.#task}: writing output failed: ${err}`);
        const exitCode = code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : null);
        return this.#result(this.#stopReason ?? 'exited', exitCode, this.#startedAt, finishedAt);
    }
    /** A start failure is also written to the task's log, where people look first. */
    async #failStart(at, detail, files) {
        const result = this.#failure(at, detail);
        files[0].write(`${result.error}\n`);
        await closeAll(files);
        return result;
    }
    #startError(err, pathVar) {
        const command = this.#spec.argv[0];
        const code = err?.code;
        if (code === 'ENOENT')
            return `could not start '${command}': command not found (PATH=${pathVar})`;
        if (code === 'EACCES')
            return `could not start '${command}': permission denied (not executable?)`;
        return `could not start '${command}': ${(0,core_errors/* errorMessage */.g)(err)}`;
    }
    /** Copies a child stream into files with backpressure (constant memory) and to `onOutput`. */
    #pump(source, name, targets) {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const onOutput = this.#spec.onOutput;
        const emit = (text) => {
            if (!onOutput || text === '')
                return;
            try {
                onOutput(name, text);
            }
            catch (err) {
                if (!this.#callbackFailed)
                    this.#s.logger.warning(`${this.#task}: output callback failed: ${(0,core_errors/* errorMessage */.g)(err)}`);
                this.#callbackFailed = true;
            }
        };
        return new Promise((resolve) => {
            source.on('data', (chunk) => {
                const blocked = targets.filter((t) => !t.destroyed && !t.write(chunk));
                if (blocked.length > 0) {
                    source.pause();
                    void Promise.all(blocked.map((t) => drainOrClose(t))).then(() => source.resume());
                }
                emit(decoder.write(chunk));
            });
            source.once('close', () => {
                emit(decoder.end());
                resolve();
            });
            source.on('error', (err) => this.#outputErrors.push(`${name} pipe: ${(0,core_errors/* errorMessage */.g)(err)}`));
        });
    }
    #sampleOnce() {
        this.#sampling ??= this.#sample()
            .catch((err) => this.#s.logger.debug(`${this.#task}: resource sample failed: ${(0,core_errors/* errorMessage */.g)(err)}`))
            .finally(() => (this.#sampling = undefined));
    }
    async #sample(fresh = false) {
        const monitor = this.#monitor;
        if (!monitor)
            return;
        const previous = this.#lastSample;
        const sample = await monitor.sample(this.#s.clock.now(), fresh);
        this.#lastSample = sample;
        const since = previous ?? { at: this.#startedAt, cpuSeconds: 0 };
        const seconds = (sample.at - since.at) / 1000;
        const cpuPercent = seconds > 0 ? ((sample.cpuSeconds - since.cpuSeconds) / seconds) * 100 : 0;
        this.#peakPercent = Math.max(this.#peakPercent, cpuPercent);
        this.#peakBytes = Math.max(this.#peakBytes, sample.rssBytes);
        this.#peakPids = Math.max(this.#peakPids, sample.pids.length);
        if (sample.pids.length === 0)
            return;
        const resource = { at: sample.at, cpuPercent, memoryBytes: sample.rssBytes, pids: sample.pids.length };
        try {
            this.#spec.onSample?.(resource);
        }
        catch (err) {
            this.#s.logger.debug(`${this.#task}: sample callback failed: ${(0,core_errors/* errorMessage */.g)(err)}`);
        }
    }
    /**
     * Signals the process group and every tree member seen at the last sample that left it (checked by
     * start time, so a recycled pid is never hit). Returns how many processes were signalled.
     */
    async #killTree(signal) {
        let count = 0;
        const members = this.#monitor?.members ?? [];
        for (const m of members)
            if (m.pgrp === this.#pgid)
                count++;
        if (!signalGroup(this.#pgid, signal))
            count = 0;
        for (const m of members) {
            if (m.pgrp === this.#pgid)
                continue;
            const now = await (0,proctree/* readProcStat */.TQ)(m.pid);
            if (now?.startTime !== m.startTime)
                continue;
            try {
                process.kill(m.pid, signal);
                count++;
            }
            catch {
                // Gone in between: nothing to do.
            }
        }
        return count;
    }
    #result(outcome, exitCode, startedAt, finishedAt) {
        const seconds = this.#lastSample?.cpuSeconds ?? 0;
        const wall = (finishedAt - startedAt) / 1000;
        const avgPercent = wall > 0 ? (seconds / wall) * 100 : 0;
        return {
            outcome,
            exitCode,
            startedAt,
            finishedAt,
            cpu: { seconds, avgPercent, peakPercent: Math.max(this.#peakPercent, avgPercent) },
            memory: { peakBytes: this.#peakBytes, limitBytes: null },
            peakPids: this.#peakPids,
            phases: { ...this.#phases },
        };
    }
    #failure(at, detail) {
        const error = `${this.#task}: ${detail}`;
        this.#s.logger.error(error);
        return { ...this.#result('error', null, at, at), error };
    }
}
function drainOrClose(stream) {
    return new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}
/** Ends the streams and waits until their files are closed (everything written is on disk then). */
async function closeAll(streams) {
    await Promise.all(streams.map((s) => new Promise((resolve) => {
        if (s.closed)
            return resolve();
        s.once('close', () => resolve());
        if (s.destroyed)
            return;
        s.end();
    })));
}
async function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
        return await Promise.race([promise.then(() => true), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./lib/exec/select.js




async function selectExecutor(config, tasks, logger) {
    if (config.execution === 'subprocess') {
        return { executor: createSubprocessExecutor({ logger }), reason: 'execution: subprocess' };
    }
    let client;
    try {
        client = docker_client/* DockerClient */.al.connect();
        await client.ping();
    }
    catch (error) {
        return fallBack(config, logger, `the Docker daemon does not answer (${(0,core_errors/* errorMessage */.g)(error)})`);
    }
    const images = [...new Set(tasks.map((t) => t.image ?? config.image))];
    for (const image of images) {
        try {
            await ensureImage(client, image, { logger, caCertFile: config.caCertFile });
        }
        catch (error) {
            return fallBack(config, logger, `image '${image}' is not usable (${(0,core_errors/* errorMessage */.g)(error)})`);
        }
    }
    return { executor: client.createExecutor({ logger }) };
}
function fallBack(config, logger, why) {
    if (config.execution === 'docker') {
        throw new Error(`execution 'docker' was asked for, but ${why}`);
    }
    const reason = `Docker not used: ${why}; running agents as plain subprocesses (no isolation, no resource limits)`;
    logger.warning(reason);
    return { executor: createSubprocessExecutor({ logger }), reason };
}

// EXTERNAL MODULE: ./lib/git/git.js
var git_git = __webpack_require__(5216);
// EXTERNAL MODULE: ./lib/git/worktrees.js
var worktrees = __webpack_require__(4354);
;// CONCATENATED MODULE: ./lib/tasks/graph.js
function byId(tasks) {
    return new Map(tasks.map((t) => [t.id, t]));
}
/**
 * A dependency cycle as ids, first id repeated at the end (`['a', 'b', 'c', 'a']`), or null.
 * Searches from tasks in list order, so the same input always reports the same cycle.
 */
function findCycle(tasks) {
    const tasksById = byId(tasks);
    const state = new Map();
    const stack = [];
    const visit = (id) => {
        state.set(id, 'visiting');
        stack.push(id);
        for (const dep of tasksById.get(id)?.dependsOn ?? []) {
            if (!tasksById.has(dep))
                continue;
            const seen = state.get(dep);
            if (seen === 'visiting')
                return [...stack.slice(stack.indexOf(dep)), dep];
            if (seen === undefined) {
                const cycle = visit(dep);
                if (cycle)
                    return cycle;
            }
        }
        stack.pop();
        state.set(id, 'done');
        return null;
    };
    for (const task of tasks) {
        if (state.has(task.id))
            continue;
        const cycle = visit(task.id);
        if (cycle)
            return cycle;
    }
    return null;
}
/** `a -> b -> c -> a`. */
function formatCycle(cycle) {
    return cycle.join(' -> ');
}
/**
 * Tasks ordered so that each comes after everything it depends on; among tasks that are ready at
 * the same time, input order is kept. Throws on a cycle.
 */
function topoOrder(tasks) {
    const tasksById = byId(tasks);
    const placed = new Set();
    const order = [];
    while (order.length < tasks.length) {
        const ready = tasks.find((t) => !placed.has(t.id) && t.dependsOn.every((dep) => placed.has(dep) || !tasksById.has(dep)));
        if (!ready) {
            const cycle = findCycle(tasks.filter((t) => !placed.has(t.id)));
            throw new Error(`dependency cycle: ${cycle ? formatCycle(cycle) : 'unknown'}`);
        }
        placed.add(ready.id);
        order.push(ready);
    }
    return order;
}
/** Ids of every task that depends on `id`, directly or through others, in input order. */
function dependentsOf(tasks, id) {
    const found = new Set();
    let frontier = [id];
    while (frontier.length > 0) {
        const next = [];
        for (const task of tasks) {
            if (found.has(task.id) || task.id === id)
                continue;
            if (task.dependsOn.some((dep) => frontier.includes(dep))) {
                found.add(task.id);
                next.push(task.id);
            }
        }
        frontier = next;
    }
    return tasks.map((t) => t.id).filter((t) => found.has(t));
}
/**
 * The longest chain of durations through the dependency graph: the least wall time any schedule
 * with unlimited parallelism could take. Tasks without a duration count as 0; unknown dependency ids
 * are ignored, and a cycle (which loading rejects earlier) is cut where it closes.
 */
function criticalPathMs(tasks, durationById) {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const finish = new Map();
    const visiting = new Set();
    const finishOf = (task) => {
        const known = finish.get(task.id);
        if (known !== undefined)
            return known;
        if (visiting.has(task.id))
            return 0;
        visiting.add(task.id);
        let start = 0;
        for (const dep of task.dependsOn) {
            const depTask = byId.get(dep);
            if (depTask)
                start = Math.max(start, finishOf(depTask));
        }
        visiting.delete(task.id);
        const duration = durationById.get(task.id);
        const end = start + (duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : 0);
        finish.set(task.id, end);
        return end;
    };
    return Math.max(0, ...tasks.map(finishOf));
}

;// CONCATENATED MODULE: ./lib/report/metrics.js

const FAILED_STATUSES = new Set(['failed', 'timed_out', 'oom']);
/** True when the task's agent was started (whatever happened afterwards). */
function metrics_taskRan(task) {
    return task.agentStartedAt !== null;
}
/**
 * The agent time of a task: `durationMs`, else derived from the agent timestamps, else 0 (never ran
 * or never finished). Negative values (clock skew) count as 0 so one bad record cannot cancel others.
 */
function metrics_taskDurationMs(task) {
    let ms = task.durationMs;
    if (ms === null && task.agentStartedAt !== null && task.agentFinishedAt !== null) {
        ms = task.agentFinishedAt - task.agentStartedAt;
    }
    return ms !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}
/**
 * Percentile by linear interpolation between closest ranks — the "inclusive" definition used by
 * NumPy's default (`method='linear'`), Excel's `PERCENTILE.INC` and R's type 7: sort the values,
 * take the fractional rank `r = p/100 · (n − 1)` and interpolate between the values at
 * `floor(r)` and `ceil(r)`. So p0 is the minimum, p100 the maximum, and a single value is every
 * percentile. An empty array gives `NaN` (there is no percentile of nothing; reports print `–`).
 * @throws RangeError when `p` is not a number in [0, 100].
 */
function percentile(values, p) {
    if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 100) {
        throw new RangeError(`percentile: p must be a number in [0, 100], got ${String(p)}`);
    }
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}
/** The 50th percentile ({@link percentile}); `NaN` for an empty array. */
function median(values) {
    return percentile(values, 50);
}
/**
 * Whether two half-open intervals share any instant: `[0, 10)` and `[10, 20)` do not (one task
 * ending as the next starts is not concurrency); an empty interval overlaps nothing.
 */
function intervalsOverlap(a, b) {
    return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}
/**
 * The largest number of intervals open at one instant (sweep line). At equal times ends are
 * processed before starts, so touching intervals do not count as overlapping. Empty intervals
 * are ignored.
 */
function peakOverlap(intervals) {
    const events = [];
    for (const { start, end } of intervals) {
        if (!(start < end))
            continue;
        events.push([start, 1], [end, -1]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let open = 0;
    let peak = 0;
    for (const [, delta] of events) {
        open += delta;
        peak = Math.max(peak, open);
    }
    return peak;
}
/** Length of the longest dependency chain, each task weighing its measured agent duration. */
function metrics_criticalPathMs(tasks) {
    return criticalPathMs(tasks, new Map(tasks.map((t) => [t.id, metrics_taskDurationMs(t)])));
}
/** Median duration of each lifecycle phase over the tasks that report it, in first-seen order. */
function phaseMedians(tasks) {
    const values = new Map();
    for (const task of tasks) {
        for (const [phase, ms] of Object.entries(task.phases ?? {})) {
            if (!Number.isFinite(ms))
                continue;
            const list = values.get(phase) ?? [];
            list.push(ms);
            values.set(phase, list);
        }
    }
    const result = {};
    for (const [phase, list] of values)
        result[phase] = median(list);
    return result;
}
/**
 * Computes the run's figures. Definitions (also in the README):
 * - `wallMs` = finishedAt − startedAt of the fan-out;
 * - `sumTaskMs` = sum of agent durations of the tasks that ran (what a serial run would have cost);
 * - `speedup` = sumTaskMs / wallMs (0 when wallMs is 0);
 * - `efficiency` = speedup / min(tasks that ran, maxParallel) — 1 means every usable slot was busy
 *   for the whole wall time (0 when nothing ran);
 * - `speedupBound` = sumTaskMs / criticalPathMs, the best any parallelism could do given the
 *   dependencies (null when the critical path is unknown or 0);
 * - `peakConcurrency` = most agents running at one instant (see {@link peakOverlap}); at least 1
 *   when any task ran, since a zero-length run still ran;
 * - `failed` counts `failed`, `timed_out` and `oom`; tasks still `queued`/`running` are in no count.
 */
function computeRunMetrics(tasks, info) {
    const wallMs = Math.max(0, info.finishedAt - info.startedAt);
    const ran = tasks.filter(metrics_taskRan);
    const sumTaskMs = ran.reduce((sum, t) => sum + metrics_taskDurationMs(t), 0);
    const speedup = wallMs > 0 ? sumTaskMs / wallMs : 0;
    const slots = Math.min(ran.length, info.maxParallel);
    const efficiency = slots > 0 ? speedup / slots : 0;
    const critical = info.criticalPathMs === undefined ? metrics_criticalPathMs(tasks) : info.criticalPathMs;
    const speedupBound = critical !== null && critical > 0 ? sumTaskMs / critical : null;
    // A task still running when the run ended (aborted run) is open until the run's end.
    const intervals = ran.map((t) => ({
        start: t.agentStartedAt,
        end: t.agentFinishedAt ?? Math.max(info.finishedAt, t.agentStartedAt),
    }));
    const peakConcurrency = Math.max(peakOverlap(intervals), ran.length > 0 ? 1 : 0);
    let succeeded = 0;
    let failed = 0;
    let skipped = 0;
    let cancelled = 0;
    let totalCostUsd = 0;
    for (const t of tasks) {
        if (t.status === 'succeeded')
            succeeded++;
        else if (FAILED_STATUSES.has(t.status))
            failed++;
        else if (t.status === 'skipped')
            skipped++;
        else if (t.status === 'cancelled')
            cancelled++;
        const cost = t.agent?.costUsd;
        if (typeof cost === 'number' && Number.isFinite(cost))
            totalCostUsd += cost;
    }
    return {
        wallMs,
        sumTaskMs,
        speedup,
        efficiency,
        criticalPathMs: critical,
        speedupBound,
        peakConcurrency,
        maxParallel: info.maxParallel,
        mode: info.mode,
        succeeded,
        failed,
        skipped,
        cancelled,
        totalCostUsd,
        heldBackMs: info.heldBackMs ?? 0,
    };
}

;// CONCATENATED MODULE: ./lib/report/format.js
const STATUS_EMOJI = {
    queued: '⏳',
    running: '🔄',
    succeeded: '✅',
    failed: '❌',
    timed_out: '⏱️',
    oom: '💥',
    skipped: '⏭️',
    cancelled: '🚫',
};
/** Single-width symbols for terminals, where emoji widths vary. */
const STATUS_SYMBOL = {
    queued: '·',
    running: '>',
    succeeded: '✔',
    failed: '✘',
    timed_out: '✘',
    oom: '✘',
    skipped: '-',
    cancelled: '-',
};
function statusEmoji(status) {
    return STATUS_EMOJI[status] ?? '❔';
}
function format_statusSymbol(status) {
    return STATUS_SYMBOL[status] ?? '?';
}
/** `timed_out` → `timed out`. */
function format_statusLabel(status) {
    return status.replace(/_/g, ' ');
}
// C0/C1 controls and DEL (ANSI escape sequences start with ESC), plus the Unicode line/paragraph
// separators and bidi overrides that can make displayed text differ from the bytes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Replaces control characters (including newlines and ESC) by spaces: safe for a terminal line. */
function format_stripControl(text) {
    return text.replace(CONTROL, ' ');
}
/**
 * Makes untrusted text render literally as inline Markdown on GitHub, on one line: HTML-significant
 * characters become entities, Markdown punctuation is backslash-escaped (including `|` so it cannot
 * split a table cell, `$` so it cannot open math), line breaks and other control characters become
 * spaces, and `@` is followed by a zero-width space: GitHub finds mentions in the rendered text, so
 * a backslash would not stop a title from pinging `@someone` (Dependabot does the same).
 */
function escapeMarkdown(text) {
    return format_stripControl(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~$-]/g, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/** {@link escapeMarkdown} for a table cell, shortened to `max` characters (before escaping). */
function escapeCell(text, max = 200) {
    return escapeMarkdown(format_truncate(text.trim(), max));
}
function format_truncate(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Inline code for identifiers that are safe in a code span, escaped text otherwise. */
function codeOrText(text) {
    return /^[\w./-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
/** Mermaid gantt statements a task label must not start with, or the line is parsed as one. */
const MERMAID_KEYWORDS = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|href|call|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}_])/iu;
/**
 * A label for a mermaid gantt bar. Mermaid ends the label at `:`, treats `#` and `%` as comment
 * starters and `;` as a statement end, and renders labels as HTML — so only letters, digits,
 * spaces and `_ . , - / ( ) + '` are kept, and a label that would read as a keyword gets a prefix.
 */
function mermaidLabel(text, max = 60) {
    let label = text
        .replace(/[^\p{L}\p{N} _.,\-/()+']/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    label = format_truncate(label, max).replace(/…$/, '').trim();
    if (!label)
        return 'task';
    return MERMAID_KEYWORDS.test(label) ? `task ${label}` : label;
}
/** `3.636…` → `3.64×`. */
function format_formatSpeedup(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}
/** `0.909…` → `91%`. */
function format_formatRatio(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`;
}
/** A CPU percentage as measured (100 = one core busy). */
function formatPercent(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)}%`;
}
function format_formatCost(usd) {
    if (usd === null || usd === undefined || !Number.isFinite(usd))
        return '–';
    return usd > 0 && usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
/** Seconds with one decimal: `12.34` → `12.3 s`. */
function formatSeconds(seconds) {
    return seconds === null || seconds === undefined || !Number.isFinite(seconds) ? '–' : `${seconds.toFixed(1)} s`;
}
/** `3 (+12/-4)`; `–` when nothing changed. */
function format_formatChanges(files, insertions, deletions) {
    return files > 0 ? `${files} (+${insertions}/-${deletions})` : '–';
}
/** `1 task`, `4 tasks`. */
function format_plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js



const TASK_COLUMNS = [
    'Status',
    'Task',
    'Branch',
    'PR',
    'Duration',
    'Queue wait',
    'Overhead',
    'CPU s / avg / peak',
    'Memory peak / limit',
    'Turns',
    'Cost',
    'Files (+/-)',
];
function columns(withPr) {
    return TASK_COLUMNS.filter((c) => withPr || c !== 'PR');
}
/** The header and delimiter lines of the task table. */
function renderTaskTableHeader(opts = {}) {
    const cols = columns(opts.withPr ?? false);
    return `| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`;
}
/**
 * A Markdown link to a PR, or `–`. Only http(s) URLs are linked, and characters that would end the
 * link destination are percent-encoded.
 */
function renderPrLink(url) {
    if (!url || !/^https?:\/\//i.test(url))
        return '–';
    const number = /\/pull\/(\d+)/.exec(url)?.[1];
    const safe = url.replace(/[\s()<>|\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${number ? `#${number}` : 'PR'}](${safe})`;
}
/** One row of the task table (matching {@link renderTaskTableHeader} with the same `withPr`). */
function renderTaskRow(task, opts = {}) {
    const withPr = opts.withPr ?? opts.prUrl !== undefined;
    const status = `${statusEmoji(task.status)} ${format_statusLabel(task.status)}${task.reason ? `: ${escapeCell(task.reason, 120)}` : ''}`;
    const name = task.title && task.title !== task.id ? `${codeOrText(task.id)} — ${escapeCell(task.title, 120)}` : codeOrText(task.id);
    const cpu = task.cpu
        ? `${formatSeconds(task.cpu.seconds)} / ${formatPercent(task.cpu.avgPercent)} / ${formatPercent(task.cpu.peakPercent)}`
        : '–';
    const memory = task.memory ? `${formatBytes(task.memory.peakBytes)} / ${formatBytes(task.memory.limitBytes)}` : '–';
    const cells = [
        status,
        name,
        task.branch ? codeOrText(task.branch) : '–',
        ...(withPr ? [renderPrLink(opts.prUrl)] : []),
        metrics_taskRan(task) ? units_formatDuration(metrics_taskDurationMs(task)) : '–',
        units_formatDuration(task.queueWaitMs),
        units_formatDuration(task.overheadMs),
        cpu,
        memory,
        task.agent?.turns !== undefined ? String(task.agent.turns) : '–',
        format_formatCost(task.agent?.costUsd),
        format_formatChanges(task.filesChanged, task.insertions, task.deletions),
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The whole task table; a PR column is added when `prLinks` is given. */
function renderTaskTable(tasks, prLinks) {
    const withPr = prLinks !== undefined;
    const rows = tasks.map((t) => renderTaskRow(t, { withPr, prUrl: prLinks?.[t.id] }));
    return [renderTaskTableHeader({ withPr }), ...rows].join('\n');
}
/**
 * A Mermaid gantt with one bar per task whose agent ran, from agent start to agent end (epoch ms,
 * `dateFormat x`). Failed runs are `crit`, successful ones `done`. Bars get generated ids (`t1`…)
 * and sanitized labels, because task ids and titles are not valid mermaid syntax in general.
 * Returns an empty string when no task ran.
 */
function renderGantt(tasks, runFinishedAt) {
    const bars = [];
    tasks.forEach((task, index) => {
        if (task.agentStartedAt === null)
            return;
        const start = Math.round(task.agentStartedAt);
        const rawEnd = task.agentFinishedAt ?? runFinishedAt ?? task.agentStartedAt;
        // Mermaid drops zero-length bars; one millisecond keeps the task visible.
        const end = Math.max(Math.round(rawEnd), start + 1);
        const tag = task.status === 'succeeded' ? 'done, ' : ['failed', 'timed_out', 'oom'].includes(task.status) ? 'crit, ' : '';
        bars.push(`    ${mermaidLabel(task.id)} :${tag}t${index + 1}, ${start}, ${end}`);
    });
    if (bars.length === 0)
        return '';
    return ['```mermaid', 'gantt', '    dateFormat x', '    axisFormat %M:%S', '    section Tasks', ...bars, '```'].join('\n');
}
/** Run-level resource and timing figures, as a two-column table. */
function renderResourcesTable(result) {
    const { run, tasks } = result;
    const ran = tasks.filter(metrics_taskRan);
    const durations = ran.map(metrics_taskDurationMs);
    const queueWaits = tasks.flatMap((t) => (t.queueWaitMs === null ? [] : [t.queueWaitMs]));
    const overheads = tasks.flatMap((t) => (t.overheadMs === null ? [] : [t.overheadMs]));
    const cpuSeconds = tasks.reduce((sum, t) => sum + (t.cpu?.seconds ?? 0), 0);
    const cpuAvg = tasks.flatMap((t) => (t.cpu ? [t.cpu.avgPercent] : []));
    const cpuPeak = Math.max(-Infinity, ...tasks.flatMap((t) => (t.cpu ? [t.cpu.peakPercent] : [])));
    const memPeakTask = tasks.reduce((best, t) => (t.memory && (!best?.memory || t.memory.peakBytes > best.memory.peakBytes) ? t : best), null);
    const pids = Math.max(-Infinity, ...tasks.flatMap((t) => (t.peakPids === null ? [] : [t.peakPids])));
    const orNone = (ms) => (Number.isFinite(ms) ? units_formatDuration(ms) : '–');
    const rows = [
        ['Agent duration median / p95 / max', `${orNone(median(durations))} / ${orNone(percentile(durations, 95))} / ${orNone(percentile(durations, 100))}`],
        ['Queue wait median / max', `${orNone(median(queueWaits))} / ${orNone(percentile(queueWaits, 100))}`],
        ['Overhead median / max', `${orNone(median(overheads))} / ${orNone(percentile(overheads, 100))}`],
        ['Peak concurrency', `${run.peakConcurrency} of ${run.maxParallel}`],
        ['CPU total', formatSeconds(cpuSeconds)],
        ['CPU avg (median of tasks) / peak', `${formatPercent(median(cpuAvg))} / ${formatPercent(cpuPeak)}`],
        [
            'Memory peak (task)',
            memPeakTask?.memory
                ? `${formatBytes(memPeakTask.memory.peakBytes)} of ${formatBytes(memPeakTask.memory.limitBytes)} (${codeOrText(memPeakTask.id)})`
                : '–',
        ],
        ['Processes peak', Number.isFinite(pids) ? String(pids) : '–'],
    ];
    if (run.heldBackMs > 0)
        rows.push(['Starts held back (host pressure)', units_formatDuration(run.heldBackMs)]);
    for (const hold of run.pressureHolds ?? []) {
        rows.push([
            `Held at ${new Date(hold.at).toISOString().slice(11, 19)} UTC`,
            `${units_formatDuration(hold.ms)}, ${hold.starts} start(s), cpu ${hold.cpuPercent.toFixed(0)}%, memory ${hold.memoryPercent.toFixed(0)}%`,
        ]);
    }
    if (run.totalCostUsd > 0)
        rows.push(['Agent cost total', format_formatCost(run.totalCostUsd)]);
    for (const [phase, ms] of Object.entries(phaseMedians(tasks))) {
        rows.push([`Phase ${codeOrText(phase)} (median)`, units_formatDuration(ms)]);
    }
    return ['| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
/**
 * The headline: task counts, wall time, sum of task time, speedup, efficiency, mode and
 * max-parallel, plus the dependency bound when tasks have dependencies.
 */
function renderHeadline(result) {
    const { run, tasks } = result;
    const parts = [
        `**${format_plural(tasks.length, 'task')}**`,
        `${run.succeeded} succeeded`,
        `${run.failed} failed`,
        ...(run.skipped > 0 ? [`${run.skipped} skipped`] : []),
        ...(run.cancelled > 0 ? [`${run.cancelled} cancelled`] : []),
        `wall time **${units_formatDuration(run.wallMs)}**`,
        `sum of task time **${units_formatDuration(run.sumTaskMs)}**`,
        `speedup **${format_formatSpeedup(run.speedup)}**`,
        `efficiency **${format_formatRatio(run.efficiency)}**`,
        `mode \`${run.mode}\``,
        `max-parallel ${run.maxParallel}`,
    ];
    if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
        parts.push(`critical-path bound ${format_formatSpeedup(run.speedupBound)} (critical path ${units_formatDuration(run.criticalPathMs)})`);
    }
    let headline = parts.join(' · ');
    if (run.modeReason)
        headline += `\n\n> Mode: ${escapeMarkdown(run.modeReason)}`;
    return headline;
}
/** The complete run summary. */
function renderSummaryMarkdown(result, opts = {}) {
    const sections = [
        `## ${opts.title !== undefined ? escapeMarkdown(opts.title) : `agent-fanout run ${codeOrText(result.run.id)}`}`,
        renderHeadline(result),
        '### Tasks',
        renderTaskTable(result.tasks, opts.prLinks),
    ];
    const gantt = renderGantt(result.tasks, result.run.finishedAt);
    if (gantt)
        sections.push('### Timeline', gantt);
    sections.push('### Resources', renderResourcesTable(result));
    if (opts.conflicts && opts.conflicts.length > 0) {
        sections.push('### Conflicts', 'These branches change the same files; merging one may conflict with the other.', opts.conflicts
            .map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(', ')}`)
            .join('\n'));
    }
    if (opts.errors && opts.errors.length > 0) {
        sections.push('### Errors', opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n'));
    }
    return sections.join('\n\n') + '\n';
}
/**
 * The live progress table (sticky comment): a counts line, then one row per task with its state and
 * elapsed time — agent time once the agent started, else time since the task was picked up;
 * finished tasks show their final figure, tasks that never started `–`.
 */
function renderProgressTable(records, now) {
    const count = (pred) => records.filter(pred).length;
    const running = count((t) => t.status === 'running');
    const queued = count((t) => t.status === 'queued');
    const done = records.length - running - queued;
    const counts = [
        `**${done}/${records.length} done**`,
        `${running} running`,
        `${queued} queued`,
        ...['succeeded', 'failed', 'timed_out', 'oom', 'skipped', 'cancelled']
            .map((s) => [s, count((t) => t.status === s)])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${statusEmoji(s)} ${n}`),
    ].join(' · ');
    const rows = records.map((t) => {
        const since = t.agentStartedAt ?? t.startedAt;
        let elapsed = null;
        if (since !== null) {
            const until = t.status === 'running' ? now : (t.agentStartedAt !== null ? t.agentFinishedAt : t.finishedAt) ?? now;
            elapsed = Math.max(0, until - since);
        }
        const detail = t.reason ? escapeCell(t.reason, 80) : t.branch ? codeOrText(t.branch) : '';
        return `| ${statusEmoji(t.status)} ${format_statusLabel(t.status)} | ${codeOrText(t.id)} | ${units_formatDuration(elapsed)} | ${detail} |`;
    });
    return [counts, '', '| Status | Task | Elapsed | Detail |', '|---|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./lib/report/text.js



/** Text from records on one terminal line: no control characters (no ANSI escapes from titles). */
function clean(text, max) {
    return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}
function taskLine(task, idWidth) {
    const parts = [
        `  ${statusSymbol(task.status)} ${statusLabel(task.status).padEnd(9)}`,
        clean(task.id, 40).padEnd(idWidth),
        (taskRan(task) ? formatDuration(taskDurationMs(task)) : '–').padStart(7),
    ];
    if (task.branch)
        parts.push(clean(task.branch, 80));
    const changes = formatChanges(task.filesChanged, task.insertions, task.deletions);
    if (changes !== '–')
        parts.push(`${changes.replace(/^(\d+)/, (n) => plural(Number(n), 'file'))}`);
    if (task.agent?.costUsd !== undefined)
        parts.push(formatCost(task.agent.costUsd));
    if (task.title && task.title !== task.id)
        parts.push(`"${clean(task.title, 80)}"`);
    if (task.reason)
        parts.push(`— ${clean(task.reason, 160)}`);
    return parts.join('  ');
}
function renderSummaryText(result) {
    const { run, tasks } = result;
    const counts = [`${run.succeeded} succeeded`, `${run.failed} failed`];
    if (run.skipped > 0)
        counts.push(`${run.skipped} skipped`);
    if (run.cancelled > 0)
        counts.push(`${run.cancelled} cancelled`);
    const figures = [
        `wall ${formatDuration(run.wallMs)}`,
        `sum of task time ${formatDuration(run.sumTaskMs)}`,
        `speedup ${formatSpeedup(run.speedup)}`,
        `efficiency ${formatRatio(run.efficiency)}`,
    ];
    if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
        figures.push(`critical-path bound ${formatSpeedup(run.speedupBound)}`);
    }
    const lines = [
        `Run ${clean(run.id, 80)}: ${plural(tasks.length, 'task')}, ${counts.join(', ')}`,
        `  ${figures.join(', ')}`,
        `  mode ${run.mode}${run.modeReason ? ` (${clean(run.modeReason, 160)})` : ''}, max-parallel ${run.maxParallel}, peak concurrency ${run.peakConcurrency}${run.totalCostUsd > 0 ? `, cost ${formatCost(run.totalCostUsd)}` : ''}`,
    ];
    const idWidth = Math.min(40, Math.max(0, ...tasks.map((t) => clean(t.id, 40).length)));
    if (tasks.length > 0)
        lines.push('', ...tasks.map((t) => taskLine(t, idWidth)));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/report/results.js
/** The results JSON (`--json FILE`, action output `results`) and the files a finished run writes. */


/** Assembles the results document; the metrics' `mode`/`maxParallel` are the ones actually used. */
function buildRunResult(info, metrics, tasks) {
    return { version: 1, run: { ...info, ...metrics }, tasks };
}
/**
 * Writes the results JSON (through a temporary file and a rename, so a reader never sees half a
 * document) and appends the Markdown summary.
 * @throws Error naming the file and what was being written.
 */
async function writeResultFiles(opts) {
    const { result, jsonFile, summaryFile, markdown } = opts;
    if (jsonFile) {
        const tmp = `${jsonFile}.${process.pid}.tmp`;
        try {
            await fs.mkdir(path.dirname(path.resolve(jsonFile)), { recursive: true });
            await fs.writeFile(tmp, JSON.stringify(result, null, 2) + '\n');
            await fs.rename(tmp, jsonFile);
        }
        catch (err) {
            await fs.rm(tmp, { force: true }).catch(() => undefined);
            throw new Error(`writing results JSON to ${jsonFile} failed: ${err.message}`, { cause: err });
        }
    }
    if (summaryFile) {
        try {
            await fs.appendFile(summaryFile, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        }
        catch (err) {
            throw new Error(`writing the summary to ${summaryFile} failed: ${err.message}`, { cause: err });
        }
    }
}

;// CONCATENATED MODULE: ./lib/report/index.js
/** Run metrics, the Markdown and text summaries, and the results files. */






// EXTERNAL MODULE: ./lib/run/concurrency.js
var concurrency = __webpack_require__(3546);
// EXTERNAL MODULE: ./lib/run/journal.js
var run_journal = __webpack_require__(826);
// EXTERNAL MODULE: ./lib/run/rundir.js
var rundir = __webpack_require__(665);
// EXTERNAL MODULE: ./node_modules/p-queue/dist/index.js + 2 modules
var dist = __webpack_require__(7814);
;// CONCATENATED MODULE: ./lib/run/scheduler.js
/**
 * Runs a set of tasks with a concurrency limit (p-queue) in dependency order. A task is queued once all
 * its dependencies succeeded; a dependency that did not succeed makes its dependents `skipped`;
 * fail-fast and the abort signal cancel what has not started.
 */

/** Resolves once every task succeeded, failed, was skipped or was cancelled. Never rejects for a task. */
async function schedule(options) {
    const { tasks, failFast = false } = options;
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
        throw new TypeError(`Expected concurrency to be an integer >= 1, got ${options.concurrency}`);
    }
    const outcome = new Map();
    const started = new Set();
    const queued = new Set();
    const queue = new dist/* default */.Ay({ concurrency: options.concurrency });
    const controller = new AbortController();
    let cancelReason = null;
    const cancelPending = (reason) => {
        if (cancelReason !== null)
            return;
        cancelReason = reason;
        queue.clear();
        for (const t of tasks) {
            if (!started.has(t.id) && !outcome.has(t.id)) {
                outcome.set(t.id, 'cancelled');
                options.onCancelled?.(t.id, reason);
            }
        }
    };
    const onAbort = () => {
        cancelPending('run cancelled');
        controller.abort(options.signal?.reason);
    };
    if (options.signal?.aborted)
        onAbort();
    else
        options.signal?.addEventListener('abort', onAbort, { once: true });
    const enqueue = (id) => {
        options.onReady?.(id);
        void queue.add(async () => {
            if (cancelReason !== null || outcome.has(id))
                return;
            started.add(id);
            let result;
            try {
                await options.beforeStart?.(id, controller.signal);
                result = controller.signal.aborted ? 'failed' : await options.run(id, controller.signal);
            }
            catch {
                result = 'failed';
            }
            outcome.set(id, result);
            if (result === 'failed' && failFast)
                cancelPending(`cancelled by fail-fast after task '${id}' failed`);
            settle();
        });
    };
    // Called after every completion: queue tasks whose dependencies all succeeded, skip those with a
    // dependency that did not. Repeats until nothing changes, so skips propagate down chains.
    const settle = () => {
        let changed = true;
        while (changed) {
            changed = false;
            for (const t of tasks) {
                if (outcome.has(t.id) || started.has(t.id) || queued.has(t.id))
                    continue;
                const bad = t.dependsOn.find((d) => {
                    const o = outcome.get(d);
                    return o !== undefined && o !== 'succeeded';
                });
                if (bad !== undefined) {
                    const o = outcome.get(bad);
                    outcome.set(t.id, 'skipped');
                    options.onSkipped?.(t.id, `dependency '${bad}' ${o === 'failed' ? 'failed' : `was ${o}`}`);
                    changed = true;
                }
                else if (cancelReason === null && t.dependsOn.every((d) => outcome.get(d) === 'succeeded')) {
                    queued.add(t.id);
                    enqueue(t.id);
                }
            }
        }
    };
    settle();
    // Wait until every task has an outcome (tasks may be queued from within completions).
    while (outcome.size < tasks.length) {
        await queue.onIdle();
        if (outcome.size < tasks.length && queue.size === 0 && queue.pending === 0) {
            // Nothing runs and nothing can: only possible for dependency ids missing from the set.
            for (const t of tasks) {
                if (!outcome.has(t.id)) {
                    outcome.set(t.id, 'skipped');
                    options.onSkipped?.(t.id, `dependencies never finished: ${t.dependsOn.join(', ')}`);
                }
            }
        }
    }
    options.signal?.removeEventListener('abort', onAbort);
    return outcome;
}

;// CONCATENATED MODULE: ./lib/agents/output.js
/** Reading an agent's stdout file, which may be far larger than memory should hold. */

/**
 * Reads at most the last `maxBytes` of a file as UTF-8 (a character cut at the start of the window is
 * replaced, which is harmless for the JSON or text lines read from the end).
 */
async function readTail(file, maxBytes) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, maxBytes);
        const buffer = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const { bytesRead } = await handle.read(buffer, read, length - read, size - length + read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
        }
        return { text: buffer.subarray(0, read).toString('utf8'), size, truncated: size > length };
    }
    finally {
        await handle.close();
    }
}
/** The last line with something other than whitespace on it, trimmed; undefined when there is none. */
function lastNonEmptyLine(text) {
    const lines = text.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i].trim();
        if (line !== '')
            return line;
    }
    return undefined;
}
/** The report of an agent whose only signal is its exit code, with its last stdout line as final text. */
async function exitCodeReport(stdoutFile, exitCode, what) {
    let finalText;
    try {
        finalText = lastNonEmptyLine((await readTail(stdoutFile, 64 * 1024)).text);
    }
    catch {
        // No stdout file: the exit code still says whether it worked.
    }
    if (exitCode === 0)
        return { ok: true, finalText };
    const how = exitCode === null ? 'did not exit normally' : `exited with code ${exitCode}`;
    return { ok: false, error: `${what} ${how}`, finalText };
}

;// CONCATENATED MODULE: ./lib/agents/claude.js
/**
 * The `claude` agent: Claude Code in headless mode (`claude -p`), and the parser of what it prints.
 * See shared notes on the output shapes: one result object, a `--verbose` array of messages ending
 * with it, or stream-json lines ending with it, possibly after unrelated noise.
 */



/**
 * Prompts larger than this (bytes) go through standard input instead of argv. Linux caps one argument
 * at 128 KiB (MAX_ARG_STRLEN), so a bigger prompt would make exec fail with E2BIG; `"$(cat file)"`
 * would hit the same cap, hence stdin.
 */
const CLAUDE_PROMPT_ARG_MAX_BYTES = 100 * 1024;
/** Only this much of the end of a larger stdout file is read: the result message is at the end. */
const CLAUDE_OUTPUT_TAIL_BYTES = 16 * 1024 * 1024;
/** Host variables Claude Code needs, passed when set (besides every `CLAUDE_CODE_*`). */
const CLAUDE_ENV = ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'];
/** The flags after the prompt, in order: ours, then the configured extra ones. */
function claudeFlags(task, ctx) {
    const maxTurns = task.maxTurns ?? ctx.config.maxTurns;
    return ['--dangerously-skip-permissions', '--verbose', `--max-turns=${maxTurns}`, '--output-format=json', ...ctx.config.claudeArgs];
}
/** The variables of `hostEnv` given to Claude Code; never one of {@link FORBIDDEN_ENV}. */
function claudeEnv(hostEnv) {
    const env = {};
    for (const [name, value] of Object.entries(hostEnv)) {
        if (value === undefined || value === '' || core_config/* FORBIDDEN_ENV */.Me.includes(name))
            continue;
        if (CLAUDE_ENV.includes(name) || name.startsWith('CLAUDE_CODE_'))
            env[name] = value;
    }
    return env;
}
function claudeInvocation(task, ctx) {
    const flags = claudeFlags(task, ctx);
    // A prompt starting with '-' would be read as an option; stdin avoids that as well as E2BIG.
    const viaStdin = Buffer.byteLength(task.prompt) > CLAUDE_PROMPT_ARG_MAX_BYTES || task.prompt.startsWith('-');
    const argv = viaStdin
        ? ['sh', '-c', 'exec claude -p "$@" < "$0"', ctx.promptFile, ...flags]
        : ['claude', '-p', task.prompt, ...flags];
    return { argv, env: claudeEnv(ctx.hostEnv) };
}
/** Multi-line documents tried per output (see findClaudeResult). */
const PRETTY_JSON_TRIES = 8;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The final message: `type: result`, or (older versions) an untyped object with the result fields. */
function isResultMessage(value) {
    if (!isObject(value))
        return false;
    if (value.type === 'result')
        return true;
    return value.type === undefined && typeof value.is_error === 'boolean' && ('num_turns' in value || 'result' in value);
}
function pickResult(value) {
    if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--)
            if (isResultMessage(value[i]))
                return value[i];
        return undefined;
    }
    return isResultMessage(value) ? value : undefined;
}
function tryParse(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
/**
 * The end (exclusive) of the JSON object or array that starts at `start`, found by counting brackets
 * outside strings; -1 when it does not close.
 */
function jsonEnd(text, start) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
/** Finds Claude Code's result message in its stdout, whatever the shape (see the module comment). */
function findClaudeResult(text) {
    if (text.trim() === '')
        return { found: false, reason: 'the output is empty' };
    let sawJson = false;
    // One JSON document per line covers the plain and verbose `json` formats and stream-json; the
    // result is at or near the end, so read backwards. Noise may stand before the JSON on its line.
    const lines = text.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        const start = line.search(/[{[]/);
        if (start < 0)
            continue;
        const parsed = tryParse(line.slice(start));
        if (!parsed)
            continue;
        sawJson = true;
        const result = pickResult(parsed.value);
        if (result)
            return { found: true, result };
    }
    // Pretty-printed JSON spans lines: try from the first few lines that open a document without
    // closing it (each try reads to the end of the text, so they are capped).
    let tries = 0;
    for (let offset = 0, i = 0; i < lines.length && tries < PRETTY_JSON_TRIES; offset += lines[i].length + 1, i++) {
        if (!/^\s*[{[]/.test(lines[i]) || tryParse(lines[i]))
            continue;
        tries++;
        const parsed = tryParse(text.slice(offset));
        if (!parsed)
            continue;
        sawJson = true;
        const result = pickResult(parsed.value);
        if (result)
            return { found: true, result };
    }
    // Last resort (e.g. only the tail of a huge one-line array was read): the result object itself.
    const starts = [...text.matchAll(/\{\s*"type"\s*:\s*"result"/g)].map((m) => m.index);
    for (let k = starts.length - 1; k >= 0; k--) {
        const end = jsonEnd(text, starts[k]);
        if (end < 0)
            continue;
        const parsed = tryParse(text.slice(starts[k], end));
        const result = parsed && pickResult(parsed.value);
        if (result)
            return { found: true, result };
    }
    return {
        found: false,
        reason: sawJson ? 'the JSON output has no result message' : `no JSON found in ${Buffer.byteLength(text)} bytes of output`,
    };
}
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function clip(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Turns a result message into the engine's report; `exitCode` is the process's. */
function reportFromClaudeResult(result, exitCode) {
    const usage = isObject(result.usage) ? result.usage : undefined;
    const subtype = str(result.subtype);
    const turns = num(result.num_turns);
    const finalText = str(result.result);
    const report = {
        ok: true,
        turns,
        costUsd: num(result.total_cost_usd) ?? num(result.cost_usd),
        durationMs: num(result.duration_ms),
        tokens: usage && {
            input: num(usage.input_tokens) ?? 0,
            output: num(usage.output_tokens) ?? 0,
            cacheRead: num(usage.cache_read_input_tokens) ?? 0,
            cacheCreation: num(usage.cache_creation_input_tokens) ?? 0,
        },
        sessionId: str(result.session_id),
        finalText,
    };
    const isError = typeof result.is_error === 'boolean' ? result.is_error : (subtype?.startsWith('error') ?? false);
    if (isError) {
        const after = turns === undefined ? '' : ` after ${turns} turn${turns === 1 ? '' : 's'}`;
        const detail = finalText ? `: ${clip(finalText, 300)}` : '';
        report.ok = false;
        // Some failures (not logged in, API errors) come as subtype `success` with is_error set; the
        // terminal reason and HTTP status say more then.
        const reason = subtype && subtype !== 'success' ? subtype : (str(result.terminal_reason) ?? subtype ?? 'no subtype');
        const status = num(result.api_error_status);
        report.error = `claude reported an error (${reason}${status === undefined ? '' : `, HTTP ${status}`})${after}${detail}`;
    }
    else if (exitCode !== null && exitCode !== 0) {
        report.ok = false;
        report.error = `claude exited with code ${exitCode} although its result says ${subtype ?? 'success'}`;
    }
    return report;
}
/** Reads Claude Code's stdout file (only its last 16 MiB when larger) and reports on the session. */
async function parseClaudeOutput(stdoutFile, exitCode) {
    const unparsed = (why) => {
        const exit = exitCode === null ? '; claude did not exit normally' : exitCode !== 0 ? `; claude exited with code ${exitCode}` : '';
        return { ok: false, error: `claude output could not be parsed: ${why}${exit} (raw log kept at ${stdoutFile})` };
    };
    let tail;
    try {
        tail = await readTail(stdoutFile, CLAUDE_OUTPUT_TAIL_BYTES);
    }
    catch (err) {
        return unparsed(`cannot read it: ${(0,core_errors/* errorMessage */.g)(err)}`);
    }
    const scan = findClaudeResult(tail.text);
    if (!scan.found)
        return unparsed(tail.truncated ? `${scan.reason} (read the last ${tail.text.length} characters of ${tail.size} bytes)` : scan.reason);
    return reportFromClaudeResult(scan.result, exitCode);
}
const claudeAgent = {
    kind: 'claude',
    invocation: claudeInvocation,
    parseResult: parseClaudeOutput,
};

;// CONCATENATED MODULE: ./lib/agents/command.js

/**
 * Above this size (bytes) `{prompt}` becomes `"$(cat <prompt file>)"` so the `sh -c` script itself
 * stays under Linux's 128 KiB limit for one argument.
 */
const COMMAND_PROMPT_INLINE_MAX_BYTES = 100 * 1024;
/** Quotes a value for POSIX sh: single quotes, with each `'` written as `'\''`. */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
/** The template with its placeholders replaced (see the module comment). */
function renderCommandTemplate(template, values) {
    const prompt = Buffer.byteLength(values.prompt) > COMMAND_PROMPT_INLINE_MAX_BYTES ? `"$(cat ${shellQuote(values.promptFile)})"` : shellQuote(values.prompt);
    const replacements = { prompt_file: shellQuote(values.promptFile), prompt };
    // A placeholder quoted on its own loses those quotes: the replacement is quoted already.
    return template.replace(/(["']?)\{(prompt_file|prompt)\}\1/g, (_match, _quote, name) => replacements[name]);
}
function commandInvocation(task, ctx) {
    const template = ctx.config.agentCommand?.trim();
    if (!template) {
        throw new Error(`task '${task.id}': agent 'command' needs a command template (agentCommand, action input 'agent-command'), e.g. 'my-agent --prompt-file {prompt_file}'`);
    }
    // The engine adds the configured variables; the command itself needs none of its own.
    return { argv: ['sh', '-c', renderCommandTemplate(template, { promptFile: ctx.promptFile, prompt: task.prompt })], env: {} };
}
const commandAgent = {
    kind: 'command',
    invocation: commandInvocation,
    parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, 'agent command'),
};

;// CONCATENATED MODULE: ./lib/agents/script.js
/**
 * The `script` agent: no AI, it runs the first ```sh / ```bash (or ```shell) block of the prompt in
 * the task's worktree. Useful for scripted batch edits and for trying the pipeline without an API key.
 *
 * The block runs as `bash -e <taskDir>/script.sh`: errexit, because a batch edit that fails halfway
 * must fail the task rather than have its half-applied changes committed as a success. A script that
 * wants to carry on after errors says `set +e`.
 */



/** Info strings (first word, case-insensitive) of the fenced blocks the script agent runs. */
const SCRIPT_LANGUAGES = ['sh', 'bash', 'shell'];
/** The file the block is written to, inside the task dir. */
function scriptPath(taskDir) {
    return external_node_path_.join(taskDir, 'script.sh');
}
/**
 * The content of the first fenced code block (``` or ~~~, CommonMark rules) whose language is one of
 * {@link SCRIPT_LANGUAGES}; undefined when there is none. Blocks of other languages are skipped whole,
 * so a ```sh line inside a ```markdown block does not count.
 */
function extractScript(markdown) {
    const lines = markdown.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
        if (!open)
            continue;
        const [, indent, fence, info] = open;
        if (fence[0] === '`' && info.includes('`'))
            continue;
        const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
        const body = [];
        let j = i + 1;
        for (; j < lines.length && !closing.test(lines[j]); j++) {
            // Content lines lose up to the opening fence's indentation.
            body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
        }
        const language = info.trim().split(/\s+/)[0].toLowerCase();
        if (SCRIPT_LANGUAGES.includes(language))
            return body.join('\n');
        i = j;
    }
    return undefined;
}
async function prepareScript(task, ctx) {
    const script = extractScript(task.prompt);
    if (script === undefined) {
        throw new Error(`task '${task.id}': agent 'script' needs a \`\`\`sh or \`\`\`bash code block in the prompt (${task.file}), and it has none`);
    }
    if (script.trim() === '')
        throw new Error(`task '${task.id}': agent 'script': the first \`\`\`sh block of ${task.file} is empty`);
    await (0,promises_.mkdir)(ctx.taskDir, { recursive: true });
    const file = scriptPath(ctx.taskDir);
    await (0,promises_.writeFile)(file, `${script}\n`);
    // Readable by the agent user, which may differ from ours in a container.
    await (0,promises_.chmod)(file, 0o755);
}
function scriptInvocation(_task, ctx) {
    return { argv: ['bash', '-e', scriptPath(ctx.taskDir)], env: {} };
}
const scriptAgent = {
    kind: 'script',
    prepare: prepareScript,
    invocation: scriptInvocation,
    parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, 'script'),
};

;// CONCATENATED MODULE: ./lib/agents/index.js



const AGENTS = { claude: claudeAgent, command: commandAgent, script: scriptAgent };
/** The adapter of an agent kind; a TypeError names the known kinds for anything else. */
function getAgent(kind) {
    const agent = Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : undefined;
    if (!agent)
        throw new TypeError(`Unknown agent '${String(kind)}'. Expected one of: ${Object.keys(AGENTS).join(', ')}.`);
    return agent;
}





;// CONCATENATED MODULE: ./lib/git/commit.js
/** Turning what an agent left in its worktree into a commit, and measuring it. */

/**
 * Commits whatever the agent left uncommitted (`git add -A`, honouring .gitignore) on top of any
 * commits it made itself, then measures `baseCommit..HEAD` with `git diff --numstat`. Binary files
 * count as changed with 0 insertions and deletions.
 */
async function commitTaskResult(worktree, opts) {
    const git = typeof worktree === 'string' ? await git_git/* Git */.TU.create(worktree) : worktree;
    await git.exec(['add', '-A']);
    const staged = await git.exec(['diff', '--cached', '--quiet'], { allowFailure: true });
    if (staged.exitCode > 1)
        throw new Error(`git diff --cached --quiet failed in ${git.topLevel}: ${staged.stderr.trim()}`);
    if (staged.exitCode === 1) {
        await git.exec([...(0,git_git/* identityArgs */.MU)(opts.identity), 'commit', '--quiet', '--no-verify', '-F', '-'], { input: `${opts.message}\n` });
    }
    const head = await git.currentHead();
    const base = await git.revParse(opts.baseCommit);
    if (head === base)
        return { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
    const stats = await diffStats(git, base, head);
    return { commit: head, ...stats };
}
/** `git diff --numstat` between two commits, with renames found so a moved file counts once. */
async function diffStats(git, from, to) {
    const out = await git.exec(['diff', '--numstat', '-z', '--find-renames', from, to]);
    return parseNumstatZ(out.stdout);
}
/**
 * Parses `--numstat -z`: `<ins>\t<del>\t<path>\0`, or for a rename `<ins>\t<del>\t\0<old>\0<new>\0`;
 * binary files show `-` for both counts.
 */
function parseNumstatZ(text) {
    const fields = text.split('\0');
    const changedFiles = [];
    let insertions = 0;
    let deletions = 0;
    for (let i = 0; i < fields.length; i++) {
        const m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]);
        if (!m)
            continue;
        insertions += m[1] === '-' ? 0 : Number(m[1]);
        deletions += m[2] === '-' ? 0 : Number(m[2]);
        if (m[3] !== '') {
            changedFiles.push(m[3]);
        }
        else {
            changedFiles.push(fields[i + 2] ?? fields[i + 1] ?? '');
            i += 2;
        }
    }
    return { filesChanged: changedFiles.length, insertions, deletions, changedFiles };
}

;// CONCATENATED MODULE: ./lib/run/task-runner.js
/**
 * One task's pipeline, one method per phase: start point → working tree → agent → result → cleanup.
 * The engine creates one TaskRunner per run and calls {@link TaskRunner.run} for each task the
 * scheduler starts; the runner owns the task's record and emits its state changes.
 */






/** The identity the orchestrator (and agents) commit as. */
const COMMIT_IDENTITY = { name: 'agent-fanout', email: 'agent-fanout@users.noreply.github.com' };
/** Milliseconds per phase of one task, accumulated by {@link PhaseTimer.time}. */
class PhaseTimer {
    clock;
    phases = {};
    constructor(clock) {
        this.clock = clock;
    }
    async time(phase, fn) {
        const t0 = this.clock();
        try {
            return await fn();
        }
        finally {
            this.phases[phase] = (this.phases[phase] ?? 0) + (this.clock() - t0);
        }
    }
}
class TaskRunner {
    #o;
    /** Worktrees that exist right now (removed as each task ends; the rest at the end of the run). */
    #worktrees = new Set();
    constructor(options) {
        this.#o = options;
    }
    /** Runs one task to its final state; resolves to what the scheduler needs to know. */
    async run(task, signal) {
        const { clock } = this.#o;
        const record = this.#record(task.id);
        const taskStart = clock();
        this.setStatus(task.id, 'running', { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? record.queuedAt) });
        const timer = new PhaseTimer(clock);
        let outcome;
        try {
            const startPoint = await this.startPoint(task, timer);
            const worktree = await this.createWorktree(task, startPoint, timer);
            const { exec, report } = await this.runAgent(task, worktree, signal, timer);
            await this.commitResult(task, worktree, startPoint, timer);
            outcome = classify(exec, report);
        }
        catch (error) {
            const message = `task '${task.id}': ${(0,core_errors/* errorMessage */.g)(error)}`;
            this.#o.logger.error(message);
            outcome = { status: signal.aborted ? 'cancelled' : 'failed', reason: message };
        }
        // Each worktree goes as soon as its task is done (the branch keeps the result), not at the end.
        if (record.worktree && !this.#o.config.keepWorktrees) {
            await timer.time('cleanup', () => this.removeWorktree(record.worktree));
        }
        this.#finish(task.id, outcome, timer.phases, taskStart);
        return outcome.status === 'succeeded' ? 'succeeded' : 'failed';
    }
    /** The commit the task starts from: the run's base, or the merge of its dependencies' results. */
    async startPoint(task, timer) {
        const { records, baseCommit, git } = this.#o;
        const depCommits = task.dependsOn.map((d) => records.get(d).commit ?? records.get(d).baseCommit ?? baseCommit);
        if (depCommits.length === 0)
            return baseCommit;
        return timer.time('merge', () => (0,worktrees/* mergeStartPoint */.vH)(git, [...new Set(depCommits)], { identity: COMMIT_IDENTITY }));
    }
    async createWorktree(task, startPoint, timer) {
        const record = this.#record(task.id);
        const worktree = this.#o.runDir.worktree(task.id);
        await timer.time('worktree', () => (0,worktrees/* createWorktree */.MV)(this.#o.git, { path: worktree, branch: record.branch, startPoint }));
        this.#worktrees.add(worktree);
        record.worktree = worktree;
        record.baseCommit = startPoint;
        return worktree;
    }
    async runAgent(task, worktree, signal, timer) {
        const { config, runDir, runId, executor, user, clock, emit } = this.#o;
        const record = this.#record(task.id);
        const taskDir = runDir.taskDir(task.id);
        await promises_.mkdir(taskDir, { recursive: true });
        const promptFile = runDir.promptFile(task.id);
        await promises_.writeFile(promptFile, task.prompt);
        const agent = getAgent(task.agent ?? config.agent);
        const ctx = { config, promptFile, taskDir, hostEnv: process.env };
        await timer.time('prepare', async () => agent.prepare?.(task, ctx));
        const invocation = agent.invocation(task, ctx);
        const logFile = runDir.logFile(task.id);
        const stdoutFile = runDir.stdoutFile(task.id);
        record.logFile = logFile;
        const exec = await executor.run({
            runId,
            taskId: task.id,
            argv: invocation.argv,
            env: { ...agentEnv(config, task, executor.mode, user), ...invocation.env },
            workdir: worktree,
            mounts: [{ path: worktree }, ...(await this.#gitMounts()), { path: taskDir, readOnly: true }],
            user,
            image: task.image ?? config.image,
            cpus: task.cpus ?? config.cpus,
            memoryBytes: task.memoryBytes ?? config.memoryBytes,
            pidsLimit: config.pidsLimit,
            network: config.network,
            timeoutMs: task.timeoutMs ?? config.timeoutMs,
            logFile,
            stdoutFile,
            onOutput: (stream, text) => emit({ type: 'task-output', at: clock(), runId, taskId: task.id, stream, text }),
            onSample: (sample) => emit({ type: 'task-sample', at: sample.at, runId, taskId: task.id, sample }),
            signal,
        });
        Object.assign(timer.phases, exec.phases);
        Object.assign(record, {
            exitCode: exec.exitCode,
            agentStartedAt: exec.startedAt,
            agentFinishedAt: exec.finishedAt,
            durationMs: exec.finishedAt - exec.startedAt,
            cpu: exec.cpu,
            memory: exec.memory,
            peakPids: exec.peakPids,
        });
        const report = exec.outcome === 'exited' ? await agent.parseResult(stdoutFile, exec.exitCode) : null;
        record.agent = report;
        return { exec, report };
    }
    async commitResult(task, worktree, startPoint, timer) {
        const committed = await timer.time('commit', () => commitTaskResult(worktree, { message: commitMessage(task), identity: COMMIT_IDENTITY, baseCommit: startPoint }));
        Object.assign(this.#record(task.id), committed);
    }
    async removeWorktree(worktree) {
        try {
            // Deleting the files is the slow part (and touches no other worktree): outside the lock.
            await promises_.rm(worktree, { recursive: true, force: true });
            await (0,worktrees/* removeWorktree */.IL)(this.#o.git, worktree);
            this.#worktrees.delete(worktree);
        }
        catch (error) {
            this.#o.logger.warning(`could not remove worktree ${worktree}: ${(0,core_errors/* errorMessage */.g)(error)}`);
        }
    }
    /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
    async removeAllWorktrees() {
        for (const worktree of [...this.#worktrees])
            await this.removeWorktree(worktree);
        await promises_.rm(this.#o.runDir.worktreesDir, { recursive: true, force: true });
    }
    setStatus(id, status, patch = {}) {
        const record = this.#record(id);
        Object.assign(record, patch, { status });
        this.#o.emit({ type: 'task-state', at: this.#o.clock(), runId: this.#o.runId, taskId: id, status, record: { ...record } });
    }
    #gitMountsCache;
    /**
     * The repository's common git dir, for git inside the container. The agent may write objects and
     * refs, but not the repo config or hooks: both can make the orchestrator run commands on the host
     * at its next git call.
     */
    #gitMounts() {
        this.#gitMountsCache ??= (async () => {
            const commonDir = await this.#o.git.commonDir();
            const mounts = [{ path: commonDir }];
            for (const name of ['config', 'hooks']) {
                const p = `${commonDir}/${name}`;
                if (await promises_.stat(p).then(() => true, () => false))
                    mounts.push({ path: p, readOnly: true });
            }
            return mounts;
        })();
        return this.#gitMountsCache;
    }
    #finish(id, outcome, phases, taskStart) {
        const record = this.#record(id);
        const finishedAt = this.#o.clock();
        const total = finishedAt - taskStart;
        this.setStatus(id, outcome.status, {
            reason: outcome.reason,
            phases,
            finishedAt,
            overheadMs: record.durationMs === null ? total : Math.max(0, total - record.durationMs),
        });
    }
    #record(id) {
        const record = this.#o.records.get(id);
        if (!record)
            throw new Error(`task '${id}': no record (not part of this run)`);
        return record;
    }
}
function commitMessage(task) {
    return `${task.title}\n\nagent-fanout task '${task.id}' (${task.file})`;
}
/** The agent's environment: the configured variable names taken from the host, never a GitHub token. */
function agentEnv(config, task, mode, user) {
    const env = {
        GIT_AUTHOR_NAME: COMMIT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: COMMIT_IDENTITY.email,
        GIT_COMMITTER_NAME: COMMIT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: COMMIT_IDENTITY.email,
        AGENT_FANOUT_TASK_ID: task.id,
        CI: 'true',
    };
    if (mode === 'subprocess') {
        env.PATH = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
    }
    else if (user.startsWith('0:')) {
        // Claude Code refuses --dangerously-skip-permissions as root unless told it is sandboxed; a
        // container without capabilities is that sandbox.
        env.IS_SANDBOX = '1';
    }
    for (const name of new Set([...config.env, ...task.env])) {
        if (core_config/* FORBIDDEN_ENV */.Me.includes(name.toUpperCase()))
            continue;
        const value = process.env[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
function classify(exec, report) {
    switch (exec.outcome) {
        case 'timed_out':
            return { status: 'timed_out', reason: 'the task exceeded its timeout and was killed' };
        case 'oom':
            return { status: 'oom', reason: 'the container was killed for exceeding its memory limit' };
        case 'cancelled':
            return { status: 'cancelled', reason: 'run cancelled' };
        case 'error':
            return { status: 'failed', reason: exec.error };
        case 'exited':
            if (exec.exitCode !== 0) {
                return { status: 'failed', reason: report?.error ?? `the agent exited with code ${exec.exitCode}` };
            }
            if (report && !report.ok)
                return { status: 'failed', reason: report.error ?? 'the agent reported failure' };
            return { status: 'succeeded' };
    }
}

;// CONCATENATED MODULE: ./lib/run/engine.js
/**
 * The fan-out engine: opens a run (base commit, run directory, executor, branch names), schedules its
 * tasks in dependency order through a {@link TaskRunner}, and measures the whole. Used by the CLI and
 * the action.
 */












/** A short, sortable, unique run id: `YYYYMMDD-HHMMSS-xxxx` (UTC). */
function newRunId(now) {
    const iso = new Date(now).toISOString();
    return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
}
async function runFanout(options) {
    const { config, tasks, logger } = options;
    const clock = options.clock ?? Date.now;
    const startedAt = clock();
    const runId = options.runId ?? newRunId(startedAt);
    const git = await git_git/* Git */.TU.create(config.repo);
    const baseCommit = await git.revParse(`${config.baseRef}^{commit}`);
    const runDir = rundir/* RunDir */.rJ.of(config.stateDir, runId);
    await runDir.create({ runId, repo: git.topLevel, startedAt });
    const selected = options.executor
        ? { executor: options.executor, reason: undefined }
        : await selectExecutor(config, tasks, logger);
    const executor = selected.executor;
    const maxParallel = (0,concurrency/* resolveMaxParallel */.y_)(config, tasks.length, logger);
    const user = agentUser(config, executor, logger);
    const journal = run_journal/* JournalWriter */.Zx.open(config.stateDir, runId);
    const emit = (event) => {
        journal.write(event);
        try {
            options.onEvent?.(event);
        }
        catch (error) {
            logger.warning(`event listener failed: ${(0,core_errors/* errorMessage */.g)(error)}`);
        }
    };
    const issue = options.issue ?? null;
    const records = await initialRecords(git, config, tasks, issue, options, startedAt);
    const info = {
        id: runId,
        repo: git.topLevel,
        baseRef: config.baseRef,
        baseCommit,
        issue,
        startedAt,
        finishedAt: null,
        mode: executor.mode,
        modeReason: selected.reason,
        maxParallel,
        runDir: runDir.path,
        pid: process.pid,
        host: external_node_os_.hostname(),
    };
    emit({
        type: 'run-started',
        at: startedAt,
        run: info,
        tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch })),
    });
    const runner = new TaskRunner({ runId, config, git, baseCommit, runDir, executor, user, records, logger, clock, emit });
    const specs = new Map(tasks.map((t) => [t.id, t]));
    // Explicit parallelism is the user's choice; `auto` adapts to what the host can take.
    const pressure = new concurrency/* PressureMonitor */.kR({ logger, clock });
    if (config.maxParallel === 'auto')
        pressure.start();
    try {
        await schedule({
            tasks,
            concurrency: maxParallel,
            failFast: config.failFast,
            signal: options.signal,
            run: (id, signal) => runner.run(specs.get(id), signal),
            beforeStart: (_id, signal) => pressure.waitForCapacity(signal),
            onReady: (id) => {
                records.get(id).readyAt = clock();
            },
            onSkipped: (id, reason) => runner.setStatus(id, 'skipped', { reason, finishedAt: clock() }),
            onCancelled: (id, reason) => runner.setStatus(id, 'cancelled', { reason, finishedAt: clock() }),
        });
    }
    finally {
        pressure.stop();
        if (!config.keepWorktrees)
            await runner.removeAllWorktrees();
    }
    const result = finalResult(info, [...records.values()], tasks, pressure, clock());
    emit({ type: 'run-finished', at: result.run.finishedAt, runId, result });
    journal.close();
    return result;
}
/** `uid:gid` agents run as: `--user`, else this process's. */
function agentUser(config, executor, logger) {
    const user = config.user ?? `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
    if (executor.mode === 'docker' && user.startsWith('0:')) {
        logger.warning('agents run as uid 0 (this process is root): they keep no capabilities, but files they write are root-owned; run as the runner user or pass --user');
    }
    return user;
}
/** Queued records with branch names fixed up front, so the first progress report can show them. */
async function initialRecords(git, config, tasks, issue, options, queuedAt) {
    const branches = await (0,worktrees/* uniqueBranchNames */.QQ)(git, tasks.map((task) => (0,worktrees/* taskBranchName */.jw)(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)), options.remote, { token: options.remoteToken });
    return new Map(tasks.map((task, i) => [task.id, queuedTaskRecord(task, branches[i], queuedAt)]));
}
function finalResult(info, taskRecords, tasks, pressure, finishedAt) {
    info.finishedAt = finishedAt;
    // Without dependencies the critical path is just the longest task: not worth reporting.
    const hasDeps = tasks.some((t) => t.dependsOn.length > 0);
    const metrics = computeRunMetrics(taskRecords, {
        startedAt: info.startedAt,
        finishedAt,
        maxParallel: info.maxParallel,
        mode: info.mode,
        criticalPathMs: hasDeps ? undefined : null,
        heldBackMs: pressure.heldBackMs,
    });
    if (pressure.episodes.length)
        metrics.pressureHolds = [...pressure.episodes];
    return buildRunResult(info, metrics, taskRecords);
}
/** The record of a task that has not been picked up yet. */
function queuedTaskRecord(task, branch, queuedAt) {
    return {
        id: task.id,
        title: task.title,
        file: task.file,
        issues: task.issues,
        dependsOn: task.dependsOn,
        status: 'queued',
        exitCode: null,
        branch,
        baseCommit: null,
        commit: null,
        filesChanged: 0,
        insertions: 0,
        deletions: 0,
        changedFiles: [],
        queuedAt,
        readyAt: null,
        startedAt: null,
        agentStartedAt: null,
        agentFinishedAt: null,
        finishedAt: null,
        durationMs: null,
        queueWaitMs: null,
        overheadMs: null,
        phases: {},
        cpu: null,
        memory: null,
        peakPids: null,
        agent: null,
        logFile: null,
        worktree: null,
    };
}

// EXTERNAL MODULE: ./lib/git/auth.js
var git_auth = __webpack_require__(5159);
// EXTERNAL MODULE: ./lib/git/remote.js
var remote = __webpack_require__(9416);
;// CONCATENATED MODULE: ./lib/git/push.js
/** Pushing a task branch, with the token passed as a header for this one command. */


/**
 * `git push <remote> <branch>:refs/heads/<branch>`. Not forced: branch names come from
 * {@link uniqueBranchName}, so a rejected push means someone else's branch, which must not be lost.
 */
async function pushBranch(git, remote, branch, opts = {}) {
    (0,git_git/* assertNotOption */.v3)(remote, 'remote');
    (0,git_git/* assertNotOption */.v3)(branch, 'branch name');
    const commit = await git.revParse(`refs/heads/${branch}`);
    const auth = await (0,git_auth/* authConfigArgs */.y)(git, remote, opts.token, 'push');
    const ref = `refs/heads/${branch}`;
    await git.exec([...auth.args, 'push', '--quiet', remote, `${ref}:${ref}`], { secrets: auth.secrets });
    return { ref, commit };
}

// EXTERNAL MODULE: ./lib/git/merge-tree.js
var merge_tree = __webpack_require__(477);
;// CONCATENATED MODULE: ./lib/git/conflicts.js

/**
 * Merges every pair in memory with `git merge-tree --write-tree` and
 * returns the pairs that conflict, in input order. Pairs run one after another: n·(n-1)/2 merges on
 * a machine the agents may still be using.
 */
async function findConflicts(git, branches) {
    const conflicts = [];
    for (let i = 0; i < branches.length; i++) {
        for (let j = i + 1; j < branches.length; j++) {
            const a = branches[i];
            const b = branches[j];
            let merged;
            try {
                merged = await (0,merge_tree/* mergeTree */.p)(git, a.ref, b.ref);
            }
            catch (err) {
                throw new Error(`conflict check of tasks '${a.taskId}' and '${b.taskId}': ${err.message}`, { cause: err });
            }
            if (!merged.clean)
                conflicts.push({ a: a.taskId, b: b.taskId, files: merged.conflictedFiles });
        }
    }
    return conflicts;
}

;// CONCATENATED MODULE: ./lib/git/index.js









;// CONCATENATED MODULE: ./lib/github/base.js
/**
 * The commit a run starts from and reads its prompt files from: the base branch as committed on
 * origin — never the checkout of a pull request, whose merge commit holds the PR head's files.
 */

/**
 * Fetches `ref` from origin (the checkout may not have it: a PR checkout holds only the merge commit)
 * and resolves it to a commit; when the fetch fails (not a branch or tag on origin, no network)
 * the local ref is used. A shallow checkout is fetched shallow, a full one in full, so the fetch
 * never turns the user's full clone into a shallow one.
 */
async function resolveBase(options) {
    const { git, ref, logger } = options;
    const remote = options.remote ?? 'origin';
    if (/^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref)) {
        const commit = await git.tryRevParse(ref);
        if (commit)
            return { ref, commit, branch: options.defaultBranch, source: 'local commit' };
    }
    const hasRemote = (await git.exec(['remote', 'get-url', remote], { allowFailure: true })).exitCode === 0;
    if (hasRemote && !ref.startsWith('refs/') && ref !== 'HEAD') {
        const shallow = (await git.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.trim() === 'true';
        const auth = await (0,git_auth/* authConfigArgs */.y)(git, remote, options.token, 'fetch');
        const tracking = `refs/remotes/${remote}/${ref}`;
        const out = await git.exec([...auth.args, 'fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth=1'] : []), remote, `+refs/heads/${ref}:${tracking}`], { allowFailure: true, secrets: auth.secrets });
        if (out.exitCode === 0) {
            return { ref, commit: await git.revParse(tracking), branch: ref, source: `${remote}/${ref}` };
        }
        logger.debug(`fetching branch '${ref}' from ${remote} failed (${out.stderr.trim()}); looking for it locally`);
    }
    for (const candidate of [`refs/remotes/${remote}/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`, ref]) {
        const commit = await git.tryRevParse(candidate);
        if (commit) {
            const isBranch = candidate.startsWith('refs/heads/') || candidate.startsWith('refs/remotes/');
            return { ref, commit, branch: isBranch ? ref : options.defaultBranch, source: candidate };
        }
    }
    throw new Error(`base ref '${ref}' names no commit: not a branch on ${remote} and not known to the checkout in ${git.topLevel}`);
}
/**
 * actions/checkout (before v6) leaves its token in `.git/config` as an `extraheader`. The agent
 * containers mount the repository's git directory, so that token would be theirs to read; pushes
 * send their own header, so it is removed before any agent starts.
 */
async function removePersistedCredentials(git, logger) {
    const removed = [];
    const out = await git.exec(['config', '--local', '--name-only', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFailure: true });
    for (const key of new Set(out.stdout.split('\n').map((k) => k.trim()).filter(Boolean))) {
        await git.exec(['config', '--local', '--unset-all', key]);
        logger.info(`removed '${key}' from the checkout's .git/config: agent containers can read that file (use persist-credentials: false)`);
        removed.push(key);
    }
    return removed;
}

;// CONCATENATED MODULE: ./lib/github/comments.js

/** GitHub refuses issue, comment and PR bodies longer than this many characters. */
const MAX_BODY_CHARS = 65_536;
/** The hidden first line that identifies a sticky comment: `<!-- agent-fanout:<key> -->`. */
function stickyMarker(key) {
    if (!/^[a-z0-9][a-z0-9:_-]*$/i.test(key))
        throw new TypeError(`sticky comment key '${key}' must be letters, digits, ':', '_' or '-'`);
    return `<!-- agent-fanout:${key} -->`;
}
/**
 * Cuts `body` to at most `limit` characters, ending with a note that says so. A code fence left
 * open by the cut is closed, so the note is not swallowed by it.
 */
function truncateBody(body, limit = MAX_BODY_CHARS, note = 'see the job summary for everything') {
    if (body.length <= limit)
        return body;
    const suffix = (omitted, fence) => `${fence ? '\n```' : ''}\n\n_… truncated: ${omitted} characters omitted; ${note}._\n`;
    // The suffix's length depends on the omitted count; reserve room for the longest form.
    const room = limit - suffix(body.length, true).length;
    let cut = body.slice(0, Math.max(0, room));
    // Do not split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const fences = cut.match(/^[ \t]*```/gm)?.length ?? 0;
    return cut + suffix(body.length - cut.length, fences % 2 === 1);
}
/**
 * The issue's comment whose body starts with the marker of `key`, searching every page. Starting
 * with it (not merely containing it) keeps a user quoting the comment from being taken for it.
 */
async function findStickyComment(octokit, target) {
    const marker = stickyMarker(target.key);
    let found = null;
    await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 }, (response, done) => {
        const hit = response.data.find((c) => (c.body ?? '').trimStart().startsWith(marker));
        if (hit && !found) {
            found = { id: hit.id, body: hit.body ?? '', url: hit.html_url };
            done();
        }
        return [];
    });
    return found;
}
/** The full text of a sticky comment: marker line, then the body, within GitHub's limit. */
function stickyBody(key, body) {
    const marker = stickyMarker(key);
    return `${marker}\n${truncateBody(body, MAX_BODY_CHARS - marker.length - 1)}`;
}
/**
 * Creates the sticky comment, or edits it when it exists (`knownId`, else found by its marker).
 * A known comment that was deleted meanwhile is created again.
 */
async function upsertStickyComment(octokit, target, body, knownId = null) {
    const { owner, repo } = target;
    const text = stickyBody(target.key, body);
    const id = knownId ?? (await findStickyComment(octokit, target))?.id ?? null;
    if (id !== null) {
        try {
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: text });
            return { id: data.id, url: data.html_url, created: false };
        }
        catch (error) {
            if (httpStatus(error) !== 404)
                throw error;
        }
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body: text });
    return { id: data.id, url: data.html_url, created: true };
}
/**
 * A sticky comment kept up to date: `update()` is cheap and can be called on every event — it
 * writes at once when the last write is old enough, else remembers only the newest body and writes
 * it when the interval is over. `flush()` writes its body now, whatever the interval. Failed
 * writes are warnings: progress reporting never stops a run.
 */
class StickyComment {
    #octokit;
    #target;
    #logger;
    #minIntervalMs;
    #clock;
    #setTimer;
    #clearTimer;
    #id = null;
    #url = null;
    #pending = null;
    #timer = null;
    #writing = null;
    #lastWriteAt = -Infinity;
    constructor(options) {
        const minIntervalMs = options.minIntervalMs ?? 5000;
        if (!Number.isFinite(minIntervalMs) || minIntervalMs < 0) {
            throw new TypeError(`StickyComment: minIntervalMs must be a number ≥ 0, got ${minIntervalMs}`);
        }
        stickyMarker(options.key);
        this.#octokit = options.octokit;
        this.#target = { owner: options.owner, repo: options.repo, issueNumber: options.issueNumber, key: options.key };
        this.#logger = options.logger;
        this.#minIntervalMs = minIntervalMs;
        this.#clock = options.clock ?? Date.now;
        this.#setTimer =
            options.setTimer ??
                ((fn, ms) => {
                    const t = setTimeout(fn, ms);
                    t.unref();
                    return t;
                });
        this.#clearTimer = options.clearTimer ?? ((h) => clearTimeout(h));
    }
    /** The comment's id once it has been written. */
    get id() {
        return this.#id;
    }
    get url() {
        return this.#url;
    }
    /** Asks for `body` to be shown; written now or when the throttle interval allows. */
    update(body) {
        this.#pending = body;
        if (this.#timer !== null || this.#writing !== null)
            return;
        this.#schedule();
    }
    /** Writes `body` (default: the pending one) now, after any write in flight; cancels the pending edit. */
    async flush(body) {
        if (this.#timer !== null) {
            this.#clearTimer(this.#timer);
            this.#timer = null;
        }
        const text = body ?? this.#pending;
        this.#pending = null;
        while (this.#writing)
            await this.#writing;
        if (text !== null)
            await this.#write(text);
        return this.#id;
    }
    #schedule() {
        const wait = this.#lastWriteAt + this.#minIntervalMs - this.#clock();
        if (wait <= 0) {
            this.#startWrite();
        }
        else {
            this.#timer = this.#setTimer(() => {
                this.#timer = null;
                this.#startWrite();
            }, wait);
        }
    }
    #startWrite() {
        const text = this.#pending;
        this.#pending = null;
        if (text === null)
            return;
        this.#writing = this.#write(text).finally(() => {
            this.#writing = null;
            if (this.#pending !== null && this.#timer === null)
                this.#schedule();
        });
    }
    async #write(text) {
        this.#lastWriteAt = this.#clock();
        try {
            const result = await upsertStickyComment(this.#octokit, this.#target, text, this.#id);
            this.#id = result.id;
            this.#url = result.url;
        }
        catch (error) {
            this.#logger.warning(`could not write the comment on #${this.#target.issueNumber}: ${(0,core_errors/* errorMessage */.g)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/github/issues.js

/** Adds 👀 to the issue (or, with `commentId`, to the `/fanout` comment) to say the run started. */
async function addEyesReaction(octokit, target) {
    const { owner, repo } = target;
    if (target.commentId) {
        await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: target.commentId, content: 'eyes' });
    }
    else {
        await octokit.rest.reactions.createForIssue({ owner, repo, issue_number: target.issueNumber, content: 'eyes' });
    }
}
/** Removes `label` from the issue; already gone (404) is fine. Returns whether it was removed. */
async function removeLabel(octokit, target) {
    try {
        await octokit.rest.issues.removeLabel({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, name: target.label });
        return true;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return false;
        throw error;
    }
}
async function getIssue(octokit, target) {
    const { data } = await octokit.rest.issues.get({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber });
    return { number: data.number, title: data.title, body: data.body ?? '', isPullRequest: Boolean(data.pull_request) };
}
/** The base branch of pull request `number`. */
async function getPullBase(octokit, target) {
    const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.number });
    return data.base.ref;
}

;// CONCATENATED MODULE: ./lib/github/permissions.js

/** Roles that may start a run. `triage` and `read` may label issues but not push. */
const ALLOWED_ROLES = ['admin', 'maintain', 'write'];
function isBot(sender) {
    return sender.type === 'Bot' || /\[bot\]$/i.test(sender.login);
}
/**
 * Decides whether the event's sender may start a run. Listed bots are trusted without a permission
 * lookup: GitHub Apps are not collaborators, and listing one is the maintainer's decision.
 * Humans need admin, maintain or write (`role_name`, else the legacy `permission` field).
 */
async function checkSenderPermission(octokit, options) {
    const { owner, repo, sender } = options;
    if (!sender)
        return { allowed: false, reason: 'the event names no sender, so its permission cannot be checked' };
    if (isBot(sender)) {
        const name = sender.login.toLowerCase().replace(/\[bot\]$/, '');
        return options.allowedBots.includes(name)
            ? { allowed: true, role: 'allowed bot' }
            : { allowed: false, reason: `'${sender.login}' is a bot and is not listed in the input 'allowed-bots'` };
    }
    let data;
    try {
        ({ data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: sender.login }));
    }
    catch (error) {
        if (httpStatus(error) === 404) {
            return { allowed: false, reason: `'${sender.login}' is not a collaborator of ${owner}/${repo}` };
        }
        throw new Error(`permission check of '${sender.login}' on ${owner}/${repo} failed: ${(0,core_errors/* errorMessage */.g)(error)}`, { cause: error });
    }
    const role = data.role_name || data.permission || 'none';
    if (ALLOWED_ROLES.includes(role) || (data.permission !== undefined && ALLOWED_ROLES.includes(data.permission))) {
        return { allowed: true, role };
    }
    return {
        allowed: false,
        reason: `'${sender.login}' has '${role}' permission on ${owner}/${repo}; starting agents needs ${ALLOWED_ROLES.join(', ')}`,
    };
}

;// CONCATENATED MODULE: ./lib/github/pulls.js


/** GitHub's limit is 256 characters; longer titles are refused outright. */
const MAX_TITLE_CHARS = 256;
function cleanTitle(title) {
    const oneLine = title.replace(/\s+/g, ' ').trim() || 'agent-fanout task';
    return oneLine.length <= MAX_TITLE_CHARS ? oneLine : `${oneLine.slice(0, MAX_TITLE_CHARS - 1)}…`;
}
/** The open PR whose head is `owner:branch`, if there is one. */
async function findOpenPull(octokit, spec) {
    const { data } = await octokit.rest.pulls.list({
        owner: spec.owner,
        repo: spec.repo,
        head: `${spec.owner}:${spec.head}`,
        state: 'open',
        per_page: 10,
    });
    const pr = data.find((p) => p.head.ref === spec.head);
    return pr ? { number: pr.number, url: pr.html_url } : null;
}
/**
 * Updates the open PR for `head` (title, body) or opens one. A repository that does not allow
 * drafts (some plans) gets a ready PR instead, with a warning, rather than none.
 */
async function createOrUpdatePull(octokit, spec, logger) {
    const { owner, repo, head, base } = spec;
    const title = cleanTitle(spec.title);
    const body = truncateBody(spec.body, MAX_BODY_CHARS, 'see the job summary and the branch for everything');
    const existing = await findOpenPull(octokit, spec);
    if (existing) {
        await octokit.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body });
        return { ...existing, created: false };
    }
    try {
        const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: spec.draft });
        return { number: data.number, url: data.html_url, created: true };
    }
    catch (error) {
        if (!spec.draft || httpStatus(error) !== 422 || !/draft/i.test((0,core_errors/* errorMessage */.g)(error)))
            throw error;
        logger.warning(`draft pull requests are not available in ${owner}/${repo}; opening '${head}' as a ready pull request`);
        const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: false });
        return { number: data.number, url: data.html_url, created: true };
    }
}
async function updatePullBody(octokit, spec) {
    const body = truncateBody(spec.body, MAX_BODY_CHARS, 'see the job summary and the branch for everything');
    await octokit.rest.pulls.update({ owner: spec.owner, repo: spec.repo, pull_number: spec.number, body });
}

;// CONCATENATED MODULE: ./lib/github/render.js


/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
function fenced(text, lang = 'text') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
/** A link to the workflow run, or an empty string outside a runner. */
function runLink(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function footer(link, runId) {
    const parts = [];
    if (link)
        parts.push(`[workflow run](${link})`);
    if (runId)
        parts.push(`run ${codeOrText(runId)}`);
    return parts.length ? `\n\n<sub>agent-fanout · ${parts.join(' · ')}</sub>` : '';
}
function errorList(errors) {
    return errors.length ? `\n\n**Problems**\n${errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n')}` : '';
}
/** The live comment while tasks run (also the initial one, all queued). */
function renderProgressComment(opts) {
    const busy = opts.records.some((r) => r.status === 'queued' || r.status === 'running');
    const heading = busy
        ? `### 🔄 agent-fanout: ${format_plural(opts.records.length, 'task')} running`
        : `### ⏳ agent-fanout: ${format_plural(opts.records.length, 'task')} done; pushing branches and opening pull requests`;
    return (`${heading}\n\n` +
        `Started by ${escapeMarkdown(opts.description)}.\n\n` +
        renderProgressTable(opts.records, opts.now) +
        errorList(opts.errors) +
        footer(opts.link, opts.runId));
}
/** The list of branches and pull requests, for the final comment and the job summary. */
function renderPublications(publications) {
    if (publications.length === 0)
        return '';
    const lines = publications.map((p) => {
        const what = p.pr ? `[#${p.pr.number}](${p.pr.url})${p.pr.created ? '' : ' (updated)'}` : escapeMarkdown(p.note);
        return `- ${codeOrText(p.taskId)}: ${what}${p.branch && p.pushed ? ` · branch ${codeOrText(p.branch)}` : ''}`;
    });
    return `### Pull requests\n\n${lines.join('\n')}\n`;
}
/** The final comment: the run summary, then what was published. */
function renderFinalComment(opts) {
    const pubs = renderPublications(opts.publications);
    return `${opts.summary.trimEnd()}${pubs ? `\n\n${pubs.trimEnd()}` : ''}${footer(opts.link, opts.runId)}`;
}
/** No task could be found: how to link prompts, and what went wrong. */
function renderNoTasksComment(opts) {
    const dir = opts.promptDirs[0] ?? 'prompts';
    return (`### agent-fanout: no prompt files to run\n\n` +
        `Nothing was started for #${opts.number}. Link prompt files in the description, by path ` +
        `(\`${dir}/add-login.md\`), as a Markdown link or a GitHub file link; or list the issue in a ` +
        `prompt file's front matter (\`issue: ${opts.number}\`). Prompt files are read from ` +
        `${opts.promptDirs.map((d) => codeOrText(d)).join(', ')} as committed on ${codeOrText(opts.baseRef)}, ` +
        `so new prompt files must be merged there first.` +
        errorList(opts.errors) +
        footer(opts.link, null));
}
/** The run could not start or crashed: what went wrong, where to look. */
function renderFailedComment(message, link, runId) {
    return `### ❌ agent-fanout: the run failed\n\n${fenced(format_truncate(message, 4000))}${footer(link, runId)}`;
}
function renderRefusedComment(reason, link) {
    return `### agent-fanout: not started\n\n${escapeMarkdown(reason)}.${footer(link, null)}`;
}
/** The last `maxLines` lines of a log, at most `maxChars` characters. */
function tail(text, maxLines, maxChars) {
    const lines = text.replace(/\n+$/, '').split('\n');
    let out = lines.slice(-maxLines).join('\n');
    let cut = lines.length > maxLines;
    if (out.length > maxChars) {
        out = out.slice(out.length - maxChars);
        cut = true;
    }
    return { text: out, cut };
}
/** The body of a task's pull request. */
function renderPullBody(opts) {
    const { record } = opts;
    const parts = [];
    if (opts.issue !== null)
        parts.push(`Refs #${opts.issue}`);
    parts.push(`Opened by agent-fanout for task ${codeOrText(record.id)} (${codeOrText(record.file)}). ` +
        'Review it like any contribution: the changes were made by an agent.');
    parts.push(`${renderTaskTableHeader()}\n${renderTaskRow(record)}`);
    const final = record.agent?.finalText?.trim();
    if (final)
        parts.push(`### Agent's final message\n\n${fenced(format_truncate(final, 8000))}`);
    if (opts.logTail.trim()) {
        parts.push(`<details><summary>Log tail</summary>\n\n${fenced(opts.logTail)}\n\n</details>`);
    }
    const siblings = opts.siblings.filter((s) => s.taskId !== record.id);
    if (siblings.length) {
        parts.push(`### Sibling pull requests\n\n${siblings.map((s) => `- [#${s.number}](${s.url}) ${codeOrText(s.taskId)}`).join('\n')}`);
    }
    return parts.join('\n\n') + footer(opts.link, opts.runId);
}

;// CONCATENATED MODULE: ./lib/github/publish.js
/**
 * Publishing a run's results: every task branch with changes is pushed to origin by the
 * orchestrator (never by the container); successful ones get a pull request, created or updated,
 * whose body links its siblings. Problems are reported per task, never thrown.
 */





/** The end of a task's log for a PR body: at most 60 lines / 6,000 characters. */
async function readLogTail(file, maxLines = 60, maxChars = 6000) {
    if (!file)
        return '';
    try {
        const text = await promises_.readFile(file, 'utf8');
        const t = tail(text, maxLines, maxChars);
        return t.cut ? `…\n${t.text}` : t.text;
    }
    catch {
        return '';
    }
}
function noChangeNote(record) {
    return record.status === 'succeeded' ? 'no changes: no pull request' : `${record.status.replace(/_/g, ' ')} without changes: nothing pushed`;
}
async function publishResults(options) {
    const { octokit, git, result, logger } = options;
    const remote = options.remote ?? 'origin';
    const publications = [];
    const bodies = new Map();
    for (const record of result.tasks) {
        const pub = { taskId: record.id, title: record.title, branch: record.branch, pushed: false, pr: null, note: '' };
        publications.push(pub);
        if (!record.commit || !record.branch) {
            pub.note = noChangeNote(record);
            continue;
        }
        try {
            await pushBranch(git, remote, record.branch, { token: options.token });
            pub.pushed = true;
            logger.info(`task '${record.id}': pushed ${record.branch}`);
        }
        catch (error) {
            pub.note = `push of ${record.branch} failed: ${(0,core_errors/* errorMessage */.g)(error)}`;
            logger.warning(`task '${record.id}': ${pub.note}`);
            continue;
        }
        if (record.status !== 'succeeded') {
            pub.note = `${record.status.replace(/_/g, ' ')}: branch pushed for inspection, no pull request`;
            continue;
        }
        if (options.createPr === 'false') {
            pub.note = 'branch pushed; create-pr is false';
            continue;
        }
        const logTail = await readLogTail(record.logFile);
        bodies.set(record.id, { record, logTail });
        const siblings = publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, ...p.pr }] : []));
        try {
            pub.pr = await createOrUpdatePull(octokit, {
                owner: options.owner,
                repo: options.repo,
                head: record.branch,
                base: options.baseBranch,
                title: record.title,
                body: renderPullBody({ record, issue: options.issue, runId: result.run.id, link: options.link, logTail, siblings }),
                draft: options.createPr === 'draft',
            }, logger);
            logger.info(`task '${record.id}': pull request #${pub.pr.number} ${pub.pr.created ? 'opened' : 'updated'}: ${pub.pr.url}`);
        }
        catch (error) {
            pub.note = `pull request for ${record.branch} failed: ${(0,core_errors/* errorMessage */.g)(error)}`;
            logger.warning(`task '${record.id}': ${pub.note}`);
        }
    }
    // Earlier PRs were written before their later siblings existed.
    const all = publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, ...p.pr }] : []));
    for (const [index, pub] of publications.entries()) {
        const known = bodies.get(pub.taskId);
        if (!pub.pr || !known)
            continue;
        const later = publications.slice(index + 1).some((p) => p.pr);
        if (!later)
            continue;
        try {
            await updatePullBody(octokit, {
                owner: options.owner,
                repo: options.repo,
                number: pub.pr.number,
                body: renderPullBody({ ...known, issue: options.issue, runId: result.run.id, link: options.link, siblings: all }),
            });
        }
        catch (error) {
            logger.warning(`task '${pub.taskId}': could not add sibling links to #${pub.pr.number}: ${(0,core_errors/* errorMessage */.g)(error)}`);
        }
    }
    return publications;
}

;// CONCATENATED MODULE: ./lib/github/trigger.js
/**
 * Which events start a run: an issue or pull request labeled with the trigger label, a manual
 * dispatch, or a comment with a `/fanout` line. Pure: event name and payload in, decision out.
 */
/** `/fanout` alone on a line (optionally followed by words), not inside a quote. */
const COMMAND_LINE = /^[ \t]*\/fanout(?:[ \t].*)?$/m;
function sender(payload) {
    return payload.sender?.login ? { login: payload.sender.login, type: payload.sender.type ?? 'User' } : null;
}
function sameLabel(a, b) {
    // GitHub label names are unique regardless of case.
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
function decideTrigger(eventName, payload, inputs) {
    const label = inputs.triggerLabel;
    switch (eventName) {
        case 'issues': {
            const number = payload.issue?.number;
            if (payload.action !== 'labeled' || !sameLabel(payload.label?.name, label) || !number) {
                return {
                    run: false,
                    reason: `issues event '${payload.action ?? '?'}'${payload.label?.name ? ` with label '${payload.label.name}'` : ''} is not the label '${label}' being added`,
                };
            }
            return {
                run: true,
                kind: 'issue',
                number,
                isPullRequest: false,
                sender: sender(payload),
                body: payload.issue?.body ?? '',
                bodyKnown: true,
                baseBranch: null,
                label: payload.label.name,
                commentId: null,
                prompts: [],
                description: `label '${payload.label.name}' added to issue #${number}`,
            };
        }
        case 'pull_request':
        case 'pull_request_target': {
            const number = payload.pull_request?.number;
            if (payload.action !== 'labeled' || !sameLabel(payload.label?.name, label) || !number) {
                return {
                    run: false,
                    reason: `${eventName} event '${payload.action ?? '?'}'${payload.label?.name ? ` with label '${payload.label.name}'` : ''} is not the label '${label}' being added`,
                };
            }
            return {
                run: true,
                kind: 'pull_request',
                number,
                isPullRequest: true,
                sender: sender(payload),
                body: payload.pull_request?.body ?? '',
                bodyKnown: true,
                baseBranch: payload.pull_request?.base?.ref ?? null,
                label: payload.label.name,
                commentId: null,
                prompts: [],
                description: `label '${payload.label.name}' added to pull request #${number}`,
            };
        }
        case 'issue_comment': {
            const number = payload.issue?.number;
            const text = payload.comment?.body ?? '';
            if (payload.action !== 'created' || !number || !COMMAND_LINE.test(text)) {
                return {
                    run: false,
                    reason: `issue_comment event '${payload.action ?? '?'}' has no line '/fanout'`,
                };
            }
            const isPullRequest = payload.issue?.pull_request !== undefined && payload.issue.pull_request !== null;
            return {
                run: true,
                kind: 'comment',
                number,
                isPullRequest,
                sender: sender(payload),
                body: `${payload.issue?.body ?? ''}\n\n${text}`,
                bodyKnown: true,
                baseBranch: null,
                label: null,
                commentId: payload.comment?.id ?? null,
                prompts: [],
                description: `'/fanout' commented on ${isPullRequest ? 'pull request' : 'issue'} #${number}`,
            };
        }
        case 'workflow_dispatch': {
            const number = inputs.issueNumber;
            if (inputs.prompts.length === 0 && number === null) {
                return {
                    run: false,
                    reason: "workflow_dispatch without the 'prompts' or 'issue-number' input names no prompt files",
                };
            }
            return {
                run: true,
                kind: 'manual',
                number,
                isPullRequest: false,
                sender: sender(payload),
                body: '',
                bodyKnown: number === null,
                baseBranch: null,
                label: null,
                commentId: null,
                prompts: inputs.prompts,
                description: inputs.prompts.length > 0
                    ? `manual run of ${inputs.prompts.join(', ')}${number !== null ? ` for #${number}` : ''}`
                    : `manual run for #${number}`,
            };
        }
        default:
            return { run: false, reason: `event '${eventName}' does not start agent-fanout` };
    }
}

;// CONCATENATED MODULE: ./lib/core/options.js
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
function cpusValue(text, hostCpus = external_node_os_.availableParallelism()) {
    const n = Number(text.trim());
    const expected = `a number of CPUs greater than 0 and at most ${hostCpus} (this host's cores), like 1 or 0.5`;
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(n) || n <= 0 || n > hostCpus)
        throw new InvalidValue(expected);
    return n;
}
function memoryValue(text) {
    const bytes = parseSize(text);
    if (bytes === undefined)
        throw new InvalidValue('a size like 512m or 4g');
    if (bytes < MIN_MEMORY_BYTES)
        throw new InvalidValue('at least 6m (Docker refuses smaller memory limits)');
    if (bytes > MAX_MEMORY_BYTES)
        throw new InvalidValue('at most 1t');
    return bytes;
}
function durationValue(text) {
    const ms = parseDuration(text);
    if (ms === undefined)
        throw new InvalidValue('a duration like 90s, 30m or 2h');
    if (ms > MAX_DURATION_MS)
        throw new InvalidValue('a duration of at most 7 days (168h)');
    return ms;
}
function agentValue(text) {
    if (!core_config/* AGENT_KINDS */.yp.includes(text))
        throw new InvalidValue(`one of ${core_config/* AGENT_KINDS */.yp.join(', ')}`);
    return text;
}
function executionValue(text) {
    if (!core_config/* EXECUTION_MODES */.EK.includes(text))
        throw new InvalidValue(`one of ${core_config/* EXECUTION_MODES */.EK.join(', ')}`);
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
        if (core_config/* FORBIDDEN_ENV */.Me.includes(n.toUpperCase())) {
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
function options_option(spec) {
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
    options_option({
        name: 'repo',
        metavar: 'DIR',
        kind: 'value',
        default: '',
        defaultText: "the current directory's",
        description: 'git repository the tasks run on',
        scopes: { cli: true },
        parse: nonEmptyText('a directory inside a git repository'),
    }),
    options_option({
        name: 'base',
        metavar: 'REF',
        kind: 'value',
        default: 'HEAD',
        description: 'ref the task branches start from',
        scopes: { cli: true },
        parse: gitRefValue,
        apply: (c, v) => (c.baseRef = v),
    }),
    options_option({
        name: 'branch-prefix',
        metavar: 'P',
        kind: 'value',
        default: 'fanout',
        description: 'task branches are <prefix>/<task-id> or <prefix>/<issue>/<task-id> (a -tryK suffix when taken)',
        scopes: { cli: true, action: true },
        parse: branchPrefixValue,
        apply: (c, v) => (c.branchPrefix = v),
    }),
    options_option({
        name: 'issue',
        metavar: 'N',
        kind: 'value',
        default: '',
        description: 'issue the run belongs to (branches <prefix>/<N>/<task>)',
        scopes: { cli: true },
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'an issue number like 12'),
    }),
    options_option({
        name: 'agent',
        metavar: 'KIND',
        kind: 'value',
        default: 'claude',
        description: `agent for prompt files whose front matter names none: ${core_config/* AGENT_KINDS */.yp.join(', ')}`,
        scopes: { cli: true, action: true, frontMatter: { key: 'agent', field: 'agent' } },
        parse: agentValue,
        apply: (c, v) => (c.agent = v),
    }),
    options_option({
        name: 'agent-command',
        metavar: 'T',
        kind: 'value',
        default: '',
        description: 'command template of the command agent, with {prompt_file} or {prompt}',
        scopes: { cli: true, action: true },
        parse: (text) => text,
        apply: (c, v) => (c.agentCommand = v.trim() === '' ? undefined : v),
    }),
    options_option({
        name: 'claude-arg',
        metavar: 'ARG',
        kind: 'repeatable',
        default: '',
        description: 'extra flag for the claude CLI (repeatable)',
        scopes: { cli: true },
        parse: (text) => text,
        apply: (c, v) => c.claudeArgs.push(v),
    }),
    options_option({
        name: 'execution',
        metavar: 'MODE',
        kind: 'value',
        default: 'auto',
        description: 'where agents run: docker (isolated containers), subprocess (on the host, no isolation) or auto (Docker when its daemon answers)',
        scopes: { cli: true, action: { default: 'docker' } },
        parse: executionValue,
        apply: (c, v) => (c.execution = v),
    }),
    options_option({
        name: 'image',
        metavar: 'IMAGE',
        kind: 'value',
        default: 'agent-fanout/agent:latest',
        description: 'agent container image (built when it is the default and missing)',
        scopes: { cli: true, action: true, frontMatter: { key: 'image', field: 'image' } },
        parse: imageValue,
        apply: (c, v) => (c.image = v),
    }),
    options_option({
        name: 'max-parallel',
        metavar: 'N',
        kind: 'value',
        default: '4',
        description: 'tasks run at once, or auto (from host memory and the memory limits)',
        scopes: { cli: true, action: true },
        parse: maxParallelValue,
        apply: (c, v) => (c.maxParallel = v),
    }),
    options_option({
        name: 'cpus',
        metavar: 'N',
        kind: 'value',
        default: '1',
        description: "CPUs per task container (at most the host's cores)",
        scopes: { cli: true, action: true, frontMatter: { key: 'cpus', field: 'cpus' } },
        parse: (text) => cpusValue(text),
        apply: (c, v) => (c.cpus = v),
    }),
    options_option({
        name: 'memory',
        metavar: 'SIZE',
        kind: 'value',
        default: '2g',
        description: 'memory limit per task container, swap included, e.g. 512m or 4g',
        scopes: { cli: true, action: true, frontMatter: { key: 'memory', field: 'memoryBytes' } },
        parse: memoryValue,
        apply: (c, v) => (c.memoryBytes = v),
    }),
    options_option({
        name: 'pids-limit',
        metavar: 'N',
        kind: 'value',
        default: '512',
        description: 'process limit per task container',
        scopes: { cli: true, action: true },
        parse: wholeNumber(1, 1_000_000),
        apply: (c, v) => (c.pidsLimit = v),
    }),
    options_option({
        name: 'timeout',
        metavar: 'DURATION',
        kind: 'value',
        default: '30m',
        description: 'per-task timeout, e.g. 90s, 30m or 2h (at most 7 days)',
        scopes: { cli: true, action: true, frontMatter: { key: 'timeout', field: 'timeoutMs' } },
        parse: durationValue,
        apply: (c, v) => (c.timeoutMs = v),
    }),
    options_option({
        name: 'network',
        metavar: 'MODE',
        kind: 'value',
        default: 'bridge',
        description: 'Docker network of the task containers: bridge, none or a network name (host is refused)',
        scopes: { cli: true, action: true },
        parse: networkValue,
        apply: (c, v) => (c.network = v),
    }),
    options_option({
        name: 'env',
        metavar: 'NAMES',
        kind: 'repeatable',
        default: '',
        description: 'names of host environment variables passed to agents, comma separated (never a GitHub token; values are masked in logs)',
        scopes: { cli: true, action: true, frontMatter: { key: 'env', field: 'env' } },
        parse: envNamesValue,
        apply: (c, v) => (c.env = [...new Set([...c.env, ...v])]),
    }),
    options_option({
        name: 'max-turns',
        metavar: 'N',
        kind: 'value',
        default: '50',
        description: 'most agent turns (claude --max-turns)',
        scopes: { cli: true, action: true, frontMatter: { key: 'max_turns', field: 'maxTurns' } },
        parse: wholeNumber(1, 10_000),
        apply: (c, v) => (c.maxTurns = v),
    }),
    options_option({
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
    options_option({
        name: 'state-dir',
        metavar: 'DIR',
        kind: 'value',
        default: '',
        defaultText: '~/.agent-fanout, or $AGENT_FANOUT_HOME',
        description: 'run directories and journals',
        scopes: { cli: true },
        parse: nonEmptyText('a directory'),
    }),
    options_option({
        name: 'ca-cert',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        defaultText: '$NODE_EXTRA_CA_CERTS',
        description: 'extra CA bundle (PEM) for agents and image builds',
        scopes: { cli: true },
        parse: nonEmptyText('a PEM file'),
    }),
    options_option({
        name: 'fail-fast',
        kind: 'switch',
        default: 'false',
        description: 'cancel tasks that have not started once one fails',
        scopes: { cli: true, action: true },
        parse: booleanText,
        apply: (c, v) => (c.failFast = v),
    }),
    options_option({
        name: 'keep-worktrees',
        kind: 'switch',
        default: 'false',
        description: 'keep the task worktrees after the run (branches are always kept)',
        scopes: { cli: true, action: true },
        parse: booleanText,
        apply: (c, v) => (c.keepWorktrees = v),
    }),
    options_option({
        name: 'json',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        description: 'write the results JSON',
        scopes: { cli: true },
        parse: nonEmptyText('a file path'),
    }),
    options_option({
        name: 'summary',
        metavar: 'FILE',
        kind: 'value',
        default: '',
        description: 'write the Markdown summary',
        scopes: { cli: true },
        parse: nonEmptyText('a file path'),
    }),
    options_option({
        name: 'quiet',
        kind: 'switch',
        default: 'false',
        description: 'no task output on the console',
        scopes: { cli: true },
        parse: booleanText,
    }),
    options_option({
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
    options_option({
        name: 'github-token',
        kind: 'value',
        default: '${{ github.token }}',
        description: 'Token for the API (comments, reactions, labels, pull requests) and for pushing task branches. Never passed to agents.',
        scopes: { action: true },
        parse: nonEmptyText('a token; the default is ${{ github.token }}'),
    }),
    options_option({
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
    options_option({
        name: 'prompts',
        kind: 'value',
        default: '',
        description: 'Prompt files or globs (comma or newline separated) for workflow_dispatch runs, e.g. prompts/*.md.',
        scopes: { action: true },
        parse: (text) => splitList(text).map(relativePathValue),
    }),
    options_option({
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
    options_option({
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
    options_option({
        name: 'base-ref',
        kind: 'value',
        default: '',
        description: "Branch, tag or commit the tasks start from and prompt files are read from. Default the pull request's base branch, else the default branch.",
        scopes: { action: true },
        parse: (text) => (text === '' ? '' : gitRefValue(text)),
    }),
    options_option({
        name: 'create-pr',
        kind: 'value',
        default: 'draft',
        description: 'Open a pull request per successful task with changes: draft, true (ready for review) or false (push branches only).',
        scopes: { action: true },
        parse: oneOf(['draft', 'true', 'false']),
    }),
    options_option({
        name: 'comment',
        kind: 'switch',
        default: 'true',
        description: 'Keep a progress and summary comment on the issue, and the run summary on each pull request.',
        scopes: { action: true },
        parse: booleanText,
    }),
    options_option({
        name: 'remove-label',
        kind: 'switch',
        default: 'true',
        description: 'Remove the trigger label when the run ends, so adding it again starts a new run.',
        scopes: { action: true },
        parse: booleanText,
    }),
    options_option({
        name: 'fail-on',
        kind: 'value',
        default: 'any',
        description: 'any: the step fails when a task does not succeed or a linked prompt file cannot run; none: it never fails for that.',
        scopes: { action: true },
        parse: oneOf(['any', 'none']),
    }),
    options_option({
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
    options_option({
        name: 'max-tasks',
        kind: 'value',
        default: '20',
        description: 'Most tasks one run starts (1 to 100).',
        scopes: { action: true },
        parse: wholeNumber(1, 100),
    }),
    options_option({
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

;// CONCATENATED MODULE: ./lib/action/inputs.js
/**
 * The action's inputs: read from `INPUT_*` through the one options table, validated all at once
 * before anything runs, and turned into the RunConfig the engine takes. Keys are spelled exactly as
 * in action.yml (which is generated from the same table).
 */





/**
 * The defaults of action.yml, applied again here because the runner fills them in but a direct
 * `node dist/index.js` (tests, other runners) does not. `github-token` has none here: its default is
 * an expression only the runner can evaluate.
 */
const INPUT_DEFAULTS = Object.fromEntries(ACTION_OPTIONS.filter((o) => o.name !== 'github-token').map((o) => [o.name, actionDefault(o)]));
function readInput(spec) {
    const value = core/* getInput */.V4(spec.name);
    if (value !== '' || spec.name === 'github-token')
        return value;
    return INPUT_DEFAULTS[spec.name] ?? '';
}
/**
 * Reads and validates every input. All problems are collected and thrown together as one
 * ConfigError, one line each, so a workflow author fixes them in one go.
 */
function getInputs() {
    const errors = [];
    const values = {};
    for (const spec of ACTION_OPTIONS) {
        const text = spec.kind === 'switch' ? readInput(spec).trim() : readInput(spec);
        try {
            values[spec.name] = spec.parse(text);
        }
        catch (error) {
            if (!(error instanceof InvalidValue))
                throw error;
            errors.push(text === '' ? `Input '${spec.name}' is empty. Expected ${error.expected}.` : invalidValueMessage(`input '${spec.name}'`, text, error));
        }
    }
    const inputs = values;
    if (inputs.agent === 'command' && (inputs['agent-command'] ?? '').trim() === '') {
        errors.push("Input 'agent-command' is empty. Expected a command template like 'my-agent --prompt-file {prompt_file}' when agent is 'command'.");
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join('\n'));
    return inputs;
}
/**
 * The engine's configuration for a run in `workspace` (the checkout). `baseRef` is the input as
 * given (or `HEAD`); the action replaces it with the resolved base commit before running.
 */
function toRunConfig(inputs, workspace, env = process.env) {
    const config = (0,core_config/* defaultConfig */.$P)(external_node_path_.resolve(workspace), env);
    config.baseRef = inputs['base-ref'] || 'HEAD';
    const byName = inputs;
    for (const spec of ACTION_OPTIONS) {
        if (spec.apply && byName[spec.name] !== undefined)
            spec.apply(config, byName[spec.name]);
    }
    return config;
}

// EXTERNAL MODULE: ./lib/action/state.js
var state = __webpack_require__(2287);
;// CONCATENATED MODULE: ./lib/tasks/types.js
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/tasks/parse.js
/** Parsing of one prompt file: YAML front matter + Markdown body → a TaskSpec. Pure: no I/O. */




/** Prompt files larger than this are refused: a prompt is prose, not a data dump. */
const MAX_PROMPT_BYTES = 256 * 1024;
/** Front matter keys that mean something; anything else draws a warning. */
const FRONT_MATTER_KEYS = ['id', 'title', 'issue', 'depends_on', ...FRONT_MATTER_OPTIONS.map((o) => o.scopes.frontMatter.key)];
/** Ids become branch names and container labels, so they stay within what both accept. */
const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_ID_LENGTH = 100;
/** `My Task_2.md` → `my-task-2`: lowercase, runs of anything but [a-z0-9] become one dash. */
function slugify(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** Splits `---\n<yaml>\n---\n<body>` and reports the file line the YAML starts on. */
function splitFrontMatter(file, content) {
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trimEnd() !== '---')
        return { yaml: undefined, yamlFirstLine: 0, body: text };
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close === -1) {
        throw new PromptError(file, undefined, "front matter opened with '---' on line 1 is never closed (expected a line '---')");
    }
    return {
        yaml: lines.slice(1, close).join('\n'),
        yamlFirstLine: 2,
        body: lines.slice(close + 1).join('\n'),
    };
}
/** The first `# ` heading outside fenced code blocks, without trailing closing hashes. */
function firstHeading(body) {
    let fence;
    for (const line of body.split(/\r?\n/)) {
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
        if (heading && heading[1].trim() !== '')
            return heading[1].trim();
    }
    return undefined;
}
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/** The key a misspelled one probably meant (`depends-on`, `dependsOn`, `Timeout` → the real one). */
function suggestKey(key) {
    const norm = (k) => k.toLowerCase().replace(/[-_\s]/g, '');
    const wanted = norm(key);
    const direct = FRONT_MATTER_KEYS.find((k) => norm(k) === wanted);
    if (direct)
        return direct;
    const aliases = {
        issues: 'issue',
        dependson: 'depends_on',
        depends: 'depends_on',
        needs: 'depends_on',
        after: 'depends_on',
        maxturns: 'max_turns',
        turns: 'max_turns',
        cpu: 'cpus',
        mem: 'memory',
        name: 'title',
    };
    return aliases[wanted];
}
class FieldReader {
    file;
    data;
    constructor(file, data) {
        this.file = file;
        this.data = data;
    }
    fail(field, value, expected) {
        throw new PromptError(this.file, field, `invalid value ${show(value)}; expected ${expected}`);
    }
    /** The value of `field`, or undefined when absent or explicitly empty (`key:` with no value). */
    get(field) {
        const value = this.data[field];
        return value === null ? undefined : value;
    }
    string(field, expected = 'a non-empty string') {
        const value = this.get(field);
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string' || value.trim() === '')
            this.fail(field, value, expected);
        return value.trim();
    }
    /** A scalar is a list of one: `depends_on: a` means `[a]`. */
    list(field) {
        const value = this.get(field);
        if (value === undefined)
            return undefined;
        return Array.isArray(value) ? value : [value];
    }
}
/**
 * The front-matter keys of the options table (`memory`, `timeout`, …), parsed with the same parsers
 * and bounds as the CLI flags and Action inputs. YAML numbers are read as their text (`cpus: 2`,
 * `timeout: 90` seconds); lists as comma-separated text (`env: [A, B]`).
 */
function readOptionOverrides(fields) {
    const overrides = { env: [] };
    for (const spec of FRONT_MATTER_OPTIONS) {
        const { key, field } = spec.scopes.frontMatter;
        const value = fields.get(key);
        if (value === undefined)
            continue;
        const items = Array.isArray(value) ? value : [value];
        if (items.some((v) => typeof v !== 'string' && typeof v !== 'number') || (Array.isArray(value) && spec.kind !== 'repeatable')) {
            fields.fail(key, value, `${spec.kind === 'repeatable' ? 'a list of values' : 'a single value'}, like ${key}: ${spec.default || '…'}`);
        }
        const text = items.map(String).join(',');
        let parsed;
        try {
            parsed = spec.parse(text);
        }
        catch (error) {
            if (!(error instanceof InvalidValue))
                throw error;
            fields.fail(key, error.part ?? value, error.expected);
        }
        overrides[field] = parsed;
    }
    return overrides;
}
/**
 * Parses one prompt file. `file` is its repo-relative path (used for the default id and in every
 * error). Throws PromptError for anything that is not a valid prompt; warns through `logger` about
 * front matter keys it does not know and about an empty prompt.
 */
function parsePromptFile(file, content, logger) {
    const { yaml, yamlFirstLine, body } = splitFrontMatter(file, content);
    let data = {};
    if (yaml !== undefined && yaml.trim() !== '') {
        // Padding with newlines makes the parser's line numbers the file's line numbers.
        const doc = (0,yaml_dist/* parseDocument */.Tp)('\n'.repeat(yamlFirstLine - 1) + yaml, { prettyErrors: true });
        if (doc.errors.length > 0) {
            const first = doc.errors[0];
            const pos = first.linePos?.[0];
            const reason = first.message.split(/ at line \d+, column \d+/)[0].split('\n')[0];
            const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
            throw new PromptError(file, undefined, `invalid YAML front matter${where}: ${reason}`);
        }
        for (const warning of doc.warnings)
            logger.warning(`${file}: front matter: ${warning.message.split('\n')[0]}`);
        const value = doc.toJS();
        if (value !== null && value !== undefined) {
            if (typeof value !== 'object' || Array.isArray(value)) {
                throw new PromptError(file, undefined, `front matter must be a YAML mapping of keys to values, got ${show(value)}`);
            }
            data = value;
        }
    }
    for (const key of Object.keys(data)) {
        if (FRONT_MATTER_KEYS.includes(key))
            continue;
        const suggestion = suggestKey(key);
        logger.warning(`${file}: unknown front matter key '${key}' ignored` +
            (suggestion ? ` (did you mean '${suggestion}'?)` : `; known keys: ${FRONT_MATTER_KEYS.join(', ')}`));
    }
    // Explicitly typed so that calls to the `never`-returning `fail` narrow types (TS2775 rules).
    const fields = new FieldReader(file, data);
    const idExpected = `an id of lowercase letters, digits and dashes (at most ${MAX_ID_LENGTH} characters), like 'add-login'`;
    let id = fields.string('id', idExpected);
    if (id !== undefined) {
        if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH)
            fields.fail('id', id, idExpected);
    }
    else {
        const stem = external_node_path_.posix.basename(file).replace(/\.[^.]*$/, '');
        id = slugify(stem).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
        if (id === '') {
            throw new PromptError(file, 'id', `cannot derive an id from the file name '${stem}'; set 'id' in the front matter`);
        }
    }
    const prompt = body.replace(/^(?:[ \t]*\r?\n)+/, '');
    const title = fields.string('title', 'a non-empty string') ?? firstHeading(prompt) ?? id;
    const issueExpected = 'an issue number or a list of issue numbers, like 12 or [12, 14]';
    const issues = (fields.list('issue') ?? []).map((n) => {
        if (typeof n === 'string' && /^#?\d+$/.test(n.trim()))
            n = Number(n.trim().replace('#', ''));
        if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)
            fields.fail('issue', fields.get('issue'), issueExpected);
        return n;
    });
    const depsExpected = 'a task id or a list of task ids';
    const dependsOn = [];
    for (const dep of fields.list('depends_on') ?? []) {
        if (typeof dep !== 'string' || dep.trim() === '')
            fields.fail('depends_on', fields.get('depends_on'), depsExpected);
        if (!dependsOn.includes(dep.trim()))
            dependsOn.push(dep.trim());
    }
    const overrides = readOptionOverrides(fields);
    if (prompt.trim() === '')
        logger.warning(`${file}: the prompt is empty (nothing after the front matter)`);
    return { id, title, file, prompt, issues, dependsOn, ...overrides };
}

;// CONCATENATED MODULE: ./lib/tasks/source.js
/**
 * Where prompt files are read from: the working tree (CLI) or a committed ref (GitHub Action, which
 * must read prompts from the base ref as committed, never from a pull request's head). Neither
 * source follows symbolic links, so a prompt path can never lead outside the repository.
 */




/** `./a//b/` → `a/b`; `` and `.` → `.`. Callers validate that paths stay inside the repository. */
function normalizeRel(relPath) {
    const norm = external_node_path_.posix.normalize(relPath.replace(/^\/+/, '')).replace(/\/+$/, '');
    return norm === '' ? '.' : norm;
}
function assertInside(relPath) {
    if (relPath === '..' || relPath.startsWith('../') || relPath.includes('\0')) {
        throw new Error(`path '${relPath}' is outside the repository`);
    }
}
function isNotFound(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Prompt files in the working tree under `repoRoot`, read with lstat and O_NOFOLLOW. */
function fsPromptSource(repoRoot) {
    const root = path.resolve(repoRoot);
    const abs = (rel) => (rel === '.' ? root : path.join(root, ...rel.split('/')));
    return {
        description: 'working tree',
        async stat(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            if (rel === '.')
                return { kind: 'dir', size: 0 };
            // Each parent is checked too: `prompts -> /etc` must not make `prompts/passwd` a plain file.
            const parts = rel.split('/');
            for (let i = 1; i <= parts.length; i++) {
                let st;
                try {
                    st = await fs.lstat(path.join(root, ...parts.slice(0, i)));
                }
                catch (error) {
                    if (isNotFound(error))
                        return { kind: 'missing', size: 0 };
                    throw error;
                }
                if (st.isSymbolicLink())
                    return { kind: 'symlink', size: st.size };
                if (i < parts.length) {
                    if (!st.isDirectory())
                        return { kind: 'missing', size: 0 };
                    continue;
                }
                if (st.isFile())
                    return { kind: 'file', size: st.size };
                if (st.isDirectory())
                    return { kind: 'dir', size: 0 };
                return { kind: 'other', size: st.size };
            }
            return { kind: 'missing', size: 0 };
        },
        async read(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            // O_NOFOLLOW closes the gap between stat and read for the last component; O_NONBLOCK keeps a
            // FIFO from hanging the open, and fstat then refuses it.
            const handle = await fs.open(abs(rel), fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
            try {
                const st = await handle.stat();
                if (!st.isFile())
                    throw new Error(`'${rel}' is not a regular file`);
                return await handle.readFile({ encoding: 'utf8' });
            }
            finally {
                await handle.close();
            }
        },
        async list(dir) {
            const rel = normalizeRel(dir);
            assertInside(rel);
            try {
                return (await fs.readdir(abs(rel))).sort();
            }
            catch (error) {
                if (isNotFound(error))
                    return [];
                throw error;
            }
        },
    };
}
/** Runs git without a shell and without ever prompting for credentials. */
function runGit(repoRoot, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['--literal-pathspecs', ...args], {
            cwd: repoRoot,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            encoding: 'buffer',
            maxBuffer: 64 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            const stderrText = stderr.toString('utf8').trim();
            if (error) {
                reject(new Error(`git ${args.join(' ')} failed in ${repoRoot}: ${stderrText || error.message}`));
            }
            else {
                resolve({ stdout, stderr: stderrText });
            }
        });
    });
}
function parseLsTree(stdout) {
    const entries = [];
    for (const record of stdout.toString('utf8').split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const [mode, type, , size] = record.slice(0, tab).trim().split(/\s+/);
        entries.push({ mode, type, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
    }
    return entries;
}
/**
 * Prompt files as committed at `ref` in the repository at `repoRoot` (`git ls-tree`, `git cat-file`).
 * The ref is resolved to a commit once, on first use, so every read sees the same snapshot.
 * Mode 120000 entries are symbolic links; 160000 (submodules) are `other`.
 */
function gitPromptSource(repoRoot, ref) {
    const root = external_node_path_.resolve(repoRoot);
    let commit;
    const resolveCommit = () => {
        commit ??= runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((r) => r.stdout.toString('utf8').trim(), () => {
            throw new Error(`cannot read prompt files at ref '${ref}': no such commit in ${root}`);
        });
        return commit;
    };
    // The commit never changes, so each directory is listed once: one git process per directory
    // instead of one per stat.
    const dirListings = new Map();
    const listDir = (dir) => {
        let listing = dirListings.get(dir);
        if (!listing) {
            listing = resolveCommit().then(async (sha) => {
                const args = ['ls-tree', '-z', '--long', '--full-tree', sha];
                if (dir !== '.')
                    args.push('--', `${dir}/`);
                const { stdout } = await runGit(root, args);
                return new Map(parseLsTree(stdout).map((e) => [e.path, e]));
            });
            dirListings.set(dir, listing);
        }
        return listing;
    };
    const statRel = async (rel) => {
        if (rel === '.') {
            await resolveCommit();
            return { kind: 'dir', size: 0 };
        }
        const parent = external_node_path_.posix.dirname(rel);
        const parentStat = await statRel(parent);
        // ls-tree does not look through a symlinked parent; say so instead of `missing`.
        if (parentStat.kind === 'symlink')
            return parentStat;
        if (parentStat.kind !== 'dir')
            return { kind: 'missing', size: 0 };
        const entry = (await listDir(parent)).get(rel);
        if (!entry)
            return { kind: 'missing', size: 0 };
        if (entry.mode === '120000')
            return { kind: 'symlink', size: entry.size };
        if (entry.type === 'tree')
            return { kind: 'dir', size: 0 };
        if (entry.type === 'blob')
            return { kind: 'file', size: entry.size };
        return { kind: 'other', size: 0 };
    };
    const source = {
        description: `ref '${ref}'`,
        async stat(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            return statRel(rel);
        },
        async read(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            if ((await statRel(rel)).kind !== 'file')
                throw new Error(`'${rel}' is not a regular file at ref '${ref}'`);
            const sha = await resolveCommit();
            const { stdout } = await runGit(root, ['cat-file', 'blob', `${sha}:${rel}`]);
            return stdout.toString('utf8');
        },
        async list(dir) {
            const rel = normalizeRel(dir);
            assertInside(rel);
            if ((await statRel(rel)).kind !== 'dir')
                return [];
            return [...(await listDir(rel)).keys()].map((p) => external_node_path_.posix.basename(p)).sort();
        },
    };
    return source;
}

;// CONCATENATED MODULE: ./lib/tasks/load.js
/** From command-line arguments to a validated set of tasks: path checks, expansion, loading. */




const GLOB_CHARS = /[*?[\]{}]/;
/** Directories a glob never descends into: not prompts, and potentially huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A glob that visits more entries than this is almost certainly a mistake (`**` at the root). */
const MAX_GLOB_ENTRIES = 20_000;
/**
 * The repo-relative, forward-slash form of `input` (`.` for the root). Relative inputs are taken
 * relative to `cwd`, which defaults to the repository root. Throws PromptError for paths that leave
 * the repository (`../x.md`, absolute paths elsewhere) or point into `.git`.
 */
function resolvePromptPath(repoRoot, input, cwd = repoRoot) {
    if (input.trim() === '' || input.includes('\0')) {
        throw new PromptError(JSON.stringify(input), undefined, 'not a usable path');
    }
    const root = external_node_path_.resolve(repoRoot);
    const rel = external_node_path_.relative(root, external_node_path_.resolve(cwd, input));
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel)) {
        throw new PromptError(input, undefined, `path is outside the repository ${root}; prompt files must be inside it`);
    }
    const posix = rel.split(external_node_path_.sep).join('/');
    if (posix.split('/').includes('.git')) {
        throw new PromptError(input, undefined, "path is inside '.git'; prompt files must be files of the repository");
    }
    return posix === '' ? '.' : posix;
}
function joinRel(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
/** Files (and symlinks, so that loading can refuse them by name) under `dir` matching `pattern`. */
async function expandGlob(source, arg, pattern) {
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
    const base = parts.slice(0, firstGlob).join('/') || '.';
    const rest = parts.slice(firstGlob);
    const maxDepth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
    const matches = [];
    let visited = 0;
    const walk = async (dir, depth) => {
        for (const name of await source.list(dir)) {
            if (++visited > MAX_GLOB_ENTRIES) {
                throw new PromptError(arg, undefined, `pattern visits more than ${MAX_GLOB_ENTRIES} entries; use a narrower one`);
            }
            const rel = joinRel(dir, name);
            const { kind } = await source.stat(rel);
            if (kind === 'dir') {
                if (depth < maxDepth && !SKIPPED_DIRS.has(name))
                    await walk(rel, depth + 1);
            }
            else if ((kind === 'file' || kind === 'symlink') && external_node_path_.posix.matchesGlob(rel, pattern)) {
                matches.push(rel);
            }
        }
    };
    const { kind } = await source.stat(base);
    if (kind === 'dir')
        await walk(base, 1);
    if (matches.length === 0)
        throw new PromptError(arg, undefined, 'pattern matches no files');
    return matches.sort();
}
/**
 * Turns CLI arguments into repo-relative prompt file paths, de-duplicated, in argument order.
 * Each argument is a file, a directory (its `*.md` entries, sorted, not recursive) or a glob
 * (`prompts/*.md`, `prompts/**\/*.md`). Paths that do not exist are passed through, so that
 * loadTasks reports them with the rest; a directory without prompts or a glob without matches
 * is an error here.
 */
async function expandPromptArgs(repoRoot, args, source, cwd = repoRoot) {
    const out = [];
    const add = (p) => {
        if (!out.includes(p))
            out.push(p);
    };
    for (const arg of args) {
        if (GLOB_CHARS.test(arg)) {
            const pattern = resolvePromptPath(repoRoot, arg, cwd);
            for (const p of await expandGlob(source, arg, pattern))
                add(p);
            continue;
        }
        const rel = resolvePromptPath(repoRoot, arg, cwd);
        const { kind } = await source.stat(rel);
        if (kind !== 'dir') {
            add(rel);
            continue;
        }
        const found = [];
        for (const name of await source.list(rel)) {
            if (!name.endsWith('.md'))
                continue;
            const file = joinRel(rel, name);
            const st = await source.stat(file);
            if (st.kind === 'file' || st.kind === 'symlink')
                found.push(file);
        }
        if (found.length === 0)
            throw new PromptError(arg, undefined, 'directory contains no .md prompt files');
        for (const p of found)
            add(p);
    }
    return out;
}
/**
 * Reads and parses one prompt file from `source`, refusing what must not be a prompt: missing
 * paths, directories, symbolic links, special files, files over MAX_PROMPT_BYTES.
 */
async function loadPromptFile(file, source, logger) {
    const where = source.description ? ` (${source.description})` : '';
    const st = await source.stat(file);
    switch (st.kind) {
        case 'missing':
            throw new PromptError(file, undefined, `file not found${where}`);
        case 'dir':
            throw new PromptError(file, undefined, `is a directory, expected a prompt file${where}`);
        case 'symlink':
            throw new PromptError(file, undefined, `is a symbolic link (or inside one); prompt files must be regular files${where}`);
        case 'other':
            throw new PromptError(file, undefined, `is not a regular file${where}`);
        case 'file':
            break;
    }
    if (st.size > MAX_PROMPT_BYTES) {
        throw new PromptError(file, undefined, `file is ${st.size} bytes; the limit is ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
    }
    const content = await source.read(file);
    // The size can change between stat and read in a working tree; the limit holds regardless.
    if (Buffer.byteLength(content) > MAX_PROMPT_BYTES) {
        throw new PromptError(file, undefined, `file is over the limit of ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
    }
    return parsePromptFile(file, content, logger);
}
/**
 * Throws PromptError for the first problem of a task set: a duplicate id (naming both files), a
 * dependency on an id that is not in the set, a dependency cycle (`a -> b -> a`).
 */
function validateTaskSet(tasks) {
    const byId = new Map();
    for (const task of tasks) {
        const first = byId.get(task.id);
        if (first) {
            throw new PromptError(task.file, 'id', `duplicate task id '${task.id}': used by both ${first.file} and ${task.file}`);
        }
        byId.set(task.id, task);
    }
    for (const task of tasks) {
        for (const dep of task.dependsOn) {
            if (!byId.has(dep)) {
                throw new PromptError(task.file, 'depends_on', `unknown task '${dep}'; expected the id of another prompt file in this run (${[...byId.keys()].join(', ')})`);
            }
        }
    }
    const cycle = findCycle(tasks);
    if (cycle) {
        throw new PromptError(byId.get(cycle[0]).file, 'depends_on', `dependency cycle: ${formatCycle(cycle)}`);
    }
}
/**
 * Loads the prompt files at `relPaths` (repo-relative; the same file twice counts once), parses
 * them and validates the set. Returns the tasks in input order; throws PromptError on the first
 * problem.
 */
async function loadTasks(repoRoot, relPaths, source, logger) {
    const files = [];
    for (const p of relPaths) {
        const file = resolvePromptPath(repoRoot, p);
        if (!files.includes(file))
            files.push(file);
    }
    const tasks = [];
    for (const file of files)
        tasks.push(await loadPromptFile(file, source, logger));
    validateTaskSet(tasks);
    return tasks;
}

;// CONCATENATED MODULE: ./lib/tasks/discover.js
/**
 * Which prompt files an issue or pull request asks for (used by the GitHub Action): files its body
 * references by path or link, plus files whose front matter `issue:` names it.
 */




const DEFAULT_PROMPT_DIRS = ['prompts', '.github/prompts'];
const DEFAULT_MAX_TASKS = 20;
/** Walking the prompt directories stops here: more prompt files than this is not a prompt folder. */
const MAX_CATALOG_FILES = 2000;
/** Characters that end a path in Markdown text: space, brackets, quotes, code ticks, table bars. */
const TOKEN = /[^\s()<>[\]"'`|]+/g;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const GITHUB_FILE_KINDS = new Set(['blob', 'tree', 'raw', 'edit', 'blame']);
function normalizeDirs(dirs) {
    return dirs
        .map((d) => d.replace(/^(?:\.\/)+/, '').replace(/\/+$/, ''))
        .filter((d) => d !== '' && d !== '.')
        .map((d) => d.split('/'));
}
function startsWithSegments(segments, prefix) {
    return prefix.length < segments.length && prefix.every((p, i) => segments[i] === p);
}
function containsSegments(segments, run) {
    for (let i = 0; i + run.length <= segments.length; i++) {
        if (run.every((p, j) => segments[i + j] === p))
            return true;
    }
    return false;
}
/**
 * The repository path in a GitHub file link: `https://github.com/o/r/blob/<ref>/prompts/a.md`,
 * raw.githubusercontent.com links, and the host-relative `/o/r/blob/<ref>/…` form. A ref may hold
 * slashes, so the path is taken from the first segment that starts a prompt directory.
 */
function pathFromGithubLink(pathname, raw, dirs) {
    const segments = pathname.split('/').filter((s) => s !== '');
    let rest;
    if (raw) {
        rest = segments.slice(2);
    }
    else {
        if (segments.length < 4 || !GITHUB_FILE_KINDS.has(segments[2]))
            return undefined;
        rest = segments.slice(3);
    }
    for (let i = 1; i < rest.length; i++) {
        if (dirs.some((d) => startsWithSegments(rest.slice(i), d)))
            return rest.slice(i).join('/');
    }
    return rest.length > 1 ? rest.slice(1).join('/') : undefined;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Prompt file paths referenced in an issue or PR body, in order of first mention: Markdown links
 * (`[x](prompts/a.md)`, GitHub blob/raw URLs), inline code and bare paths. Only `.md` paths inside
 * one of `promptDirs` count. A `..` or absolute path that names a prompt-like file is refused and
 * reported in `errors`. HTML comments (template hints) are ignored.
 */
function findPromptReferences(body, promptDirs = DEFAULT_PROMPT_DIRS) {
    const dirs = normalizeDirs(promptDirs);
    const paths = [];
    const errors = [];
    const text = body.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
    for (const [token] of text.matchAll(TOKEN)) {
        // Emphasis and sentence punctuation around a path are not part of it (`~/` is, though).
        let candidate = token.replace(/^(?:[*_]|~~)+/, '').replace(/(?:[*_.,:;!?]|~~)+$/, '');
        let fromLink = false;
        const url = /^https?:\/\//i.test(candidate) ? URL.parse(candidate) : null;
        if (url) {
            const host = url.hostname.toLowerCase();
            const raw = host === 'raw.githubusercontent.com';
            if (!raw && !GITHUB_HOSTS.has(host))
                continue;
            const fromUrl = pathFromGithubLink(url.pathname, raw, dirs);
            if (fromUrl === undefined)
                continue;
            candidate = fromUrl;
            fromLink = true;
        }
        else if (/^[a-z][a-z0-9+.-]+:/i.test(candidate)) {
            continue;
        }
        candidate = decode(candidate.replace(/[#?].*$/, ''));
        if (!candidate.endsWith('.md'))
            continue;
        if (!fromLink && /^\/[^/]+\/[^/]+\/(?:blob|tree|raw|edit|blame)\//.test(candidate)) {
            const fromRelativeLink = pathFromGithubLink(candidate, false, dirs);
            if (fromRelativeLink === undefined)
                continue;
            candidate = fromRelativeLink;
        }
        const clean = candidate.replace(/^(?:\.\/)+/, '');
        const segments = clean.split(/[\\/]/).filter((s) => s !== '');
        const absolute = /^(?:[\\/]|~|[A-Za-z]:[\\/])/.test(clean);
        if (absolute || segments.includes('..')) {
            if (dirs.some((d) => containsSegments(segments, d))) {
                const message = `'${candidate}': forbidden prompt path; reference prompt files by their path inside the repository, like ${dirs[0]?.join('/') ?? 'prompts'}/name.md`;
                if (!errors.includes(message))
                    errors.push(message);
            }
            continue;
        }
        const normalized = external_node_path_.posix.normalize(segments.join('/'));
        if (dirs.some((d) => startsWithSegments(normalized.split('/'), d)) && !paths.includes(normalized)) {
            paths.push(normalized);
        }
    }
    return { paths, errors };
}
function recordingLogger(warnings) {
    return { debug() { }, info() { }, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}
async function loadEntry(file, source) {
    const warnings = [];
    try {
        return { file, task: await loadPromptFile(file, source, recordingLogger(warnings)), warnings };
    }
    catch (error) {
        if (!(error instanceof PromptError))
            throw error;
        return { file, error: error.message, warnings };
    }
}
/** Every `.md` file under the prompt directories, sorted by path (symlinks included, to be refused). */
async function listPromptFiles(source, dirs, logger) {
    const files = [];
    const walk = async (dir) => {
        for (const name of await source.list(dir)) {
            if (files.length >= MAX_CATALOG_FILES)
                return;
            const rel = `${dir}/${name}`;
            const { kind } = await source.stat(rel);
            if (kind === 'dir')
                await walk(rel);
            else if (name.endsWith('.md') && (kind === 'file' || kind === 'symlink'))
                files.push(rel);
        }
    };
    for (const dir of dirs) {
        const { kind } = await source.stat(dir);
        if (kind === 'dir')
            await walk(dir);
        else if (kind === 'symlink')
            logger.warning(`prompt directory '${dir}' is a symbolic link; not searched`);
    }
    if (files.length >= MAX_CATALOG_FILES) {
        logger.warning(`more than ${MAX_CATALOG_FILES} files in ${dirs.join(', ')}; only the first ${MAX_CATALOG_FILES} were searched`);
    }
    return [...new Set(files)].sort();
}
/**
 * The tasks an issue or pull request asks for: prompt files referenced in its body (in body
 * order), then prompt files whose front matter `issue:` lists `issueNumber` (by path). At most
 * `maxTasks`. Dependencies outside that set are added when a prompt file in `promptDirs` has the
 * id (reported in `notes`). Problems never throw: each goes to `errors`, and the task it concerns
 * is left out together with every task that depends on it, so `tasks` is always runnable.
 */
async function discoverTasksForIssue(options) {
    const { source, body, issueNumber, logger } = options;
    const promptDirs = normalizeDirs(options.promptDirs ?? DEFAULT_PROMPT_DIRS).map((d) => d.join('/'));
    const maxTasks = options.maxTasks ?? DEFAULT_MAX_TASKS;
    if (!Number.isInteger(maxTasks) || maxTasks < 1) {
        throw new TypeError(`maxTasks must be a positive whole number, got ${maxTasks}`);
    }
    const where = source.description ? ` (${source.description})` : '';
    const refs = findPromptReferences(body, promptDirs);
    const errors = [...refs.errors];
    const catalog = new Map();
    for (const file of await listPromptFiles(source, promptDirs, logger))
        catalog.set(file, await loadEntry(file, source));
    const selected = [];
    for (const file of refs.paths) {
        let entry = catalog.get(file);
        if (!entry) {
            const { kind } = await source.stat(file);
            if (kind === 'missing') {
                errors.push(`${file}: referenced in the body but not found${where}`);
                continue;
            }
            entry = await loadEntry(file, source);
        }
        if (entry.error !== undefined)
            errors.push(entry.error);
        else
            selected.push(entry);
    }
    for (const entry of catalog.values()) {
        if (entry.task?.issues.includes(issueNumber) && !selected.includes(entry))
            selected.push(entry);
    }
    for (const entry of catalog.values()) {
        if (entry.error !== undefined && !refs.paths.includes(entry.file))
            logger.warning(`skipped: ${entry.error}`);
    }
    if (selected.length > maxTasks) {
        const extra = selected.splice(maxTasks);
        errors.push(`${selected.length + extra.length} prompt files selected, more than max-tasks (${maxTasks}); not running: ${extra.map((e) => e.file).join(', ')}`);
    }
    const chosen = [];
    for (const entry of selected) {
        const same = chosen.find((c) => c.task.id === entry.task.id);
        if (same) {
            errors.push(new PromptError(entry.file, 'id', `duplicate task id '${entry.task.id}': used by both ${same.file} and ${entry.file}`).message);
        }
        else {
            chosen.push(entry);
        }
    }
    // Add missing dependencies from the catalog; a task whose dependency cannot be had is dropped.
    const dropped = new Set();
    const autoAdded = new Map();
    const catalogById = new Map();
    for (const entry of catalog.values()) {
        if (entry.task)
            catalogById.set(entry.task.id, [...(catalogById.get(entry.task.id) ?? []), entry]);
    }
    for (let i = 0; i < chosen.length; i++) {
        const task = chosen[i].task;
        for (const dep of task.dependsOn) {
            if (chosen.some((c) => c.task.id === dep))
                continue;
            const candidates = catalogById.get(dep) ?? [];
            let problem;
            if (candidates.length === 0) {
                problem = `unknown task '${dep}'; no prompt file in ${promptDirs.join(', ')} has that id`;
            }
            else if (candidates.length > 1) {
                problem = `task id '${dep}' is ambiguous: used by ${candidates.map((c) => c.file).join(' and ')}`;
            }
            else if (chosen.length >= maxTasks) {
                problem = `needs task '${dep}' (${candidates[0].file}), which would exceed max-tasks (${maxTasks})`;
            }
            if (problem !== undefined) {
                errors.push(new PromptError(task.file, 'depends_on', problem).message);
                dropped.add(task.id);
                continue;
            }
            chosen.push(candidates[0]);
            autoAdded.set(dep, `added task '${dep}' (${candidates[0].file}) because '${task.id}' depends on it`);
        }
    }
    let tasks = chosen.map((c) => c.task);
    const drop = (ids, reason) => {
        for (const id of ids)
            dropped.add(id);
        for (const id of ids) {
            for (const dependent of dependentsOf(tasks, id)) {
                if (dropped.has(dependent))
                    continue;
                const file = tasks.find((t) => t.id === dependent).file;
                errors.push(`${file}: not run: it depends on '${id}', which cannot run (${reason})`);
                dropped.add(dependent);
            }
        }
    };
    drop([...dropped], 'see above');
    tasks = tasks.filter((t) => !dropped.has(t.id));
    for (let cycle = findCycle(tasks); cycle; cycle = findCycle(tasks)) {
        const file = tasks.find((t) => t.id === cycle[0]).file;
        errors.push(new PromptError(file, 'depends_on', `dependency cycle: ${formatCycle(cycle)}`).message);
        drop(cycle, 'dependency cycle');
        tasks = tasks.filter((t) => !dropped.has(t.id));
    }
    // A dependency added only for tasks that were then dropped is not wanted by anyone.
    for (let changed = true; changed;) {
        changed = false;
        for (const id of autoAdded.keys()) {
            if (!tasks.some((t) => t.id === id)) {
                autoAdded.delete(id);
            }
            else if (dependentsOf(tasks, id).length === 0) {
                tasks = tasks.filter((t) => t.id !== id);
                autoAdded.delete(id);
                dropped.add(id);
                changed = true;
            }
        }
    }
    const notes = [...autoAdded.values()];
    for (const entry of chosen) {
        if (dropped.has(entry.task.id))
            continue;
        for (const warning of entry.warnings)
            logger.warning(warning);
    }
    for (const note of notes)
        logger.info(note);
    return { tasks, errors, notes };
}

;// CONCATENATED MODULE: ./lib/tasks/index.js
/** Prompt files → tasks: parsing, loading, discovery for issues, and the dependency graph. */







;// CONCATENATED MODULE: ./lib/action/run-action.js
/**
 * The action's main step: decide from the event whether to run, check who asked, find the prompt
 * files on the base ref, run them in parallel, then push branches, open PRs and report in the
 * sticky comment, the job summary and the outputs.
 */



















/** Sticky comment key of the run comment (on the issue and on each task PR). */
const RUN_COMMENT_KEY = 'run';
const REFUSED_COMMENT_KEY = 'refused';
/** Values shorter than this are not masked: masking `1` or `yes` would garble the whole log. */
const MIN_MASKED_LENGTH = 4;
const actionLogger = {
    debug: (m) => core/* debug */.Yz(m),
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    error: (m) => core/* error */.z3(m),
};
function readPayload(file) {
    if (!file || !external_node_fs_.existsSync(file))
        return {};
    return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
}
function maskEnvValues(names, env) {
    for (const name of names) {
        const value = env[name];
        if (!value || value.length < MIN_MASKED_LENGTH)
            continue;
        core/* setSecret */.Pq(value);
        // The runner matches masks per line; multi-line values (keys, certificates) need each line.
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= MIN_MASKED_LENGTH)
                core/* setSecret */.Pq(line.trim());
    }
}
/**
 * Streams task output into the log as `[task-id] line`. Parallel tasks cannot each have a log
 * group, so lines are prefixed; the prefix also keeps agent output from being read as workflow
 * commands (`::set-output`, `::add-mask::`), which the runner only recognises at a line's start.
 */
class TaskOutputPrinter {
    #partial = new Map();
    write(taskId, text) {
        const lines = ((this.#partial.get(taskId) ?? '') + text).split('\n');
        let rest = lines.pop() ?? '';
        for (const line of lines)
            core/* info */.pq(`[${taskId}] ${line.replace(/\r$/, '')}`);
        if (rest.length > 8192) {
            core/* info */.pq(`[${taskId}] ${rest}`);
            rest = '';
        }
        this.#partial.set(taskId, rest);
    }
    flush() {
        for (const [taskId, rest] of this.#partial)
            if (rest)
                core/* info */.pq(`[${taskId}] ${rest}`);
        this.#partial.clear();
    }
}
/** Serves the dashboard on loopback for the duration of the run (`dashboard-port`). */
async function startRunDashboard(port, stateDir, logger) {
    try {
        const { startDashboard, dockerRunLiveness } = await Promise.all(/* import() */[__webpack_require__.e(977), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 1859));
        const server = await startDashboard({ host: '127.0.0.1', port, stateDir, logger, isRunLive: dockerRunLiveness() });
        core/* info */.pq(`agent-fanout: dashboard at ${server.url}`);
        return server;
    }
    catch (error) {
        core/* warning */.$e(`agent-fanout: could not start the dashboard on port ${port}: ${(0,core_errors/* errorMessage */.g)(error)}`);
        return null;
    }
}
/** Adds the PR links to the results and the run's journal, so the dashboard shows them. */
function recordPullRequests(stateDir, result, prLinks) {
    const journal = run_journal/* JournalWriter */.Zx.open(stateDir, result.run.id);
    try {
        for (const task of result.tasks) {
            const url = prLinks[task.id];
            if (!url)
                continue;
            task.prUrl = url;
            journal.write({ type: 'task-state', at: Date.now(), runId: result.run.id, taskId: task.id, status: task.status, record: { ...task } });
        }
    }
    finally {
        journal.close();
    }
}
async function discover(trigger, inputs, workspace, body, baseCommit, logger) {
    const source = gitPromptSource(workspace, baseCommit);
    if (trigger.prompts.length > 0) {
        try {
            const files = await expandPromptArgs(workspace, trigger.prompts, source);
            const tasks = await loadTasks(workspace, files, source, logger);
            if (tasks.length > inputs['max-tasks']) {
                return { tasks: [], errors: [`${tasks.length} prompt files match, more than max-tasks (${inputs['max-tasks']})`] };
            }
            return { tasks, errors: [] };
        }
        catch (error) {
            if (error instanceof PromptError)
                return { tasks: [], errors: [error.message] };
            throw error;
        }
    }
    const found = await discoverTasksForIssue({
        repoRoot: workspace,
        source,
        body,
        issueNumber: trigger.number ?? 0,
        promptDirs: inputs['prompt-dirs'],
        maxTasks: inputs['max-tasks'],
        logger,
    });
    return { tasks: found.tasks, errors: found.errors };
}
/** Prints one log group per task, after the run: its outcome and the end of its output. */
function printTaskGroups(result) {
    for (const task of result.tasks) {
        core/* startGroup */.Oh(`${statusEmoji(task.status)} ${task.id}: ${task.status.replace(/_/g, ' ')} (${units_formatDuration(task.durationMs)})`);
        try {
            if (task.reason)
                core/* info */.pq(`[${task.id}] reason: ${task.reason}`);
            if (task.branch)
                core/* info */.pq(`[${task.id}] branch: ${task.branch}${task.commit ? ` at ${task.commit.slice(0, 12)}` : ' (no changes)'}`);
            if (task.logFile && external_node_fs_.existsSync(task.logFile)) {
                const t = tail(external_node_fs_.readFileSync(task.logFile, 'utf8'), 200, 50_000);
                if (t.cut)
                    core/* info */.pq(`[${task.id}] … (earlier output in ${task.logFile})`);
                if (t.text)
                    for (const line of t.text.split('\n'))
                        core/* info */.pq(`[${task.id}] ${line}`);
            }
        }
        finally {
            core/* endGroup */.N4();
        }
    }
}
function setOutputs(result, publications, conflicts, commentId) {
    core/* setOutput */.uH('results', JSON.stringify(result));
    core/* setOutput */.uH('succeeded', result.run.succeeded);
    core/* setOutput */.uH('failed', result.tasks.length - result.run.succeeded);
    core/* setOutput */.uH('speedup', Number.isFinite(result.run.speedup) ? result.run.speedup.toFixed(2) : '0');
    core/* setOutput */.uH('wall-seconds', (result.run.wallMs / 1000).toFixed(1));
    core/* setOutput */.uH('total-cost-usd', result.run.totalCostUsd.toFixed(4));
    core/* setOutput */.uH('pull-requests', JSON.stringify(publications.flatMap((p) => (p.pr ? [{ task: p.taskId, number: p.pr.number, url: p.pr.url, branch: p.branch, created: p.pr.created }] : []))));
    core/* setOutput */.uH('comment-id', commentId === null ? '' : String(commentId));
    core/* setOutput */.uH('conflicts', JSON.stringify(conflicts));
}
async function warnOnFailure(what, fn) {
    try {
        await fn();
    }
    catch (error) {
        core/* warning */.$e(`${what}: ${(0,core_errors/* errorMessage */.g)(error)}`);
    }
}
/**
 * The whole main step, one method per step: decide, gate, resolve the base, discover, run, publish,
 * report. Throws for setup errors; `run()` in main.ts turns them into the step's failure.
 */
class ActionRun {
    #env;
    #dashboard = null;
    constructor(env) {
        this.#env = env;
    }
    async run() {
        const target = await this.decide();
        if (!target)
            return;
        if (!(await this.gate(target)))
            return;
        const { git, base, body } = await this.resolveBase(target);
        const config = { ...toRunConfig(target.inputs, git.topLevel, this.#env), repo: git.topLevel, baseRef: base.commit };
        const { tasks, errors } = await discover(target.trigger, target.inputs, git.topLevel, body, base.commit, actionLogger);
        for (const error of errors)
            core/* warning */.$e(error);
        if (tasks.length === 0) {
            await this.reportNoTasks(target, base.ref, errors);
            return;
        }
        core/* info */.pq(`agent-fanout: ${tasks.length} task(s): ${tasks.map((t) => t.id).join(', ')}`);
        maskEnvValues(new Set(tasks.flatMap((t) => t.env)), this.#env);
        await removePersistedCredentials(git, actionLogger);
        const executed = await this.execute(target, config, tasks, errors);
        printTaskGroups(executed.result);
        const publications = executed.cancelled ? [] : await this.publish(target, git, executed.result, base.branch);
        if (executed.cancelled)
            core/* warning */.$e('agent-fanout: run cancelled: nothing pushed');
        const conflicts = await checkConflicts(git, executed.result, errors);
        await this.report(target, config, executed, publications, conflicts, errors);
    }
    /** Stops the dashboard if the step started one. */
    async close() {
        await this.#dashboard?.close();
        this.#dashboard = null;
    }
    /** Reads the inputs and the event; `null` when the event asks for nothing. */
    async decide() {
        const inputs = getInputs();
        core/* setSecret */.Pq(inputs['github-token']);
        maskEnvValues(inputs.env, this.#env);
        const payload = readPayload(this.#env.GITHUB_EVENT_PATH);
        const trigger = decideTrigger(this.#env.GITHUB_EVENT_NAME ?? '', payload, {
            triggerLabel: inputs['trigger-label'],
            prompts: inputs.prompts,
            issueNumber: inputs['issue-number'],
        });
        if (!trigger.run) {
            core/* info */.pq(`agent-fanout: nothing to do: ${trigger.reason}.`);
            return null;
        }
        core/* info */.pq(`agent-fanout: ${trigger.description}`);
        return {
            inputs,
            trigger,
            repoRef: parseRepository(this.#env.GITHUB_REPOSITORY),
            octokit: createGitHubClient(inputs['github-token'], { baseUrl: this.#env.GITHUB_API_URL, logger: actionLogger }),
            link: runLink(this.#env),
            number: trigger.number,
            payload,
        };
    }
    /** Only senders with write access start runs; refused ones get a comment saying why. */
    async gate(target) {
        const { octokit, repoRef, trigger, inputs, number, link } = target;
        const gate = await checkSenderPermission(octokit, { ...repoRef, sender: trigger.sender, allowedBots: inputs['allowed-bots'] });
        if (gate.allowed) {
            core/* info */.pq(`agent-fanout: '${trigger.sender?.login}' may start runs (${gate.role})`);
            return true;
        }
        core/* warning */.$e(`agent-fanout: not started: ${gate.reason}`);
        if (inputs.comment && number !== null) {
            await warnOnFailure('could not comment', () => upsertStickyComment(octokit, { ...repoRef, issueNumber: number, key: REFUSED_COMMENT_KEY }, renderRefusedComment(gate.reason, link)));
        }
        await this.dropLabel(target);
        return false;
    }
    /** The issue body (when the event did not carry it), the checkout, and the commit tasks start from. */
    async resolveBase(target) {
        const { octokit, repoRef, trigger, inputs, number, payload } = target;
        let body = trigger.body;
        let isPullRequest = trigger.isPullRequest;
        if (!trigger.bodyKnown && number !== null) {
            const issue = await getIssue(octokit, { ...repoRef, issueNumber: number });
            body = issue.body;
            isPullRequest = issue.isPullRequest;
        }
        const git = await git_git/* Git */.TU.create(this.#env.GITHUB_WORKSPACE ?? process.cwd(), { logger: actionLogger });
        const defaultBranch = payload.repository?.default_branch ?? '';
        let baseRef = inputs['base-ref'] || trigger.baseBranch || '';
        if (!baseRef && isPullRequest && number !== null)
            baseRef = await getPullBase(octokit, { ...repoRef, number });
        baseRef ||= defaultBranch || 'HEAD';
        const base = await resolveBase({ git, ref: baseRef, defaultBranch: defaultBranch || baseRef, token: inputs['github-token'], logger: actionLogger });
        core/* info */.pq(`agent-fanout: base ${base.ref} at ${base.commit.slice(0, 12)} (${base.source}); pull requests target ${base.branch}`);
        return { git, base, body };
    }
    async reportNoTasks(target, baseRef, errors) {
        const { octokit, repoRef, inputs, number, link } = target;
        core/* warning */.$e('agent-fanout: no prompt files to run');
        if (inputs.comment && number !== null) {
            await warnOnFailure('could not comment', () => upsertStickyComment(octokit, { ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY }, renderNoTasksComment({ number, promptDirs: inputs['prompt-dirs'], baseRef, errors, link })));
        }
        await this.dropLabel(target);
    }
    /** Runs the tasks with a live sticky comment, task output in the log, and SIGINT/SIGTERM as cancel. */
    async execute(target, config, tasks, errors) {
        const { octokit, repoRef, inputs, number, link, trigger } = target;
        const runId = newRunId(Date.now());
        // Saved before anything starts, so the post step can clean up even if this step is killed.
        (0,state/* saveRunState */.iZ)({ runId, stateDir: config.stateDir, repo: config.repo, keepWorktrees: config.keepWorktrees });
        if (number !== null) {
            await warnOnFailure('could not add the 👀 reaction', () => addEyesReaction(octokit, { ...repoRef, issueNumber: number, commentId: trigger.commentId }));
        }
        const sticky = inputs.comment && number !== null
            ? new StickyComment({ octokit, ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY, logger: actionLogger })
            : null;
        const records = new Map(tasks.map((t) => [t.id, queuedTaskRecord(t, null, Date.now())]));
        const progress = () => renderProgressComment({ records: [...records.values()], now: Date.now(), description: trigger.description, errors, link, runId });
        await sticky?.flush(progress());
        const controller = new AbortController();
        const cancel = (signal) => {
            core/* warning */.$e(`agent-fanout: ${signal} received: cancelling the run`);
            controller.abort();
        };
        const onSigint = () => cancel('SIGINT');
        const onSigterm = () => cancel('SIGTERM');
        process.once('SIGINT', onSigint);
        process.once('SIGTERM', onSigterm);
        if (inputs['dashboard-port'])
            this.#dashboard = await startRunDashboard(inputs['dashboard-port'], config.stateDir, actionLogger);
        const printer = new TaskOutputPrinter();
        try {
            const result = await runFanout({
                config,
                tasks,
                logger: actionLogger,
                issue: number,
                remote: 'origin',
                remoteToken: inputs['github-token'],
                runId,
                signal: controller.signal,
                onEvent: (event) => {
                    if (event.type === 'task-output') {
                        printer.write(event.taskId, event.text);
                    }
                    else if (event.type === 'run-started') {
                        for (const t of event.tasks) {
                            const record = records.get(t.id);
                            if (record)
                                record.branch = t.branch;
                        }
                        sticky?.update(progress());
                    }
                    else if (event.type === 'task-state') {
                        records.set(event.taskId, event.record);
                        sticky?.update(progress());
                    }
                },
            });
            return { result, cancelled: controller.signal.aborted, sticky, runId };
        }
        catch (error) {
            // A setup error (Docker unusable, base commit gone): the comment must not say "running" forever.
            await sticky?.flush(renderFailedComment((0,core_errors/* errorMessage */.g)(error), link, runId));
            await this.dropLabel(target);
            throw error;
        }
        finally {
            printer.flush();
            process.off('SIGINT', onSigint);
            process.off('SIGTERM', onSigterm);
        }
    }
    /** Pushes each task's branch and opens or updates its pull request. */
    async publish(target, git, result, baseBranch) {
        const { octokit, repoRef, inputs, number, link } = target;
        return publishResults({
            octokit,
            ...repoRef,
            git,
            result,
            issue: number,
            baseBranch,
            createPr: inputs['create-pr'],
            token: inputs['github-token'],
            link,
            logger: actionLogger,
        });
    }
    /** Job summary, final comments (issue and PRs), label removal, outputs and the step's verdict. */
    async report(target, config, executed, publications, conflicts, errors) {
        const { octokit, repoRef, inputs, link } = target;
        const { result, sticky, runId } = executed;
        const prLinks = {};
        for (const p of publications)
            if (p.pr)
                prLinks[p.taskId] = p.pr.url;
        recordPullRequests(config.stateDir, result, prLinks);
        const summary = renderSummaryMarkdown(result, { prLinks, conflicts, errors });
        await warnOnFailure('could not write the job summary', async () => {
            const pubs = renderPublications(publications);
            await core/* summary */.z.addRaw(pubs ? `${summary}\n${pubs}` : summary).write();
        });
        const finalComment = renderFinalComment({ summary, publications, link, runId });
        if (inputs.comment) {
            for (const p of publications) {
                if (!p.pr)
                    continue;
                const pr = p.pr;
                await warnOnFailure(`could not comment on #${pr.number}`, () => upsertStickyComment(octokit, { ...repoRef, issueNumber: pr.number, key: RUN_COMMENT_KEY }, finalComment));
            }
        }
        const commentId = (await sticky?.flush(finalComment)) ?? null;
        await this.dropLabel(target);
        await this.close();
        setOutputs(result, publications, conflicts, commentId);
        const failed = result.tasks.filter((t) => t.status !== 'succeeded');
        core/* info */.pq(`agent-fanout: ${result.run.succeeded}/${result.tasks.length} tasks succeeded in ${units_formatDuration(result.run.wallMs)} (speedup ${result.run.speedup.toFixed(2)}×)`);
        if (inputs['fail-on'] === 'any' && (failed.length > 0 || errors.length > 0)) {
            const why = [
                ...(failed.length ? [`${failed.length} of ${result.tasks.length} tasks did not succeed (${failed.map((t) => `${t.id}: ${t.status}`).join(', ')})`] : []),
                ...(errors.length ? [`${errors.length} prompt problem(s)`] : []),
            ];
            core/* setFailed */.C1(`agent-fanout: ${why.join('; ')}`);
        }
    }
    async dropLabel(target) {
        const { inputs, trigger, number, octokit, repoRef } = target;
        if (!inputs['remove-label'] || !trigger.label || number === null)
            return;
        await warnOnFailure(`could not remove the label '${trigger.label}'`, () => removeLabel(octokit, { ...repoRef, issueNumber: number, label: trigger.label }));
    }
}
/** Pairwise merge check of the result branches; a failed check is a reported problem, not a failure. */
async function checkConflicts(git, result, errors) {
    let conflicts = [];
    const changed = result.tasks.filter((t) => t.commit);
    if (changed.length > 1) {
        try {
            conflicts = await findConflicts(git, changed.map((t) => ({ taskId: t.id, ref: t.commit })));
        }
        catch (error) {
            errors.push(`conflict check failed: ${(0,core_errors/* errorMessage */.g)(error)}`);
        }
    }
    for (const c of conflicts)
        core/* warning */.$e(`tasks '${c.a}' and '${c.b}' conflict in ${c.files.join(', ')}`);
    return conflicts;
}

;// CONCATENATED MODULE: ./lib/action/main.js
/** The action's main step: `run()` turns any setup error into the step's one failure message. */



async function run() {
    const action = new ActionRun(process.env);
    try {
        await action.run();
    }
    catch (error) {
        core/* setFailed */.C1((0,core_errors/* errorMessage */.g)(error));
    }
    finally {
        // An open dashboard server would keep the step alive after a failure.
        await action.close();
    }
}


/***/ }),

/***/ 3546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kR: () => (/* binding */ PressureMonitor),
/* harmony export */   rK: () => (/* binding */ createHostProbe),
/* harmony export */   y_: () => (/* binding */ resolveMaxParallel)
/* harmony export */ });
/* unused harmony exports AUTO_PARALLEL_CAP, AUTO_MEMORY_SHARE, autoParallelism */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/**
 * How many tasks run at once. Agents spend most of their time waiting on a model API, so `auto` is
 * derived from host memory and the per-task memory limit, not from CPU cores; a pressure monitor then
 * holds new starts back while the host is actually saturated.
 */

/** Upper bound for `auto`. */
const AUTO_PARALLEL_CAP = 16;
/** Share of host memory that `auto` plans to give task containers. */
const AUTO_MEMORY_SHARE = 0.8;
/**
 * `auto` → floor(total memory × 0.8 / per-task memory limit), between 1 and the cap (and never more
 * than the number of tasks). A number is used as it is.
 */
function autoParallelism(memoryLimitBytes, taskCount, host = { totalMemoryBytes: node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem() }) {
    const byMemory = Math.floor((host.totalMemoryBytes * AUTO_MEMORY_SHARE) / memoryLimitBytes);
    return Math.max(1, Math.min(AUTO_PARALLEL_CAP, byMemory, Math.max(1, taskCount)));
}
function resolveMaxParallel(config, taskCount, logger) {
    if (config.maxParallel !== 'auto')
        return config.maxParallel;
    const n = autoParallelism(config.memoryBytes, taskCount);
    logger.info(`max-parallel auto: ${n} (host memory ${Math.round(node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem() / 1024 ** 3)} GiB, ${Math.round(config.memoryBytes / 1024 ** 2)} MiB per task, cap ${AUTO_PARALLEL_CAP})`);
    return n;
}
/**
 * Delays new task starts while the host is under sustained CPU or memory pressure, and accounts for
 * the delay. Samples in the background between `start()` and `stop()`; a monitor never started
 * never holds anything.
 */
class PressureMonitor {
    #options;
    #timer = null;
    #overCount = 0;
    #last = null;
    #heldBackMs = 0;
    #holds = 0;
    #waiting = 0;
    #episode = null;
    #episodes = [];
    constructor(options) {
        this.#options = {
            clock: Date.now,
            cpuThreshold: 90,
            memoryThreshold: 85,
            probe: createHostProbe(),
            intervalMs: 1000,
            sustainedSamples: 2,
            maxHoldMs: 60_000,
            ...options,
        };
    }
    /**
     * Wall time during which at least one start was held. Starts held at the same time count once,
     * so this never exceeds the run's wall time.
     */
    get heldBackMs() {
        return this.#heldBackMs;
    }
    /** How many starts were held back. */
    get holds() {
        return this.#holds;
    }
    /** When and how long starts were held, one entry per episode, oldest first. */
    get episodes() {
        return this.#episodes;
    }
    /** True while the latest samples stay over a threshold. */
    get underPressure() {
        return this.#overCount >= this.#options.sustainedSamples;
    }
    start() {
        if (this.#timer)
            return;
        this.#options.probe();
        this.#timer = setInterval(() => this.sample(), this.#options.intervalMs);
        this.#timer.unref();
    }
    stop() {
        if (this.#timer)
            clearInterval(this.#timer);
        this.#timer = null;
    }
    /** Takes one sample (called by the timer; public so tests can drive it without waiting). */
    sample() {
        const p = this.#options.probe();
        this.#last = p;
        const over = p.cpuPercent > this.#options.cpuThreshold || p.memoryPercent > this.#options.memoryThreshold;
        this.#overCount = over ? this.#overCount + 1 : 0;
    }
    async waitForCapacity(signal) {
        if (!this.underPressure)
            return;
        const { clock, maxHoldMs, logger } = this.#options;
        const t0 = clock();
        this.#holds++;
        if (this.#waiting++ === 0) {
            const p = this.#last;
            this.#episode = { at: t0, ms: 0, starts: 0, cpuPercent: p.cpuPercent, memoryPercent: p.memoryPercent };
            logger.info(`host under pressure (cpu ${p.cpuPercent.toFixed(0)}%, memory ${p.memoryPercent.toFixed(0)}%): holding new starts`);
        }
        const episode = this.#episode;
        episode.starts++;
        try {
            while (this.underPressure && !signal?.aborted && clock() - t0 < maxHoldMs) {
                await new Promise((resolve) => setTimeout(resolve, Math.min(250, this.#options.intervalMs)));
            }
        }
        finally {
            if (--this.#waiting === 0) {
                episode.ms = clock() - episode.at;
                this.#heldBackMs += episode.ms;
                this.#episodes.push(episode);
                this.#episode = null;
                logger.info(`host pressure: released ${episode.starts} held start(s) after ${(episode.ms / 1000).toFixed(1)} s`);
            }
        }
    }
}
/** A probe of host CPU use since its previous call, and of memory use, from node:os. */
function createHostProbe() {
    let prev = cpuTimes();
    return () => {
        const now = cpuTimes();
        const dTotal = now.total - prev.total;
        const cpuPercent = dTotal > 0 ? (100 * (dTotal - (now.idle - prev.idle))) / dTotal : 0;
        prev = now;
        const memoryPercent = (100 * (node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem() - node_os__WEBPACK_IMPORTED_MODULE_0__.freemem())) / node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem();
        return { cpuPercent, memoryPercent };
    };
}
function cpuTimes() {
    let idle = 0;
    let total = 0;
    for (const cpu of node_os__WEBPACK_IMPORTED_MODULE_0__.cpus()) {
        const t = cpu.times;
        idle += t.idle;
        total += t.user + t.nice + t.sys + t.idle + t.irq;
    }
    return { idle, total };
}


/***/ }),

/***/ 826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ journalDir),
/* harmony export */   Zx: () => (/* binding */ JournalWriter)
/* harmony export */ });
/* unused harmony exports journalFile, readJournal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * The event journal: every run appends its events as NDJSON to `<stateDir>/journal/<runId>.ndjson`.
 * The dashboard reads these files, so it sees runs that started before it and runs of other
 * processes. Output lines are not journaled (the per-task log files hold them); samples are.
 */


function journalDir(stateDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(stateDir, 'journal');
}
function journalFile(stateDir, runId) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(journalDir(stateDir), `${runId}.ndjson`);
}
class JournalWriter {
    file;
    #fd;
    constructor(file, fd) {
        this.file = file;
        this.#fd = fd;
    }
    static open(stateDir, runId) {
        const file = journalFile(stateDir, runId);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        return new JournalWriter(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'a'));
    }
    /** Appends one event (synchronously, so a crash loses at most the event being written). */
    write(event) {
        if (this.#fd === null || event.type === 'task-output')
            return;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(this.#fd, JSON.stringify(event) + '\n');
    }
    close() {
        if (this.#fd !== null)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(this.#fd);
        this.#fd = null;
    }
}
/** Reads a journal file; a torn last line (a crash mid-write) is ignored. */
function readJournal(file) {
    const events = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim())
            continue;
        try {
            events.push(JSON.parse(line));
        }
        catch {
            // torn line
        }
    }
    return events;
}


/***/ })

};
