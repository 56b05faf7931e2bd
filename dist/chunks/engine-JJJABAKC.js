import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-OIJYJVRH.js";
import "./chunk-R5PDEGAW.js";
import "./chunk-RUAPOKCS.js";
import "./chunk-EMXOR5HR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WQ7UYPHC.js";
import "./chunk-UWBDK65U.js";
import "./chunk-T4UTN5V3.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-KM5QMFJX.js";
import "./chunk-PD3GZJJN.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-JJJABAKC.js.map
