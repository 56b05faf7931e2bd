/** Action entry: runs the main step, or the post step when the main step marked it. */
import '../core/shim.js';
import { isPostStep, markPostStep } from './state.js';

if (isPostStep()) {
  const { run } = await import('./post.js');
  await run();
} else {
  markPostStep();
  const { run } = await import('./main.js');
  await run();
}
