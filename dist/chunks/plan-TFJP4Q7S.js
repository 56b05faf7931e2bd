import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
} from "./chunk-GMQO7RV5.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-D6UOSLFZ.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-TKXGCVYW.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=plan-TFJP4Q7S.js.map
