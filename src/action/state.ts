/**
 * What the main step hands to the post step, through the runner's step state: typed, saved before
 * anything starts, so the post step can clean up even when the main step was killed.
 */
import * as core from '@actions/core';

export interface SavedRunState {
  runId: string;
  stateDir: string;
  repo: string;
  keepWorktrees: boolean;
}

export function markPostStep(): void {
  core.saveState('isPost', 'true');
}

export function isPostStep(): boolean {
  return core.getState('isPost') === 'true';
}

export function saveRunState(state: SavedRunState): void {
  core.saveState('runId', state.runId);
  core.saveState('stateDir', state.stateDir);
  core.saveState('repo', state.repo);
  core.saveState('keepWorktrees', String(state.keepWorktrees));
}

/** The saved run, or `null` when the main step never started one. */
export function loadRunState(): SavedRunState | null {
  const runId = core.getState('runId');
  const stateDir = core.getState('stateDir');
  if (!runId || !stateDir) return null;
  return { runId, stateDir, repo: core.getState('repo'), keepWorktrees: core.getState('keepWorktrees') === 'true' };
}
