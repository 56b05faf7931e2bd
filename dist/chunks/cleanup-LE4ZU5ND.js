import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-ZUPL2BUQ.js";
import "./chunk-UVH4DZDW.js";
import "./chunk-54LLDZAM.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-R3EFVJSH.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-GQ7HRIQA.js";
import "./chunk-QY62O2KA.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-LE4ZU5ND.js.map
