export const id = 170;
export const ids = [170];
export const modules = {

/***/ 170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTAINER_HOME: () => (/* reexport */ CONTAINER_HOME),
  DockerClient: () => (/* binding */ DockerClient),
  dockerMessage: () => (/* reexport */ dockerMessage)
});

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


/***/ })

};
