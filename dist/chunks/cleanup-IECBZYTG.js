import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  collectGarbage,
  sweepWorktrees
} from "./chunk-KPPG2WRW.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-PRKUO5YH.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-5B56ZKDS.js";
import "./chunk-32MECTYP.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-27OXIP47.js";
import "./chunk-R53F5UBH.js";
export {
  collectGarbage,
  sweepWorktrees
};
//# sourceMappingURL=cleanup-IECBZYTG.js.map
