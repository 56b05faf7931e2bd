/** The action's main step. */
import * as core from '@actions/core';

export async function run(): Promise<void> {
  try {
    core.info('agent-fanout: action skeleton; the engine is wired in by the action issue.');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
