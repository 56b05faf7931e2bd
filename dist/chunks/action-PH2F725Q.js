import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  isPostStep,
  markPostStep
} from "./chunk-E2BRRTYB.js";
import "./chunk-PVYB443Y.js";
import "./chunk-R53F5UBH.js";

// src/action/index.ts
if (isPostStep()) {
  let { run } = await import("./post-5HCURF3G.js");
  await run();
} else {
  markPostStep();
  let { run } = await import("./main-OB22MY4V.js");
  await run();
}
//# sourceMappingURL=action-PH2F725Q.js.map
