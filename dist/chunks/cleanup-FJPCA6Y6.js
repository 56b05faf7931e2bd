import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-5BLZA56J.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-WFQ5Q5W7.js";
import "./chunk-HF4XEBLJ.js";
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
//# sourceMappingURL=cleanup-FJPCA6Y6.js.map
