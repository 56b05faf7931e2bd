import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/errors.ts
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  errorMessage
};
//# sourceMappingURL=chunk-WFQBRZCM.js.map
