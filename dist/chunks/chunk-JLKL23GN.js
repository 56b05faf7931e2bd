import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/model.ts
var FINAL_STATUSES = ["succeeded", "failed", "timed_out", "oom", "skipped", "cancelled"];
function queuedTaskRecord(task, branch, queuedAt) {
  return {
    id: task.id,
    title: task.title,
    file: task.file,
    issues: task.issues,
    dependsOn: task.dependsOn,
    status: "queued",
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
    worktree: null
  };
}

export {
  FINAL_STATUSES,
  queuedTaskRecord
};
//# sourceMappingURL=chunk-JLKL23GN.js.map
