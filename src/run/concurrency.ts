/**
 * How many tasks run at once. Agents spend most of their time waiting on a model API, so `auto` is
 * derived from host memory and the per-task memory limit, not from CPU cores; a pressure monitor then
 * holds new starts back while the running tasks mostly wait for each other (their stall share, from
 * the run's contention ledger) or host memory runs short.
 */
import os from 'node:os';
import type { RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { timerDelay } from '../core/timers.js';

/** Upper bound for `auto`. */
export const AUTO_PARALLEL_CAP = 16;
/** Share of host memory that `auto` plans to give task containers. */
export const AUTO_MEMORY_SHARE = 0.8;

export interface HostFacts {
  totalMemoryBytes: number;
}

/**
 * `auto` → floor(total memory × 0.8 / per-task memory limit), between 1 and the cap (and never more
 * than the number of tasks). A number is used as it is.
 */
export function autoParallelism(memoryLimitBytes: number, taskCount: number, host: HostFacts = { totalMemoryBytes: os.totalmem() }): number {
  const byMemory = Math.floor((host.totalMemoryBytes * AUTO_MEMORY_SHARE) / memoryLimitBytes);
  return Math.max(1, Math.min(AUTO_PARALLEL_CAP, byMemory, Math.max(1, taskCount)));
}

export function resolveMaxParallel(config: Pick<RunConfig, 'maxParallel' | 'memoryBytes'>, taskCount: number, logger: Logger): number {
  if (config.maxParallel !== 'auto') return config.maxParallel;
  const n = autoParallelism(config.memoryBytes, taskCount);
  logger.info(`max-parallel auto: ${n} (host memory ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${Math.round(config.memoryBytes / 1024 ** 2)} MiB per task, cap ${AUTO_PARALLEL_CAP})`);
  return n;
}

export interface PressureMonitorOptions {
  logger: Logger;
  clock?: () => number;
  /**
   * Hold starts while host CPU use stays above this percentage. Default 90. Used only while there is
   * no stall share to go by (`stallProbe` returns undefined or null): a busy host is a weaker sign than
   * tasks that wait for each other.
   */
  cpuThreshold?: number;
  /**
   * The share of the running tasks' recent time spent stalled by each other (0–1), null when no
   * measured task is running. Default: none (the CPU rule applies).
   */
  stallProbe?: () => number | null | undefined;
  /** Hold starts while the running tasks' stall share stays above this percentage. Default 30. */
  stallThreshold?: number;
  /** Hold starts while host memory use stays above this percentage. Default 85. */
  memoryThreshold?: number;
  /** Reads the host's CPU (since the previous call) and memory use in percent. Default: node:os. */
  probe?: () => { cpuPercent: number; memoryPercent: number };
  /** Sampling interval, ms. Default 1000. */
  intervalMs?: number;
  /** Consecutive samples over a threshold that count as "stays above". Default 2. */
  sustainedSamples?: number;
  /** Never hold one start longer than this, ms (a busy host slows a run but never stalls it). Default 60000. */
  maxHoldMs?: number;
}

/** One episode of held starts: from the first start held to the last one released. */
export interface PressureHold {
  /** Epoch ms when the first start was held. */
  at: number;
  /** How long starts were held in this episode. */
  ms: number;
  /** Starts held in this episode. */
  starts: number;
  /** The reading that caused the hold. */
  cpuPercent: number;
  memoryPercent: number;
  /** The running tasks' stall share in percent, null when there was none to measure. */
  stallPercent: number | null;
}

/**
 * Delays new task starts while the host is under sustained CPU or memory pressure, and accounts for
 * the delay. Samples in the background between `start()` and `stop()`; a monitor never started
 * never holds anything.
 */
export class PressureMonitor {
  #options: Required<Omit<PressureMonitorOptions, 'logger'>> & { logger: Logger };
  #timer: NodeJS.Timeout | null = null;
  #overCount = 0;
  #last: { cpuPercent: number; memoryPercent: number; stallPercent: number | null } | null = null;
  #heldBackMs = 0;
  #holds = 0;
  #waiting = 0;
  #episode: PressureHold | null = null;
  #episodes: PressureHold[] = [];

  constructor(options: PressureMonitorOptions) {
    this.#options = {
      clock: Date.now,
      cpuThreshold: 90,
      stallProbe: () => undefined,
      stallThreshold: 30,
      memoryThreshold: 85,
      probe: createHostProbe(),
      intervalMs: 1000,
      sustainedSamples: 2,
      maxHoldMs: 60_000,
      ...options,
    };
    timerDelay('pressure monitor', 'intervalMs', this.#options.intervalMs);
  }

  /**
   * Wall time during which at least one start was held. Starts held at the same time count once,
   * so this never exceeds the run's wall time.
   */
  get heldBackMs(): number {
    return this.#heldBackMs;
  }

  /** How many starts were held back. */
  get holds(): number {
    return this.#holds;
  }

  /** When and how long starts were held, one entry per episode, oldest first. */
  get episodes(): readonly PressureHold[] {
    return this.#episodes;
  }

  /** True while the latest samples stay over a threshold. */
  get underPressure(): boolean {
    return this.#overCount >= this.#options.sustainedSamples;
  }

  start(): void {
    if (this.#timer) return;
    this.#options.probe();
    this.#timer = setInterval(() => this.sample(), this.#options.intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Takes one sample (called by the timer; public so tests can drive it without waiting). */
  sample(): void {
    const p = this.#options.probe();
    const share = this.#options.stallProbe();
    const stallPercent = share === null || share === undefined || !Number.isFinite(share) ? null : share * 100;
    this.#last = { ...p, stallPercent };
    const cpuOver = stallPercent !== null ? stallPercent > this.#options.stallThreshold : p.cpuPercent > this.#options.cpuThreshold;
    const over = cpuOver || p.memoryPercent > this.#options.memoryThreshold;
    this.#overCount = over ? this.#overCount + 1 : 0;
  }

  async waitForCapacity(signal?: AbortSignal): Promise<void> {
    if (!this.underPressure) return;
    const { clock, maxHoldMs, logger } = this.#options;
    const t0 = clock();
    this.#holds++;
    if (this.#waiting++ === 0) {
      const p = this.#last!;
      this.#episode = { at: t0, ms: 0, starts: 0, cpuPercent: p.cpuPercent, memoryPercent: p.memoryPercent, stallPercent: p.stallPercent };
      const stall = p.stallPercent === null ? '' : `, running tasks stalled by each other ${p.stallPercent.toFixed(0)}% of their time`;
      logger.info(`host under pressure (cpu ${p.cpuPercent.toFixed(0)}%, memory ${p.memoryPercent.toFixed(0)}%${stall}): holding new starts`);
    }
    const episode = this.#episode!;
    episode.starts++;
    try {
      while (this.underPressure && !signal?.aborted && clock() - t0 < maxHoldMs) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(250, this.#options.intervalMs)));
      }
    } finally {
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
export function createHostProbe(): () => { cpuPercent: number; memoryPercent: number } {
  let prev = cpuTimes();
  return () => {
    const now = cpuTimes();
    const dTotal = now.total - prev.total;
    const cpuPercent = dTotal > 0 ? (100 * (dTotal - (now.idle - prev.idle))) / dTotal : 0;
    prev = now;
    const memoryPercent = (100 * (os.totalmem() - os.freemem())) / os.totalmem();
    return { cpuPercent, memoryPercent };
  };
}

function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}
