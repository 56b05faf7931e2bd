export { Git, GitError, assertNotOption, identityArgs } from './git.js';
export type { GitCreateOptions, GitExecOptions, GitIdentity, GitOutput } from './git.js';
export { authConfigArgs } from './auth.js';
export { remoteBranches } from './remote.js';
export type { AuthArgs } from './auth.js';
export {
  MergeConflictError,
  createWorktree,
  listWorktrees,
  mergeStartPoint,
  removeWorktree,
  taskBranchName,
  uniqueBranchName,
  uniqueBranchNames,
  withRepoLock,
} from './worktrees.js';
export type { CreateWorktreeOptions, MergeStartPointOptions, Worktree, WorktreeInfo } from './worktrees.js';
export { commitTaskResult, diffStats, parseNumstatZ } from './commit.js';
export type { CommitTaskOptions, TaskCommitResult } from './commit.js';
export { pushBranch, pushRefs } from './push.js';
export type { PushOptions, PushResult } from './push.js';
export { mergeTree } from './merge-tree.js';
export type { MergeTreeResult } from './merge-tree.js';
export { findConflicts } from './conflicts.js';
export type { BranchConflict, BranchRef } from './conflicts.js';
