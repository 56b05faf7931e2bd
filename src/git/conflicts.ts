/** Which task branches would conflict with each other when merged, found without touching any worktree. */
import type { Git } from './git.js';
import { mergeTree, type MergeTreeResult } from './merge-tree.js';

export interface BranchRef {
  taskId: string;
  /** Branch name or commit of the task's result. */
  ref: string;
}

export interface BranchConflict {
  /** Task ids of the pair, in input order. */
  a: string;
  b: string;
  /** Paths with conflicts. */
  files: string[];
}

/**
 * Merges every pair in memory with `git merge-tree --write-tree` and
 * returns the pairs that conflict, in input order. Pairs run one after another: n·(n-1)/2 merges on
 * a machine the agents may still be using.
 */
export async function findConflicts(git: Git, branches: BranchRef[]): Promise<BranchConflict[]> {
  const conflicts: BranchConflict[] = [];
  for (let i = 0; i < branches.length; i++) {
    for (let j = i + 1; j < branches.length; j++) {
      const a = branches[i]!;
      const b = branches[j]!;
      let merged: MergeTreeResult;
      try {
        merged = await mergeTree(git, a.ref, b.ref);
      } catch (err) {
        throw new Error(`conflict check of tasks '${a.taskId}' and '${b.taskId}': ${(err as Error).message}`, { cause: err });
      }
      if (!merged.clean) conflicts.push({ a: a.taskId, b: b.taskId, files: merged.conflictedFiles });
    }
  }
  return conflicts;
}
