import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-UATFDERZ.js";
import "./chunk-UVH4DZDW.js";
import "./chunk-3ZXF3LLA.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-R3EFVJSH.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-2B57ZFKS.js";
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
//# sourceMappingURL=cleanup-7XWQQKYB.js.map
