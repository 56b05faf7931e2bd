import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-XCPXJPCO.js";
import "./chunk-R6UQBHJO.js";
import "./chunk-TSMSGNHR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-EDEKUZCY.js";
import "./chunk-32MECTYP.js";
import "./chunk-EC3ZA6BZ.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-DP2OYIJN.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-27OXIP47.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-7YVRRVGB.js.map
