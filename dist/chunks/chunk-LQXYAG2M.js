import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  RunDir,
  createWorktree,
  mergeStartPoint,
  removeWorktree,
  taskBranchName,
  uniqueBranchNames
} from "./chunk-XVA5DYO3.js";
import {
  JournalWriter,
  PressureMonitor,
  resolveMaxParallel
} from "./chunk-6PLDXUHM.js";
import {
  ProcessTreeMonitor,
  readProcStat
} from "./chunk-WSDBUFDT.js";
import {
  Git,
  identityArgs
} from "./chunk-I5LSRXNW.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  DockerClient,
  peakAtLeastAverage
} from "./chunk-ZE5P5QYW.js";
import {
  ensureImage
} from "./chunk-TPYXWG6U.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  buildRunResult,
  computeRunMetrics
} from "./chunk-COLQ5DXD.js";
import {
  FORBIDDEN_ENV
} from "./chunk-5J5JIMWD.js";
import {
  formatDuration
} from "./chunk-HXEJQOZZ.js";

// src/run/engine.ts
import { randomBytes } from "node:crypto";
import os2 from "node:os";

// src/exec/subprocess.ts
import { spawn } from "node:child_process";
import { mkdir, open, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
var systemClock = { now: () => Date.now() }, MAX_TIMER_MS = 2 ** 31 - 1, liveGroups = /* @__PURE__ */ new Set(), exitHookInstalled = !1;
function trackGroup(pgid) {
  exitHookInstalled || (exitHookInstalled = !0, process.once("exit", () => {
    for (let group of liveGroups) signalGroup(group, "SIGKILL");
  })), liveGroups.add(pgid);
}
function signalGroup(pgid, signal) {
  try {
    return process.kill(-pgid, signal), !0;
  } catch {
    return !1;
  }
}
function positive(name, value, fallback) {
  if (value === void 0) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`Expected \`${name}\` to be a positive number, got ${value}`);
  return value;
}
function createSubprocessExecutor(options = {}) {
  return new SubprocessExecutor(options);
}
var SubprocessExecutor = class {
  mode = "subprocess";
  #logger;
  #clock;
  #sampleIntervalMs;
  #killGraceMs;
  #drainTimeoutMs;
  constructor(options) {
    this.#logger = options.logger ?? silentLogger, this.#clock = options.clock ?? systemClock, this.#sampleIntervalMs = positive("sampleIntervalMs", options.sampleIntervalMs, 1e3), this.#killGraceMs = positive("killGraceMs", options.killGraceMs, 5e3), this.#drainTimeoutMs = positive("drainTimeoutMs", options.drainTimeoutMs, 2e3);
  }
  async run(spec) {
    return new SubprocessRun(spec, {
      logger: this.#logger,
      clock: this.#clock,
      sampleIntervalMs: this.#sampleIntervalMs,
      killGraceMs: this.#killGraceMs,
      drainTimeoutMs: this.#drainTimeoutMs
    }).execute();
  }
}, SubprocessRun = class {
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
  #callbackFailed = !1;
  constructor(spec, settings) {
    this.#spec = spec, this.#s = settings;
  }
  get #task() {
    return `task '${this.#spec.taskId}'`;
  }
  async execute() {
    let spec = this.#spec, t0 = this.#s.clock.now();
    if (spec.signal?.aborted) return this.#result("cancelled", null, t0, t0);
    if (spec.argv.length === 0 || !spec.argv[0]) return this.#failure(t0, "no command to run (empty argv)");
    try {
      if (!(await stat(spec.workdir)).isDirectory()) return this.#failure(t0, `working directory '${spec.workdir}' is not a directory`);
    } catch (err) {
      return this.#failure(t0, `working directory '${spec.workdir}' is not accessible: ${errorMessage(err)}`);
    }
    let files = [];
    try {
      for (let file of [spec.logFile, spec.stdoutFile])
        await mkdir(path.dirname(file), { recursive: !0 }), files.push((await open(file, "w")).createWriteStream());
    } catch (err) {
      return await closeAll(files), this.#failure(t0, `could not open output files: ${errorMessage(err)}`);
    }
    let [log, stdout] = files;
    for (let [name, stream] of [["log", log], ["stdout", stdout]])
      stream.on("error", (err) => this.#outputErrors.push(`${name} file: ${errorMessage(err)}`));
    let env = { ...spec.env };
    env.PATH ??= process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", env.HOME ??= process.env.HOME ?? os.homedir();
    let child;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), {
        cwd: spec.workdir,
        env,
        // Its own session and process group: the whole tree can be signalled and found again.
        detached: !0,
        stdio: ["ignore", "pipe", "pipe"]
      });
    } catch (err) {
      return this.#failStart(t0, this.#startError(err, env.PATH), files);
    }
    let exited = new Promise(
      (resolve) => child.once("exit", (code2, signal2) => resolve({ code: code2, signal: signal2 }))
    ), spawned = await new Promise((resolve) => {
      child.once("spawn", () => resolve(void 0)), child.once("error", (err) => resolve(err));
    });
    if (spawned || child.pid === void 0) return this.#failStart(t0, this.#startError(spawned, env.PATH), files);
    child.on("error", (err) => this.#s.logger.debug(`${this.#task}: process error: ${errorMessage(err)}`));
    let pid = child.pid;
    this.#pgid = pid, trackGroup(pid), this.#startedAt = this.#s.clock.now(), this.#phases.spawn = this.#startedAt - t0, this.#s.logger.debug(`${this.#task}: started '${spec.argv[0]}' as pid ${pid} in ${spec.workdir}`), this.#monitor = new ProcessTreeMonitor(pid, { session: pid });
    let pumps = [
      this.#pump(child.stdout, "stdout", [log, stdout]),
      this.#pump(child.stderr, "stderr", [log])
    ], graceTimer, stop = (reason) => {
      if (this.#stopReason) return;
      this.#stopReason = reason;
      let why = reason === "timed_out" ? `timed out after ${formatDuration(spec.timeoutMs)}` : "cancelled";
      this.#s.logger.info(`${this.#task}: ${why}; stopping its processes (SIGTERM, SIGKILL after ${formatDuration(this.#s.killGraceMs)})`), this.#killTree("SIGTERM"), graceTimer = setTimeout(() => {
        this.#killTree("SIGKILL");
      }, this.#s.killGraceMs);
    }, timeoutTimer = spec.timeoutMs > 0 && Number.isFinite(spec.timeoutMs) ? setTimeout(() => stop("timed_out"), Math.min(spec.timeoutMs, MAX_TIMER_MS)) : void 0, onAbort = () => stop("cancelled");
    spec.signal?.addEventListener("abort", onAbort, { once: !0 }), spec.signal?.aborted && onAbort();
    let firstSample = setTimeout(() => this.#sampleOnce(), Math.min(200, this.#s.sampleIntervalMs)), sampler = setInterval(() => this.#sampleOnce(), this.#s.sampleIntervalMs), { code, signal } = await exited, finishedAt = this.#s.clock.now();
    this.#phases.wait = finishedAt - this.#startedAt, clearTimeout(timeoutTimer), clearTimeout(graceTimer), clearTimeout(firstSample), clearInterval(sampler), spec.signal?.removeEventListener("abort", onAbort), await this.#sampling, await this.#sample(!0);
    let leftovers = await this.#killTree("SIGKILL");
    leftovers > 0 && this.#s.logger.debug(`${this.#task}: killed ${leftovers} process(es) left running after the agent exited`), liveGroups.delete(pid);
    let drainStart = this.#s.clock.now();
    await withTimeout(Promise.all(pumps), this.#s.drainTimeoutMs) || (this.#s.logger.warning(`${this.#task}: output pipes still open ${formatDuration(this.#s.drainTimeoutMs)} after exit (a process left its group?); closing them`), child.stdout?.destroy(), child.stderr?.destroy(), await Promise.all(pumps)), await closeAll([log, stdout]), this.#phases.flush = this.#s.clock.now() - drainStart;
    for (let err of this.#outputErrors) this.#s.logger.warning(`${this.#task}: writing output failed: ${err}`);
    let exitCode = code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null);
    return this.#result(this.#stopReason ?? "exited", exitCode, this.#startedAt, finishedAt);
  }
  /** A start failure is also written to the task's log, where people look first. */
  async #failStart(at, detail, files) {
    let result = this.#failure(at, detail);
    return files[0].write(`${result.error}
`), await closeAll(files), result;
  }
  #startError(err, pathVar) {
    let command = this.#spec.argv[0], code = err?.code;
    return code === "ENOENT" ? `could not start '${command}': command not found (PATH=${pathVar})` : code === "EACCES" ? `could not start '${command}': permission denied (not executable?)` : `could not start '${command}': ${errorMessage(err)}`;
  }
  /** Copies a child stream into files with backpressure (constant memory) and to `onOutput`. */
  #pump(source, name, targets) {
    let decoder = new StringDecoder("utf8"), onOutput = this.#spec.onOutput, emit = (text) => {
      if (!(!onOutput || text === ""))
        try {
          onOutput(name, text);
        } catch (err) {
          this.#callbackFailed || this.#s.logger.warning(`${this.#task}: output callback failed: ${errorMessage(err)}`), this.#callbackFailed = !0;
        }
    };
    return new Promise((resolve) => {
      source.on("data", (chunk) => {
        let blocked = targets.filter((t) => !t.destroyed && !t.write(chunk));
        blocked.length > 0 && (source.pause(), Promise.all(blocked.map((t) => drainOrClose(t))).then(() => source.resume())), emit(decoder.write(chunk));
      }), source.once("close", () => {
        emit(decoder.end()), resolve();
      }), source.on("error", (err) => this.#outputErrors.push(`${name} pipe: ${errorMessage(err)}`));
    });
  }
  #sampleOnce() {
    this.#sampling ??= this.#sample().catch((err) => this.#s.logger.debug(`${this.#task}: resource sample failed: ${errorMessage(err)}`)).finally(() => this.#sampling = void 0);
  }
  async #sample(fresh = !1) {
    let monitor = this.#monitor;
    if (!monitor) return;
    let previous = this.#lastSample, sample = await monitor.sample(this.#s.clock.now(), fresh);
    this.#lastSample = sample;
    let since = previous ?? { at: this.#startedAt, cpuSeconds: 0 }, seconds = (sample.at - since.at) / 1e3, cpuPercent = seconds > 0 ? (sample.cpuSeconds - since.cpuSeconds) / seconds * 100 : 0;
    if (this.#peakPercent = Math.max(this.#peakPercent, cpuPercent), this.#peakBytes = Math.max(this.#peakBytes, sample.rssBytes), this.#peakPids = Math.max(this.#peakPids, sample.pids.length), sample.pids.length === 0) return;
    let resource = { at: sample.at, cpuPercent, memoryBytes: sample.rssBytes, pids: sample.pids.length };
    try {
      this.#spec.onSample?.(resource);
    } catch (err) {
      this.#s.logger.debug(`${this.#task}: sample callback failed: ${errorMessage(err)}`);
    }
  }
  /**
   * Signals the process group and every tree member seen at the last sample that left it (checked by
   * start time, so a recycled pid is never hit). Returns how many processes were signalled.
   */
  async #killTree(signal) {
    let count = 0, members = this.#monitor?.members ?? [];
    for (let m of members) m.pgrp === this.#pgid && count++;
    signalGroup(this.#pgid, signal) || (count = 0);
    for (let m of members)
      if (!(m.pgrp === this.#pgid || (await readProcStat(m.pid))?.startTime !== m.startTime))
        try {
          process.kill(m.pid, signal), count++;
        } catch {
        }
    return count;
  }
  #result(outcome, exitCode, startedAt, finishedAt) {
    let last = this.#lastSample, wall = (finishedAt - startedAt) / 1e3, cpu = null;
    if (last) {
      let avgPercent = wall > 0 ? last.cpuSeconds / wall * 100 : 0;
      cpu = { seconds: last.cpuSeconds, avgPercent, peakPercent: peakAtLeastAverage(this.#peakPercent, avgPercent) };
    }
    return {
      outcome,
      exitCode,
      startedAt,
      finishedAt,
      cpu,
      memory: { peakBytes: last ? this.#peakBytes : null, limitBytes: null },
      peakPids: last ? this.#peakPids : null,
      phases: { ...this.#phases }
    };
  }
  #failure(at, detail) {
    let error = `${this.#task}: ${detail}`;
    return this.#s.logger.error(error), { ...this.#result("error", null, at, at), error };
  }
};
function drainOrClose(stream) {
  return new Promise((resolve) => {
    let done = () => {
      stream.off("drain", done), stream.off("close", done), resolve();
    };
    stream.on("drain", done), stream.on("close", done);
  });
}
async function closeAll(streams) {
  await Promise.all(
    streams.map(
      (s) => new Promise((resolve) => {
        if (s.closed) return resolve();
        s.once("close", () => resolve()), !s.destroyed && s.end();
      })
    )
  );
}
async function withTimeout(promise, ms) {
  let timer, timeout = new Promise((resolve) => timer = setTimeout(() => resolve(!1), ms));
  try {
    return await Promise.race([promise.then(() => !0), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/exec/select.ts
async function selectExecutor(config, tasks, logger) {
  if (config.execution === "subprocess")
    return { executor: createSubprocessExecutor({ logger }), reason: "execution: subprocess" };
  let client;
  try {
    client = DockerClient.connect(), await client.ping();
  } catch (error) {
    return fallBack(config, logger, `the Docker daemon does not answer (${errorMessage(error)})`);
  }
  let images = [...new Set(tasks.map((t) => t.image ?? config.image))];
  for (let image of images)
    try {
      await ensureImage(client, image, { logger, caCertFile: config.caCertFile });
    } catch (error) {
      return fallBack(config, logger, `image '${image}' is not usable (${errorMessage(error)})`);
    }
  return { executor: client.createExecutor({ logger }) };
}
function fallBack(config, logger, why) {
  if (config.execution === "docker")
    throw new Error(`execution 'docker' was asked for, but ${why}`);
  let reason = `Docker not used: ${why}; running agents as plain subprocesses (no isolation, no resource limits)`;
  return logger.warning(reason), { executor: createSubprocessExecutor({ logger }), reason };
}

// node_modules/p-queue/dist/lower-bound.js
function lowerBound(array, value, comparator) {
  let first = 0, count = array.length;
  for (; count > 0; ) {
    let step = Math.trunc(count / 2), it = first + step;
    comparator(array[it], value) <= 0 ? (first = ++it, count -= step + 1) : count = step;
  }
  return first;
}

// node_modules/p-queue/dist/priority-queue.js
var compactionThreshold = 100, PriorityQueue = class {
  // The slots before `#head` are `undefined`.
  #queue = [];
  // The queue is stored as a sorted array, but dequeued slots are left before `#head` until compaction. Only items from `#head` onward are live, which keeps repeated dequeues amortized O(1).
  #head = 0;
  #compact() {
    this.#head !== 0 && (this.#queue.splice(0, this.#head), this.#head = 0);
  }
  // Only the live items, because a dequeued item with the same id or function is no longer part of the queue.
  #findIndex(isMatch) {
    for (let index = this.#head; index < this.#queue.length; index++)
      if (isMatch(this.#queue[index]))
        return index;
    return -1;
  }
  // Not `dequeue()`, which a subclass can override, because `remove()` also uses it.
  #removeFirst() {
    let item = this.#queue[this.#head];
    return this.#queue[this.#head] = void 0, this.#head++, this.#head === this.#queue.length ? (this.#queue.length = 0, this.#head = 0) : this.#head > compactionThreshold && this.#head > this.#queue.length / 2 && this.#compact(), item.run;
  }
  enqueue(run, options) {
    let { priority = 0, id } = options ?? {}, { size } = this, element = {
      priority,
      id,
      run
    };
    if (size === 0) {
      this.#queue.length = 0, this.#head = 0, this.#queue.push(element);
      return;
    }
    if (this.#queue.at(-1).priority >= priority) {
      this.#queue.push(element);
      return;
    }
    this.#compact();
    let index = lowerBound(this.#queue, element, (a, b) => a.priority === b.priority ? 0 : b.priority - a.priority);
    this.#queue.splice(index, 0, element);
  }
  setPriority(id, priority) {
    let index = this.#findIndex((element) => element.id === id);
    if (index === -1)
      throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
    if (this.#queue[index].priority === priority)
      return;
    let [item] = this.#queue.splice(index, 1);
    this.enqueue(item.run, { priority, id });
  }
  remove(idOrRun) {
    let index = this.#findIndex((element) => (typeof idOrRun == "string" ? element.id : element.run) === idOrRun);
    index === this.#head ? this.#removeFirst() : index !== -1 && this.#queue.splice(index, 1);
  }
  dequeue() {
    return this.#head === this.#queue.length ? void 0 : this.#removeFirst();
  }
  filter(options) {
    let result = [];
    for (let index = this.#head; index < this.#queue.length; index++) {
      let element = this.#queue[index];
      element.priority === options.priority && result.push(element.run);
    }
    return result;
  }
  get size() {
    return this.#queue.length - this.#head;
  }
};

// node_modules/p-queue/dist/index.js
var maximumTimerDelay = 2147483647, asyncHooks = globalThis.process?.getBuiltinModule?.("node:async_hooks"), bindAsyncContext = (function_) => {
  if (asyncHooks === void 0)
    return function_;
  let asyncResource = new asyncHooks.AsyncResource("PQueueTask");
  return () => asyncResource.runInAsyncScope(function_);
}, validateTimeout = (timeout) => {
  if (timeout !== void 0 && !(Number.isFinite(timeout) && timeout > 0 && timeout <= maximumTimerDelay))
    throw new TypeError(`Expected \`timeout\` to be a positive finite number up to ${maximumTimerDelay}, got \`${timeout}\` (${typeof timeout})`);
}, validateLimit = (name, value) => {
  if (!(typeof value == "number" && value >= 1 && (value === 1 / 0 || Number.isInteger(value))))
    throw new TypeError(`Expected \`${name}\` to be an integer from 1 and up or \`Infinity\`, got \`${String(value)}\` (${typeof value})`);
}, validateRateLimit = (interval, intervalCap, isStrict) => {
  if (validateLimit("intervalCap", intervalCap), !(Number.isFinite(interval) && interval >= 0))
    throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${String(interval)}\` (${typeof interval})`);
  if (intervalCap !== 1 / 0 && interval > maximumTimerDelay)
    throw new TypeError(`Expected \`interval\` to be at most ${maximumTimerDelay} with an \`intervalCap\`, got \`${interval}\``);
  if (isStrict && interval === 0)
    throw new TypeError("The `strict` option requires a non-zero `interval`");
  if (isStrict && intervalCap === 1 / 0)
    throw new TypeError("The `strict` option requires a finite `intervalCap`");
}, PQueue = class extends EventTarget {
  #carryoverIntervalCount;
  #isIntervalIgnored;
  #intervalCount = 0;
  #intervalCap;
  #rateLimitedInInterval = !1;
  #rateLimitFlushScheduled = !1;
  #interval;
  /*
  Timestamp when the current interval window ends. Kept accurate at every window transition: `#initializeIntervalIfNeeded` sets it when a window starts and `#onInterval` advances it as the recurring timer rolls into each new window. This is the source of truth for whether a task added after the queue goes idle belongs to a fresh window, so it must not go stale.
  */
  #intervalEnd = 0;
  // Recurring timer that drives windows while the queue is actively processing. Absent (`undefined`) once the queue goes idle.
  #intervalId;
  // One-shot timer used while idle to resume at the next window boundary, since `#intervalId` is cleared when idle.
  #timeoutId;
  #strict;
  // Circular buffer implementation for better performance
  #strictTicks = [];
  #strictTicksStartIndex = 0;
  #queue;
  #queueClass;
  #pending = 0;
  // The `!` is needed because of https://github.com/microsoft/TypeScript/issues/32194
  #concurrency;
  #isPaused;
  // Use to assign a unique identifier to a promise function, if not explicitly specified
  #idAssigner = 1n;
  // Track currently running tasks for debugging
  #runningTasks = /* @__PURE__ */ new Set();
  // The `abort` listener of each signal, with the callbacks of the tasks that use the signal.
  #abortListeners = /* @__PURE__ */ new Map();
  // The waiting tasks, so that `.clear()` can reject their promises.
  #waitingTasks = /* @__PURE__ */ new Set();
  #timeout;
  constructor(options) {
    super(), globalThis.process?.getBuiltinModule?.("node:events")?.setMaxListeners(1 / 0, this);
    let { carryoverIntervalCount = !1, intervalCap = 1 / 0, interval = 0, concurrency = 1 / 0, autoStart = !0, queueClass = PriorityQueue, strict = !1, timeout } = options ?? {};
    validateRateLimit(interval, intervalCap, strict), this.#carryoverIntervalCount = carryoverIntervalCount, this.#isIntervalIgnored = intervalCap === 1 / 0 || interval === 0, this.#intervalCap = intervalCap, this.#interval = interval, this.#strict = strict, this.#queueClass = queueClass, this.#queue = new this.#queueClass(), this.concurrency = concurrency, this.timeout = timeout, this.#isPaused = !autoStart, this.#setupRateLimitTracking();
  }
  // Calls `callback` when `signal` aborts, and returns a function that stops it. The tasks that share a signal share one listener on it, because Node.js searches all the listeners of a signal to add or remove one, so a listener for each task takes O(n²) time with many tasks.
  #onAbort(signal, callback) {
    let listener = this.#abortListeners.get(signal);
    if (!listener) {
      let callbacks = /* @__PURE__ */ new Set(), dispatch = () => {
        this.#abortListeners.delete(signal);
        for (let abortCallback of callbacks)
          abortCallback();
      };
      listener = { callbacks, dispatch }, this.#abortListeners.set(signal, listener), signal.addEventListener("abort", dispatch, { once: !0 });
    }
    let currentListener = listener;
    return currentListener.callbacks.add(callback), () => {
      currentListener.callbacks.delete(callback), !(currentListener.callbacks.size > 0 || this.#abortListeners.get(signal) !== currentListener) && (this.#abortListeners.delete(signal), signal.removeEventListener("abort", currentListener.dispatch));
    };
  }
  #emit(event, detail) {
    this.dispatchEvent(new CustomEvent(event, { detail }));
  }
  async #onEvent(events, shouldHandle) {
    let eventList = Array.isArray(events) ? events : [events];
    return new Promise((resolve) => {
      let controller = new AbortController(), listener = () => {
        shouldHandle && !shouldHandle() || (controller.abort(), resolve());
      };
      for (let event of eventList)
        this.addEventListener(event, listener, { signal: controller.signal });
    });
  }
  // From the current state. `#rateLimitedInInterval` is what the events last reported, and it updates in a microtask.
  get #isRateLimitedNow() {
    if (this.#isIntervalIgnored || this.#queue.size === 0)
      return !1;
    let now = Date.now();
    return this.#strict ? (this.#cleanupStrictTicks(now), this.#getActiveTicksCount() >= this.#intervalCap) : (this.#intervalId === void 0 && this.#intervalEnd <= now ? this.#intervalCountAtWindowStart : this.#intervalCount) >= this.#intervalCap;
  }
  // The tasks that still run count against the new window with `carryoverIntervalCount`.
  get #intervalCountAtWindowStart() {
    return this.#carryoverIntervalCount ? this.#pending : 0;
  }
  #updateRateLimitState() {
    let shouldBeRateLimited = this.#isRateLimitedNow;
    shouldBeRateLimited !== this.#rateLimitedInInterval && (this.#rateLimitedInInterval = shouldBeRateLimited, this.#emit(shouldBeRateLimited ? "rateLimit" : "rateLimitCleared"));
  }
  #rollbackIntervalConsumption() {
    this.#isIntervalIgnored || (this.#rollbackIntervalSlot(), this.#scheduleRateLimitUpdate());
  }
  #scheduleRateLimitUpdate() {
    this.#isIntervalIgnored || this.#rateLimitFlushScheduled || (this.#rateLimitFlushScheduled = !0, queueMicrotask(() => {
      this.#rateLimitFlushScheduled = !1, this.#updateRateLimitState();
    }));
  }
  #setupRateLimitTracking() {
    this.#isIntervalIgnored || (this.addEventListener("add", () => {
      this.#queue.size > 0 && this.#scheduleRateLimitUpdate();
    }), this.addEventListener("next", () => {
      this.#scheduleRateLimitUpdate();
    }));
  }
  #cleanupStrictTicks(now) {
    for (; this.#strictTicksStartIndex < this.#strictTicks.length; ) {
      let oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
      if (oldestTick !== void 0 && now - oldestTick >= this.#interval)
        this.#strictTicksStartIndex++;
      else
        break;
    }
    (this.#strictTicksStartIndex > 100 && this.#strictTicksStartIndex > this.#strictTicks.length / 2 || this.#strictTicksStartIndex === this.#strictTicks.length) && (this.#strictTicks = this.#strictTicks.slice(this.#strictTicksStartIndex), this.#strictTicksStartIndex = 0);
  }
  // Helper methods for interval consumption
  #consumeIntervalSlot(now) {
    this.#strict ? this.#strictTicks.push(now) : this.#intervalCount++;
  }
  #rollbackIntervalSlot() {
    if (this.#strict) {
      this.#strictTicks.length > this.#strictTicksStartIndex && this.#strictTicks.pop();
      return;
    }
    this.#intervalCount > 0 && this.#intervalCount--;
  }
  #getActiveTicksCount() {
    return this.#strictTicks.length - this.#strictTicksStartIndex;
  }
  get #doesIntervalAllowAnother() {
    return this.#isIntervalIgnored ? !0 : (this.#strict ? this.#getActiveTicksCount() : this.#intervalCount) < this.#intervalCap;
  }
  get #doesConcurrentAllowAnother() {
    return this.#pending < this.#concurrency;
  }
  #next() {
    this.#pending--, this.#pending === 0 && this.#emit("pendingZero"), this.#processQueue(), this.#emit("next");
  }
  #onResumeInterval() {
    this.#timeoutId = void 0, this.#onInterval(), this.#isPaused || this.#initializeIntervalIfNeeded();
  }
  #isIntervalPausedAt(now) {
    if (this.#strict) {
      if (this.#cleanupStrictTicks(now), this.#getActiveTicksCount() >= this.#intervalCap) {
        let oldestTick = this.#strictTicks[this.#strictTicksStartIndex], delay = this.#interval - (now - oldestTick);
        return this.#createIntervalTimeout(delay), !0;
      }
      return !1;
    }
    if (this.#intervalId === void 0) {
      let delay = this.#intervalEnd - now;
      if (delay <= 0)
        this.#intervalCount = this.#intervalCountAtWindowStart;
      else
        return this.#createIntervalTimeout(delay), !0;
    }
    return !1;
  }
  #createIntervalTimeout(delay) {
    this.#timeoutId === void 0 && (this.#timeoutId = setTimeout(() => {
      this.#onResumeInterval();
    }, delay));
  }
  #clearIntervalTimer() {
    this.#intervalId !== void 0 && (clearInterval(this.#intervalId), this.#intervalId = void 0);
  }
  #clearTimeoutTimer() {
    this.#timeoutId !== void 0 && (clearTimeout(this.#timeoutId), this.#timeoutId = void 0);
  }
  // Emits `empty`, and `idle` when no tasks run. For when the queue has no waiting tasks.
  #emitEmptyAndIdle() {
    this.#clearIntervalTimer(), this.#emit("empty"), !(this.#pending > 0 || this.#queue.size > 0) && (this.#clearTimeoutTimer(), this.#strict && this.#cleanupStrictTicks(Date.now()), this.#emit("idle"));
  }
  #tryToStartAnother() {
    let isStarted;
    do
      isStarted = this.#startNextTask();
    while (isStarted === void 0);
    return isStarted;
  }
  // Returns `undefined` when it skipped a task whose signal aborted while it waited.
  #startNextTask() {
    if (this.#queue.size === 0)
      return this.#emitEmptyAndIdle(), !1;
    if (this.#isPaused)
      return this.#doesIntervalAllowAnother || this.#isIntervalPausedAt(Date.now()), !1;
    let now = Date.now(), canInitializeInterval = !this.#isIntervalPausedAt(now);
    if (this.#doesIntervalAllowAnother && this.#doesConcurrentAllowAnother) {
      let job = this.#queue.dequeue();
      this.#isIntervalIgnored || (this.#consumeIntervalSlot(now), this.#scheduleRateLimitUpdate()), canInitializeInterval && this.#initializeIntervalIfNeeded();
      let pendingBefore = this.#pending;
      if (job(), this.#pending === pendingBefore) {
        this.#emit("next");
        return;
      }
      return this.#emit("active"), !0;
    }
    return !1;
  }
  #initializeIntervalIfNeeded() {
    this.#isIntervalIgnored || this.#intervalId !== void 0 || this.#strict || (this.#clearTimeoutTimer(), this.#intervalId = setInterval(() => {
      this.#onInterval();
    }, this.#interval), this.#intervalEnd = Date.now() + this.#interval);
  }
  #onInterval() {
    this.#strict || (this.#intervalId !== void 0 && (this.#intervalCount === 0 && this.#pending === 0 ? this.#clearIntervalTimer() : this.#intervalEnd = Date.now() + this.#interval), this.#intervalCount = this.#intervalCountAtWindowStart), this.#processQueue(), this.#scheduleRateLimitUpdate();
  }
  /**
  Executes all queued functions until it reaches the limit.
  */
  #processQueue() {
    for (; this.#tryToStartAnother(); )
      ;
  }
  // On an empty queue, `#processQueue()` emits `empty` and `idle`. An `idle` listener that sets `concurrency` or calls `.start()` would then recurse without end.
  #processWaitingTasks() {
    this.#queue.size > 0 && this.#processQueue();
  }
  async #add(function_, options, waitingTask) {
    let id = options.id ?? (this.#idAssigner++).toString();
    if (options = {
      timeout: this.#timeout,
      ...options,
      id
    }, validateTimeout(options.timeout), options.priority !== void 0 && (typeof options.priority != "number" || Number.isNaN(options.priority)))
      throw new TypeError(`Expected \`priority\` to be a number, got \`${String(options.priority)}\` (${typeof options.priority})`);
    return waitingTask.id = id, waitingTask.priority = options.priority ?? 0, new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(options.signal.reason);
        return;
      }
      let run = bindAsyncContext(async () => {
        if (waitingTask.stopListeningForAbort?.(), this.#waitingTasks.delete(waitingTask), options.signal?.aborted) {
          this.#rollbackIntervalConsumption(), reject(options.signal.reason);
          return;
        }
        this.#pending++;
        let runningTask = {
          id,
          priority: waitingTask.priority,
          startTime: Date.now(),
          timeout: options.timeout
        };
        this.#runningTasks.add(runningTask);
        let { signal } = options, stopListeningForAbort, stopForwardingAbort, timeoutId;
        try {
          if (options.timeout !== void 0) {
            let { signal: userSignal, timeout } = options, taskController = new AbortController();
            timeoutId = setTimeout(() => {
              taskController.abort(new TimeoutError(`Task timed out after ${timeout}ms (queue has ${this.#pending} running, ${this.#queue.size} waiting)`));
            }, timeout), userSignal && (stopForwardingAbort = this.#onAbort(userSignal, () => {
              taskController.abort(userSignal.reason);
            })), signal = taskController.signal;
          }
          let operation;
          if (signal) {
            let abortSignal = signal, abortPromise = new Promise((_resolve, rejectWithReason) => {
              stopListeningForAbort = this.#onAbort(abortSignal, () => {
                rejectWithReason(abortSignal.reason);
              });
            });
            operation = Promise.race([abortPromise, (async () => function_({ signal }))()]);
          } else
            try {
              operation = function_({ signal });
            } catch (error) {
              operation = Promise.reject(error);
            }
          let result = await operation;
          resolve(result), this.#emit("completed", result);
        } catch (error) {
          reject(error), this.#emit("error", error);
        } finally {
          clearTimeout(timeoutId), stopListeningForAbort?.(), stopForwardingAbort?.(), this.#runningTasks.delete(runningTask), queueMicrotask(() => {
            this.#next();
          });
        }
      }), hasWaitingTasks = this.#queue.size > 0;
      if (this.#queue.enqueue(run, options), waitingTask.reject = reject, this.#waitingTasks.add(waitingTask), options.signal) {
        let { signal } = options;
        waitingTask.stopListeningForAbort = this.#onAbort(signal, () => {
          this.#waitingTasks.delete(waitingTask), this.#queue instanceof PriorityQueue ? this.#queue.remove(run) : this.#queue.remove(id), reject(signal.reason), this.#processQueue(), this.#emit("next");
        });
      }
      this.#emit("add"), hasWaitingTasks ? this.#processQueue() : this.#tryToStartAnother();
    });
  }
  /**
      Get or set the default timeout. A change applies to tasks added after it.
  
      @example
      ```
      const queue = new PQueue({timeout: 5000});
  
      queue.timeout = 10000;
      ```
      */
  get timeout() {
    return this.#timeout;
  }
  // Validated here, not only in `.add()`, so that an invalid value throws where it is set, instead of making every later `.add()` reject.
  set timeout(timeout) {
    validateTimeout(timeout), this.#timeout = timeout;
  }
  get concurrency() {
    return this.#concurrency;
  }
  set concurrency(newConcurrency) {
    validateLimit("concurrency", newConcurrency), this.#concurrency = newConcurrency, this.#processWaitingTasks();
  }
  /**
      Changes the priority of a waiting task, found by its `id`. Throws a `ReferenceError` if no waiting task has that `id`, for example because it already started. Throws a `TypeError` if `priority` is not a finite number. Tasks only wait when the queue has a `concurrency` limit, is paused, or is rate-limited.
  
      @example
      ```
      // Raise the priority to run a task earlier
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 0, id: '🦀'});
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 1});
  
      queue.setPriority('🦀', 2);
      // '🦀' runs second
      ```
  
      @example
      ```
      // Lower the priority to run a task later
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 1, id: '🦀'});
      queue.add(async () => '🦄');
      queue.add(async () => '🦄', {priority: 0});
  
      queue.setPriority('🦀', -1);
      // '🦀' runs last
      ```
      */
  setPriority(id, priority) {
    if (typeof priority != "number" || !Number.isFinite(priority))
      throw new TypeError(`Expected \`priority\` to be a finite number, got \`${priority}\` (${typeof priority})`);
    for (let waitingTask of this.#waitingTasks)
      if (waitingTask.id === id) {
        this.#queue.setPriority(id, priority), waitingTask.priority = priority;
        return;
      }
    throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
  }
  /**
      Adds a sync or async task to the queue.
  
      Returns a promise that settles with the result of `fn` when the task completes, not when it is added. The function gets `{signal}` as its first argument. The signal is set when the task has a `signal` or a `timeout`, and aborts when either one does. Pass it on, for example to `fetch()`, to stop the work. The function runs in the async context of the `.add()` call (in Node.js 22.3 and later, Deno, and Bun), so it sees the [`AsyncLocalStorage`](https://nodejs.org/api/async_context.html#class-asynclocalstorage) values of the caller, also when it starts later.
  
      If you `await` each `.add()` call before the next, the tasks run one after the other, whatever the `concurrency`.
  
      Handle rejections of the returned promise. Otherwise, they are unhandled rejections, which can make the process exit.
      */
  add(function_, options = {}) {
    let waitingTask = {}, promise = this.#add(function_, options, waitingTask);
    return waitingTask.promise = promise, waitingTask.isCleared && promise.catch(() => {
    }), promise;
  }
  async addAll(functions, options) {
    return Promise.all(functions.map(async (function_) => this.add(function_, options)));
  }
  /**
      Starts (or resumes) running queued tasks. Only needed if the queue is paused, with `autoStart: false` or `.pause()`.
  
      @returns `this` (the instance).
      */
  start() {
    return this.#isPaused ? (this.#isPaused = !1, this.#processWaitingTasks(), this) : this;
  }
  /**
  Stops starting new tasks. Running tasks continue.
  */
  pause() {
    this.#isPaused = !0;
  }
  /**
      Removes all waiting tasks. Running tasks continue.
  
      The promises returned by `.add()` for the removed tasks reject with an `AbortError`, which is a `DOMException`. The removed tasks do not run, and they do not emit the `error` event.
  
      If you ignore such a promise, its rejection is not reported as unhandled. This does not apply to a promise made from it, like the one from `queue.add(fn).then(…)` or from `.addAll()`, so handle the rejection of that promise.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(() => doWork());
      const promise = queue.add(() => doWork());
  
      queue.clear();
  
      try {
          await promise;
      } catch (error) {
          console.log(error.name);
          //=> 'AbortError'
      }
      ```
      */
  clear() {
    if (this.#queue.size === 0)
      return;
    this.#queue = new this.#queueClass();
    let error = new DOMException("The queue was cleared", "AbortError");
    for (let waitingTask of this.#waitingTasks)
      waitingTask.stopListeningForAbort?.(), waitingTask.isCleared = !0, waitingTask.promise?.catch(() => {
      }), waitingTask.reject(error);
    this.#waitingTasks.clear(), this.#emitEmptyAndIdle(), this.#updateRateLimitState(), this.#emit("next");
  }
  /**
      Returns a promise that resolves when the queue is empty. Tasks can still be running.
  
      The promise resolves once. Call `.onEmpty()` again to wait for the next time, or use the `empty` event to get every time.
      */
  async onEmpty() {
    this.#queue.size !== 0 && await this.#onEvent(["empty", "active"], () => this.#queue.size === 0);
  }
  /**
      Returns a promise that resolves when `queue.size < limit`.
  
      Await it before you add a task, to keep the queue from growing beyond a size. It counts only waiting tasks, not running tasks.
      */
  async onSizeLessThan(limit) {
    this.#queue.size < limit || await this.#onEvent(["next", "active"], () => this.#queue.size < limit);
  }
  /**
      Returns a promise that resolves when the queue is empty and all tasks have completed: `queue.size === 0 && queue.pending === 0`.
  
      Unlike `.onEmpty()`, it waits for running tasks to finish.
  
      The promise resolves once. Call `.onIdle()` again to wait for the next time, or use the `idle` event to get every time.
      */
  async onIdle() {
    this.#pending === 0 && this.#queue.size === 0 || await this.#onEvent("idle");
  }
  /**
      Returns a promise that resolves when no tasks are running: `queue.pending === 0`.
  
      Unlike `.onIdle()`, it ignores queued tasks. Use it to let running tasks finish before you change shared state. A task that timed out, or whose `signal` aborted while it ran, no longer counts, although its function can still run.
  
      @example
      ```
      queue.pause();
      await queue.onPendingZero();
      // No tasks are running, but the queue can still have tasks
      ```
      */
  async onPendingZero() {
    this.#pending !== 0 && await this.#onEvent("pendingZero");
  }
  /**
      Returns a promise that resolves when the queue becomes rate-limited by `intervalCap`. If the queue is already rate-limited, it resolves immediately.
  
      Useful for backpressure, when tasks are added faster than they run.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimit();
      console.log('The queue is rate-limited');
      ```
      */
  async onRateLimit() {
    this.#updateRateLimitState(), !this.isRateLimited && await this.#onEvent("rateLimit");
  }
  /**
      Returns a promise that resolves when the queue is no longer rate-limited. If the queue is not rate-limited, it resolves immediately.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimitCleared();
      console.log('The rate limit is cleared');
      ```
      */
  async onRateLimitCleared() {
    this.#updateRateLimitState(), this.isRateLimited && await this.#onEvent("rateLimitCleared");
  }
  /**
      Returns a promise that rejects when a task fails: it throws, times out, or its `signal` aborts while it runs. It rejects with the error of the task, or with `null` if the error is `undefined`, like the `error` event.
  
      Use `Promise.race([queue.onError(), queue.onIdle()])` to stop at the first error, and to resolve normally when the queue becomes idle. Each call adds an `error` listener that stays until a task fails, so to get every error, for example in a loop, use the `error` event instead.
  
      Important: The promises returned by `.add()` still reject. Handle each of them (for example with `.catch(() => {})`) to prevent unhandled rejections.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Do not start the remaining tasks. Pause in an `error` listener, because it runs before the next task starts, and the code after `await` runs later.
      queue.addEventListener('error', () => {
          queue.pause();
      }, {once: true});
  
      queue.add(() => fetchData(1)).catch(() => {});
      queue.add(() => fetchData(2)).catch(() => {});
      queue.add(() => fetchData(3)).catch(() => {});
  
      try {
          await Promise.race([
              queue.onError(),
              queue.onIdle()
          ]);
      } catch (error) {
          console.error('Queue failed:', error);
      }
      ```
      */
  // eslint-disable-next-line @typescript-eslint/promise-function-async
  onError() {
    return new Promise((_resolve, reject) => {
      this.addEventListener("error", (event) => {
        reject(event.detail);
      }, { once: !0 });
    });
  }
  /**
  The number of tasks waiting to run.
  */
  get size() {
    return this.#queue.size;
  }
  /**
      The number of waiting tasks with the given `priority`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue();
  
      // Paused, so the tasks stay queued. Without it they all start synchronously and the queue is empty by the time `sizeBy` reads it.
      queue.pause();
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 0});
      queue.add(async () => '🦄', {priority: 1});
  
      console.log(queue.sizeBy({priority: 1}));
      //=> 2
  
      console.log(queue.sizeBy({priority: 0}));
      //=> 1
      ```
      */
  sizeBy(options) {
    return this.#queue.filter(options).length;
  }
  /**
  The number of running tasks.
  */
  get pending() {
    return this.#pending;
  }
  /**
  Whether the queue is paused.
  */
  get isPaused() {
    return this.#isPaused;
  }
  /**
  Whether the queue is rate-limited: the number of tasks started in the current interval, plus the tasks still running from earlier intervals with `carryoverIntervalCount`, has reached `intervalCap`, and tasks are waiting.
  */
  get isRateLimited() {
    return this.#isRateLimitedNow;
  }
  /**
      Whether tasks are waiting because all concurrency slots are in use, or because the queue is rate-limited.
  
      Useful to detect backpressure and tasks that hang.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Backpressure
      if (queue.isSaturated) {
          await queue.onSizeLessThan(queue.concurrency);
      }
  
      // Monitoring
      setInterval(() => {
          if (queue.isSaturated) {
              console.warn(`Queue saturated: ${queue.pending} running, ${queue.size} waiting`);
          }
      }, 60000);
      ```
      */
  get isSaturated() {
    return this.#queue.size > 0 && (this.#pending >= this.#concurrency || this.isRateLimited);
  }
  /**
      An array with the running tasks. Each task has its `id`, `priority`, `startTime`, `timeout`, and `timeoutRemaining` (the milliseconds until it times out). Without a timeout, `timeout` and `timeoutRemaining` are `undefined`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2, timeout: 10000});
  
      queue.add(() => fetchUser(123), {id: 'user-123'});
      queue.add(() => fetchPosts(456), {id: 'posts-456', priority: 1});
  
      console.log(queue.runningTasks);
      // => [{
      //   id: 'user-123',
      //   priority: 0,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }, {
      //   id: 'posts-456',
      //   priority: 1,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }]
      ```
      */
  get runningTasks() {
    return Array.from(this.#runningTasks, (task) => ({
      ...task,
      timeoutRemaining: task.timeout === void 0 ? void 0 : Math.max(0, task.startTime + task.timeout - Date.now())
    }));
  }
}, TimeoutError = class extends DOMException {
  constructor(message) {
    super(message, "TimeoutError");
  }
};

// src/run/scheduler.ts
async function schedule(options) {
  let { tasks, failFast = !1 } = options;
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
    throw new TypeError(`Expected concurrency to be an integer >= 1, got ${options.concurrency}`);
  let outcome = /* @__PURE__ */ new Map(), started = /* @__PURE__ */ new Set(), queued = /* @__PURE__ */ new Set(), queue = new PQueue({ concurrency: options.concurrency }), controller = new AbortController(), cancelReason = null, cancelPending = (reason) => {
    if (cancelReason === null) {
      cancelReason = reason, queue.clear();
      for (let t of tasks)
        !started.has(t.id) && !outcome.has(t.id) && (outcome.set(t.id, "cancelled"), options.onCancelled?.(t.id, reason));
    }
  }, onAbort = () => {
    cancelPending("run cancelled"), controller.abort(options.signal?.reason);
  };
  options.signal?.aborted ? onAbort() : options.signal?.addEventListener("abort", onAbort, { once: !0 });
  let enqueue = (id) => {
    options.onReady?.(id), queue.add(async () => {
      if (cancelReason !== null || outcome.has(id)) return;
      started.add(id);
      let result;
      try {
        await options.beforeStart?.(id, controller.signal), result = controller.signal.aborted ? "failed" : await options.run(id, controller.signal);
      } catch {
        result = "failed";
      }
      outcome.set(id, result), result === "failed" && failFast && cancelPending(`cancelled by fail-fast after task '${id}' failed`), settle();
    });
  }, settle = () => {
    let changed = !0;
    for (; changed; ) {
      changed = !1;
      for (let t of tasks) {
        if (outcome.has(t.id) || started.has(t.id) || queued.has(t.id)) continue;
        let bad = t.dependsOn.find((d) => {
          let o = outcome.get(d);
          return o !== void 0 && o !== "succeeded";
        });
        if (bad !== void 0) {
          let o = outcome.get(bad);
          outcome.set(t.id, "skipped"), options.onSkipped?.(t.id, `dependency '${bad}' ${o === "failed" ? "failed" : `was ${o}`}`), changed = !0;
        } else cancelReason === null && t.dependsOn.every((d) => outcome.get(d) === "succeeded") && (queued.add(t.id), enqueue(t.id));
      }
    }
  };
  for (settle(); outcome.size < tasks.length; )
    if (await queue.onIdle(), outcome.size < tasks.length && queue.size === 0 && queue.pending === 0)
      for (let t of tasks)
        outcome.has(t.id) || (outcome.set(t.id, "skipped"), options.onSkipped?.(t.id, `dependencies never finished: ${t.dependsOn.join(", ")}`));
  return options.signal?.removeEventListener("abort", onAbort), outcome;
}

// src/run/task-runner.ts
import fs from "node:fs/promises";

// src/agents/claude-prices.ts
var PRICES = [
  { match: /opus-(?:4-[5-9]|[5-9])/, input: 5, output: 25 },
  { match: /opus/, input: 15, output: 75 },
  { match: /sonnet/, input: 3, output: 15 },
  { match: /haiku-(?:4|[5-9])/, input: 1, output: 5 },
  { match: /3-5-haiku|haiku-3-5/, input: 0.8, output: 4 },
  { match: /haiku/, input: 0.25, output: 1.25 }
];
function estimateClaudeCostUsd(model, tokens) {
  if (!model) return null;
  let price = PRICES.find((p) => p.match.test(model.toLowerCase()));
  if (!price) return null;
  let perToken = price.input / 1e6;
  return tokens.input * perToken + tokens.cacheCreation * perToken * 1.25 + tokens.cacheRead * perToken * 0.1 + tokens.output * (price.output / 1e6);
}

// src/agents/redact.ts
import path2 from "node:path";
var TOOL_DETAIL_MAX = 60, CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, SECRETS = [
  /\b(?:sk-ant-|sk-|gh[pousr]_|github_pat_|xox[abprs]-|glpat-|AKIA|ASIA)[A-Za-z0-9_-]{8,}/g,
  /\b((?:api[_-]?key|token|secret|password|passwd|auth|bearer)[\s"':=]+)[^\s"'&]+/gi,
  /[A-Za-z0-9+/_=-]{32,}/g
];
function sanitizeDetail(text, max2 = TOOL_DETAIL_MAX) {
  let out = text.replace(CONTROL, " ");
  out = out.replace(SECRETS[0], "***").replace(SECRETS[1], "$1***").replace(SECRETS[2], "***"), out = out.replace(/\s+/g, " ").trim();
  let chars = [...out];
  return chars.length <= max2 ? out : `${chars.slice(0, max2 - 1).join("")}\u2026`;
}
function sanitizeName(name, max2 = 40) {
  return name.replace(/[^A-Za-z0-9_.:<>-]/g, "").slice(0, max2) || "?";
}
function shortPath(file, cwd) {
  let normal = path2.posix.normalize(file);
  if (cwd) {
    let rel = path2.posix.relative(cwd, normal);
    if (rel === "") return ".";
    if (!rel.startsWith("..") && !path2.posix.isAbsolute(rel)) return rel;
  }
  return path2.posix.isAbsolute(normal) ? `\u2026/${path2.posix.basename(normal)}` : normal;
}
function commandName(command) {
  let first = command.trim().split(/\s+/).find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? "";
  return path2.posix.basename(first.replace(/^["'(]+/, ""));
}
function hostOf(url) {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
var str = (value) => typeof value == "string" && value !== "" ? value : null;
function describeToolCall(name, input, cwd) {
  let args = typeof input == "object" && input !== null ? input : {}, detail;
  switch (name) {
    case "Write":
    case "Edit":
    case "MultiEdit":
    case "Read":
    case "NotebookEdit":
    case "NotebookRead": {
      let file = str(args.file_path) ?? str(args.notebook_path) ?? str(args.path);
      detail = file && shortPath(file, cwd);
      break;
    }
    case "Glob":
    case "Grep": {
      let pattern = str(args.pattern), where = str(args.path);
      detail = pattern && (where ? `${pattern} in ${shortPath(where, cwd)}` : pattern);
      break;
    }
    case "LS": {
      let where = str(args.path);
      detail = where && shortPath(where, cwd);
      break;
    }
    case "Bash": {
      let command = str(args.command);
      detail = command && commandName(command);
      break;
    }
    case "WebFetch": {
      let url = str(args.url);
      detail = url && hostOf(url);
      break;
    }
    case "Task":
    case "Agent":
      detail = str(args.description);
      break;
    default:
      detail = null;
  }
  return detail && sanitizeDetail(detail) || null;
}

// src/agents/claude-stream.ts
var STREAM_LINE_MAX = 4 * 1024 * 1024, isObject = (value) => typeof value == "object" && value !== null && !Array.isArray(value), num = (value) => typeof value == "number" && Number.isFinite(value) ? value : null, zero = () => ({ input: 0, output: 0, cacheRead: 0, cacheCreation: 0 });
function tokensOf(usage) {
  let u = isObject(usage) ? usage : {};
  return {
    input: num(u.input_tokens) ?? 0,
    output: num(u.output_tokens) ?? 0,
    cacheRead: num(u.cache_read_input_tokens) ?? 0,
    cacheCreation: num(u.cache_creation_input_tokens) ?? 0
  };
}
var add = (a, b) => ({
  input: a.input + b.input,
  output: a.output + b.output,
  cacheRead: a.cacheRead + b.cacheRead,
  cacheCreation: a.cacheCreation + b.cacheCreation
}), max = (a, b) => ({
  input: Math.max(a.input, b.input),
  output: Math.max(a.output, b.output),
  cacheRead: Math.max(a.cacheRead, b.cacheRead),
  cacheCreation: Math.max(a.cacheCreation, b.cacheCreation)
}), ClaudeStreamParser = class {
  #partial = "";
  /** Skipping the rest of an over-long line. */
  #skipping = !1;
  #cwd = null;
  /** Tokens of replies before the current one; the current reply's are kept apart until its id changes. */
  #pastTokens = zero();
  #replyId = null;
  #replyTokens = zero();
  #toolId = null;
  #state = {
    turns: 0,
    toolCalls: 0,
    tool: null,
    tokens: zero(),
    costUsd: null,
    final: !1,
    retry: null,
    model: null
  };
  get progress() {
    let s = this.#state;
    return { ...s, tool: s.tool && { ...s.tool }, tokens: { ...s.tokens }, retry: s.retry && { ...s.retry } };
  }
  push(chunk) {
    let changed = !1, start = 0;
    for (let nl = chunk.indexOf(`
`); nl >= 0; nl = chunk.indexOf(`
`, start)) {
      let piece = chunk.slice(start, nl);
      if (start = nl + 1, this.#skipping) {
        this.#skipping = !1;
        continue;
      }
      let line = this.#partial + piece;
      this.#partial = "", this.#line(line) && (changed = !0);
    }
    return this.#skipping || (this.#partial += chunk.slice(start), this.#partial.length > STREAM_LINE_MAX && (this.#partial = "", this.#skipping = !0)), changed;
  }
  end() {
    let line = this.#skipping ? "" : this.#partial;
    return this.#partial = "", this.#skipping = !1, line ? this.#line(line) : !1;
  }
  /** Applies one line; true when the progress changed. */
  #line(line) {
    let start = line.indexOf("{");
    if (start < 0) return !1;
    let message;
    try {
      message = JSON.parse(line.slice(start));
    } catch {
      return !1;
    }
    if (!isObject(message)) return !1;
    let before = JSON.stringify(this.#state);
    switch (message.type) {
      case "system":
        this.#system(message);
        break;
      case "assistant":
        this.#assistant(message);
        break;
      case "user":
        this.#user(message);
        break;
      case "result":
        this.#result(message);
        break;
      default:
        break;
    }
    return JSON.stringify(this.#state) !== before;
  }
  #system(message) {
    message.subtype === "init" ? (typeof message.cwd == "string" && (this.#cwd = message.cwd), typeof message.model == "string" && (this.#state.model = sanitizeName(message.model, 60))) : message.subtype === "api_retry" && (this.#state.retry = {
      attempt: num(message.attempt) ?? 1,
      maxRetries: num(message.max_retries),
      status: num(message.error_status)
    });
  }
  #assistant(message) {
    if (this.#state.final) return;
    let reply = isObject(message.message) ? message.message : null;
    if (!reply || reply.model === "<synthetic>" || message.is_api_error_message === !0) return;
    let id = typeof reply.id == "string" ? reply.id : null, usage = tokensOf(reply.usage);
    id === null || id !== this.#replyId ? (this.#pastTokens = add(this.#pastTokens, this.#replyTokens), this.#replyId = id, this.#replyTokens = usage, (message.parent_tool_use_id === null || message.parent_tool_use_id === void 0) && this.#state.turns++) : this.#replyTokens = max(this.#replyTokens, usage), typeof reply.model == "string" && (this.#state.model = sanitizeName(reply.model, 60)), this.#state.retry = null;
    for (let block of Array.isArray(reply.content) ? reply.content : []) {
      if (!isObject(block) || block.type !== "tool_use") continue;
      let name = typeof block.name == "string" ? sanitizeName(block.name) : "?";
      this.#state.tool = { name, detail: describeToolCall(name, block.input, this.#cwd), running: !0 }, this.#toolId = typeof block.id == "string" ? block.id : null, this.#state.toolCalls++;
    }
    this.#state.tokens = add(this.#pastTokens, this.#replyTokens), this.#state.costUsd = estimateClaudeCostUsd(this.#state.model, this.#state.tokens);
  }
  #user(message) {
    let content = isObject(message.message) && Array.isArray(message.message.content) ? message.message.content : [];
    for (let block of content)
      isObject(block) && block.type === "tool_result" && block.tool_use_id === this.#toolId && this.#state.tool && (this.#state.tool.running = !1);
  }
  #result(message) {
    let s = this.#state;
    s.final = !0, s.retry = null, s.tool && (s.tool.running = !1), s.turns = num(message.num_turns) ?? s.turns, isObject(message.usage) && (s.tokens = tokensOf(message.usage)), s.costUsd = num(message.total_cost_usd) ?? num(message.cost_usd) ?? s.costUsd;
  }
};

// src/agents/output.ts
import { open as open2 } from "node:fs/promises";
async function readTail(file, maxBytes) {
  let handle = await open2(file, "r");
  try {
    let { size } = await handle.stat(), length = Math.min(size, maxBytes), buffer = Buffer.alloc(length), read = 0;
    for (; read < length; ) {
      let { bytesRead } = await handle.read(buffer, read, length - read, size - length + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { text: buffer.subarray(0, read).toString("utf8"), size, truncated: size > length };
  } finally {
    await handle.close();
  }
}
function lastNonEmptyLine(text) {
  let lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i].trim();
    if (line !== "") return line;
  }
}
async function exitCodeReport(stdoutFile, exitCode, what) {
  let finalText;
  try {
    finalText = lastNonEmptyLine((await readTail(stdoutFile, 64 * 1024)).text);
  } catch {
  }
  if (exitCode === 0) return { ok: !0, finalText };
  let how = exitCode === null ? "did not exit normally" : `exited with code ${exitCode}`;
  return { ok: !1, error: `${what} ${how}`, finalText };
}

// src/agents/claude.ts
var CLAUDE_PROMPT_ARG_MAX_BYTES = 100 * 1024, CLAUDE_OUTPUT_TAIL_BYTES = 16 * 1024 * 1024, CLAUDE_ENV = ["ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"];
function claudeFlags(task, ctx) {
  let maxTurns = task.maxTurns ?? ctx.config.maxTurns, format = ctx.config.claudeOutput === "stream" ? "stream-json" : "json";
  return ["--dangerously-skip-permissions", "--verbose", `--max-turns=${maxTurns}`, `--output-format=${format}`, ...ctx.config.claudeArgs];
}
function claudeEnv(hostEnv) {
  let env = {};
  for (let [name, value] of Object.entries(hostEnv))
    value === void 0 || value === "" || FORBIDDEN_ENV.includes(name) || (CLAUDE_ENV.includes(name) || name.startsWith("CLAUDE_CODE_")) && (env[name] = value);
  return env;
}
function claudeInvocation(task, ctx) {
  let flags = claudeFlags(task, ctx);
  return { argv: Buffer.byteLength(task.prompt) > CLAUDE_PROMPT_ARG_MAX_BYTES || task.prompt.startsWith("-") ? ["sh", "-c", 'exec claude -p "$@" < "$0"', ctx.promptFile, ...flags] : ["claude", "-p", task.prompt, ...flags], env: claudeEnv(ctx.hostEnv) };
}
var PRETTY_JSON_TRIES = 8;
function isObject2(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function isResultMessage(value) {
  return isObject2(value) ? value.type === "result" ? !0 : value.type === void 0 && typeof value.is_error == "boolean" && ("num_turns" in value || "result" in value) : !1;
}
function pickResult(value) {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (isResultMessage(value[i])) return value[i];
    return;
  }
  return isResultMessage(value) ? value : void 0;
}
function tryParse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return;
  }
}
function jsonEnd(text, start) {
  let depth = 0, inString = !1;
  for (let i = start; i < text.length; i++) {
    let c = text[i];
    if (inString)
      c === "\\" ? i++ : c === '"' && (inString = !1);
    else if (c === '"') inString = !0;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && (depth--, depth === 0))
      return i + 1;
  }
  return -1;
}
function findClaudeResult(text) {
  if (text.trim() === "") return { found: !1, reason: "the output is empty" };
  let sawJson = !1, lines = text.split(`
`);
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i], start = line.search(/[{[]/);
    if (start < 0) continue;
    let parsed = tryParse(line.slice(start));
    if (!parsed) continue;
    sawJson = !0;
    let result = pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  let tries = 0;
  for (let offset = 0, i = 0; i < lines.length && tries < PRETTY_JSON_TRIES; offset += lines[i].length + 1, i++) {
    if (!/^\s*[{[]/.test(lines[i]) || tryParse(lines[i])) continue;
    tries++;
    let parsed = tryParse(text.slice(offset));
    if (!parsed) continue;
    sawJson = !0;
    let result = pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  let starts = [...text.matchAll(/\{\s*"type"\s*:\s*"result"/g)].map((m) => m.index);
  for (let k = starts.length - 1; k >= 0; k--) {
    let end = jsonEnd(text, starts[k]);
    if (end < 0) continue;
    let parsed = tryParse(text.slice(starts[k], end)), result = parsed && pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  return {
    found: !1,
    reason: sawJson ? "the JSON output has no result message" : `no JSON found in ${Buffer.byteLength(text)} bytes of output`
  };
}
function num2(value) {
  return typeof value == "number" && Number.isFinite(value) ? value : void 0;
}
function str2(value) {
  return typeof value == "string" ? value : void 0;
}
function clip(text, max2) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max2 ? `${flat.slice(0, max2 - 1)}\u2026` : flat;
}
function reportFromClaudeResult(result, exitCode) {
  let usage = isObject2(result.usage) ? result.usage : void 0, subtype = str2(result.subtype), turns = num2(result.num_turns), finalText = str2(result.result), report = {
    ok: !0,
    turns,
    costUsd: num2(result.total_cost_usd) ?? num2(result.cost_usd),
    durationMs: num2(result.duration_ms),
    tokens: usage && {
      input: num2(usage.input_tokens) ?? 0,
      output: num2(usage.output_tokens) ?? 0,
      cacheRead: num2(usage.cache_read_input_tokens) ?? 0,
      cacheCreation: num2(usage.cache_creation_input_tokens) ?? 0
    },
    sessionId: str2(result.session_id),
    finalText
  };
  if (typeof result.is_error == "boolean" ? result.is_error : subtype?.startsWith("error") ?? !1) {
    let errors = Array.isArray(result.errors) ? result.errors.filter((e) => typeof e == "string") : [], text = finalText || errors.join("; "), detail = text ? `: ${clip(text, 300)}` : "";
    if (report.ok = !1, subtype === "error_max_turns") {
      let counted = turns === void 0 ? "" : `. Its num_turns (${turns}) also counts the turn it refused`;
      report.error = `claude stopped at its turn limit (error_max_turns)${detail}${counted}`;
    } else {
      let after = turns === void 0 ? "" : ` after ${turns} turn${turns === 1 ? "" : "s"}`, reason = subtype && subtype !== "success" ? subtype : str2(result.terminal_reason) ?? subtype ?? "no subtype", status = num2(result.api_error_status);
      report.error = `claude reported an error (${reason}${status === void 0 ? "" : `, HTTP ${status}`})${after}${detail}`;
    }
  } else exitCode !== null && exitCode !== 0 && (report.ok = !1, report.error = `claude exited with code ${exitCode} although its result says ${subtype ?? "success"}`);
  return report;
}
async function parseClaudeOutput(stdoutFile, exitCode) {
  let unparsed = (why) => {
    let exit = exitCode === null ? "; claude did not exit normally" : exitCode !== 0 ? `; claude exited with code ${exitCode}` : "";
    return { ok: !1, error: `claude output could not be parsed: ${why}${exit} (raw log kept at ${stdoutFile})` };
  }, tail;
  try {
    tail = await readTail(stdoutFile, CLAUDE_OUTPUT_TAIL_BYTES);
  } catch (err) {
    return unparsed(`cannot read it: ${errorMessage(err)}`);
  }
  let scan = findClaudeResult(tail.text);
  return scan.found ? reportFromClaudeResult(scan.result, exitCode) : unparsed(tail.truncated ? `${scan.reason} (read the last ${tail.text.length} characters of ${tail.size} bytes)` : scan.reason);
}
var claudeAgent = {
  kind: "claude",
  invocation: claudeInvocation,
  progress: (ctx) => ctx.config.claudeOutput === "stream" ? new ClaudeStreamParser() : void 0,
  parseResult: parseClaudeOutput
};

// src/agents/command.ts
var COMMAND_PROMPT_INLINE_MAX_BYTES = 100 * 1024;
function shellQuote(value) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
function renderCommandTemplate(template, values) {
  let prompt = Buffer.byteLength(values.prompt) > COMMAND_PROMPT_INLINE_MAX_BYTES ? `"$(cat ${shellQuote(values.promptFile)})"` : shellQuote(values.prompt), replacements = { prompt_file: shellQuote(values.promptFile), prompt };
  return template.replace(/(["']?)\{(prompt_file|prompt)\}\1/g, (_match, _quote, name) => replacements[name]);
}
function commandInvocation(task, ctx) {
  let template = ctx.config.agentCommand?.trim();
  if (!template)
    throw new Error(
      `task '${task.id}': agent 'command' needs a command template (agentCommand, action input 'agent-command'), e.g. 'my-agent --prompt-file {prompt_file}'`
    );
  return { argv: ["sh", "-c", renderCommandTemplate(template, { promptFile: ctx.promptFile, prompt: task.prompt })], env: {} };
}
var commandAgent = {
  kind: "command",
  invocation: commandInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, "agent command")
};

// src/agents/script.ts
import { chmod, mkdir as mkdir2, writeFile } from "node:fs/promises";
import path3 from "node:path";
var SCRIPT_LANGUAGES = ["sh", "bash", "shell"];
function scriptPath(taskDir) {
  return path3.join(taskDir, "script.sh");
}
function extractScript(markdown) {
  let lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let open3 = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open3) continue;
    let [, indent, fence, info] = open3;
    if (fence[0] === "`" && info.includes("`")) continue;
    let closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`), body = [], j = i + 1;
    for (; j < lines.length && !closing.test(lines[j]); j++)
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ""));
    let language = info.trim().split(/\s+/)[0].toLowerCase();
    if (SCRIPT_LANGUAGES.includes(language)) return body.join(`
`);
    i = j;
  }
}
async function prepareScript(task, ctx) {
  let script = extractScript(task.prompt);
  if (script === void 0)
    throw new Error(`task '${task.id}': agent 'script' needs a \`\`\`sh or \`\`\`bash code block in the prompt (${task.file}), and it has none`);
  if (script.trim() === "") throw new Error(`task '${task.id}': agent 'script': the first \`\`\`sh block of ${task.file} is empty`);
  await mkdir2(ctx.taskDir, { recursive: !0 });
  let file = scriptPath(ctx.taskDir);
  await writeFile(file, `${script}
`), await chmod(file, 493);
}
function scriptInvocation(_task, ctx) {
  return { argv: ["bash", "-e", scriptPath(ctx.taskDir)], env: {} };
}
var scriptAgent = {
  kind: "script",
  prepare: prepareScript,
  invocation: scriptInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, "script")
};

// src/agents/index.ts
var AGENTS = { claude: claudeAgent, command: commandAgent, script: scriptAgent };
function getAgent(kind) {
  let agent = Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : void 0;
  if (!agent) throw new TypeError(`Unknown agent '${String(kind)}'. Expected one of: ${Object.keys(AGENTS).join(", ")}.`);
  return agent;
}

// src/git/commit.ts
async function commitTaskResult(worktree, opts) {
  let git = typeof worktree == "string" ? await Git.create(worktree) : worktree;
  await git.exec(["add", "-A"]);
  let staged = await git.exec(["diff", "--cached", "--quiet"], { allowFailure: !0 });
  if (staged.exitCode > 1) throw new Error(`git diff --cached --quiet failed in ${git.topLevel}: ${staged.stderr.trim()}`);
  staged.exitCode === 1 && await git.exec([...identityArgs(opts.identity), "commit", "--quiet", "--no-verify", "-F", "-"], { input: `${opts.message}
` });
  let head = await git.currentHead(), base = await git.revParse(opts.baseCommit);
  if (head === base) return { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
  let stats = await diffStats(git, base, head);
  return { commit: head, ...stats };
}
async function diffStats(git, from, to) {
  let out = await git.exec(["diff", "--numstat", "-z", "--find-renames", from, to]);
  return parseNumstatZ(out.stdout);
}
function parseNumstatZ(text) {
  let fields = text.split("\0"), changedFiles = [], insertions = 0, deletions = 0;
  for (let i = 0; i < fields.length; i++) {
    let m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]);
    m && (insertions += m[1] === "-" ? 0 : Number(m[1]), deletions += m[2] === "-" ? 0 : Number(m[2]), m[3] !== "" ? changedFiles.push(m[3]) : (changedFiles.push(fields[i + 2] ?? fields[i + 1] ?? ""), i += 2));
  }
  return { filesChanged: changedFiles.length, insertions, deletions, changedFiles };
}

// src/run/task-runner.ts
var COMMIT_IDENTITY = { name: "agent-fanout", email: "agent-fanout@users.noreply.github.com" }, PhaseTimer = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  phases = {};
  async time(phase, fn) {
    let t0 = this.clock();
    try {
      return await fn();
    } finally {
      this.phases[phase] = (this.phases[phase] ?? 0) + (this.clock() - t0);
    }
  }
}, TaskRunner = class {
  #o;
  /** Worktrees that exist right now (removed as each task ends; the rest at the end of the run). */
  #worktrees = /* @__PURE__ */ new Set();
  constructor(options) {
    this.#o = options;
  }
  /** Runs one task to its final state; resolves to what the scheduler needs to know. */
  async run(task, signal) {
    let { clock } = this.#o, record = this.#record(task.id), taskStart = clock();
    this.setStatus(task.id, "running", { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? record.queuedAt) });
    let timer = new PhaseTimer(clock), outcome;
    try {
      let startPoint = await this.startPoint(task, timer), worktree = await this.createWorktree(task, startPoint, timer), { exec, report } = await this.runAgent(task, worktree, signal, timer);
      await this.commitResult(task, worktree, startPoint, timer), outcome = classify(exec, report, task.timeoutMs ?? this.#o.config.timeoutMs);
    } catch (error) {
      let message = `task '${task.id}': ${errorMessage(error)}`;
      this.#o.logger.error(message), outcome = { status: signal.aborted ? "cancelled" : "failed", reason: message };
    }
    return record.worktree && !this.#o.config.keepWorktrees && await timer.time("cleanup", () => this.removeWorktree(record.worktree)), this.#finish(task.id, outcome, timer.phases, taskStart), outcome.status === "succeeded" ? "succeeded" : "failed";
  }
  /** The commit the task starts from: the run's base, or the merge of its dependencies' results. */
  async startPoint(task, timer) {
    let { records, baseCommit, git } = this.#o, depCommits = task.dependsOn.map((d) => records.get(d).commit ?? records.get(d).baseCommit ?? baseCommit);
    return depCommits.length === 0 ? baseCommit : timer.time("merge", () => mergeStartPoint(git, [...new Set(depCommits)], { identity: COMMIT_IDENTITY }));
  }
  async createWorktree(task, startPoint, timer) {
    let record = this.#record(task.id), worktree = this.#o.runDir.worktree(task.id);
    return await timer.time("worktree", () => createWorktree(this.#o.git, { path: worktree, branch: record.branch, startPoint })), this.#worktrees.add(worktree), record.worktree = worktree, record.baseCommit = startPoint, worktree;
  }
  async runAgent(task, worktree, signal, timer) {
    let { config, runDir, runId, executor, user, clock, emit } = this.#o, record = this.#record(task.id), taskDir = runDir.taskDir(task.id);
    await fs.mkdir(taskDir, { recursive: !0 });
    let promptFile = runDir.promptFile(task.id);
    await fs.writeFile(promptFile, task.prompt);
    let agent = getAgent(task.agent ?? config.agent), ctx = { config, promptFile, taskDir, hostEnv: process.env };
    await timer.time("prepare", async () => agent.prepare?.(task, ctx));
    let invocation = agent.invocation(task, ctx), progress = agent.progress?.(ctx), emitProgress = () => emit({ type: "task-progress", at: clock(), runId, taskId: task.id, progress: progress.progress }), logFile = runDir.logFile(task.id), stdoutFile = runDir.stdoutFile(task.id);
    record.logFile = logFile;
    let exec = await executor.run({
      runId,
      taskId: task.id,
      argv: invocation.argv,
      env: { ...agentEnv(config, task, executor.mode, user), ...invocation.env },
      workdir: worktree,
      mounts: [{ path: worktree }, ...await this.#gitMounts(), { path: taskDir, readOnly: !0 }],
      user,
      image: task.image ?? config.image,
      cpus: task.cpus ?? config.cpus,
      memoryBytes: task.memoryBytes ?? config.memoryBytes,
      pidsLimit: config.pidsLimit,
      network: config.network,
      timeoutMs: task.timeoutMs ?? config.timeoutMs,
      logFile,
      stdoutFile,
      onOutput: (stream, text) => {
        stream === "stdout" && progress?.push(text) && emitProgress(), emit({ type: "task-output", at: clock(), runId, taskId: task.id, stream, text });
      },
      onSample: (sample) => emit({ type: "task-sample", at: sample.at, runId, taskId: task.id, sample }),
      signal
    });
    progress?.end() && emitProgress(), Object.assign(timer.phases, exec.phases), Object.assign(record, {
      exitCode: exec.exitCode,
      agentStartedAt: exec.startedAt,
      agentFinishedAt: exec.finishedAt,
      durationMs: exec.finishedAt - exec.startedAt,
      cpu: exec.cpu,
      memory: exec.memory,
      peakPids: exec.peakPids
    });
    let report = exec.outcome === "exited" ? await agent.parseResult(stdoutFile, exec.exitCode) : null;
    return record.agent = report, { exec, report };
  }
  async commitResult(task, worktree, startPoint, timer) {
    let committed = await timer.time(
      "commit",
      () => commitTaskResult(worktree, { message: commitMessage(task), identity: COMMIT_IDENTITY, baseCommit: startPoint })
    );
    Object.assign(this.#record(task.id), committed);
  }
  async removeWorktree(worktree) {
    try {
      await fs.rm(worktree, { recursive: !0, force: !0 }), await removeWorktree(this.#o.git, worktree), this.#worktrees.delete(worktree);
    } catch (error) {
      this.#o.logger.warning(`could not remove worktree ${worktree}: ${errorMessage(error)}`);
    }
  }
  /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
  async removeAllWorktrees() {
    for (let worktree of [...this.#worktrees]) await this.removeWorktree(worktree);
    await fs.rm(this.#o.runDir.worktreesDir, { recursive: !0, force: !0 });
  }
  setStatus(id, status, patch = {}) {
    let record = this.#record(id);
    Object.assign(record, patch, { status }), this.#o.emit({ type: "task-state", at: this.#o.clock(), runId: this.#o.runId, taskId: id, status, record: { ...record } });
  }
  #gitMountsCache;
  /**
   * The repository's common git dir, for git inside the container. The agent may write objects and
   * refs, but not the repo config or hooks: both can make the orchestrator run commands on the host
   * at its next git call.
   */
  #gitMounts() {
    return this.#gitMountsCache ??= (async () => {
      let commonDir = await this.#o.git.commonDir(), mounts = [{ path: commonDir }];
      for (let name of ["config", "hooks"]) {
        let p = `${commonDir}/${name}`;
        await fs.stat(p).then(() => !0, () => !1) && mounts.push({ path: p, readOnly: !0 });
      }
      return mounts;
    })(), this.#gitMountsCache;
  }
  #finish(id, outcome, phases, taskStart) {
    let record = this.#record(id), finishedAt = this.#o.clock(), total = finishedAt - taskStart;
    this.setStatus(id, outcome.status, {
      reason: outcome.reason,
      phases,
      finishedAt,
      overheadMs: record.durationMs === null ? total : Math.max(0, total - record.durationMs)
    });
  }
  #record(id) {
    let record = this.#o.records.get(id);
    if (!record) throw new Error(`task '${id}': no record (not part of this run)`);
    return record;
  }
};
function commitMessage(task) {
  return `${task.title}

agent-fanout task '${task.id}' (${task.file})`;
}
function agentEnv(config, task, mode, user) {
  let env = {
    GIT_AUTHOR_NAME: COMMIT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: COMMIT_IDENTITY.email,
    GIT_COMMITTER_NAME: COMMIT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: COMMIT_IDENTITY.email,
    AGENT_FANOUT_TASK_ID: task.id,
    CI: "true"
  };
  mode === "subprocess" ? env.PATH = process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin" : user.startsWith("0:") && (env.IS_SANDBOX = "1");
  for (let name of /* @__PURE__ */ new Set([...config.env, ...task.env])) {
    if (FORBIDDEN_ENV.includes(name.toUpperCase())) continue;
    let value = process.env[name];
    value !== void 0 && (env[name] = value);
  }
  return env;
}
function classify(exec, report, timeoutMs) {
  switch (exec.outcome) {
    case "timed_out":
      return { status: "timed_out", reason: `the task exceeded its timeout of ${formatDuration(timeoutMs)} and was killed` };
    case "oom":
      return { status: "oom", reason: "the container was killed for exceeding its memory limit" };
    case "cancelled":
      return { status: "cancelled", reason: "run cancelled" };
    case "error":
      return { status: "failed", reason: exec.error };
    case "exited":
      return exec.exitCode !== 0 ? { status: "failed", reason: report?.error ?? `the agent exited with code ${exec.exitCode}` } : report && !report.ok ? { status: "failed", reason: report.error ?? "the agent reported failure" } : { status: "succeeded" };
  }
}

// src/run/engine.ts
function newRunId(now) {
  let iso = new Date(now).toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}-${randomBytes(2).toString("hex")}`;
}
async function runFanout(options) {
  let { config, tasks, logger } = options, clock = options.clock ?? Date.now, startedAt = clock(), runId = options.runId ?? newRunId(startedAt), git = await Git.create(config.repo), baseCommit = await git.revParse(`${config.baseRef}^{commit}`), runDir = RunDir.of(config.stateDir, runId);
  await runDir.create({ runId, repo: git.topLevel, startedAt });
  let selected = options.executor ? { executor: options.executor, reason: void 0 } : await selectExecutor(config, tasks, logger), executor = selected.executor, maxParallel = resolveMaxParallel(config, tasks.length, logger), user = agentUser(config, executor, logger), journal = JournalWriter.open(config.stateDir, runId), emit = (event) => {
    journal.write(event);
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warning(`event listener failed: ${errorMessage(error)}`);
    }
  }, issue = options.issue ?? null, records = await initialRecords(git, config, tasks, issue, options, startedAt), info = {
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
    host: os2.hostname()
  };
  emit({
    type: "run-started",
    at: startedAt,
    run: info,
    tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch }))
  });
  let runner = new TaskRunner({ runId, config, git, baseCommit, runDir, executor, user, records, logger, clock, emit }), specs = new Map(tasks.map((t) => [t.id, t])), pressure = new PressureMonitor({ logger, clock });
  config.maxParallel === "auto" && pressure.start();
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
      onSkipped: (id, reason) => runner.setStatus(id, "skipped", { reason, finishedAt: clock() }),
      onCancelled: (id, reason) => runner.setStatus(id, "cancelled", { reason, finishedAt: clock() })
    });
  } finally {
    pressure.stop(), config.keepWorktrees || await runner.removeAllWorktrees();
  }
  let result = finalResult(info, [...records.values()], tasks, pressure, clock());
  return emit({ type: "run-finished", at: result.run.finishedAt, runId, result }), journal.close(), result;
}
function agentUser(config, executor, logger) {
  let user = config.user ?? `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  return executor.mode === "docker" && user.startsWith("0:") && logger.warning("agents run as uid 0 (this process is root): they keep no capabilities, but files they write are root-owned; run as the runner user or pass --user"), user;
}
async function initialRecords(git, config, tasks, issue, options, queuedAt) {
  let branches = await uniqueBranchNames(
    git,
    tasks.map((task) => taskBranchName(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)),
    options.remote,
    { token: options.remoteToken }
  );
  return new Map(tasks.map((task, i) => [task.id, queuedTaskRecord(task, branches[i], queuedAt)]));
}
function finalResult(info, taskRecords, tasks, pressure, finishedAt) {
  info.finishedAt = finishedAt;
  let hasDeps = tasks.some((t) => t.dependsOn.length > 0), metrics = computeRunMetrics(taskRecords, {
    startedAt: info.startedAt,
    finishedAt,
    maxParallel: info.maxParallel,
    mode: info.mode,
    criticalPathMs: hasDeps ? void 0 : null,
    heldBackMs: pressure.heldBackMs
  });
  return pressure.episodes.length && (metrics.pressureHolds = [...pressure.episodes]), buildRunResult(info, metrics, taskRecords);
}
function queuedTaskRecord(task, branch, queuedAt) {
  return {
    id: task.id,
    title: task.title,
    file: task.file,
    issues: task.issues,
    dependsOn: task.dependsOn,
    status: "queued",
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
    worktree: null
  };
}

export {
  claudeEnv,
  newRunId,
  runFanout,
  queuedTaskRecord
};
//# sourceMappingURL=chunk-LQXYAG2M.js.map
