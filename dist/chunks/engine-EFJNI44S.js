import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-ELVXUMN4.js";
import "./chunk-V4MBLBYR.js";
import "./chunk-5BSPPZFV.js";
import "./chunk-IRN5ONRS.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-N2KANZRW.js";
import "./chunk-637TQNQI.js";
import "./chunk-3BW2IRCC.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-4SAFWFLL.js";
import "./chunk-OXR6XXDR.js";
import {
  queuedTaskRecord
} from "./chunk-IJNXNNWZ.js";
import "./chunk-DMUQGGEB.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-DFB6YQZ4.js";
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
//# sourceMappingURL=engine-EFJNI44S.js.map
