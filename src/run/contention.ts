/**
 * The run's contention ledger: keeps every task's stall readings (sent by the executors), so that the
 * end of the run can tell each task's stall caused by the other tasks from the rest
 * (report/contention.ts) and `auto` concurrency can hold new starts while the running tasks mostly
 * wait for each other. It also samples the host's CPU use, to say how busy the host was with other
 * work (the estimate is less certain then).
 */
import os from 'node:os';
import type { TimedCounters } from '../exec/stall.js';
import { readHostStat } from '../exec/stall.js';
import { clockTicksPerSecond } from '../exec/proctree.js';
import { attributeContention, contentionShare, foreignCpuShare, type HostReading, type StallSeries, type TaskContention } from '../report/contention.js';

export interface ContentionLedgerOptions {
  /** Epoch-ms clock. Default `Date.now`. */
  clock?: () => number;
  /** Host sampling interval, ms. Default 500. */
  intervalMs?: number;
  /** Reads the host's cumulative busy CPU (ns) and runnable threads. Default: /proc/stat. */
  readHost?: () => Promise<{ busyNs: number; runnable: number } | undefined>;
  /** CPUs of the host. Default `os.availableParallelism()`. */
  cpus?: number;
}

/** Readings kept per series before the older half is thinned out (memory stays bounded on long runs). */
const MAX_READINGS = 4000;

function thin<T>(list: T[]): void {
  if (list.length <= MAX_READINGS) return;
  // Keep the newest quarter at full resolution, every other reading before it.
  const keepFrom = Math.floor((list.length * 3) / 4);
  const older = list.slice(0, keepFrom).filter((_, i) => i % 2 === 0);
  list.splice(0, keepFrom, ...older);
}

export class ContentionLedger {
  readonly #clock: () => number;
  readonly #intervalMs: number;
  readonly #readHost: () => Promise<{ busyNs: number; runnable: number } | undefined>;
  readonly #cpus: number;
  readonly #series = new Map<string, { startedAt: number; finishedAt: number | null; readings: TimedCounters[] }>();
  readonly #host: HostReading[] = [];
  #timer: NodeJS.Timeout | undefined;
  #reading: Promise<void> | undefined;

  constructor(options: ContentionLedgerOptions = {}) {
    this.#clock = options.clock ?? Date.now;
    this.#intervalMs = options.intervalMs ?? 500;
    this.#readHost = options.readHost ?? (() => readHostStat('/proc/stat', clockTicksPerSecond()));
    this.#cpus = options.cpus ?? os.availableParallelism();
  }

  get cpus(): number {
    return this.#cpus;
  }

  /** Starts sampling the host (until {@link stop}). */
  start(): void {
    if (this.#timer) return;
    void this.sampleHost();
    this.#timer = setInterval(() => void this.sampleHost(), this.#intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#reading;
  }

  /** Takes one host reading now (the timer's job; public so tests can drive it). */
  async sampleHost(): Promise<void> {
    if (this.#reading) return this.#reading;
    this.#reading = (async () => {
      try {
        const host = await this.#readHost();
        if (host) {
          this.#host.push({ at: this.#clock(), ...host });
          thin(this.#host);
        }
      } catch {
        // A missed host reading widens one interval; nothing else depends on it.
      } finally {
        this.#reading = undefined;
      }
    })();
    return this.#reading;
  }

  /** A task's stall reading, as the executor takes it (ExecSpec.onStallReading). */
  record(taskId: string, reading: TimedCounters): void {
    let series = this.#series.get(taskId);
    if (!series) {
      // Until the task ends its agent's exact start is not known; its first reading is taken right after it.
      series = { startedAt: reading.at - 1, finishedAt: null, readings: [] };
      this.#series.set(taskId, series);
    }
    series.readings.push(reading);
    thin(series.readings);
  }

  /** The task's agent ran from `startedAt` to `finishedAt` (from its exec result). */
  finished(taskId: string, startedAt: number, finishedAt: number): void {
    const series = this.#series.get(taskId);
    if (!series) return;
    series.startedAt = startedAt;
    series.finishedAt = finishedAt;
  }

  /** The recorded series (a copy), for diagnosis and the benchmark. */
  snapshot(): { cpus: number; host: HostReading[]; tasks: Record<string, StallSeries> } {
    const tasks: Record<string, StallSeries> = {};
    for (const [id, s] of this.#series) tasks[id] = { ...s, readings: [...s.readings] };
    return { cpus: this.#cpus, host: [...this.#host], tasks };
  }

  /** Each measured task's stall caused by the other tasks, over the whole run. */
  attribute(): Map<string, TaskContention> {
    return attributeContention(this.#series);
  }

  /** Share of the host's CPU used by anything but the run's tasks in [from, to]; null without host readings. */
  foreignShare(from: number, to: number): number | null {
    return foreignCpuShare(this.#series, this.#host, { cpus: this.#cpus, from, to });
  }

  /**
   * Share of the running tasks' time in the last `windowMs` spent stalled by each other (0–1); null
   * when no measured task ran then.
   */
  recentShare(windowMs: number): number | null {
    const to = this.#clock();
    const from = to - windowMs;
    const margin = from - 2 * this.#intervalMs;
    const recent = new Map<string, StallSeries>();
    for (const [id, s] of this.#series) {
      if (s.finishedAt !== null && s.finishedAt < from) continue;
      recent.set(id, { ...s, readings: s.readings.filter((r) => r.at >= margin) });
    }
    return contentionShare(recent, { from, to });
  }
}
