import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
} from "./chunk-FCJUW32G.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-THFK3VXE.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  PLAN_USAGE,
  describePlan,
  planCommand,
  readPlanFile,
  selectShard
};
//# sourceMappingURL=plan-HKUXZWVF.js.map
