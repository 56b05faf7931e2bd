/** Action entry: runs the main step, or the post step when the main step saved `isPost`. */
import './shim.js';
import * as core from '@actions/core';

if (core.getState('isPost') === 'true') {
  const { run } = await import('./post.js');
  await run();
} else {
  core.saveState('isPost', 'true');
  const { run } = await import('./main.js');
  await run();
}
