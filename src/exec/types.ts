/** The executor interface: runs one agent command for one task, isolated and measured. */
import type { StallSummary, TimedCounters } from './stall.js';

export type ExecutorMode = 'docker' | 'subprocess';

/** A resource sample taken while a task runs. */
export interface ResourceSample {
  /** Epoch ms. */
  at: number;
  /** CPU use since the previous sample, in percent of one core (200 = two cores busy). */
  cpuPercent: number;
  memoryBytes: number;
  pids: number;
}

/**
 * The sandbox a command runs in: what a container executor sets up around it. The subprocess executor
 * uses none of it (the command runs on the host, as the orchestrator's user, bounded by its timeout).
 */
export interface Sandbox {
  image: string;
  /** `uid:gid` to run as. */
  user: string;
  cpus: number;
  memoryBytes: number;
  pidsLimit: number;
  /** A Docker network name, or `none`. */
  network: string;
  /**
   * With `network: none`: a file holding `LOOPBACK_HOSTS` (loopback-hosts.ts), given read-only as
   * `/etc/hosts`; the container is then made with Docker's networking off. Without it, Docker's
   * `none` network.
   */
  hostsFile?: string;
}

/** A host path mounted into the container at the same path. */
export interface Mount {
  path: string;
  readOnly?: boolean;
}

/** The container-only part of an {@link ExecSpec}. */
export interface ContainerSpec extends Sandbox {
  /** Absolute host paths mounted at the same path (the task directory, the objects, the prompt's dir). */
  mounts: Mount[];
  /** Extra container labels (product, run id and task id are always set). */
  labels?: Record<string, string>;
}

export interface ExecSpec {
  runId: string;
  taskId: string;
  /** The command to run (argv[0] is looked up on PATH inside the container / on the host). */
  argv: string[];
  /** The complete environment given to the agent (the executor adds nothing secret). */
  env: Record<string, string>;
  /** Working directory: the task's directory (absolute). */
  workdir: string;
  timeoutMs: number;
  /** Combined stdout+stderr log, written while the task runs. */
  logFile: string;
  /** Raw stdout only (what agent adapters parse). */
  stdoutFile: string;
  /** Image, user, limits, network, mounts and labels: used by the Docker executor only. */
  container: ContainerSpec;
  /** Called with each chunk of output as it arrives. */
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Called with each resource sample (about once a second). */
  onSample?: (sample: ResourceSample) => void;
  /** Called once, right after the process (container) started. */
  onStarted?: () => void;
  /**
   * Called once, as soon as the process (container) is seen to have exited, before the executor's
   * own wrap-up (its last readings, inspect, output flush, removal). Docker executor only.
   */
  onExited?: () => void;
  /** Follow the resource use. Default true; a step that mostly waits may do without. */
  sampleResources?: boolean;
  /**
   * Called with each reading of the task's cumulative stall counters (about twice a second while it
   * runs), for the run's contention estimate. Never called when stall cannot be measured.
   */
  onStallReading?: (reading: TimedCounters) => void;
  /** Aborting kills the task: outcome `cancelled`. */
  signal?: AbortSignal;
}

export type ExecOutcome = 'exited' | 'timed_out' | 'oom' | 'cancelled' | 'error';

export interface ExecResult {
  outcome: ExecOutcome;
  /** Exit code when the process exited (also set, as 137 etc., when it was killed). */
  exitCode: number | null;
  /** Set when outcome is `error`: what failed, e.g. `container create failed: <docker message>`. */
  error?: string;
  /** Epoch ms when the agent process started / ended (container start → exit). */
  startedAt: number;
  finishedAt: number;
  /**
   * CPU time, its average over the agent's run and the busiest sampled interval (never below the
   * average). Null when nothing was measured; `peakPercent` null when no interval was sampled.
   */
  cpu: { seconds: number; avgPercent: number; peakPercent: number | null } | null;
  /** `peakBytes` null when no reading was taken. */
  memory: { peakBytes: number | null; limitBytes: number | null };
  /** Null when no reading was taken. */
  peakPids: number | null;
  /**
   * How long the agent was stalled waiting for a CPU, memory or I/O (see exec/stall.ts); null when it
   * could not be measured (no access to the task's cgroup or processes, or no reading before it ended).
   */
  stall: StallSummary | null;
  /** Milliseconds spent per lifecycle phase (e.g. create, start, wait, stats, remove). */
  phases: Record<string, number>;
}

export interface Executor {
  readonly mode: ExecutorMode;
  run(spec: ExecSpec): Promise<ExecResult>;
}
