import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/tasks/types.ts
var PromptError = class extends Error {
  constructor(file, field, detail) {
    super(field ? `${file}: field '${field}': ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.field = field;
    this.name = "PromptError";
  }
  file;
  field;
};

export {
  PromptError
};
//# sourceMappingURL=chunk-H2D3RH5R.js.map
