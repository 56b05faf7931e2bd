/** Records and specs the tests build again and again, from the engine's own constructors where there is one. */
import type { TaskRecord } from '../../src/core/model.js';
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
    mounts: [],
    user: '',
    image: '',
    cpus: 1,
    memoryBytes: 0,
    pidsLimit: 0,
    network: 'none',
    timeoutMs: 20_000,
    logFile: `${logDir}/task.log`,
    stdoutFile: `${logDir}/stdout.txt`,
    ...patch,
  };
}
