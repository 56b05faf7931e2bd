import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
} from "./chunk-NICPRFSV.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-DPSJB2AN.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-LQGQMKLP.js";
import "./chunk-VPH2IRRT.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepAgentProcesses,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-CDUJPBRP.js.map
