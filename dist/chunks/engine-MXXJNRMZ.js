import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-2XSKAGBG.js";
import "./chunk-XVA5DYO3.js";
import "./chunk-6PLDXUHM.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-3DWMPPLR.js";
import "./chunk-2ZR5N6ZW.js";
import "./chunk-VJOMDSXE.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-CCBSMBIL.js";
import "./chunk-4ANR2JZV.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-MXXJNRMZ.js.map
