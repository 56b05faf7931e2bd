import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  dashboardCommand
} from "./chunk-VOPG4VVI.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-IRN5ONRS.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-637TQNQI.js";
import "./chunk-IJNXNNWZ.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-DFB6YQZ4.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-R53F5UBH.js";
export {
  DASHBOARD_USAGE,
  dashboardCommand
};
//# sourceMappingURL=dashboard-PVACGRBI.js.map
