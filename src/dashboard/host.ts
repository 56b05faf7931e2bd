/** Host CPU and memory, sampled from `os` once a second, with a short history for sparklines. */
import os from 'node:os';
import { createHostProbe } from '../run/concurrency.js';
import type { HostPoint, HostStats } from './protocol.js';

export class HostSampler {
  readonly #history: HostPoint[] = [];
  readonly #maxHistory: number;
  readonly #clock: () => number;
  readonly #probe = createHostProbe();
  #current: HostStats;

  /** `maxHistory`: points kept. Default 120. */
  constructor(options: { maxHistory?: number; clock?: () => number } = {}) {
    this.#maxHistory = options.maxHistory ?? 120;
    this.#clock = options.clock ?? Date.now;
    this.#current = this.#read(0);
  }

  get current(): HostStats {
    return this.#current;
  }

  get history(): HostPoint[] {
    return [...this.#history];
  }

  /** Takes a sample: CPU is the busy share of all cores since the previous call. */
  sample(): HostStats {
    const cpuPercent = Math.max(0, Math.min(100, this.#probe().cpuPercent));
    this.#current = this.#read(cpuPercent);
    this.#history.push({ at: this.#current.at, cpu: this.#current.cpuPercent, mem: this.#current.memUsed });
    if (this.#history.length > this.#maxHistory) this.#history.shift();
    return this.#current;
  }

  #read(cpuPercent: number): HostStats {
    const memTotal = os.totalmem();
    return {
      at: this.#clock(),
      hostname: os.hostname(),
      cpus: os.availableParallelism(),
      cpuPercent: Math.round(cpuPercent * 10) / 10,
      memTotal,
      memUsed: memTotal - os.freemem(),
      loadavg: os.loadavg().map((n) => Math.round(n * 100) / 100),
    };
  }
}
