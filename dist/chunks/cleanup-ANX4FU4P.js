import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepWorktrees
} from "./chunk-WJITWK6D.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-XVA5DYO3.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-3DWMPPLR.js";
import "./chunk-2ZR5N6ZW.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-4ANR2JZV.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-ANX4FU4P.js.map
