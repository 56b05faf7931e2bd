import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/tasks/graph.ts
function byId(tasks) {
  return new Map(tasks.map((t) => [t.id, t]));
}
function findCycle(tasks) {
  let tasksById = byId(tasks), state = /* @__PURE__ */ new Map(), stack = [], visit = (id) => {
    state.set(id, "visiting"), stack.push(id);
    for (let dep of tasksById.get(id)?.dependsOn ?? []) {
      if (!tasksById.has(dep)) continue;
      let seen = state.get(dep);
      if (seen === "visiting") return [...stack.slice(stack.indexOf(dep)), dep];
      if (seen === void 0) {
        let cycle = visit(dep);
        if (cycle) return cycle;
      }
    }
    return stack.pop(), state.set(id, "done"), null;
  };
  for (let task of tasks) {
    if (state.has(task.id)) continue;
    let cycle = visit(task.id);
    if (cycle) return cycle;
  }
  return null;
}
function formatCycle(cycle) {
  return cycle.join(" -> ");
}
function dependentsOf(tasks, id) {
  let found = /* @__PURE__ */ new Set(), frontier = [id];
  for (; frontier.length > 0; ) {
    let next = [];
    for (let task of tasks)
      found.has(task.id) || task.id === id || task.dependsOn.some((dep) => frontier.includes(dep)) && (found.add(task.id), next.push(task.id));
    frontier = next;
  }
  return tasks.map((t) => t.id).filter((t) => found.has(t));
}
function criticalPathMs(tasks, durationById) {
  let byId2 = new Map(tasks.map((t) => [t.id, t])), finish = /* @__PURE__ */ new Map(), visiting = /* @__PURE__ */ new Set(), finishOf = (task) => {
    let known = finish.get(task.id);
    if (known !== void 0) return known;
    if (visiting.has(task.id)) return 0;
    visiting.add(task.id);
    let start = 0;
    for (let dep of task.dependsOn) {
      let depTask = byId2.get(dep);
      depTask && (start = Math.max(start, finishOf(depTask)));
    }
    visiting.delete(task.id);
    let duration = durationById.get(task.id), end = start + (duration !== void 0 && Number.isFinite(duration) && duration > 0 ? duration : 0);
    return finish.set(task.id, end), end;
  };
  return Math.max(0, ...tasks.map(finishOf));
}

export {
  findCycle,
  formatCycle,
  dependentsOf,
  criticalPathMs
};
//# sourceMappingURL=chunk-HYWQK3BD.js.map
