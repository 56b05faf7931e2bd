import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/shim.ts
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var g = globalThis, file = fileURLToPath(import.meta.url);
g.__filename ??= file;
g.__dirname ??= path.dirname(file);
g.require ??= createRequire(import.meta.url);
//# sourceMappingURL=chunk-PVYB443Y.js.map
