/** Action entry: runs the main step, or the post step when the main step marked it. */
import '../core/shim.js';
import * as core from '@actions/core';
import { EventFileError, readEventPayload } from './event.js';
import { isPostStep, markPostStep } from './state.js';

if (isPostStep()) {
  const { run } = await import('./post.js');
  await run();
} else {
  markPostStep();
  // Checked before main.js loads @actions/github, which parses the event file at import.
  const problem = eventFileProblem();
  if (problem) {
    core.setFailed(problem);
  } else {
    const { run } = await import('./main.js');
    await run();
  }
}

function eventFileProblem(): string | null {
  try {
    readEventPayload(process.env.GITHUB_EVENT_PATH);
    return null;
  } catch (error) {
    if (error instanceof EventFileError) return error.message;
    throw error;
  }
}
