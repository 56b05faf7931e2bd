import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-4RUF5FXH.js";
import "./chunk-76ESKDW4.js";
import "./chunk-XFRNSDKF.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-OI7PW4IB.js";
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
//# sourceMappingURL=cleanup-GE4QGIFY.js.map
