import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PRODUCT_LABEL
} from "./chunk-NRSFWMVY.js";

// src/exec/docker/labels.ts
var LABEL_PRODUCT = `${PRODUCT_LABEL}.product`, LABEL_RUN_ID = `${PRODUCT_LABEL}.run-id`, LABEL_TASK_ID = `${PRODUCT_LABEL}.task-id`, LABEL_PID = `${PRODUCT_LABEL}.pid`, LABEL_HOST = `${PRODUCT_LABEL}.host`, PRODUCT_NAME = "agent-fanout", RESERVED_KEYS = /* @__PURE__ */ new Set([LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID]);
function containerLabels(runId, taskId, extra = {}) {
  let labels = {};
  for (let [key, value] of Object.entries(extra))
    RESERVED_KEYS.has(key) || (labels[key] = value);
  return labels[LABEL_PRODUCT] = PRODUCT_NAME, labels[LABEL_RUN_ID] = runId, labels[LABEL_TASK_ID] = taskId, labels;
}
function labelFilter(select = {}) {
  let filter = [`${LABEL_PRODUCT}=${PRODUCT_NAME}`];
  return select.runId !== void 0 && filter.push(`${LABEL_RUN_ID}=${select.runId}`), select.taskId !== void 0 && filter.push(`${LABEL_TASK_ID}=${select.taskId}`), filter;
}
function parseLabels(labels) {
  if (!labels || labels[LABEL_PRODUCT] !== PRODUCT_NAME) return;
  let pid = Number(labels[LABEL_PID]);
  return {
    runId: labels[LABEL_RUN_ID] ?? "",
    taskId: labels[LABEL_TASK_ID] ?? "",
    ...Number.isInteger(pid) && pid > 0 ? { pid } : {},
    ...labels[LABEL_HOST] ? { host: labels[LABEL_HOST] } : {}
  };
}
function orchestratorLabels(pid, host) {
  return { [LABEL_PID]: String(pid), [LABEL_HOST]: host };
}

// src/core/timers.ts
function setLongTimeout(fn, ms, options = {}) {
  if (Number.isNaN(ms) || ms < 0) throw new TypeError(`setLongTimeout: the delay must be a number \u2265 0, got ${ms}`);
  let handle, cleared = !1, arm = (remaining) => {
    if (cleared || remaining === 1 / 0) return;
    let step = Math.min(remaining, 2147483647);
    handle = setTimeout(() => {
      remaining > step ? arm(remaining - step) : fn();
    }, step), options.unref && handle.unref();
  };
  return arm(ms), {
    clear() {
      cleared = !0, clearTimeout(handle);
    }
  };
}
function timerDelay(owner, name, value) {
  if (!Number.isFinite(value) || value <= 0 || value > 2147483647)
    throw new TypeError(`${owner}: ${name} must be a number of milliseconds greater than 0 and at most 2147483647, got ${value}`);
  return value;
}

export {
  LABEL_PRODUCT,
  LABEL_RUN_ID,
  PRODUCT_NAME,
  containerLabels,
  labelFilter,
  parseLabels,
  orchestratorLabels,
  setLongTimeout,
  timerDelay
};
//# sourceMappingURL=chunk-QY62O2KA.js.map
