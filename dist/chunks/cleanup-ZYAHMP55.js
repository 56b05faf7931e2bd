import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-JZZ56KIL.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-WFQ5Q5W7.js";
import "./chunk-TDAAVPIX.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-IR7VWQ6X.js";
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
//# sourceMappingURL=cleanup-ZYAHMP55.js.map
