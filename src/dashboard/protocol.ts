/**
 * What the dashboard sends to browsers: the JSON API bodies and the WebSocket messages
 * (documented in docs/dashboard.md). Views are built field by field from the journal, never by
 * spreading a record, so nothing the journal gains later (or an agent's environment) leaks out.
 */
import type { ExecutorMode } from '../exec/types.js';
import type { TaskStatus } from '../core/model.js';

export const PROTOCOL_VERSION = 1;

/**
 * `finished`: the journal has `run-finished`. `running`: no finish yet and its process or its
 * containers are alive. `interrupted`: no finish and nothing alive (the runner crashed or was killed).
 */
export type RunState = 'running' | 'finished' | 'interrupted';

/** One resource sample, compact: epoch ms, % of one core, bytes, process count. */
export interface SampleView {
  at: number;
  cpu: number;
  mem: number;
  pids: number;
}

export interface RunMetricsView {
  wallMs: number;
  sumTaskMs: number;
  /** Estimated speedup over one task at a time (contention taken out); null when not estimated. */
  speedup: number | null;
  /** The bound when `speedup` is null; why in `speedupNote`. */
  speedupMax: number | null;
  speedupNote: string | null;
  /** Mean agents running at once (sum of task time / wall time): not a speedup. */
  concurrency: number;
  /** Estimated wall time one task at a time. */
  serialEstimateMs: number | null;
  /** Sum of the tasks' stall caused by each other. */
  contentionMs: number | null;
  efficiency: number;
  criticalPathMs: number | null;
  speedupBound: number | null;
  peakConcurrency: number;
  totalCostUsd: number;
}

/** A row of the run list. */
export interface RunSummary {
  id: string;
  /** Repository path on the runner, and its last segment for display. */
  repo: string;
  repoName: string;
  issue: number | null;
  baseRef: string;
  host: string | null;
  startedAt: number;
  finishedAt: number | null;
  /** Epoch ms of the latest journal event. */
  lastEventAt: number;
  state: RunState;
  mode: ExecutorMode;
  maxParallel: number;
  tasksTotal: number;
  /** Tasks in a final status. */
  tasksDone: number;
  tasksRunning: number;
  counts: Partial<Record<TaskStatus, number>>;
  /**
   * The estimated speedup (contention taken out) once the run finished; null while it runs and when
   * it could not be estimated. It needs every task's stall, so there is none while tasks run.
   */
  speedup: number | null;
  /** Mean agents running at once: sum of task time / wall time so far (the final figure once finished); null before a task started. */
  concurrency: number | null;
  wallMs: number;
  metrics: RunMetricsView | null;
}

/** A task row. */
export interface TaskView {
  id: string;
  title: string;
  file: string;
  dependsOn: string[];
  status: TaskStatus;
  reason: string | null;
  exitCode: number | null;
  branch: string | null;
  commit: string | null;
  /** An https URL of the task's pull request, when the journal names one. */
  prUrl: string | null;
  queuedAt: number | null;
  readyAt: number | null;
  startedAt: number | null;
  agentStartedAt: number | null;
  agentFinishedAt: number | null;
  finishedAt: number | null;
  durationMs: number | null;
  filesChanged: number;
  insertions: number;
  deletions: number;
  cpu: { seconds: number; avgPercent: number; peakPercent: number | null } | null;
  memory: { peakBytes: number | null; limitBytes: number | null } | null;
  /** What the agent reported spending, over all attempts. */
  costUsd: number | null;
  turns: number | null;
  /** How often the agent ran (0 before it began; more than 1 with `retries`): the current attempt's number while running. */
  attempt: number;
  /** The latest resource sample. */
  last: SampleView | null;
  /** What the agent reports doing (claude in stream mode); its last report once the task ended. */
  progress: ProgressView | null;
  /** With `network: allowlist`: connections the egress proxy forwarded and refused, and the latest refusals (oldest first). */
  egress: { allowed: number; refused: number; recent: EgressRefusalView[] } | null;
  /** The task's `verify` on its result: null without one, or before it ran. */
  verify: 'passed' | 'failed' | null;
  /** A best-of-N task's attempts (the timeline draws each under its task); null for a task with one attempt. */
  bestOf: { count: number; winner: number | null; attempts: AttemptView[] } | null;
}

/** One attempt of a best-of-N task. */
export interface AttemptView {
  attempt: number;
  status: TaskStatus;
  startedAt: number | null;
  agentStartedAt: number | null;
  agentFinishedAt: number | null;
  finishedAt: number | null;
  verify: 'passed' | 'failed' | null;
  winner: boolean;
}

/** An agent's progress, as the page shows it: `text` is the one line under the task's title. */
export interface ProgressView {
  turns: number;
  toolCalls: number;
  /** `detail` is short and redacted (a relative path, a program name, a host). */
  tool: { name: string; detail: string | null; running: boolean } | null;
  /** All kinds of tokens together. */
  tokens: number;
  /** An estimate while running; the agent's own figure once `final`. */
  costUsd: number | null;
  final: boolean;
  retry: { attempt: number; maxRetries: number | null; status: number | null } | null;
  text: string;
}

/** A refused connection as the dashboard shows it. */
export interface EgressRefusalView {
  at: number;
  /** `host:port`. */
  destination: string;
  reason: string;
}

export interface TaskDetail extends TaskView {
  /** The latest samples, oldest first (capped). */
  samples: SampleView[];
}

export interface RunDetail {
  summary: RunSummary;
  baseCommit: string;
  modeReason: string | null;
  tasks: TaskDetail[];
}

export interface HostStats {
  at: number;
  hostname: string;
  cpus: number;
  /** Busy share of all cores, 0–100. */
  cpuPercent: number;
  memTotal: number;
  memUsed: number;
  loadavg: number[];
}

export interface HostPoint {
  at: number;
  cpu: number;
  mem: number;
}

export interface LogTailView {
  runId: string;
  taskId: string;
  /** The last lines of the task's log, oldest first, ANSI escapes removed. */
  lines: string[];
  /** True when older lines were dropped (the tail is capped). */
  truncated: boolean;
}

/** Server → browser over `/ws`. */
export type ServerMessage =
  | { type: 'hello'; version: number; serverTime: number; host: HostStats; hostHistory: HostPoint[] }
  | { type: 'runs'; serverTime: number; runs: RunSummary[] }
  | { type: 'run'; serverTime: number; runId: string; run: RunDetail | null }
  | { type: 'task'; runId: string; task: TaskView }
  | { type: 'samples'; runId: string; taskId: string; samples: SampleView[] }
  | { type: 'log'; runId: string; taskId: string; reset: boolean; truncated: boolean; lines: string[] }
  | { type: 'host'; host: HostStats }
  | { type: 'error'; message: string };

/** Browser → server over `/ws`: what to follow. `runId: null` follows only the run list. */
export type ClientMessage = { type: 'subscribe'; runId: string | null; taskId?: string | null };
