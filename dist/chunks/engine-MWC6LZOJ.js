import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  queuedTaskRecord,
  runFanout
} from "./chunk-HM3OZKDT.js";
import "./chunk-R5PDEGAW.js";
import "./chunk-RUAPOKCS.js";
import "./chunk-EMXOR5HR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WQ7UYPHC.js";
import "./chunk-UWBDK65U.js";
import "./chunk-BXH5H44Z.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-AWRCP4ZD.js";
import "./chunk-6IM3F4EC.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-L2J3HFVA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-MWC6LZOJ.js.map
