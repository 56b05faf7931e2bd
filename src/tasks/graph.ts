/**
 * The dependency graph between tasks (`depends_on`). Pure functions over TaskSpec lists; ids that a
 * task depends on but that are not in the list are ignored here (loadTasks rejects them earlier).
 */
import type { TaskSpec } from './types.js';

type GraphTask = Pick<TaskSpec, 'id' | 'dependsOn'>;

function byId<T extends GraphTask>(tasks: readonly T[]): Map<string, T> {
  return new Map(tasks.map((t) => [t.id, t]));
}

/**
 * A dependency cycle as ids, first id repeated at the end (`['a', 'b', 'c', 'a']`), or null.
 * Searches from tasks in list order, so the same input always reports the same cycle.
 */
export function findCycle(tasks: readonly GraphTask[]): string[] | null {
  const tasksById = byId(tasks);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const dep of tasksById.get(id)?.dependsOn ?? []) {
      if (!tasksById.has(dep)) continue;
      const seen = state.get(dep);
      if (seen === 'visiting') return [...stack.slice(stack.indexOf(dep)), dep];
      if (seen === undefined) {
        const cycle = visit(dep);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };

  for (const task of tasks) {
    if (state.has(task.id)) continue;
    const cycle = visit(task.id);
    if (cycle) return cycle;
  }
  return null;
}

/** `a -> b -> c -> a`. */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' -> ');
}

/**
 * Tasks ordered so that each comes after everything it depends on; among tasks that are ready at
 * the same time, input order is kept. Throws on a cycle.
 */
export function topoOrder<T extends GraphTask>(tasks: readonly T[]): T[] {
  const tasksById = byId(tasks);
  const placed = new Set<string>();
  const order: T[] = [];
  while (order.length < tasks.length) {
    const ready = tasks.find(
      (t) => !placed.has(t.id) && t.dependsOn.every((dep) => placed.has(dep) || !tasksById.has(dep)),
    );
    if (!ready) {
      const cycle = findCycle(tasks.filter((t) => !placed.has(t.id)));
      throw new Error(`dependency cycle: ${cycle ? formatCycle(cycle) : 'unknown'}`);
    }
    placed.add(ready.id);
    order.push(ready);
  }
  return order;
}

/** Ids of every task that depends on `id`, directly or through others, in input order. */
export function dependentsOf(tasks: readonly GraphTask[], id: string): string[] {
  const found = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const task of tasks) {
      if (found.has(task.id) || task.id === id) continue;
      if (task.dependsOn.some((dep) => frontier.includes(dep))) {
        found.add(task.id);
        next.push(task.id);
      }
    }
    frontier = next;
  }
  return tasks.map((t) => t.id).filter((t) => found.has(t));
}

/**
 * The longest chain of durations through the dependency graph: the least wall time any schedule
 * with unlimited parallelism could take. Tasks without a duration count as 0; unknown dependency ids
 * are ignored, and a cycle (which loading rejects earlier) is cut where it closes.
 */
export function criticalPathMs(tasks: readonly GraphTask[], durationById: ReadonlyMap<string, number>): number {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const finish = new Map<string, number>();
  const visiting = new Set<string>();
  const finishOf = (task: GraphTask): number => {
    const known = finish.get(task.id);
    if (known !== undefined) return known;
    if (visiting.has(task.id)) return 0;
    visiting.add(task.id);
    let start = 0;
    for (const dep of task.dependsOn) {
      const depTask = byId.get(dep);
      if (depTask) start = Math.max(start, finishOf(depTask));
    }
    visiting.delete(task.id);
    const duration = durationById.get(task.id);
    const end = start + (duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : 0);
    finish.set(task.id, end);
    return end;
  };
  return Math.max(0, ...tasks.map(finishOf));
}
