import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-NKN3EBN4.js";
import "./chunk-JGJE63U7.js";
import "./chunk-54LLDZAM.js";
import "./chunk-TDAAVPIX.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-R3EFVJSH.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-GQ7HRIQA.js";
import "./chunk-QY62O2KA.js";
import "./chunk-W3RHF4P7.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-25BDA3SB.js";
import "./chunk-5MRMAP2F.js";
import {
  queuedTaskRecord
} from "./chunk-MMA3EBF4.js";
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
//# sourceMappingURL=engine-TJTA4ED3.js.map
