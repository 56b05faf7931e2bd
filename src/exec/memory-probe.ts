/**
 * A memory-bandwidth probe. Work that streams through memory runs slower on its CPU while work on the
 * other CPUs streams too: the CPUs share the memory bus and the last-level cache. No counter on a
 * host without hardware performance counters shows it (the scheduler's wait times do not: the task
 * is running, just slower), yet it is what separates an agent that built for 4 s alone from one that
 * took 7 s beside others.
 *
 * The probe measures it directly: a small child process writes over a buffer larger than the
 * last-level cache every `intervalMs` and reports the CPU time each pass took (its own CPU time, so
 * waiting for a CPU does not count). The same pass takes longer while the run's tasks stream through
 * memory on the other CPUs; the ratio to the passes taken while no agent ran is the slowdown that
 * memory-bound work saw (report/contention.ts). Passes are 64 MiB (about 3 ms here), twice a second:
 * well under 1 % of one CPU.
 *
 * Measured on this project's 2-CPU VM: a 512 MiB write loop took 1.14–1.25 s of CPU alone and
 * 1.6–1.9 s beside a second one, and the probe's passes were 1.5–1.9× slower while one ran; in other
 * minutes neither slowed at all, and the probe showed that too (docs/performance.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { thinOldest } from './stall.js';

/** One pass: epoch ms when it ended, CPU ms it took. */
export interface ProbeSample {
  at: number;
  ms: number;
}

export interface MemoryProbeOptions {
  /** Bytes written per pass; larger than the last-level cache. Default 64 MiB. */
  bytes?: number;
  /** Time between passes, ms. Default 500. */
  intervalMs?: number;
  /** Quick passes at the start, 20 ms apart, for a baseline before the first agents run. Default 10. */
  initialPasses?: number;
  /** Quick passes when stopped, 20 ms apart, for a baseline after the last agents ran. Default 5. */
  finalPasses?: number;
  /** Passes kept before the older half is thinned. Default 4000. */
  maxSamples?: number;
  /** The Node.js binary. Default `process.execPath`. */
  node?: string;
}

/**
 * The child's program: a buffer written once (so its pages are resident), quick passes, then passes at
 * the given cadence, each reported as `<epoch ms> <CPU ms>`. A `q` on its stdin asks for the final
 * quick passes, after which it exits. It also ends when its stdin closes (its parent died), so it can
 * never outlive the run.
 */
const PROBE_SCRIPT = `
const [bytes, interval, initial, final] = process.argv.slice(1).map(Number);
const buffer = Buffer.alloc(bytes, 1);
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let fill = 0;
function pass() {
  const before = cpuMs();
  buffer.fill(++fill & 255);
  process.stdout.write(Date.now() + ' ' + (cpuMs() - before).toFixed(3) + '\\n');
}
function quick(count, then) {
  let done = 0;
  const timer = setInterval(() => {
    if (done++ >= count) { clearInterval(timer); then(); } else pass();
  }, 20);
  return timer;
}
let steady;
let current = quick(initial, () => { steady = setInterval(pass, interval); });
let finishing = false;
process.stdin.on('data', (data) => {
  if (finishing || !String(data).includes('q')) return;
  finishing = true;
  clearInterval(current);
  clearInterval(steady);
  current = quick(final, () => process.exit(0));
});
process.stdin.on('end', () => { if (!finishing) process.exit(0); });
process.stdin.on('error', () => process.exit(0));
`;

/** Parses one line of the probe's output; undefined for anything else. */
export function parseProbeLine(line: string): ProbeSample | undefined {
  const m = /^(\d+) (\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!m) return undefined;
  const at = Number(m[1]);
  const ms = Number(m[2]);
  return Number.isFinite(at) && Number.isFinite(ms) ? { at, ms } : undefined;
}

export class MemoryProbe {
  readonly #bytes: number;
  readonly #intervalMs: number;
  readonly #initialPasses: number;
  readonly #finalPasses: number;
  readonly #maxSamples: number;
  readonly #node: string;
  readonly #samples: ProbeSample[] = [];
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();

  constructor(options: MemoryProbeOptions = {}) {
    this.#bytes = options.bytes ?? 64 * 1024 ** 2;
    this.#intervalMs = options.intervalMs ?? 500;
    this.#initialPasses = options.initialPasses ?? 10;
    this.#finalPasses = options.finalPasses ?? 5;
    this.#maxSamples = options.maxSamples ?? 4000;
    this.#node = options.node ?? process.execPath;
    const checks = [
      ['bytes', this.#bytes, 1],
      ['intervalMs', this.#intervalMs, 1],
      ['initialPasses', this.#initialPasses, 0],
      ['finalPasses', this.#finalPasses, 0],
      ['maxSamples', this.#maxSamples, 1],
    ] as const;
    for (const [name, value, least] of checks) {
      if (!Number.isInteger(value) || value < least) throw new TypeError(`MemoryProbe: ${name} must be a whole number ≥ ${least}, got ${String(value)}`);
    }
  }

  /** The child's pid while it runs. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** The passes so far, oldest first. */
  get samples(): readonly ProbeSample[] {
    return this.#samples;
  }

  /**
   * Starts the child. A probe that cannot start (no such binary, out of memory) records nothing: the
   * estimate then goes without it, as on a host with one CPU.
   */
  start(): void {
    if (this.#child) return;
    let child: ChildProcess;
    try {
      child = spawn(this.#node, ['-e', PROBE_SCRIPT, String(this.#bytes), String(this.#intervalMs), String(this.#initialPasses), String(this.#finalPasses)], {
        stdio: ['pipe', 'pipe', 'ignore'],
        env: {},
      });
    } catch {
      return;
    }
    this.#child = child;
    this.#exited = new Promise((resolve) => {
      // 'close': its output has been read to the end, final passes included.
      child.once('close', () => resolve());
      child.once('error', () => resolve());
    });
    child.stdin?.on('error', () => undefined);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const sample = parseProbeLine(line);
      if (!sample) return;
      this.#samples.push(sample);
      thinOldest(this.#samples, this.#maxSamples);
    });
    // The run's end waits for stop(), never for the probe.
    child.unref();
    for (const stream of [child.stdin, child.stdout] as const) (stream as { unref?: () => void } | null)?.unref?.();
  }

  /**
   * Ends the child after its final passes (SIGKILL if it has not gone within two seconds), or at once
   * with `finalPasses: false` (when they could not count, see run/contention.ts).
   */
  async stop(options: { finalPasses?: boolean } = {}): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    // Held again while it ends: with nothing else pending, an unreferenced child's exit would never be seen.
    child.ref();
    // Its stdin closed without a `q`, it exits without them.
    child.stdin?.end(options.finalPasses === false ? undefined : 'q\n');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await this.#exited;
    clearTimeout(timer);
  }
}
