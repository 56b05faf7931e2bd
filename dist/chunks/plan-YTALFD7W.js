import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
} from "./chunk-EU45FU7I.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-JDN55ONR.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-E4YLIDI6.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-27OXIP47.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-4PTX7WJT.js";
import "./chunk-R53F5UBH.js";
export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=plan-YTALFD7W.js.map
