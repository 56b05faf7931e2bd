/** The built CLI (`npm run build` → lib/), as tests run it. */
import path from 'node:path';

export const CLI_PATH = path.resolve('lib/cli/bin.js');
