/**
 * The run's contention ledger: keeps every task's stall readings (sent by the executors), so that the
 * end of the run can tell each task's stall caused by the other tasks from the rest
 * (report/contention.ts) and `auto` concurrency can hold new starts while the running tasks mostly
 * wait for each other. It also samples the host's CPU use, to say how busy the host was with other
 * work (the estimate is less certain then), and runs the memory probe (exec/memory-probe.ts), to count
 * how much slower tasks ran for sharing memory bandwidth.
 */
import os from 'node:os';
import type { TimedCounters } from '../exec/stall.js';
import { readHostStat, thinOldest } from '../exec/stall.js';
import { MemoryProbe, type ProbeSample } from '../exec/memory-probe.js';
import { clockTicksPerSecond } from '../exec/proctree.js';
import { attributeContention, contentionShare, foreignCpuShare, probeReach, readProbe, type HostReading, type StallSeries, type TaskContention } from '../report/contention.js';

export interface ContentionLedgerOptions {
  /** Epoch-ms clock. Default `Date.now`. */
  clock?: () => number;
  /** Host sampling interval, ms. Default 500. */
  intervalMs?: number;
  /** Reads the host's cumulative busy CPU (ns) and runnable threads. Default: /proc/stat. */
  readHost?: () => Promise<{ busyNs: number; runnable: number } | undefined>;
  /** CPUs of the host. Default `os.availableParallelism()`. */
  cpus?: number;
  /**
   * The memory-bandwidth probe, stopped with the ledger. Its owner starts it, before the run's set-up,
   * so that passes with no agent running make its baseline. Default: none (the engine gives one when
   * the host has two CPUs or more and its clock is the real one, the probe's).
   */
  probe?: MemoryProbe | null;
}

/**
 * Below this share of every task's time (see report/contention.ts `probeReach`), the probe's final
 * passes are not waited for: without them the memory bandwidth counted can move no task's solo time,
 * and so the speedup, by more than 1 %.
 */
export const PROBE_SKIP_REACH = 0.01;

export class ContentionLedger {
  readonly #clock: () => number;
  readonly #intervalMs: number;
  readonly #readHost: () => Promise<{ busyNs: number; runnable: number } | undefined>;
  readonly #cpus: number;
  readonly #series = new Map<string, { startedAt: number; finishedAt: number | null; readings: TimedCounters[] }>();
  readonly #host: HostReading[] = [];
  /** Series key → the task it belongs to (a task has one series per agent run: attempts, retries). */
  readonly #owners = new Map<string, string>();
  readonly #probe: MemoryProbe | null;
  #timer: NodeJS.Timeout | undefined;
  #reading: Promise<void> | undefined;

  constructor(options: ContentionLedgerOptions = {}) {
    this.#clock = options.clock ?? Date.now;
    this.#intervalMs = options.intervalMs ?? 500;
    this.#readHost = options.readHost ?? (() => readHostStat('/proc/stat', clockTicksPerSecond()));
    this.#cpus = options.cpus ?? os.availableParallelism();
    this.#probe = options.probe ?? null;
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

  /**
   * Stops sampling and the probe: after its final passes, which its baseline needs, unless whatever
   * the probe read could count for no task more than {@link PROBE_SKIP_REACH} of its time. A run whose
   * agents slept or waited for an answer (next to no CPU) does not wait the ~120 ms they take.
   */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await Promise.all([this.#reading, this.#probe?.stop({ finalPasses: probeReach(this.#series) > PROBE_SKIP_REACH })]);
  }

  /** The memory probe's passes so far (none without a probe). */
  get probeSamples(): readonly ProbeSample[] {
    return this.#probe?.samples ?? [];
  }

  /** Takes one host reading now (the timer's job; public so tests can drive it). */
  async sampleHost(): Promise<void> {
    if (this.#reading) return this.#reading;
    this.#reading = (async () => {
      try {
        const host = await this.#readHost();
        if (host) {
          this.#host.push({ at: this.#clock(), ...host });
          thinOldest(this.#host);
        }
      } catch {
        // A missed host reading widens one interval; nothing else depends on it.
      } finally {
        this.#reading = undefined;
      }
    })();
    return this.#reading;
  }

  /**
   * A stall reading of one agent run, as the executor takes it (ExecSpec.onStallReading). `key` names
   * the run's series (its counters start at 0 with each new process or container), `taskId` the task
   * it belongs to (default: the key).
   */
  record(key: string, reading: TimedCounters, taskId: string = key): void {
    let series = this.#series.get(key);
    if (!series) {
      // Until the task ends its agent's exact start is not known; its first reading is taken right after it.
      series = { startedAt: reading.at - 1, finishedAt: null, readings: [] };
      this.#series.set(key, series);
      this.#owners.set(key, taskId);
    }
    series.readings.push(reading);
    thinOldest(series.readings);
  }

  /** The agent run `key` ran from `startedAt` to `finishedAt` (from its exec result). */
  finished(key: string, startedAt: number, finishedAt: number): void {
    const series = this.#series.get(key);
    if (!series) return;
    series.startedAt = startedAt;
    series.finishedAt = finishedAt;
  }

  /** The recorded series (a copy), for diagnosis and the benchmark. */
  snapshot(): { cpus: number; host: HostReading[]; tasks: Record<string, StallSeries>; probe: ProbeSample[] } {
    const tasks: Record<string, StallSeries> = {};
    for (const [id, s] of this.#series) tasks[id] = { ...s, readings: [...s.readings] };
    return { cpus: this.#cpus, host: [...this.#host], tasks, probe: [...this.probeSamples] };
  }

  /** Each measured series' stall caused by the other series (memory bandwidth included), over the whole run. */
  attribute(): Map<string, TaskContention> {
    return attributeContention(this.#series, this.#probe ? { probe: { samples: this.#probe.samples, cpus: this.#cpus } } : {});
  }

  /**
   * The probe's pass time while agents ran over its time while none did, median over the passes;
   * null without a probe, a baseline or passes while agents ran.
   */
  memorySlowdown(): number | null {
    return this.#probe ? (readProbe(this.#series, this.#probe.samples)?.slowdown ?? null) : null;
  }

  /**
   * Each measured task's stall caused by the others, summed over its agent runs (the attempts of a
   * best-of-N task count as others to each other: one at a time they would not have met).
   */
  attributeByTask(): Map<string, TaskContention> {
    const byTask = new Map<string, TaskContention>();
    for (const [key, c] of this.attribute()) {
      const id = this.#owners.get(key) ?? key;
      const sum = byTask.get(id) ?? { contentionMs: 0, cpuWaitMs: 0, observedMs: 0, memoryBandwidthMs: 0 };
      byTask.set(id, {
        contentionMs: sum.contentionMs + c.contentionMs,
        cpuWaitMs: sum.cpuWaitMs + c.cpuWaitMs,
        observedMs: sum.observedMs + c.observedMs,
        memoryBandwidthMs: sum.memoryBandwidthMs + c.memoryBandwidthMs,
      });
    }
    return byTask;
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
