import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
} from "./chunk-GQINIHBZ.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-OYTQB2VS.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-NE5TIKRJ.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=plan-G6XMR4VF.js.map
