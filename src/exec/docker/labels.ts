/**
 * Container labels: every task container carries the product, its run id and its task id, so a
 * sweeper can find and remove everything a run left behind. Labels are visible to anyone who can
 * `docker inspect`, so only identifiers go here — never environment values or secrets.
 */
import { PRODUCT_LABEL } from '../../core/config.js';

export const LABEL_PRODUCT = `${PRODUCT_LABEL}.product`;
export const LABEL_RUN_ID = `${PRODUCT_LABEL}.run-id`;
export const LABEL_TASK_ID = `${PRODUCT_LABEL}.task-id`;
/** The orchestrating process (pid and host): lets `gc` tell a live run's container from an orphan. */
export const LABEL_PID = `${PRODUCT_LABEL}.pid`;
export const LABEL_HOST = `${PRODUCT_LABEL}.host`;
export const PRODUCT_NAME = 'agent-fanout';

/** Keys callers may not set through `extra`: they identify the container to the sweeper. */
const RESERVED_KEYS = new Set([LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID]);

/**
 * The labels of one task container: product, run id, task id, plus `extra` (which cannot override
 * the three identifying keys).
 */
export function containerLabels(runId: string, taskId: string, extra: Record<string, string> = {}): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(extra)) {
    if (!RESERVED_KEYS.has(key)) labels[key] = value;
  }
  labels[LABEL_PRODUCT] = PRODUCT_NAME;
  labels[LABEL_RUN_ID] = runId;
  labels[LABEL_TASK_ID] = taskId;
  return labels;
}

/**
 * Docker `label` filter values (`key=value`) selecting product containers, optionally of one run
 * and/or one task. Use as `filters: { label: labelFilter({ runId }) }`.
 */
export function labelFilter(select: { runId?: string; taskId?: string } = {}): string[] {
  const filter = [`${LABEL_PRODUCT}=${PRODUCT_NAME}`];
  if (select.runId !== undefined) filter.push(`${LABEL_RUN_ID}=${select.runId}`);
  if (select.taskId !== undefined) filter.push(`${LABEL_TASK_ID}=${select.taskId}`);
  return filter;
}

/** Run id and task id read back from a container's labels; undefined when it is not ours. */
export function parseLabels(
  labels: Record<string, string> | undefined,
): { runId: string; taskId: string; pid?: number; host?: string } | undefined {
  if (!labels || labels[LABEL_PRODUCT] !== PRODUCT_NAME) return undefined;
  const pid = Number(labels[LABEL_PID]);
  return {
    runId: labels[LABEL_RUN_ID] ?? '',
    taskId: labels[LABEL_TASK_ID] ?? '',
    ...(Number.isInteger(pid) && pid > 0 ? { pid } : {}),
    ...(labels[LABEL_HOST] ? { host: labels[LABEL_HOST] } : {}),
  };
}

/** The labels naming the orchestrating process, for `containerLabels`' `extra`. */
export function orchestratorLabels(pid: number, host: string): Record<string, string> {
  return { [LABEL_PID]: String(pid), [LABEL_HOST]: host };
}
