import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  isPostStep,
  markPostStep
} from "./chunk-F5UEZNWR.js";
import "./chunk-PVYB443Y.js";
import "./chunk-R53F5UBH.js";

// src/action/index.ts
if (isPostStep()) {
  let { run } = await import("./post-YJURTL2C.js");
  await run();
} else {
  markPostStep();
  let { run } = await import("./main-H37RUT54.js");
  await run();
}
//# sourceMappingURL=action-XT27H65Z.js.map
