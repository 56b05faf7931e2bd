/** The action's post step: cleanup that never fails the job. */
import * as core from '@actions/core';

export async function run(): Promise<void> {
  try {
    core.info('agent-fanout: post step');
  } catch (error) {
    core.warning(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
