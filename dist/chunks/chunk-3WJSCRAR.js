import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/action/event.ts
import fs from "node:fs";
var EventFileError = class extends Error {
  constructor(message) {
    super(message), this.name = "EventFileError";
  }
};
function readEventPayload(file) {
  if (!file) return {};
  let fail = (why) => {
    throw new EventFileError(`GITHUB_EVENT_PATH names '${file}', which ${why}. The runner writes this file for each job; check the step's environment.`);
  }, text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    let code = error.code;
    fail(code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error instanceof Error ? error.message : String(error)).split(`
`)[0]})`);
  }
  return (typeof value != "object" || value === null || Array.isArray(value)) && fail(`holds ${Array.isArray(value) ? "a JSON array" : `JSON ${value === null ? "null" : typeof value}`}, not an event object`), value;
}

export {
  EventFileError,
  readEventPayload
};
//# sourceMappingURL=chunk-3WJSCRAR.js.map
