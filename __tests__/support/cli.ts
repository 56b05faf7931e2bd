/** The built CLI the integration tests run (`npm run build` first). One constant, so a move of the entry point is one edit. */
import path from 'node:path';

export const CLI_PATH = path.resolve('lib/cli.js');
