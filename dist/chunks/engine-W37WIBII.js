import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-EH66NUBE.js";
import "./chunk-CPWZ4VYV.js";
import "./chunk-53ROZ2U5.js";
import "./chunk-4LCY5GGP.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-ENLI7GB4.js";
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
//# sourceMappingURL=engine-W37WIBII.js.map
