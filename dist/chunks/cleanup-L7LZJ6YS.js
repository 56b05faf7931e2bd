import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepWorktrees
} from "./chunk-NRTX6N4U.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-R6UQBHJO.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-EDEKUZCY.js";
import "./chunk-32MECTYP.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-27OXIP47.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-L7LZJ6YS.js.map
