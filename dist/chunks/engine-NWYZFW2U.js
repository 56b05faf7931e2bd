import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-NAWOY3IQ.js";
import "./chunk-TJKTIVHG.js";
import "./chunk-XFRNSDKF.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-4ZFMDDWR.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import "./chunk-W3RHF4P7.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-25BDA3SB.js";
import "./chunk-HMXCLKP7.js";
import {
  queuedTaskRecord
} from "./chunk-RRFFMOIK.js";
import "./chunk-VL4BPSPC.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-NWYZFW2U.js.map
