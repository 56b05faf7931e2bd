import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepWorktrees
} from "./chunk-IJYLGMOV.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-XVA5DYO3.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-ZE5P5QYW.js";
import "./chunk-J5DMG2KV.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-5J5JIMWD.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-77PRB4DY.js.map
