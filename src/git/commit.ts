/** Turning what an agent left in its worktree into a commit, and measuring it. */
import { Git, identityArgs, type GitIdentity } from './git.js';

export interface CommitTaskOptions {
  /** Message for the commit of uncommitted changes (the agent's own commits keep theirs). */
  message: string;
  identity: GitIdentity;
  /** The commit the task branch started at; the figures are measured against it. */
  baseCommit: string;
}

export interface TaskCommitResult {
  /** HEAD when it moved off `baseCommit`, else `null` (the agent changed nothing). */
  commit: string | null;
  filesChanged: number;
  insertions: number;
  deletions: number;
  /** Paths changed since `baseCommit` (the new path of a rename). */
  changedFiles: string[];
}

/**
 * Commits whatever the agent left uncommitted (`git add -A`, honouring .gitignore) on top of any
 * commits it made itself, then measures `baseCommit..HEAD` with `git diff --numstat`. Binary files
 * count as changed with 0 insertions and deletions.
 */
export async function commitTaskResult(worktree: Git | string, opts: CommitTaskOptions): Promise<TaskCommitResult> {
  const git = typeof worktree === 'string' ? await Git.create(worktree) : worktree;
  await git.exec(['add', '-A']);
  const staged = await git.exec(['diff', '--cached', '--quiet'], { allowFailure: true });
  if (staged.exitCode > 1) throw new Error(`git diff --cached --quiet failed in ${git.topLevel}: ${staged.stderr.trim()}`);
  if (staged.exitCode === 1) {
    await git.exec([...identityArgs(opts.identity), 'commit', '--quiet', '--no-verify', '-F', '-'], { input: `${opts.message}\n` });
  }
  const head = await git.currentHead();
  const base = await git.revParse(opts.baseCommit);
  if (head === base) return { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
  const stats = await diffStats(git, base, head);
  return { commit: head, ...stats };
}

/** `git diff --numstat` between two commits, with renames found so a moved file counts once. */
export async function diffStats(git: Git, from: string, to: string): Promise<Omit<TaskCommitResult, 'commit'>> {
  const out = await git.exec(['diff', '--numstat', '-z', '--find-renames', from, to]);
  return parseNumstatZ(out.stdout);
}

/**
 * Parses `--numstat -z`: `<ins>\t<del>\t<path>\0`, or for a rename `<ins>\t<del>\t\0<old>\0<new>\0`;
 * binary files show `-` for both counts.
 */
export function parseNumstatZ(text: string): Omit<TaskCommitResult, 'commit'> {
  const fields = text.split('\0');
  const changedFiles: string[] = [];
  let insertions = 0;
  let deletions = 0;
  for (let i = 0; i < fields.length; i++) {
    const m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]!);
    if (!m) continue;
    insertions += m[1] === '-' ? 0 : Number(m[1]);
    deletions += m[2] === '-' ? 0 : Number(m[2]);
    if (m[3] !== '') {
      changedFiles.push(m[3]!);
    } else {
      changedFiles.push(fields[i + 2] ?? fields[i + 1] ?? '');
      i += 2;
    }
  }
  return { filesChanged: changedFiles.length, insertions, deletions, changedFiles };
}
