import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-S2TV6BBB.js";
import "./chunk-DIX4CG4L.js";
import "./chunk-XFRNSDKF.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-4ZFMDDWR.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-PWII425W.js";
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
//# sourceMappingURL=cleanup-VM7RMDUC.js.map
