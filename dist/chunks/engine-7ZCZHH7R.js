import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-MJWJWOF3.js";
import "./chunk-MVW6VZB7.js";
import "./chunk-UVUY3VDF.js";
import "./chunk-2RLRTSAY.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-RZBMJRX5.js";
import "./chunk-J7EXVRYH.js";
import "./chunk-3QWSHKCO.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-VDBZ7UD3.js";
import "./chunk-7F4SQ2EB.js";
import "./chunk-CXRPA4OR.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-KDLDDY6B.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-7ZCZHH7R.js.map
