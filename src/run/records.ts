/** Task records as they start out. */
import type { TaskRecord } from '../core/model.js';
import type { TaskSpec } from '../tasks/types.js';

/** The record of a task that has not been picked up yet. */
export function queuedTaskRecord(task: TaskSpec, branch: string | null, queuedAt: number): TaskRecord {
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
    agent: null,
    logFile: null,
    worktree: null,
  };
}
