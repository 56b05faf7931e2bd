/** The action's main step: `run()` turns any setup error into the step's one failure message. */
import * as core from '@actions/core';
import { errorMessage } from '../github/client.js';
import { ActionRun } from './run-action.js';

export async function run(): Promise<void> {
  const action = new ActionRun(process.env);
  try {
    await action.run();
  } catch (error) {
    core.setFailed(errorMessage(error));
  } finally {
    // An open dashboard server would keep the step alive after a failure.
    await action.close();
  }
}
