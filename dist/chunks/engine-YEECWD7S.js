import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  newRunId,
  runFanout
} from "./chunk-LJZQ7KWW.js";
import "./chunk-W5YFAPAW.js";
import "./chunk-DPSJB2AN.js";
import "./chunk-GU5O4VED.js";
import {
  queuedTaskRecord
} from "./chunk-JLKL23GN.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-LQGQMKLP.js";
import "./chunk-VPH2IRRT.js";
import "./chunk-CQXZON5V.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-VDBZ7UD3.js";
import "./chunk-7F4SQ2EB.js";
import "./chunk-XEDGXHIK.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  newRunId,
  queuedTaskRecord,
  runFanout
};
//# sourceMappingURL=engine-YEECWD7S.js.map
