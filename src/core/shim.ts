/**
 * The ESM bundle has no CommonJS `__dirname`/`__filename`/`require`; some bundled CommonJS
 * dependencies (ssh2 under dockerode) read them at load time. Imported first by the entry points.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as Record<string, unknown>;
const file = fileURLToPath(import.meta.url);
g.__filename ??= file;
g.__dirname ??= path.dirname(file);
g.require ??= createRequire(import.meta.url);
