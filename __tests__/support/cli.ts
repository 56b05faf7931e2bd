/** Where tests find the built CLI (`npm run build` first). One constant, so a move is fixed in one place. */
import path from 'node:path';

export const CLI_PATH = path.resolve(import.meta.dirname, '..', '..', 'lib', 'cli.js');
