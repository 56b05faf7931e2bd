/** Records of a run as the engine keeps them, the events it emits, and the results JSON. */
import type { AgentProgress, AgentReport } from '../agents/types.js';
import type { StallSummary } from '../exec/stall.js';
import type { ExecutorMode, ResourceSample } from '../exec/types.js';
import type { RefusalReason } from '../exec/egress/proxy-program.js';
import type { TaskSpec } from '../tasks/types.js';

/**
 * `verify_failed`: the agent succeeded and its result was taken (it is on the task's branch), but the
 * task's `verify` command did not pass on it.
 */
export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'verify_failed' | 'timed_out' | 'oom' | 'skipped' | 'cancelled';
export const FINAL_STATUSES: readonly TaskStatus[] = ['succeeded', 'failed', 'verify_failed', 'timed_out', 'oom', 'skipped', 'cancelled'];
/** Statuses of a task that ran and did not succeed: counted as failed, drawn as failures. */
export const FAILED_STATUSES: readonly TaskStatus[] = ['failed', 'verify_failed', 'timed_out', 'oom'];

export interface TaskRecord {
  id: string;
  title: string;
  file: string;
  issues: number[];
  dependsOn: string[];
  status: TaskStatus;
  /** Why it failed / was skipped / cancelled; `null` when it succeeded (or has not ended). */
  reason: string | null;
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
  /** Null when not measured; `peakPercent` null when no interval was sampled, else at least `avgPercent`. */
  cpu: { seconds: number; avgPercent: number; peakPercent: number | null } | null;
  /** `peakBytes` null when no reading was taken. */
  memory: { peakBytes: number | null; limitBytes: number | null } | null;
  peakPids: number | null;
  /** How long the agent was stalled (CPU, memory, I/O) while it ran; null or absent when not measured. */
  stall?: StallSummary | null;
  /**
   * The part of that stall the run's other tasks caused (waiting for a CPU they held, memory), ms;
   * null or absent when not measured.
   */
  contentionMs?: number | null;
  /**
   * Of contentionMs, the time the task ran slower for sharing memory bandwidth with the others, as the
   * run's memory probe measured it (report/contention.ts); null or absent without a probe.
   */
  memoryBandwidthMs?: number | null;
  /**
   * Estimated time of the task had it run alone: its agent time without the contention, plus its
   * per-task overhead as the least contended task of the run had it. Null or absent when not measured.
   */
  soloMs?: number | null;
  agent: AgentReport | null;
  logFile: string | null;
  worktree: string | null;
  /** Where a result that does not descend from the task's start point was kept (`refs/fanout/rejected/<run>/<task>`). */
  rejectedRef?: string;
  /** Said of the result, e.g. that the agent's git dir was missing and its files were committed on the start point. */
  resultNote?: string;
  /** The pull request opened for the task's branch (set by the action after publishing). */
  prUrl?: string;
  /** What the egress proxy saw of the task; only with `network: allowlist`. */
  egress?: TaskEgress;
  /**
   * Every run of the agent, oldest first: one, or more when `retries` re-ran it after transient
   * failures. Absent when the agent phase never began (skipped, cancelled while queued, a failed merge).
   */
  attempts?: TaskAttempt[];
  /** Set when the task had a cost ceiling (`max-cost-usd`). */
  budget?: TaskBudget;
  /** The task's `verify` command on its result; absent without `verify` or when the agent did not succeed. */
  verify?: CheckRun;
  /** With `attempts` above 1: every attempt, and which one became the task's result. */
  bestOf?: BestOf;
}

/** A command run on a result in the task's sandbox: `verify`, or a best-of-N `judge`. */
export interface CheckRun {
  /** The command as configured. */
  command: string;
  /** The commit it ran on: a fresh checkout of the result (or of the start point when the agent changed nothing). */
  commit: string;
  passed: boolean;
  /** How it ended: `exited` (see `exitCode`), `timed_out`, `oom`, `cancelled` or `error` (it could not run). */
  outcome: 'exited' | 'timed_out' | 'oom' | 'cancelled' | 'error';
  exitCode: number | null;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number;
  durationMs: number;
  /** The time it was given: what the task's timeout left after its agent. */
  timeoutMs: number;
  /** The last lines of its output (stdout and stderr), secrets masked, control characters removed. */
  outputTail: string;
  /** Why it did not pass, in one line; absent when it passed. */
  reason?: string;
  /** Its whole output. */
  logFile: string | null;
  /** A judge's score: the number it printed last; null when it printed none (or failed). */
  score?: number | null;
}

/** A best-of-N task: its attempts and the one that became its result. */
export interface BestOf {
  /** Attempts asked for (`attempts`). */
  count: number;
  /** The attempt on the task's branch; null when none had a result to take. */
  winner: number | null;
  /**
   * What set the winner apart from the next best: `verify` (it passed, the next did not), `judge`
   * (a higher score), `diff` (a smaller diff), `time` (faster), `order` (a tie: the lower number),
   * `only` (the only candidate); null without a winner.
   */
  decidedBy: 'verify' | 'judge' | 'diff' | 'time' | 'order' | 'only' | null;
  /** The `judge` command, when one was given. */
  judge: string | null;
  attempts: BestOfAttempt[];
}

/** The overrides of one of a task's `variants:`. */
export interface TaskVariant {
  agent?: 'claude' | 'command' | 'script';
  model?: string;
  claudeArgs?: string[];
  maxTurns?: number;
}

/** One attempt of a best-of-N task: its own task repository, sandbox, agent run, result and checks. */
export interface BestOfAttempt
  extends Pick<
    TaskRecord,
    | 'status'
    | 'reason'
    | 'exitCode'
    | 'commit'
    | 'filesChanged'
    | 'insertions'
    | 'deletions'
    | 'changedFiles'
    | 'startedAt'
    | 'agentStartedAt'
    | 'agentFinishedAt'
    | 'finishedAt'
    | 'durationMs'
    | 'cpu'
    | 'memory'
    | 'peakPids'
    | 'agent'
    | 'logFile'
    | 'attempts'
    | 'verify'
    | 'rejectedRef'
  > {
  /** 1-based; the agent sees it as `AGENT_FANOUT_ATTEMPT`. */
  attempt: number;
  /** The variant it ran with (`variants:`), null when the task has none. */
  variant: TaskVariant | null;
  /** `refs/fanout/attempts/<run>/<task>/<k>`: where its result is kept (null when it had none). */
  ref: string | null;
  /** What the agent reported spending over this attempt's runs. */
  costUsd: number | null;
  judge?: CheckRun;
  /** True for the attempt that became the task's result. */
  winner: boolean;
}

/** One run of a task's agent, on its own fresh working tree. */
export interface TaskAttempt {
  /** 1-based. */
  attempt: number;
  /** Epoch ms: the attempt began (working tree) / ended (agent done). `finishedAt` null while it runs. */
  startedAt: number;
  finishedAt: number | null;
  /** The attempt's own outcome (`running` while it runs). */
  status: TaskStatus;
  reason?: string;
  /** Agent time of this attempt. */
  durationMs: number | null;
  /**
   * USD: the agent's own figure; with `costEstimated`, the running estimate of an attempt stopped
   * before it could report one (its budget). Null when unknown.
   */
  costUsd: number | null;
  costEstimated?: boolean;
  /** The agent said its failure was transient (API overloaded, 5xx, network): the kind that is retried. */
  transient?: boolean;
  /** Where an earlier attempt's output was kept (the last attempt's is the task's `logFile`). */
  logFile?: string;
}

/** A task's cost ceiling and whether it was passed. */
export interface TaskBudget {
  maxCostUsd: number;
  /** The task's cost over all attempts; estimated when the agent was stopped before reporting it. */
  spentUsd: number | null;
  exceeded: boolean;
  /** True when the agent was stopped as its running cost passed the ceiling (stream mode). */
  stoppedEarly: boolean;
}

/** A connection the egress proxy refused (`network: allowlist`). */
export interface EgressRefusal {
  /** Epoch ms. */
  at: number;
  host: string;
  port: number;
  reason: RefusalReason;
  /** The proxy's explanation, e.g. `evil.example:443 is not on the allow-list`. */
  detail: string;
}

export interface TaskEgress {
  /** The task's allow-list, as the proxy applied it. */
  allowHosts: string[];
  /** Connections forwarded. */
  allowed: number;
  /** Connections refused. */
  refused: number;
  /** The refused connections, oldest first (the first {@link MAX_EGRESS_REFUSALS}). */
  refusals: EgressRefusal[];
}

/** Refusals kept per task (and unattributed ones per run); later ones are only counted. */
export const MAX_EGRESS_REFUSALS = 100;

/** The run's egress policy (`network: allowlist`). */
export interface RunEgressInfo {
  policy: 'allowlist';
  /** Entries every task gets (the model API of claude tasks and `allow-hosts`); tasks may add their own. */
  allowHosts: string[];
  /** Time to create the network and start the proxy, in ms. */
  startMs: number;
  /** Refusals whose task the proxy could not tell (no or wrong credentials from an unknown address). */
  unattributed: EgressRefusal[];
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
   * How many times slower the memory probe's passes ran while agents ran than while none did (median);
   * null or absent without a probe (one CPU, no baseline). Memory-bound tasks ran that much slower on
   * their CPUs; the part the other tasks caused is in contentionMs.
   */
  memorySlowdown?: number | null;
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
  /** Tasks that ran and did not succeed, `verify_failed` included. */
  failed: number;
  /** Of `failed`: tasks whose result did not pass its `verify`. */
  verifyFailed: number;
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
  /** Why this mode (e.g. the subprocess fallback's reason); `null` when it is the one asked for. */
  modeReason: string | null;
  maxParallel: number;
  runDir: string;
  /** The orchestrating process, so readers can tell a live run from an interrupted one. */
  pid?: number;
  host?: string;
  /** Set with `network: allowlist`. */
  egress?: RunEgressInfo;
  /** How the task directories were made (`task-checkout`). */
  checkout?: TaskCheckoutInfo;
}

/** How a run made its task directories (`task-checkout`), for its log and results JSON. */
export interface TaskCheckoutInfo {
  /** `overlay`: one shared checkout of the base, an overlay mount per task; `full`: a checkout per task. */
  mode: 'overlay' | 'full';
  /** Why full checkouts were used though `auto` or `overlay` was asked for; null otherwise. */
  reason: string | null;
  /** ms the shared checkout of the base took (overlay); null when none was made. */
  baseMs: number | null;
}

/** Which part of a sharded run a result is (`run --shard`, the action's `shard` mode). */
export interface ShardInfo {
  /** 1-based. */
  index: number;
  count: number;
  /** The task ids the plan gave this shard. */
  tasks: string[];
  planFingerprint: string;
  /** The runner that ran it: `RUNNER_NAME`, else the host name. */
  runner: string;
  /** Why the shard failed before or outside its tasks (its tasks are then `cancelled`). */
  error?: string;
}

/** The results JSON (`--json FILE`, action output `results`). Documented in the README. */
export interface RunResult {
  version: 1;
  run: RunInfo & RunMetrics;
  tasks: TaskRecord[];
  /** Set for one shard of a sharded run. */
  shard?: ShardInfo;
}

/** Events the engine emits; the journal writes them as NDJSON, the CLI/action/dashboard consume them. */
export type RunEvent =
  | { type: 'run-started'; at: number; run: RunInfo; tasks: Pick<TaskRecord, 'id' | 'title' | 'file' | 'dependsOn' | 'branch'>[] }
  | { type: 'task-state'; at: number; runId: string; taskId: string; status: TaskStatus; record: TaskRecord }
  /** `attempt`: which attempt of a best-of-N task (absent for a task with one). */
  | { type: 'task-sample'; at: number; runId: string; taskId: string; attempt?: number; sample: ResourceSample }
  | { type: 'task-output'; at: number; runId: string; taskId: string; attempt?: number; stream: 'stdout' | 'stderr'; text: string }
  /** What the agent is doing, parsed from its output as it runs (claude in stream mode). */
  | { type: 'task-progress'; at: number; runId: string; taskId: string; attempt?: number; progress: AgentProgress }
  /** The egress proxy refused a connection; `taskId` null when it could not tell whose. */
  | { type: 'egress-refused'; at: number; runId: string; taskId: string | null; refusal: EgressRefusal }
  | { type: 'run-finished'; at: number; runId: string; result: RunResult };

/** The record of a task that has not been picked up yet. */
export function queuedTaskRecord(task: Pick<TaskSpec, 'id' | 'title' | 'file' | 'issues' | 'dependsOn'>, branch: string | null, queuedAt: number): TaskRecord {
  return {
    id: task.id,
    title: task.title,
    file: task.file,
    issues: task.issues,
    dependsOn: task.dependsOn,
    status: 'queued',
    reason: null,
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
    stall: null,
    contentionMs: null,
    soloMs: null,
    agent: null,
    logFile: null,
    worktree: null,
  };
}
