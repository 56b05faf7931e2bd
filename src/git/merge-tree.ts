/** In-memory merges with `git merge-tree --write-tree` (git ≥ 2.38): no worktree or index is touched. */
import type { Git } from './git.js';

export interface MergeTreeResult {
  /** No conflicts. */
  clean: boolean;
  /** The merged tree (with conflict markers in conflicted files). */
  tree: string;
  /** Paths with conflicts; empty for a clean merge. */
  conflictedFiles: string[];
}

/**
 * Merges commits `a` and `b`. Exit code 1 means conflicts, but git 2.39 also exits 1 when a ref
 * cannot be resolved; only the tree oid on the first line tells the two apart.
 */
export async function mergeTree(git: Git, a: string, b: string): Promise<MergeTreeResult> {
  const out = await git.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', a, b], { allowFailure: true });
  // -z output: the tree oid, then one conflicted path per NUL-terminated field.
  const fields = out.stdout.split('\0').filter((f) => f !== '');
  const tree = fields[0] ?? '';
  if ((out.exitCode !== 0 && out.exitCode !== 1) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tree)) {
    throw new Error(`git merge-tree ${a} ${b} failed with exit code ${out.exitCode}: ${out.stderr.trim() || out.stdout.trim()}`);
  }
  return { clean: out.exitCode === 0, tree, conflictedFiles: out.exitCode === 1 ? fields.slice(1) : [] };
}
