/** Records and specs the tests build again and again, from the engine's own constructors where there is one. */
import type { CheckRun, TaskRecord } from '../../src/core/model.js';
import type { ExecSpec } from '../../src/exec/types.js';
import { queuedTaskRecord } from '../../src/run/engine.js';

/** A task record: a queued one for `id` (as the engine makes it), then `patch`. */
export function taskRecord(id: string, patch: Partial<TaskRecord> = {}): TaskRecord {
  const base = queuedTaskRecord({ id, title: id, file: `prompts/${id}.md`, issues: [], dependsOn: [] }, `fanout/${id}`, 0);
  return { ...base, status: 'succeeded', exitCode: 0, ...patch };
}

/** An exec spec for the subprocess executor: `argv` in `workdir`, logs under `logDir`, then `patch`. */
export function execSpec(argv: string[], workdir: string, logDir: string, patch: Partial<ExecSpec> = {}): ExecSpec {
  return {
    runId: 'run-1',
    taskId: 'demo-task',
    argv,
    env: { PATH: process.env.PATH! },
    workdir,
    timeoutMs: 20_000,
    logFile: `${logDir}/task.log`,
    stdoutFile: `${logDir}/stdout.txt`,
    // The subprocess executor uses none of it.
    container: { mounts: [], user: '', image: '', cpus: 1, memoryBytes: 0, pidsLimit: 0, network: 'none' },
    ...patch,
  };
}

/** A verify (or judge) run that passed or not: `npm test` on a commit, then `patch`. */
export function checkRun(passed: boolean, patch: Partial<CheckRun> = {}): CheckRun {
  return {
    command: 'npm test',
    commit: 'b'.repeat(40),
    passed,
    outcome: 'exited',
    exitCode: passed ? 0 : 1,
    startedAt: 0,
    finishedAt: 4200,
    durationMs: 4200,
    timeoutMs: 600_000,
    outputTail: passed ? '' : 'FAIL',
    logFile: null,
    ...(passed ? {} : { reason: 'verify exited with code 1 after 4.2s' }),
    ...patch,
  };
}
