/**
 * The one bundle (dist/index.js): the Action when run as `node dist/index.js` (action.yml's main and
 * post), and the CLI's code for dist/cli.js, which imports it and calls `cli()`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { main as cli } from './cli/index.js';

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await import('./action/index.js');
}
