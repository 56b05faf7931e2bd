import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
} from "./chunk-LX45Y6AX.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-QPHH7PTP.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-5MFVI4ZB.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=plan-7A7HUB6H.js.map
