/** Records of a run as the engine keeps them, the events it emits, and the results JSON. */
import type { AgentReport } from '../agents/types.js';
import type { StallSummary } from '../exec/stall.js';
import type { ExecutorMode, ResourceSample } from '../exec/types.js';

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'timed_out' | 'oom' | 'skipped' | 'cancelled';
export const FINAL_STATUSES: readonly TaskStatus[] = ['succeeded', 'failed', 'timed_out', 'oom', 'skipped', 'cancelled'];

export interface TaskRecord {
  id: string;
  title: string;
  file: string;
  issues: number[];
  dependsOn: string[];
  status: TaskStatus;
  /** Why it failed / was skipped / cancelled. */
  reason?: string;
  exitCode: number | null;
  branch: string | null;
  baseCommit: string | null;
  commit: string | null;
  filesChanged: number;
  insertions: number;
  deletions: number;
  changedFiles: string[];
  /** Epoch ms: queued (run start), dependencies met / task picked up, agent started, agent ended, task done. */
  queuedAt: number;
  /** Epoch ms when its dependencies were met and it started waiting for a slot. */
  readyAt: number | null;
  startedAt: number | null;
  agentStartedAt: number | null;
  agentFinishedAt: number | null;
  finishedAt: number | null;
  /** Agent run time (agentFinishedAt - agentStartedAt). */
  durationMs: number | null;
  /** Time between becoming ready and starting (waiting for a slot). */
  queueWaitMs: number | null;
  /** Task time not spent in the agent: worktree, container create/remove, commit. */
  overheadMs: number | null;
  phases: Record<string, number>;
  cpu: { seconds: number; avgPercent: number; peakPercent: number } | null;
  memory: { peakBytes: number; limitBytes: number | null } | null;
  peakPids: number | null;
  /** How long the agent was stalled (CPU, memory, I/O) while it ran; null or absent when not measured. */
  stall?: StallSummary | null;
  /**
   * The part of that stall the run's other tasks caused (waiting for a CPU they held, memory), ms;
   * null or absent when not measured.
   */
  contentionMs?: number | null;
  /**
   * Estimated time of the task had it run alone: its agent time without the contention, plus its
   * per-task overhead as the least contended task of the run had it. Null or absent when not measured.
   */
  soloMs?: number | null;
  agent: AgentReport | null;
  logFile: string | null;
  worktree: string | null;
  /** The pull request opened for the task's branch (set by the action after publishing). */
  prUrl?: string;
}

export interface RunMetrics {
  wallMs: number;
  /** Sum of the agents' run times as measured (stretched by contention when tasks slow each other down). */
  sumTaskMs: number;
  /**
   * Mean number of agents running at once: sumTaskMs / wallMs. Not a speedup: tasks that only wait for
   * each other raise it just as much as tasks that really run in parallel.
   */
  concurrency: number;
  /**
   * Estimated wall time of the same tasks run one at a time: the run's time with no task in progress
   * plus every task's `soloMs`. Null when it cannot be estimated (see `speedupNote`).
   */
  serialEstimateMs: number | null;
  /**
   * serialEstimateMs / wallMs: how much faster than one task at a time, from the tasks' estimated solo
   * times. Null when uncertain (no stall data): `speedupNote` says why and `speedupMax` bounds it.
   */
  speedup: number | null;
  /** Why the speedup is missing or less certain; null when every task's stall was measured. */
  speedupNote: string | null;
  /** The most the speedup can be (no contention at all): set when `speedup` is null. */
  speedupMax: number | null;
  /** Sum over tasks of the stall caused by the other tasks (contentionMs), ms; null when none was measured. */
  contentionMs: number | null;
  /**
   * Share of the host's CPU (all cores) used by anything but the run's tasks while they ran: other jobs,
   * the Docker daemon, the orchestrator. Null when the host could not be read.
   */
  foreignCpuShare?: number | null;
  /** concurrency / min(tasks that ran, maxParallel): the share of usable slots an agent occupied (not a speed figure). */
  efficiency: number;
  criticalPathMs: number | null;
  /** Best speedup the dependency graph allows: sumTaskMs / criticalPathMs. */
  speedupBound: number | null;
  peakConcurrency: number;
  maxParallel: number;
  mode: ExecutorMode;
  succeeded: number;
  failed: number;
  skipped: number;
  cancelled: number;
  totalCostUsd: number;
  /** Time the pressure monitor held starts back; 0 when never. */
  heldBackMs: number;
  /** Each time starts were held back: when, for how long, how many, and the reading that caused it. */
  pressureHolds?: { at: number; ms: number; starts: number; cpuPercent: number; memoryPercent: number; stallPercent?: number | null }[];
}

export interface RunInfo {
  id: string;
  repo: string;
  baseRef: string;
  baseCommit: string;
  issue: number | null;
  startedAt: number;
  finishedAt: number | null;
  mode: ExecutorMode;
  /** Why this mode (e.g. the subprocess fallback's reason). */
  modeReason?: string;
  maxParallel: number;
  runDir: string;
  /** The orchestrating process, so readers can tell a live run from an interrupted one. */
  pid?: number;
  host?: string;
}

/** The results JSON (`--json FILE`, action output `results`). Documented in the README. */
export interface RunResult {
  version: 1;
  run: RunInfo & RunMetrics;
  tasks: TaskRecord[];
}

/** Events the engine emits; the journal writes them as NDJSON, the CLI/action/dashboard consume them. */
export type RunEvent =
  | { type: 'run-started'; at: number; run: RunInfo; tasks: Pick<TaskRecord, 'id' | 'title' | 'file' | 'dependsOn' | 'branch'>[] }
  | { type: 'task-state'; at: number; runId: string; taskId: string; status: TaskStatus; record: TaskRecord }
  | { type: 'task-sample'; at: number; runId: string; taskId: string; sample: ResourceSample }
  | { type: 'task-output'; at: number; runId: string; taskId: string; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'run-finished'; at: number; runId: string; result: RunResult };
