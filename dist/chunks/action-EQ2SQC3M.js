import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  isPostStep,
  markPostStep
} from "./chunk-F5UEZNWR.js";
import "./chunk-PVYB443Y.js";
import "./chunk-R53F5UBH.js";

// src/action/index.ts
if (isPostStep()) {
  let { run } = await import("./post-B4H2JYTV.js");
  await run();
} else {
  markPostStep();
  let { run } = await import("./main-LLER2F7X.js");
  await run();
}
//# sourceMappingURL=action-EQ2SQC3M.js.map
