import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-T3BJUBXG.js";
import "./chunk-7DEMDZ3J.js";
import "./chunk-YUERPSAY.js";
import "./chunk-4LCY5GGP.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-N2OOBFA6.js";
import "./chunk-637TQNQI.js";
import "./chunk-3BW2IRCC.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-E4DCLEY2.js";
import "./chunk-N567RUET.js";
import {
  queuedTaskRecord
} from "./chunk-LH3EDB5H.js";
import "./chunk-2S4AK7ZT.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-TCY2WGNU.js.map
