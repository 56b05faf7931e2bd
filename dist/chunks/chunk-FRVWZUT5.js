import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  timerDelay
} from "./chunk-QY62O2KA.js";

// src/run/concurrency.ts
import os from "node:os";
var AUTO_PARALLEL_CAP = 16, AUTO_MEMORY_SHARE = 0.8;
function autoParallelism(memoryLimitBytes, taskCount, host = { totalMemoryBytes: os.totalmem() }) {
  let byMemory = Math.floor(host.totalMemoryBytes * AUTO_MEMORY_SHARE / memoryLimitBytes);
  return Math.max(1, Math.min(AUTO_PARALLEL_CAP, byMemory, Math.max(1, taskCount)));
}
function resolveMaxParallel(config, taskCount, logger) {
  if (config.maxParallel !== "auto") return config.maxParallel;
  let n = autoParallelism(config.memoryBytes, taskCount);
  return logger.info(`max-parallel auto: ${n} (host memory ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${Math.round(config.memoryBytes / 1024 ** 2)} MiB per task, cap ${AUTO_PARALLEL_CAP})`), n;
}
var PressureMonitor = class {
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
      stallProbe: () => {
      },
      stallThreshold: 30,
      memoryThreshold: 85,
      probe: createHostProbe(),
      intervalMs: 1e3,
      sustainedSamples: 2,
      maxHoldMs: 6e4,
      ...options
    }, timerDelay("pressure monitor", "intervalMs", this.#options.intervalMs);
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
    this.#timer || (this.#options.probe(), this.#timer = setInterval(() => this.sample(), this.#options.intervalMs), this.#timer.unref());
  }
  stop() {
    this.#timer && clearInterval(this.#timer), this.#timer = null;
  }
  /** Takes one sample (called by the timer; public so tests can drive it without waiting). */
  sample() {
    let p = this.#options.probe(), share = this.#options.stallProbe(), stallPercent = share == null || !Number.isFinite(share) ? null : share * 100;
    this.#last = { ...p, stallPercent };
    let over = (stallPercent !== null ? stallPercent > this.#options.stallThreshold : p.cpuPercent > this.#options.cpuThreshold) || p.memoryPercent > this.#options.memoryThreshold;
    this.#overCount = over ? this.#overCount + 1 : 0;
  }
  async waitForCapacity(signal) {
    if (!this.underPressure) return;
    let { clock, maxHoldMs, logger } = this.#options, t0 = clock();
    if (this.#holds++, this.#waiting++ === 0) {
      let p = this.#last;
      this.#episode = { at: t0, ms: 0, starts: 0, cpuPercent: p.cpuPercent, memoryPercent: p.memoryPercent, stallPercent: p.stallPercent };
      let stall = p.stallPercent === null ? "" : `, running tasks stalled by each other ${p.stallPercent.toFixed(0)}% of their time`;
      logger.info(`host under pressure (cpu ${p.cpuPercent.toFixed(0)}%, memory ${p.memoryPercent.toFixed(0)}%${stall}): holding new starts`);
    }
    let episode = this.#episode;
    episode.starts++;
    try {
      for (; this.underPressure && !signal?.aborted && clock() - t0 < maxHoldMs; )
        await new Promise((resolve) => setTimeout(resolve, Math.min(250, this.#options.intervalMs)));
    } finally {
      --this.#waiting === 0 && (episode.ms = clock() - episode.at, this.#heldBackMs += episode.ms, this.#episodes.push(episode), this.#episode = null, logger.info(`host pressure: released ${episode.starts} held start(s) after ${(episode.ms / 1e3).toFixed(1)} s`));
    }
  }
};
function createHostProbe() {
  let prev = cpuTimes();
  return () => {
    let now = cpuTimes(), dTotal = now.total - prev.total, cpuPercent = dTotal > 0 ? 100 * (dTotal - (now.idle - prev.idle)) / dTotal : 0;
    prev = now;
    let memoryPercent = 100 * (os.totalmem() - os.freemem()) / os.totalmem();
    return { cpuPercent, memoryPercent };
  };
}
function cpuTimes() {
  let idle = 0, total = 0;
  for (let cpu of os.cpus()) {
    let t = cpu.times;
    idle += t.idle, total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

// src/run/journal.ts
import fs from "node:fs";
import path from "node:path";
function journalDir(stateDir) {
  return path.join(stateDir, "journal");
}
function journalFile(stateDir, runId) {
  return path.join(journalDir(stateDir), `${runId}.ndjson`);
}
var JournalWriter = class _JournalWriter {
  file;
  #fd;
  #onError;
  constructor(file, fd, options) {
    this.file = file, this.#fd = fd, this.#onError = options.onError ?? (() => {
    });
  }
  static open(stateDir, runId, options = {}) {
    let file = journalFile(stateDir, runId);
    return fs.mkdirSync(path.dirname(file), { recursive: !0 }), new _JournalWriter(file, fs.openSync(file, "a"), options);
  }
  /** Appends one event (synchronously, so a crash loses at most the event being written). Never throws. */
  write(event) {
    if (!(this.#fd === null || event.type === "task-output"))
      try {
        fs.writeSync(this.#fd, JSON.stringify(event) + `
`);
      } catch (error) {
        this.close(), this.#onError(error instanceof Error ? error : new Error(String(error)));
      }
  }
  close() {
    let fd = this.#fd;
    if (this.#fd = null, fd !== null)
      try {
        fs.closeSync(fd);
      } catch {
      }
  }
};

export {
  resolveMaxParallel,
  PressureMonitor,
  createHostProbe,
  journalDir,
  journalFile,
  JournalWriter
};
//# sourceMappingURL=chunk-FRVWZUT5.js.map
