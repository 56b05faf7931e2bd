export const id = 226;
export const ids = [226];
export const modules = {

/***/ 6641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ defaultConfig),
/* harmony export */   EK: () => (/* binding */ EXECUTION_MODES),
/* harmony export */   Me: () => (/* binding */ FORBIDDEN_ENV),
/* harmony export */   __: () => (/* binding */ DEFAULT_IMAGE),
/* harmony export */   sb: () => (/* binding */ DEFAULT_BASE_IMAGE),
/* harmony export */   yp: () => (/* binding */ AGENT_KINDS),
/* harmony export */   zp: () => (/* binding */ PRODUCT_LABEL)
/* harmony export */ });
/* unused harmony export defaultStateDir */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown: errors give their message, anything else its string form. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export consoleLogger */
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

/***/ 170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  al: () => (/* binding */ DockerClient)
});

// UNUSED EXPORTS: CONTAINER_HOME, dockerMessage

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(9040);
;// CONCATENATED MODULE: ./lib/exec/docker/errors.js
/** Reading dockerode errors: the daemon's own message and the HTTP status. */
/** The daemon's message from a dockerode error (`(HTTP code 404) no such container - …` → the tail). */
function dockerMessage(error) {
    if (error && typeof error === 'object') {
        const json = error.json;
        if (json && typeof json === 'object' && typeof json.message === 'string') {
            return json.message.trim();
        }
        if (error instanceof Error)
            return error.message.trim();
    }
    return String(error);
}
function statusCode(error) {
    const code = error?.statusCode;
    return typeof code === 'number' ? code : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(5403);
;// CONCATENATED MODULE: ./lib/exec/stats.js
/** The epoch ms Docker writes for "no reading" (a container that is gone). */
const ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');
/**
 * Reads one Docker stats object; undefined when it carries no reading (Docker keeps streaming empty
 * objects for a container that has exited). `now` stands in when the object has no usable time.
 */
function parseDockerStats(stats, now) {
    const readAt = stats.read ? Date.parse(stats.read) : NaN;
    if (readAt === ZERO_TIME)
        return undefined;
    const cpuTotalNs = stats.cpu_stats?.cpu_usage?.total_usage;
    const memory = stats.memory_stats;
    if (!cpuTotalNs && memory?.usage === undefined)
        return undefined;
    return {
        at: Number.isFinite(readAt) ? readAt : now,
        cpuTotalNs: cpuTotalNs ?? 0,
        cpuPercent: cpuPercent(stats.precpu_stats, stats.cpu_stats),
        memoryBytes: workingSetBytes(memory?.usage ?? 0, memory?.stats ?? {}),
        maxUsageBytes: memory?.max_usage ?? null,
        limitBytes: memory?.limit ?? null,
        pids: stats.pids_stats?.current ?? 0,
    };
}
/**
 * CPU percent of one core between two readings, as `docker stats` computes it: the container's
 * share of all host CPU time, times the number of CPUs.
 */
function cpuPercent(previous, current) {
    const prevTotal = previous?.cpu_usage?.total_usage;
    const prevSystem = previous?.system_cpu_usage;
    const total = current?.cpu_usage?.total_usage;
    const system = current?.system_cpu_usage;
    // The first object of a stream has an all-zero precpu_stats: no interval to measure over.
    if (!prevSystem || !system || prevTotal === undefined || total === undefined)
        return null;
    const systemDelta = system - prevSystem;
    const cpuDelta = total - prevTotal;
    if (systemDelta <= 0 || cpuDelta < 0)
        return null;
    const cpus = current?.online_cpus || current?.cpu_usage?.percpu_usage?.length || 1;
    return (cpuDelta / systemDelta) * cpus * 100;
}
/**
 * Usage minus inactive file cache (v1: `total_inactive_file`, v2: `inactive_file`), as the Docker
 * CLI reports it. Not minus all `cache`: tmpfs pages count as cache but cannot be reclaimed, and the
 * task's home and /tmp are tmpfs.
 */
function workingSetBytes(usage, stats) {
    const inactive = stats.total_inactive_file ?? stats.inactive_file;
    return inactive !== undefined && inactive < usage ? usage - inactive : usage;
}
/** Folds a stream of stats readings into the totals of one task. */
class StatsAccumulator {
    #baselineNs;
    #lastNs = null;
    #previous = null;
    #peakPercent = 0;
    #peakMemory = 0;
    #peakPids = 0;
    #count = 0;
    constructor(options = {}) {
        this.#baselineNs = options.countFromZero ? 0 : null;
    }
    /**
     * Adds one Docker stats object; returns the resource sample it yields, or undefined when the object
     * carries no reading.
     */
    addDockerStats(stats, now) {
        const parsed = parseDockerStats(stats, now);
        return parsed ? this.add(parsed) : undefined;
    }
    /** Adds one parsed reading; returns the resource sample it yields, or undefined when it is stale. */
    add(reading) {
        // A cumulative counter never goes down: a smaller value is a late or bogus reading.
        if (this.#lastNs !== null && reading.cpuTotalNs < this.#lastNs)
            return undefined;
        const percent = reading.cpuPercent ?? this.#percentSincePrevious(reading);
        this.#baselineNs ??= reading.cpuTotalNs;
        this.#lastNs = reading.cpuTotalNs;
        this.#previous = reading;
        this.#count++;
        this.#peakPercent = Math.max(this.#peakPercent, percent);
        this.#peakMemory = Math.max(this.#peakMemory, reading.memoryBytes);
        this.#peakPids = Math.max(this.#peakPids, reading.pids);
        return { at: reading.at, cpuPercent: percent, memoryBytes: reading.memoryBytes, pids: reading.pids };
    }
    /** Totals so far; `wallMs` is the time the measured process ran (for the average CPU percent). */
    summary(wallMs) {
        const seconds = this.#lastNs === null || this.#baselineNs === null ? 0 : (this.#lastNs - this.#baselineNs) / 1e9;
        const avgPercent = wallMs > 0 ? (seconds / (wallMs / 1000)) * 100 : 0;
        return {
            cpu: { seconds, avgPercent, peakPercent: this.#peakPercent },
            memory: { peakBytes: this.#peakMemory },
            peakPids: this.#peakPids,
            samples: this.#count,
        };
    }
    /** Fallback when a reading has no precpu part: CPU time over wall time since our last reading. */
    #percentSincePrevious(reading) {
        const previous = this.#previous;
        if (!previous || reading.at <= previous.at)
            return 0;
        return ((reading.cpuTotalNs - previous.cpuTotalNs) / 1e6 / (reading.at - previous.at)) * 100;
    }
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./lib/exec/docker/demux.js
/**
 * A task's output files and the demultiplexer feeding them from a container's attach stream.
 */








/**
 * The task's output files and the demultiplexer feeding them. Docker multiplexes stdout and stderr
 * into frames (8-byte header: stream type, 3 zero bytes, big-endian length). Payload bytes are passed
 * on as they arrive — never collected — and the sink waits for the files to drain, so a task writing
 * hundreds of megabytes is slowed to disk speed instead of filling this process's memory.
 */
class TaskOutput {
    sink;
    #log;
    #stdout;
    constructor(log, stdout, spec, logger) {
        this.#log = log;
        this.#stdout = stdout;
        this.sink = new DemuxSink(log, stdout, spec.onOutput, (error) => logger.warning(`task '${spec.taskId}': output callback failed: ${dockerMessage(error)}`));
    }
    static async open(spec, logger) {
        const openStream = async (file, flags) => {
            await promises_.mkdir(external_node_path_.dirname(file), { recursive: true });
            const stream = external_node_fs_.createWriteStream(file, { flags });
            await (0,external_node_events_.once)(stream, 'open');
            return stream;
        };
        const log = await openStream(spec.logFile, 'a');
        try {
            return new TaskOutput(log, await openStream(spec.stdoutFile, 'w'), spec, logger);
        }
        catch (error) {
            log.destroy();
            throw error;
        }
    }
    /** Ends both files once everything written so far is on disk; rejects on a write error. */
    async close() {
        if (!this.sink.writableFinished)
            this.sink.destroy();
        this.#log.end();
        this.#stdout.end();
        await Promise.all([(0,external_node_stream_promises_.finished)(this.#log), (0,external_node_stream_promises_.finished)(this.#stdout)]);
    }
}
class DemuxSink extends external_node_stream_.Writable {
    #log;
    #stdout;
    #onOutput;
    #onCallbackError;
    #decoders = { stdout: new external_node_string_decoder_.StringDecoder('utf8'), stderr: new external_node_string_decoder_.StringDecoder('utf8') };
    #header = Buffer.alloc(8);
    #headerBytes = 0;
    #stream = 'stdout';
    #remaining = 0;
    constructor(log, stdout, onOutput, onCallbackError) {
        super();
        this.#log = log;
        this.#stdout = stdout;
        this.#onOutput = onOutput;
        this.#onCallbackError = onCallbackError;
    }
    _write(chunk, _encoding, callback) {
        const full = new Set();
        let offset = 0;
        while (offset < chunk.length) {
            if (this.#remaining === 0) {
                const take = Math.min(8 - this.#headerBytes, chunk.length - offset);
                chunk.copy(this.#header, this.#headerBytes, offset, offset + take);
                this.#headerBytes += take;
                offset += take;
                if (this.#headerBytes === 8) {
                    this.#headerBytes = 0;
                    this.#stream = this.#header[0] === 2 ? 'stderr' : 'stdout';
                    this.#remaining = this.#header.readUInt32BE(4);
                }
                continue;
            }
            const take = Math.min(this.#remaining, chunk.length - offset);
            const payload = chunk.subarray(offset, offset + take);
            offset += take;
            this.#remaining -= take;
            if (!this.#log.write(payload))
                full.add(this.#log);
            if (this.#stream === 'stdout' && !this.#stdout.write(payload))
                full.add(this.#stdout);
            this.#emit(this.#stream, this.#decoders[this.#stream].write(payload));
        }
        if (full.size === 0) {
            callback();
            return;
        }
        Promise.all([...full].map((s) => (0,external_node_events_.once)(s, 'drain'))).then(() => callback(), (error) => callback(error));
    }
    _final(callback) {
        this.#emit('stdout', this.#decoders.stdout.end());
        this.#emit('stderr', this.#decoders.stderr.end());
        callback();
    }
    #emit(stream, text) {
        if (!text || !this.#onOutput)
            return;
        try {
            this.#onOutput(stream, text);
        }
        catch (error) {
            this.#onCallbackError(error);
        }
    }
}

// EXTERNAL MODULE: ./lib/exec/docker/labels.js
var labels = __webpack_require__(5703);
;// CONCATENATED MODULE: ./lib/exec/docker/stats.js

/**
 * Follows `docker stats` while the task runs. The stream of a container that has exited never ends
 * (Docker keeps sending empty readings), so `stop()` aborts it; it is never left to end by itself.
 */
class StatsFollower {
    #controller = new AbortController();
    #opened;
    #stream;
    constructor(container, accumulator, spec, logger, now) {
        // Not awaited by the caller: Docker sends the response only with the first reading, about a
        // second after start, and the task must not wait for that.
        const options = { stream: true, abortSignal: this.#controller.signal };
        this.#opened = container.stats(options).then((raw) => {
            const stream = raw;
            if (this.#controller.signal.aborted) {
                stream.destroy();
                return;
            }
            this.#stream = stream;
            let pending = '';
            stream.on('data', (chunk) => {
                pending += chunk.toString('utf8');
                let newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const line = pending.slice(0, newline).trim();
                    pending = pending.slice(newline + 1);
                    if (!line)
                        continue;
                    let sample;
                    try {
                        sample = accumulator.addDockerStats(JSON.parse(line), now());
                    }
                    catch (error) {
                        logger.debug(`task '${spec.taskId}': unreadable stats line: ${dockerMessage(error)}`);
                        continue;
                    }
                    if (sample) {
                        try {
                            spec.onSample?.(sample);
                        }
                        catch (error) {
                            logger.warning(`task '${spec.taskId}': sample callback failed: ${dockerMessage(error)}`);
                        }
                    }
                }
            });
            // Errors after stop() are the abort itself.
            stream.on('error', (error) => {
                if (!this.#controller.signal.aborted)
                    logger.debug(`task '${spec.taskId}': stats stream failed: ${dockerMessage(error)}`);
            });
        }, (error) => {
            if (!this.#controller.signal.aborted)
                logger.debug(`task '${spec.taskId}': stats unavailable: ${dockerMessage(error)}`);
        });
    }
    async stop() {
        this.#controller.abort();
        this.#stream?.destroy();
        await this.#opened;
    }
}

;// CONCATENATED MODULE: ./lib/exec/docker/executor.js
/**
 * The executor that runs one task per container: limited, labelled, streamed, measured, and always
 * removed.
 */










/** Where agents find their home directory inside a container (a tmpfs, writable by any uid). */
const CONTAINER_HOME = '/home/agent';
/** An error already phrased for the task (`task 'x': container start failed: …`). */
class TaskStepError extends Error {
}
class DockerExecutor {
    mode = 'docker';
    #docker;
    #logger;
    #clock;
    #homeSize;
    #tmpSize;
    #flushTimeoutMs;
    constructor(docker, options) {
        this.#docker = docker;
        this.#logger = options.logger ?? logger/* silentLogger */.q;
        this.#clock = options.clock ?? Date.now;
        this.#homeSize = options.homeSize ?? '512m';
        this.#tmpSize = options.tmpSize ?? '512m';
        this.#flushTimeoutMs = options.flushTimeoutMs ?? 10_000;
    }
    async run(spec) {
        const now = this.#clock;
        const log = this.#logger;
        const phases = {};
        const timed = async (phase, fn) => {
            const t0 = now();
            try {
                return await fn();
            }
            finally {
                phases[phase] = (phases[phase] ?? 0) + (now() - t0);
            }
        };
        const step = async (phase, what, fn) => timed(phase, async () => {
            try {
                return await fn();
            }
            catch (error) {
                if (error instanceof TaskStepError)
                    throw error;
                const message = `task '${spec.taskId}': ${what} failed: ${dockerMessage(error)}`;
                log.error(message);
                throw new TaskStepError(message, { cause: error });
            }
        });
        const accumulator = new StatsAccumulator({ countFromZero: true });
        let outcome = 'exited';
        let exitCode = null;
        let errorText;
        let startedAt;
        let finishedAt;
        let container;
        let output;
        let stats;
        try {
            validateSpec(spec);
            output = await step('output', 'log file open', () => TaskOutput.open(spec, log));
            if (spec.signal?.aborted) {
                outcome = 'cancelled';
            }
            else {
                const created = await step('create', 'container create', () => this.#docker.createContainer(this.#createOptions(spec)));
                container = created;
                log.debug(`task '${spec.taskId}': container ${created.id.slice(0, 12)} created`);
                // Attach before start, so not a byte of early output is lost.
                // dockerode types the attach stream as NodeJS.ReadWriteStream; it is an http response (a Readable).
                const stream = (await step('attach', 'container attach', () => created.attach({ stream: true, stdout: true, stderr: true })));
                const attached = (0,external_node_stream_promises_.pipeline)(stream, output.sink);
                // Observed by the bounded flush wait below; never an unhandled rejection.
                attached.catch(() => { });
                if (spec.signal?.aborted) {
                    stream.destroy();
                    outcome = 'cancelled';
                }
                else {
                    await step('start', 'container start', () => created.start());
                    startedAt = now();
                    stats = new StatsFollower(created, accumulator, spec, log, now);
                    const waited = await this.#waitWithLimits(created, spec, step);
                    finishedAt = now();
                    exitCode = waited.exitCode;
                    const follower = stats;
                    stats = undefined;
                    await timed('stats', () => follower.stop());
                    const { State: state } = await step('inspect', 'container inspect', () => created.inspect());
                    let oom = state.OOMKilled;
                    // `OOMKilled` is racy: when the kernel kills a child of the agent, the daemon may record
                    // the exit without it. Its `oom` event is not, so a failed exit we did not cause is
                    // checked against the event log too (a short, bounded look: the event can trail the exit).
                    const code = exitCode ?? state.ExitCode;
                    const looks = waited.killedFor || code === 0 ? 0 : code === 137 ? 5 : 1;
                    for (let i = 0; !oom && i < looks; i++) {
                        oom = await timed('inspect', () => this.#sawOomEvent(created.id, startedAt - 1000));
                        if (!oom)
                            await new Promise((resolve) => setTimeout(resolve, 100));
                    }
                    outcome = waited.killedFor ?? (oom ? 'oom' : 'exited');
                    exitCode ??= state.ExitCode;
                    await timed('flush', () => this.#flush(spec, attached, stream));
                }
            }
        }
        catch (error) {
            outcome = 'error';
            if (error instanceof TaskStepError) {
                errorText = error.message;
            }
            else {
                errorText = `task '${spec.taskId}': ${dockerMessage(error)}`;
                log.error(errorText);
            }
            if (startedAt !== undefined)
                finishedAt ??= now();
        }
        finally {
            const follower = stats;
            if (follower)
                await timed('stats', () => follower.stop());
            const created = container;
            if (created)
                await timed('remove', () => this.#remove(spec, created));
            const files = output;
            if (files) {
                try {
                    await timed('output', () => files.close());
                }
                catch (error) {
                    const message = `task '${spec.taskId}': log file write failed: ${dockerMessage(error)}`;
                    log.error(message);
                    if (outcome !== 'error') {
                        outcome = 'error';
                        errorText = message;
                    }
                }
            }
        }
        // Never started (cancelled early or failed before start): a zero-length agent run.
        startedAt ??= now();
        finishedAt ??= startedAt;
        const summary = accumulator.summary(finishedAt - startedAt);
        return {
            outcome,
            exitCode,
            ...(errorText === undefined ? {} : { error: errorText }),
            startedAt,
            finishedAt,
            cpu: summary.cpu,
            memory: { peakBytes: summary.memory.peakBytes, limitBytes: spec.memoryBytes },
            peakPids: summary.peakPids,
            phases,
        };
    }
    #createOptions(spec) {
        const tmpfsOptions = (size) => `rw,exec,nosuid,nodev,size=${size},mode=1777`;
        const env = { HOME: CONTAINER_HOME, ...spec.env };
        return {
            name: containerName(spec.runId, spec.taskId),
            Image: spec.image,
            // The argv is the whole command: an image ENTRYPOINT must not prefix it.
            Entrypoint: [],
            Cmd: spec.argv,
            WorkingDir: spec.workdir,
            User: spec.user,
            Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
            // The creating process is the orchestrator: `gc` leaves containers of live orchestrators alone.
            Labels: (0,labels/* containerLabels */.Hs)(spec.runId, spec.taskId, { ...(0,labels/* orchestratorLabels */.Au)(process.pid, external_node_os_.hostname()), ...spec.labels }),
            Tty: false,
            OpenStdin: false,
            AttachStdin: false,
            AttachStdout: true,
            AttachStderr: true,
            HostConfig: {
                // Mounts rather than Binds: a path containing ':' or ',' cannot break the spec string.
                Mounts: spec.mounts.map((m) => ({ Type: 'bind', Source: m.path, Target: m.path, ReadOnly: m.readOnly === true })),
                Tmpfs: { [CONTAINER_HOME]: tmpfsOptions(this.#homeSize), '/tmp': tmpfsOptions(this.#tmpSize) },
                NanoCpus: Math.round(spec.cpus * 1e9),
                Memory: spec.memoryBytes,
                // Equal to Memory: no swap, so a task over its limit is OOM-killed rather than thrashing.
                MemorySwap: spec.memoryBytes,
                PidsLimit: spec.pidsLimit,
                // Output is streamed from the attach stream; a second copy in Docker's JSON log would cost
                // dockerd CPU and unbounded disk for chatty agents.
                LogConfig: { Type: 'none', Config: {} },
                CapDrop: ['ALL'],
                SecurityOpt: ['no-new-privileges'],
                NetworkMode: spec.network,
                // An init as PID 1 forwards signals and reaps the zombies agents' tools leave behind.
                Init: true,
            },
        };
    }
    /** Waits for the exit, killing the container on timeout or abort; says which killed it. */
    /** Whether the daemon logged an `oom` event for the container since `sinceMs` (epoch ms). */
    async #sawOomEvent(id, sinceMs) {
        try {
            // With `until` in the past the daemon returns the logged events and closes the stream.
            const stream = (await this.#docker.getEvents({
                since: Math.floor(sinceMs / 1000),
                until: (Date.now() / 1000).toFixed(3),
                filters: { container: [id], event: ['oom'] },
            }));
            let text = '';
            for await (const chunk of stream)
                text += String(chunk);
            return text.includes('"oom"');
        }
        catch {
            return false;
        }
    }
    async #waitWithLimits(container, spec, step) {
        let killedFor;
        let killing;
        const kill = (reason) => {
            if (killing)
                return;
            killedFor = reason;
            this.#logger.info(`task '${spec.taskId}': ${reason === 'timed_out' ? `timed out after ${spec.timeoutMs} ms` : 'cancelled'}; killing its container`);
            killing = container.kill({ signal: 'SIGKILL' }).then(() => undefined, (error) => {
                // 409 "is not running": it exited on its own just before the kill; the exit stands.
                if (statusCode(error) === 409)
                    killedFor = undefined;
                else
                    this.#logger.warning(`task '${spec.taskId}': container kill failed: ${dockerMessage(error)}`);
            });
        };
        const timer = setTimeout(() => kill('timed_out'), spec.timeoutMs);
        const onAbort = () => kill('cancelled');
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        if (spec.signal?.aborted)
            onAbort();
        try {
            const result = await step('wait', 'container wait', () => container.wait());
            await killing;
            return { exitCode: typeof result?.StatusCode === 'number' ? result.StatusCode : null, killedFor };
        }
        finally {
            clearTimeout(timer);
            spec.signal?.removeEventListener('abort', onAbort);
        }
    }
    /** Waits (bounded) until the attach stream has delivered everything the container wrote. */
    async #flush(spec, attached, stream) {
        let timer;
        const cut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('cut'), this.#flushTimeoutMs);
        });
        try {
            const result = await Promise.race([attached.then(() => 'done'), cut]);
            if (result === 'cut') {
                this.#logger.warning(`task '${spec.taskId}': output stream still open ${this.#flushTimeoutMs} ms after exit; closing it`);
                stream.destroy();
            }
        }
        catch (error) {
            this.#logger.warning(`task '${spec.taskId}': output stream failed: ${dockerMessage(error)}`);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async #remove(spec, container) {
        try {
            await container.remove({ force: true, v: true });
            this.#logger.debug(`task '${spec.taskId}': container ${container.id.slice(0, 12)} removed`);
        }
        catch (error) {
            const code = statusCode(error);
            if (code === 404 || (code === 409 && /already in progress/i.test(dockerMessage(error))))
                return;
            // Not fatal for the task: the sweeper (labels) removes it later.
            this.#logger.warning(`task '${spec.taskId}': container remove failed: ${dockerMessage(error)}`);
        }
    }
}
function validateSpec(spec) {
    const invalid = (what) => new TypeError(`invalid exec spec: ${what}`);
    if (spec.argv.length === 0)
        throw invalid('argv is empty');
    if (!external_node_path_.isAbsolute(spec.workdir))
        throw invalid(`workdir must be absolute, got '${spec.workdir}'`);
    for (const mount of spec.mounts) {
        if (!external_node_path_.isAbsolute(mount.path))
            throw invalid(`mount path must be absolute, got '${mount.path}'`);
    }
    if (!/^[\w.-]+(:[\w.-]+)?$/.test(spec.user))
        throw invalid(`user must be 'uid:gid', got '${spec.user}'`);
    if (!(spec.timeoutMs > 0))
        throw invalid(`timeoutMs must be positive, got ${spec.timeoutMs}`);
}
/** `agent-fanout-<run>-<task>-<random>`: readable in `docker ps`, unique even when a run id repeats. */
function containerName(runId, taskId) {
    const clean = (s) => s.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[-_.]+/, '');
    return `agent-fanout-${clean(runId).slice(0, 40)}-${clean(taskId).slice(0, 60)}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}

;// CONCATENATED MODULE: ./lib/exec/docker/client.js
/** A small client over dockerode (the only package that talks to the daemon): ping, info, images, containers. */







class DockerClient {
    #docker;
    #where;
    constructor(docker, where) {
        this.#docker = docker;
        this.#where = where;
    }
    /** Creates a client; no request is made until the first call (use `ping()` to check the daemon). */
    static connect(options = {}) {
        if (options.socketPath)
            return new DockerClient(new docker({ socketPath: options.socketPath }), options.socketPath);
        // Without options dockerode reads DOCKER_HOST itself.
        return new DockerClient(new docker(), process.env.DOCKER_HOST ?? '/var/run/docker.sock');
    }
    /** Resolves when the daemon answers within `timeoutMs` (default 5000); rejects saying why not. */
    async ping(timeoutMs = 5000) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
            // The typings omit ping's options; dockerode passes abortSignal on to the request.
            await this.#docker.ping.call(this.#docker, { abortSignal: controller.signal });
        }
        catch (error) {
            const why = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : dockerMessage(error);
            throw new Error(`docker daemon at ${this.#where} is not reachable: ${why}`, { cause: error });
        }
        finally {
            clearTimeout(timer);
        }
    }
    async version() {
        const v = await this.#call('version', () => this.#docker.version());
        return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch, kernelVersion: v.KernelVersion };
    }
    async info() {
        const raw = (await this.#call('info', () => this.#docker.info()));
        const cgroup = raw.CgroupVersion;
        return {
            serverVersion: String(raw.ServerVersion ?? ''),
            cgroupVersion: cgroup === '1' || cgroup === '2' ? cgroup : 'unknown',
            cgroupDriver: String(raw.CgroupDriver ?? ''),
            storageDriver: String(raw.Driver ?? ''),
            cpus: Number(raw.NCPU ?? 0),
            memoryBytes: Number(raw.MemTotal ?? 0),
            warnings: Array.isArray(raw.Warnings) ? raw.Warnings.map(String) : [],
        };
    }
    async imageExists(name) {
        try {
            await this.#docker.getImage(name).inspect();
            return true;
        }
        catch (error) {
            if (statusCode(error) === 404)
                return false;
            throw new Error(`docker image inspect ${name} failed: ${dockerMessage(error)}`, { cause: error });
        }
    }
    /**
     * Builds `tag` from `contextDir`, following the build output. Rejects when the build fails, with
     * the failing step and the daemon's error (e.g. `… returned a non-zero code: 100`).
     */
    async buildImage(options) {
        const files = await listFiles(options.contextDir);
        const stream = await this.#call(`image build ${options.tag}`, () => this.#docker.buildImage({ context: options.contextDir, src: files }, {
            t: options.tag,
            dockerfile: options.dockerfile ?? 'Dockerfile',
            buildargs: options.buildArgs ?? {},
            rm: true,
            forcerm: true,
        }));
        let step = '';
        const tail = [];
        let failure;
        await new Promise((resolve, reject) => {
            this.#docker.modem.followProgress(stream, (error) => (error ? reject(new Error(`image build ${options.tag} failed: ${dockerMessage(error)}`, { cause: error })) : resolve()), (event) => {
                if (event.error || event.errorDetail)
                    failure ??= (event.errorDetail?.message ?? event.error ?? '').trim();
                for (const line of (event.stream ?? '').split('\n')) {
                    const text = line.trimEnd();
                    if (!text)
                        continue;
                    if (/^Step \d+\/\d+ :/.test(text))
                        step = text;
                    tail.push(text);
                    if (tail.length > 15)
                        tail.shift();
                    options.onProgress?.(text);
                }
            });
        });
        if (failure !== undefined) {
            const at = step ? ` at ${step}` : '';
            throw new Error(`image build ${options.tag} failed${at}: ${failure}\n${tail.join('\n')}`);
        }
    }
    /** All containers (running or not) matching every `key=value` label filter. */
    async listContainers(labelFilter) {
        const list = await this.#call('container list', () => this.#docker.listContainers({ all: true, filters: { label: labelFilter } }));
        return list.map((c) => ({
            id: c.Id,
            name: (c.Names[0] ?? '').replace(/^\//, ''),
            image: c.Image,
            state: c.State,
            status: c.Status,
            labels: c.Labels ?? {},
            createdAt: c.Created * 1000,
        }));
    }
    /** Force-removes a container and its anonymous volumes; false when it was already gone. */
    async removeContainer(id) {
        try {
            await this.#docker.getContainer(id).remove({ force: true, v: true });
            return true;
        }
        catch (error) {
            // 404: gone already; 409: another remove is in progress — either way it goes away.
            if (statusCode(error) === 404)
                return false;
            if (statusCode(error) === 409 && /already in progress/i.test(dockerMessage(error)))
                return true;
            throw new Error(`container remove ${id.slice(0, 12)} failed: ${dockerMessage(error)}`, { cause: error });
        }
    }
    createExecutor(options = {}) {
        return new DockerExecutor(this.#docker, options);
    }
    async #call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw new Error(`docker ${what} failed: ${dockerMessage(error)}`, { cause: error });
        }
    }
}
async function listFiles(root, dir = '') {
    const files = [];
    for (const entry of await promises_.readdir(external_node_path_.join(root, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            files.push(...(await listFiles(root, rel)));
        else
            files.push(rel);
    }
    return files;
}


/***/ }),

/***/ 5703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ orchestratorLabels),
/* harmony export */   HY: () => (/* binding */ labelFilter),
/* harmony export */   Hs: () => (/* binding */ containerLabels),
/* harmony export */   Xy: () => (/* binding */ parseLabels)
/* harmony export */ });
/* unused harmony exports LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID, LABEL_PID, LABEL_HOST, PRODUCT_NAME */
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6641);
/**
 * Container labels: every task container carries the product, its run id and its task id, so a
 * sweeper can find and remove everything a run left behind. Labels are visible to anyone who can
 * `docker inspect`, so only identifiers go here — never environment values or secrets.
 */

const LABEL_PRODUCT = `${_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_LABEL */ .zp}.product`;
const LABEL_RUN_ID = `${_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_LABEL */ .zp}.run-id`;
const LABEL_TASK_ID = `${_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_LABEL */ .zp}.task-id`;
/** The orchestrating process (pid and host): lets `gc` tell a live run's container from an orphan. */
const LABEL_PID = `${_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_LABEL */ .zp}.pid`;
const LABEL_HOST = `${_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_LABEL */ .zp}.host`;
const PRODUCT_NAME = 'agent-fanout';
/** Keys callers may not set through `extra`: they identify the container to the sweeper. */
const RESERVED_KEYS = new Set([LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID]);
/**
 * The labels of one task container: product, run id, task id, plus `extra` (which cannot override
 * the three identifying keys).
 */
function containerLabels(runId, taskId, extra = {}) {
    const labels = {};
    for (const [key, value] of Object.entries(extra)) {
        if (!RESERVED_KEYS.has(key))
            labels[key] = value;
    }
    labels[LABEL_PRODUCT] = PRODUCT_NAME;
    labels[LABEL_RUN_ID] = runId;
    labels[LABEL_TASK_ID] = taskId;
    return labels;
}
/**
 * Docker `label` filter values (`key=value`) selecting product containers, optionally of one run
 * and/or one task. Use as `filters: { label: labelFilter({ runId }) }`.
 */
function labelFilter(select = {}) {
    const filter = [`${LABEL_PRODUCT}=${PRODUCT_NAME}`];
    if (select.runId !== undefined)
        filter.push(`${LABEL_RUN_ID}=${select.runId}`);
    if (select.taskId !== undefined)
        filter.push(`${LABEL_TASK_ID}=${select.taskId}`);
    return filter;
}
/** Run id and task id read back from a container's labels; undefined when it is not ours. */
function parseLabels(labels) {
    if (!labels || labels[LABEL_PRODUCT] !== PRODUCT_NAME)
        return undefined;
    const pid = Number(labels[LABEL_PID]);
    return {
        runId: labels[LABEL_RUN_ID] ?? '',
        taskId: labels[LABEL_TASK_ID] ?? '',
        ...(Number.isInteger(pid) && pid > 0 ? { pid } : {}),
        ...(labels[LABEL_HOST] ? { host: labels[LABEL_HOST] } : {}),
    };
}
/** The labels naming the orchestrating process, for `containerLabels`' `extra`. */
function orchestratorLabels(pid, host) {
    return { [LABEL_PID]: String(pid), [LABEL_HOST]: host };
}


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ clockTicksPerSecond),
/* harmony export */   MB: () => (/* binding */ ProcessTreeMonitor),
/* harmony export */   TQ: () => (/* binding */ readProcStat),
/* harmony export */   qV: () => (/* binding */ parseProcStat)
/* harmony export */ });
/* unused harmony exports pageSizeBytes, listProcesses, selectTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/**
 * Resource accounting of a process tree from Linux `/proc`, for the subprocess executor (which has no
 * cgroup to ask). A tree is the root, every process descending from it by parent pid, and every
 * process still in its session (orphans re-parented to init stay in the session).
 */


/**
 * Parses the text of `/proc/<pid>/stat`. The command name is in parentheses and may itself contain
 * spaces and parentheses, so the fields are counted from the last `)`.
 */
function parseProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const rest = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    // rest[0] is field 3 (state) in proc(5) numbering.
    const field = (n) => Number(rest[n - 3]);
    const stat = {
        pid: Number(text.slice(0, open).trim()),
        comm: text.slice(open + 1, close),
        state: rest[0] ?? '?',
        ppid: field(4),
        pgrp: field(5),
        session: field(6),
        utime: field(14),
        stime: field(15),
        cutime: field(16),
        cstime: field(17),
        startTime: field(22),
        rssPages: field(24),
    };
    const numbers = [stat.pid, stat.ppid, stat.pgrp, stat.session, stat.utime, stat.stime, stat.cutime, stat.cstime, stat.startTime, stat.rssPages];
    return numbers.every(Number.isFinite) ? stat : undefined;
}
let clockTicks;
let pageSize;
function getconf(name, fallback) {
    try {
        const value = Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('getconf', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim());
        return Number.isFinite(value) && value > 0 ? value : fallback;
    }
    catch {
        return fallback;
    }
}
/** `getconf CLK_TCK`, read once; 100 (the Linux value) when it cannot be read. */
function clockTicksPerSecond() {
    clockTicks ??= getconf('CLK_TCK', 100);
    return clockTicks;
}
/** `getconf PAGESIZE`, read once; 4096 when it cannot be read. */
function pageSizeBytes() {
    pageSize ??= getconf('PAGESIZE', 4096);
    return pageSize;
}
/** Reads one process's stat; undefined when it is gone (or there is no /proc). */
async function readProcStat(pid, procDir = '/proc') {
    try {
        return parseProcStat(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`${procDir}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Scans younger than this are reused: parallel tasks sampling together cost one walk of /proc. */
const SCAN_REUSE_MS = 100;
const scans = new Map();
async function scanNow(procDir) {
    const at = Date.now();
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(procDir);
    }
    catch {
        return { at, stats: [] };
    }
    const stats = await Promise.all(names.filter((n) => /^\d+$/.test(n)).map((n) => readProcStat(Number(n), procDir)));
    return { at, stats: stats.filter((s) => s !== undefined) };
}
/**
 * Every process on the host (empty where there is no /proc). A scan started less than `maxAgeMs` ago
 * is shared.
 */
async function listProcesses(procDir = '/proc', maxAgeMs = SCAN_REUSE_MS) {
    const now = Date.now();
    const cached = scans.get(procDir);
    if (cached && now - cached.at < maxAgeMs)
        return (await cached.promise).stats;
    const promise = scanNow(procDir);
    scans.set(procDir, { promise, at: now });
    return (await promise).stats;
}
/** The members of the tree rooted at `rootPid` among `all`: descendants by ppid, plus `session` members. */
function selectTree(all, rootPid, session) {
    const children = new Map();
    for (const s of all) {
        const list = children.get(s.ppid);
        if (list)
            list.push(s);
        else
            children.set(s.ppid, [s]);
    }
    const members = new Map();
    const root = all.find((s) => s.pid === rootPid);
    const queue = root ? [root] : [];
    if (session !== undefined)
        queue.push(...all.filter((s) => s.session === session));
    while (queue.length > 0) {
        const s = queue.pop();
        if (members.has(s.pid))
            continue;
        members.set(s.pid, s);
        queue.push(...(children.get(s.pid) ?? []));
    }
    return [...members.values()];
}
/**
 * Samples a process tree's CPU time, RSS and process count.
 *
 * CPU time: each live member's own time plus the time of the children it has reaped (cutime/cstime)
 * counts every process exactly once while it lives. When a member disappears without a live member
 * parent to inherit its time (the root, reaped by us; orphans, reaped by init) its last sampled time is
 * kept. What cannot be seen: CPU a process used between the last sample and its death when no member
 * reaps it (at most one interval of the root's last activity), and processes that left the session.
 */
class ProcessTreeMonitor {
    #rootPid;
    #session;
    #procDir;
    #maxScanAgeMs;
    #known = new Map();
    #goneTicks = 0;
    #bestTicks = 0;
    #members = [];
    constructor(rootPid, options = {}) {
        if (!Number.isInteger(rootPid) || rootPid <= 0)
            throw new TypeError(`Expected a positive pid, got ${rootPid}`);
        this.#rootPid = rootPid;
        this.#session = options.session;
        this.#procDir = options.procDir ?? '/proc';
        this.#maxScanAgeMs = options.maxScanAgeMs ?? SCAN_REUSE_MS;
    }
    /** The members seen at the last sample. */
    get members() {
        return this.#members;
    }
    /**
     * True when a member that was alive at the last sample and is gone now has an ancestor that is still
     * alive: the ancestor's cutime has taken (or will take) its time through the chain of waits, so adding
     * its last sample too would count it twice.
     */
    #inheritedByLiveAncestor(gone, isAlive) {
        let pid = gone.ppid;
        for (let depth = 0; depth < 4096; depth++) {
            const ancestor = this.#known.get(pid);
            if (!ancestor)
                return false;
            if (isAlive(pid, ancestor.startTime))
                return true;
            pid = ancestor.ppid;
        }
        return false;
    }
    /** Samples the tree; `fresh` forces a new scan of /proc (for the last look after the root exited). */
    async sample(at = Date.now(), fresh = false) {
        const all = await listProcesses(this.#procDir, fresh ? 0 : this.#maxScanAgeMs);
        const members = selectTree(all, this.#rootPid, this.#session);
        const current = new Map(members.map((m) => [m.pid, m]));
        const same = (pid, startTime) => current.get(pid)?.startTime === startTime;
        for (const [pid, known] of this.#known) {
            if (!same(pid, known.startTime) && !this.#inheritedByLiveAncestor(known, same))
                this.#goneTicks += known.ticks;
        }
        let liveTicks = 0;
        let rssPages = 0;
        const next = new Map();
        for (const m of members) {
            const ticks = m.utime + m.stime + m.cutime + m.cstime;
            liveTicks += ticks;
            rssPages += m.rssPages;
            next.set(m.pid, { startTime: m.startTime, ppid: m.ppid, ticks });
        }
        this.#known = next;
        this.#members = members;
        this.#bestTicks = Math.max(this.#bestTicks, this.#goneTicks + liveTicks);
        return {
            at,
            cpuSeconds: this.#bestTicks / clockTicksPerSecond(),
            rssBytes: rssPages * pageSizeBytes(),
            pids: members.map((m) => m.pid),
        };
    }
}


/***/ }),

/***/ 5159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ authConfigArgs)
/* harmony export */ });
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


/***/ }),

/***/ 5216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   MU: () => (/* binding */ identityArgs),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   XT: () => (/* binding */ redactArgs),
/* harmony export */   v3: () => (/* binding */ assertNotOption)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5403);
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

/***/ 477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ mergeTree)
/* harmony export */ });
/**
 * Merges commits `a` and `b`. Exit code 1 means conflicts, but git 2.39 also exits 1 when a ref
 * cannot be resolved; only the tree oid on the first line tells the two apart.
 */
async function mergeTree(git, a, b) {
    const out = await git.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', a, b], { allowFailure: true });
    // -z output: the tree oid, then one conflicted path per NUL-terminated field.
    const fields = out.stdout.split('\0').filter((f) => f !== '');
    const tree = fields[0] ?? '';
    if ((out.exitCode !== 0 && out.exitCode !== 1) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tree)) {
        throw new Error(`git merge-tree ${a} ${b} failed with exit code ${out.exitCode}: ${out.stderr.trim() || out.stdout.trim()}`);
    }
    return { clean: out.exitCode === 0, tree, conflictedFiles: out.exitCode === 1 ? fields.slice(1) : [] };
}


/***/ }),

/***/ 9416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ remoteBranches)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5159);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5216);
/** Asking a remote about its branches, with a token passed for that one command. */


/**
 * Names of every branch on `remote` (a remote name or URL), from one `ls-remote`, however many names
 * are checked; asked over the wire because remote-tracking refs of a shallow CI checkout are incomplete.
 */
async function remoteBranches(git, remote, opts = {}) {
    (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNotOption */ .v3)(remote, 'remote');
    const auth = await (0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .authConfigArgs */ .y)(git, remote, opts.token, 'fetch');
    const out = await git.exec([...auth.args, 'ls-remote', '--heads', remote], { allowFailure: true, secrets: auth.secrets });
    if (out.exitCode !== 0) {
        throw new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS((0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redactArgs */ .XT)(['ls-remote', '--heads', remote], auth.secrets), out.exitCode, (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(out.stderr, auth.secrets));
    }
    const names = new Set();
    for (const line of out.stdout.split('\n')) {
        const ref = line.split('\t')[1];
        if (ref?.startsWith('refs/heads/'))
            names.add(ref.slice('refs/heads/'.length));
    }
    return names;
}


/***/ }),

/***/ 4354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ removeWorktree),
/* harmony export */   MV: () => (/* binding */ createWorktree),
/* harmony export */   QQ: () => (/* binding */ uniqueBranchNames),
/* harmony export */   jw: () => (/* binding */ taskBranchName),
/* harmony export */   vH: () => (/* binding */ mergeStartPoint)
/* harmony export */ });
/* unused harmony exports MergeConflictError, uniqueBranchName, withRepoLock, listWorktrees */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5216);
/* harmony import */ var _merge_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(477);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9416);
/** Task branches and worktrees: naming, creation, removal, and start points for tasks with dependencies. */






/** Merging dependency results failed because they touch the same lines. */
class MergeConflictError extends Error {
    commits;
    files;
    constructor(commits, files) {
        super(`merging ${commits.map((c) => c.slice(0, 12)).join(' and ')} conflicts in: ${files.join(', ')}`);
        this.commits = commits;
        this.files = files;
        this.name = 'MergeConflictError';
    }
}
/** `<prefix>/<task-id>`, or `<prefix>/<issue>/<task-id>` when the task belongs to an issue. */
function taskBranchName(prefix, taskId, issue) {
    const p = prefix.replace(/\/+$/, '');
    return issue === undefined || issue === null ? `${p}/${taskId}` : `${p}/${issue}/${taskId}`;
}
/**
 * `base` when no branch of that name exists, else the first free of `base-try2`, `base-try3`, ….
 * An existing branch is never reused: it may hold an earlier run's work. With `remote`, branches on
 * the remote count as taken too, so a push never overwrites one.
 */
async function uniqueBranchName(git, base, remote, opts = {}) {
    return (await uniqueBranchNames(git, [base], remote, opts))[0];
}
/**
 * {@link uniqueBranchName} for several bases at once, with one listing of the local branches and one
 * `ls-remote`, however many tasks there are; names chosen here are also distinct from each other.
 */
async function uniqueBranchNames(git, bases, remote, opts = {}) {
    const local = await git.localBranches();
    const onRemote = remote !== undefined ? await (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteBranches */ .l)(git, remote, { token: opts.token }) : new Set();
    const maxTries = opts.maxTries ?? 100;
    const chosen = new Set();
    // Git cannot have both `fanout/x` and `fanout/x/y`: a name is taken when a branch lies under it.
    const taken = (name) => local.has(name) || onRemote.has(name) || chosen.has(name) || [...local, ...chosen].some((b) => b.startsWith(`${name}/`));
    return bases.map((base) => {
        (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNotOption */ .v3)(base, 'branch name');
        // No suffix helps when a prefix of the name is a branch.
        const parts = base.split('/');
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            if (local.has(prefix)) {
                throw new Error(`cannot create branch '${base}': branch '${prefix}' exists, and git cannot have both; rename one or change the branch prefix`);
            }
        }
        for (let n = 1; n <= maxTries; n++) {
            const name = n === 1 ? base : `${base}-try${n}`;
            if (taken(name))
                continue;
            chosen.add(name);
            return name;
        }
        throw new Error(`no free branch name for '${base}': '${base}' to '${base}-try${maxTries}' all exist`);
    });
}
const repoLocks = new Map();
/**
 * Runs `fn` after every other `withRepoLock` call on the same repository has settled. Concurrent
 * `git worktree add`s in one repository race (each reads the others' half-written admin dirs:
 * "failed to read .git/worktrees/<x>/commondir"), so worktree bookkeeping goes through this.
 */
function withRepoLock(git, fn) {
    const key = git.topLevel;
    const result = (repoLocks.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = result.catch(() => undefined);
    repoLocks.set(key, tail);
    // Drop the entry once nothing is queued behind this call, so the map does not grow.
    void tail.then(() => {
        if (repoLocks.get(key) === tail)
            repoLocks.delete(key);
    });
    return result;
}
/**
 * `git worktree add -b <branch> <path> <startPoint>`, with the start point resolved to a sha first.
 * The add itself runs under {@link withRepoLock}, with `--no-checkout`; the files are checked out
 * afterwards, outside the lock, since that is the slow part on a large tree.
 */
async function createWorktree(git, opts) {
    (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNotOption */ .v3)(opts.branch, 'branch name');
    const baseCommit = await git.revParse(opts.startPoint);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(opts.path);
    // A sha start point also keeps git from setting up tracking of e.g. origin/main.
    await withRepoLock(git, () => git.exec(['worktree', 'add', '--quiet', '--no-track', '--no-checkout', '-b', opts.branch, dir, baseCommit]));
    await git.exec(['reset', '--hard', '--quiet'], { cwd: dir });
    return { path: dir, branch: opts.branch, baseCommit };
}
/**
 * Removes the worktree at `worktreePath` and prunes git's records; a worktree already gone is fine.
 * Git refuses to remove worktrees with submodules even with `--force`; those are deleted from disk
 * and pruned instead. The branch is kept: it holds the task's result.
 */
async function removeWorktree(git, worktreePath) {
    return withRepoLock(git, () => removeWorktreeUnlocked(git, worktreePath));
}
async function removeWorktreeUnlocked(git, worktreePath) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(worktreePath);
    const removed = await git.exec(['worktree', 'remove', '--force', '--force', dir], { allowFailure: true });
    if (removed.exitCode !== 0) {
        const index = (await listWorktrees(git)).findIndex((w) => samePath(w.path, dir));
        // The first entry is the main working tree (or the bare repository): never delete that.
        if (index === 0)
            throw new Error(`refusing to remove ${dir}: it is the main working tree`);
        if (index > 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
    await git.exec(['worktree', 'prune']);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && (await listWorktrees(git)).some((w) => samePath(w.path, dir))) {
        throw new Error(`git worktree remove ${dir} failed: ${removed.stderr.trim()}`);
    }
}
/** All worktrees of the repository, from `git worktree list --porcelain -z`. */
async function listWorktrees(git) {
    const out = await git.exec(['worktree', 'list', '--porcelain', '-z']);
    const result = [];
    let cur = null;
    for (const field of out.stdout.split('\0')) {
        if (field === '') {
            // An empty field ends a record.
            if (cur)
                result.push(cur);
            cur = null;
            continue;
        }
        const sp = field.indexOf(' ');
        const key = sp < 0 ? field : field.slice(0, sp);
        const value = sp < 0 ? '' : field.slice(sp + 1);
        if (key === 'worktree') {
            if (cur)
                result.push(cur);
            cur = { path: value, head: null, branch: null, bare: false, detached: false, locked: null, prunable: null };
            continue;
        }
        if (!cur)
            continue;
        if (key === 'HEAD')
            cur.head = /^0+$/.test(value) ? null : value;
        else if (key === 'branch')
            cur.branch = value.replace(/^refs\/heads\//, '');
        else if (key === 'bare')
            cur.bare = true;
        else if (key === 'detached')
            cur.detached = true;
        else if (key === 'locked')
            cur.locked = value;
        else if (key === 'prunable')
            cur.prunable = value;
    }
    if (cur)
        result.push(cur);
    return result;
}
/**
 * A commit to start a task with several dependencies from: one commit whose tree merges all of
 * `commits` (its parents). Commits already contained in another are dropped; if one commit
 * contains all others it is returned as is. Merged in memory with `merge-tree --write-tree`, so no
 * worktree or index is touched. Throws a {@link MergeConflictError} naming the files on conflict.
 */
async function mergeStartPoint(git, commits, opts) {
    if (commits.length === 0)
        throw new TypeError('mergeStartPoint needs at least one commit');
    const shas = [...new Set(await Promise.all(commits.map((c) => git.revParse(c))))];
    const heads = [];
    for (const sha of shas) {
        if (await containedIn(git, sha, heads))
            continue;
        const kept = [];
        for (const h of heads)
            if (!(await isAncestor(git, h, sha)))
                kept.push(h);
        heads.splice(0, heads.length, ...kept, sha);
    }
    if (heads.length === 1)
        return heads[0];
    const idArgs = (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .identityArgs */ .MU)(opts.identity);
    // merge-tree (git 2.39) merges two commits, so fold: intermediate commits exist only to feed
    // the next merge; the result gets the tree of the last merge and all heads as parents.
    let acc = heads[0];
    let tree = '';
    for (let i = 1; i < heads.length; i++) {
        const next = heads[i];
        const merged = await (0,_merge_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeTree */ .p)(git, acc, next);
        if (!merged.clean)
            throw new MergeConflictError(heads.slice(0, i + 1), merged.conflictedFiles);
        tree = merged.tree;
        if (i < heads.length - 1) {
            acc = await commitTree(git, idArgs, tree, [acc, next], 'intermediate merge');
        }
    }
    const message = opts.message ?? `Merge dependencies ${heads.map((h) => h.slice(0, 12)).join(', ')}`;
    return commitTree(git, idArgs, tree, heads, message);
}
async function commitTree(git, idArgs, tree, parents, message) {
    const out = await git.exec([...idArgs, 'commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], { input: `${message}\n` });
    return out.stdout.trim();
}
async function isAncestor(git, ancestor, of) {
    const out = await git.exec(['merge-base', '--is-ancestor', ancestor, of], { allowFailure: true });
    if (out.exitCode > 1)
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
    return out.exitCode === 0;
}
async function containedIn(git, sha, heads) {
    for (const h of heads)
        if (await isAncestor(git, sha, h))
            return true;
    return false;
}
function samePath(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(p);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch {
        return abs;
    }
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rJ: () => (/* binding */ RunDir)
/* harmony export */ });
/* unused harmony exports runsDir, runDirFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * The one place that knows a run directory's layout:
 *
 *   <stateDir>/runs/<runId>/run.json              who runs it (pid, host) and on which repository
 *   <stateDir>/runs/<runId>/worktrees/<task>/     the task's working tree (removed when the task ends)
 *   <stateDir>/runs/<runId>/tasks/<task>/         prompt.md, output.log (stdout+stderr), stdout.log
 *
 * The engine writes it, `gc`, the action's post step and the dashboard read it.
 */



function runsDir(stateDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(stateDir, 'runs');
}
function runDirFor(stateDir, runId) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(runsDir(stateDir), runId);
}
/** Where each file of a run lives. */
class RunDir {
    path;
    constructor(path) {
        this.path = path;
    }
    static of(stateDir, runId) {
        return new RunDir(runDirFor(stateDir, runId));
    }
    get metaFile() {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'run.json');
    }
    get worktreesDir() {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'worktrees');
    }
    worktree(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.worktreesDir, taskId);
    }
    taskDir(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'tasks', taskId);
    }
    promptFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'prompt.md');
    }
    /** Combined stdout and stderr, as the task wrote them. */
    logFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'output.log');
    }
    /** Raw stdout only: what agent adapters parse. */
    stdoutFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'stdout.log');
    }
    async create(meta) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(this.worktreesDir, { recursive: true });
        const full = { ...meta, pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_1__.hostname() };
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(this.metaFile, JSON.stringify(full, null, 2));
        return full;
    }
    async readMeta() {
        try {
            return JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(this.metaFile, 'utf8'));
        }
        catch {
            return null;
        }
    }
}


/***/ })

};
