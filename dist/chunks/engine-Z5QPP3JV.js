import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-LQXYAG2M.js";
import "./chunk-XVA5DYO3.js";
import "./chunk-6PLDXUHM.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-ZE5P5QYW.js";
import "./chunk-J5DMG2KV.js";
import "./chunk-TPYXWG6U.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-COLQ5DXD.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-5J5JIMWD.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-Z5QPP3JV.js.map
