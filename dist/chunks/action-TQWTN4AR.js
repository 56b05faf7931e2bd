import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  EventFileError,
  readEventPayload
} from "./chunk-3WJSCRAR.js";
import {
  isPostStep,
  markPostStep,
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-PVYB443Y.js";
import "./chunk-R53F5UBH.js";

// src/action/index.ts
if (isPostStep()) {
  let { run } = await import("./post-3J7OZ567.js");
  await run();
} else {
  markPostStep();
  let problem = eventFileProblem();
  if (problem)
    setFailed(problem);
  else {
    let { run } = await import("./main-G4J3BLLG.js");
    await run();
  }
}
function eventFileProblem() {
  try {
    return readEventPayload(process.env.GITHUB_EVENT_PATH), null;
  } catch (error) {
    if (error instanceof EventFileError) return error.message;
    throw error;
  }
}
//# sourceMappingURL=action-TQWTN4AR.js.map
