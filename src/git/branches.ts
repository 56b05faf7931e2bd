/**
 * Task branches as refs the orchestrator alone moves: names reserved with an atomic create at run
 * start, then every later change a compare-and-swap against the value this run set, so two runs on
 * one repository never share a branch and nothing an agent or another process did is overwritten.
 */
import { assertNotOption, type Git } from './git.js';
import { uniqueBranchNames } from './worktrees.js';

export interface ReserveBranchesOptions {
  /** Remote whose branches count as taken too (e.g. `origin`). */
  remote?: string;
  /** Token for reading `remote`. */
  token?: string;
  /** How many `-tryN` names to try per task before giving up. Default 100. */
  maxTries?: number;
}

/**
 * Creates `refs/heads/<name>` at `at` for each base name, taking the first free of `<base>`,
 * `<base>-try2`, … The create is atomic (the ref must not exist), so a concurrent run that picked the
 * same name from its own listing gets the next one instead. Returns the names, in the order of `bases`.
 */
export async function reserveBranches(git: Git, bases: string[], at: string, opts: ReserveBranchesOptions = {}): Promise<string[]> {
  const names = await uniqueBranchNames(git, bases, opts.remote, { token: opts.token, maxTries: opts.maxTries });
  // One transaction for all: the common case costs one git call however many tasks there are.
  if (names.length === 0 || (await createRefs(git, names, at))) return names;
  const chosen: string[] = [];
  for (const [i, base] of bases.entries()) {
    let name = names[i];
    for (let attempt = 1; ; attempt++) {
      if (await createRefs(git, [name], at)) break;
      if (attempt >= (opts.maxTries ?? 100)) throw new Error(`could not reserve a branch name for '${base}': another process keeps taking them`);
      // Listed again: what was free at the first listing was taken meanwhile.
      name = (await uniqueBranchNames(git, [base], opts.remote, { token: opts.token, maxTries: opts.maxTries }))[0];
    }
    chosen.push(name);
  }
  return chosen;
}

/** Creates every `refs/heads/<name>` at `at` in one transaction, or none; false when one exists already. */
async function createRefs(git: Git, names: string[], at: string): Promise<boolean> {
  for (const name of names) assertNotOption(name, 'branch name');
  const input = names.map((n) => `create refs/heads/${n} ${at}\n`).join('');
  const out = await git.exec(['update-ref', '--stdin'], { input, allowFailure: true });
  return out.exitCode === 0;
}

/**
 * Moves `refs/heads/<branch>` from `from` to `to`, only if it still points at `from`; false when it
 * does not (someone else moved or deleted it), and the branch is left as it is.
 */
export async function moveBranch(git: Git, branch: string, to: string, from: string): Promise<boolean> {
  assertNotOption(branch, 'branch name');
  if (to === from) return (await git.tryRevParse(`refs/heads/${branch}`)) === from;
  const out = await git.exec(['update-ref', `refs/heads/${branch}`, to, from], { allowFailure: true });
  return out.exitCode === 0;
}

/** Deletes `refs/heads/<branch>` if it still points at `at` (a reservation never used); false otherwise. */
export async function releaseBranch(git: Git, branch: string, at: string): Promise<boolean> {
  assertNotOption(branch, 'branch name');
  const out = await git.exec(['update-ref', '-d', `refs/heads/${branch}`, at], { allowFailure: true });
  return out.exitCode === 0;
}
