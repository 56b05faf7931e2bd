import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-NYFIWHRM.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-WFQ5Q5W7.js";
import "./chunk-6XW523Z6.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-O2H6XZWH.js";
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
//# sourceMappingURL=cleanup-GHIXOSJI.js.map
