export const id = 579;
export const ids = [579,47];
export const modules = {

/***/ 2047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildAgentImage: () => (/* binding */ buildAgentImage),
/* harmony export */   ensureImage: () => (/* binding */ ensureImage),
/* harmony export */   locateDockerfile: () => (/* binding */ locateDockerfile),
/* harmony export */   pinnedClaudeVersion: () => (/* binding */ pinnedClaudeVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6641);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5403);
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
function locateDockerfile(startDir = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url))) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(startDir);
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'docker', 'Dockerfile');
        if (isAgentDockerfile(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}
function isAgentDockerfile(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').includes(DOCKERFILE_MARKER);
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
    const logger = options.logger ?? _core_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .silentLogger */ .q;
    const tag = options.tag ?? _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__;
    const baseImage = options.baseImage ?? _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BASE_IMAGE */ .sb;
    const caCertFile = resolveCaCertFile(options, logger);
    const dockerfile = locateDockerfile(options.searchFrom);
    const context = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'agent-fanout-image-'));
    const started = Date.now();
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile(dockerfile, node_path__WEBPACK_IMPORTED_MODULE_3__.join(context, 'Dockerfile'));
        const caDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(context, 'ca-certificates');
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(caDir);
        // COPY of an empty folder is fine, but an explicit file keeps the context's shape obvious.
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(caDir, '.keep'), '');
        if (caCertFile)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile(caCertFile, node_path__WEBPACK_IMPORTED_MODULE_3__.join(caDir, 'extra.crt'));
        const buildArgs = { BASE_IMAGE: baseImage };
        if (options.claudeVersion)
            buildArgs.CLAUDE_CODE_VERSION = options.claudeVersion;
        const version = options.claudeVersion ?? pinnedClaudeVersion(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(dockerfile, 'utf8')) ?? 'pinned';
        logger.info(`Building agent image ${tag} from ${baseImage} (Claude Code ${version}${caCertFile ? `, extra CAs from ${caCertFile}` : ''})`);
        await client.buildImage({ contextDir: context, tag, buildArgs, onProgress: (line) => logger.debug(line) });
        const durationMs = Date.now() - started;
        logger.info(`Built agent image ${tag} in ${Math.round(durationMs / 1000)}s`);
        return { tag, durationMs, caCertFile };
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(context, { recursive: true, force: true });
    }
}
function resolveCaCertFile(options, logger) {
    if (options.caCertFile) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(options.caCertFile, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
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
        node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(fromEnv, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
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
    if (image !== _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__) {
        throw new Error(`Image '${image}' is not present on the Docker host. Pull or build it first (docker pull ${image}), ` +
            `or use the default '${_core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__}', which agent-fanout builds itself.`);
    }
    await buildAgentImage(client, { ...options, tag: image });
    return 'built';
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

/***/ 8579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  newRunId: () => (/* binding */ newRunId),
  queuedTaskRecord: () => (/* binding */ queuedTaskRecord),
  runFanout: () => (/* binding */ runFanout)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/exec/docker/client.js + 5 modules
var docker_client = __webpack_require__(170);
// EXTERNAL MODULE: ./lib/exec/docker/image.js
var docker_image = __webpack_require__(2047);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(5403);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
// EXTERNAL MODULE: ./lib/exec/proctree.js
var proctree = __webpack_require__(6829);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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
        this.#logger = options.logger ?? logger/* silentLogger */.q;
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
            return this.#failure(t0, `working directory '${spec.workdir}' is not accessible: ${(0,errors/* errorMessage */.g)(err)}`);
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
            return this.#failure(t0, `could not open output files: ${(0,errors/* errorMessage */.g)(err)}`);
        }
        const [log, stdout] = files;
        for (const [name, stream] of [['log', log], ['stdout', stdout]]) {
            stream.on('error', (err) => this.#outputErrors.push(`${name} file: ${(0,errors/* errorMessage */.g)(err)}`));
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
        child.on('error', (err) => this.#s.logger.debug(`${this.#task}: process error: ${(0,errors/* errorMessage */.g)(err)}`));
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
            const why = reason === 'timed_out' ? `timed out after ${(0,units/* formatDuration */.a3)(spec.timeoutMs)}` : 'cancelled';
            this.#s.logger.info(`${this.#task}: ${why}; stopping its processes (SIGTERM, SIGKILL after ${(0,units/* formatDuration */.a3)(this.#s.killGraceMs)})`);
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
            this.#s.logger.warning(`${this.#task}: output pipes still open ${(0,units/* formatDuration */.a3)(this.#s.drainTimeoutMs)} after exit (a process left its group?); closing them`);
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
        return `could not start '${command}': ${(0,errors/* errorMessage */.g)(err)}`;
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
                    this.#s.logger.warning(`${this.#task}: output callback failed: ${(0,errors/* errorMessage */.g)(err)}`);
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
            source.on('error', (err) => this.#outputErrors.push(`${name} pipe: ${(0,errors/* errorMessage */.g)(err)}`));
        });
    }
    #sampleOnce() {
        this.#sampling ??= this.#sample()
            .catch((err) => this.#s.logger.debug(`${this.#task}: resource sample failed: ${(0,errors/* errorMessage */.g)(err)}`))
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
            this.#s.logger.debug(`${this.#task}: sample callback failed: ${(0,errors/* errorMessage */.g)(err)}`);
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
        client = docker_client.DockerClient.connect();
        await client.ping();
    }
    catch (error) {
        return fallBack(config, logger, `the Docker daemon does not answer (${(0,errors/* errorMessage */.g)(error)})`);
    }
    const images = [...new Set(tasks.map((t) => t.image ?? config.image))];
    for (const image of images) {
        try {
            await (0,docker_image.ensureImage)(client, image, { logger, caCertFile: config.caCertFile });
        }
        catch (error) {
            return fallBack(config, logger, `image '${image}' is not usable (${(0,errors/* errorMessage */.g)(error)})`);
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
// EXTERNAL MODULE: ./lib/git/worktrees.js + 3 modules
var worktrees = __webpack_require__(7130);
// EXTERNAL MODULE: ./lib/report/index.js + 5 modules
var report = __webpack_require__(874);
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

// EXTERNAL MODULE: ./lib/core/config.js
var core_config = __webpack_require__(6641);
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
        return unparsed(`cannot read it: ${(0,errors/* errorMessage */.g)(err)}`);
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
            const message = `task '${task.id}': ${(0,errors/* errorMessage */.g)(error)}`;
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
            this.#o.logger.warning(`could not remove worktree ${worktree}: ${(0,errors/* errorMessage */.g)(error)}`);
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
            logger.warning(`event listener failed: ${(0,errors/* errorMessage */.g)(error)}`);
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
    const metrics = (0,report.computeRunMetrics)(taskRecords, {
        startedAt: info.startedAt,
        finishedAt,
        maxParallel: info.maxParallel,
        mode: info.mode,
        criticalPathMs: hasDeps ? undefined : null,
        heldBackMs: pressure.heldBackMs,
    });
    if (pressure.episodes.length)
        metrics.pressureHolds = [...pressure.episodes];
    return (0,report.buildRunResult)(info, metrics, taskRecords);
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
