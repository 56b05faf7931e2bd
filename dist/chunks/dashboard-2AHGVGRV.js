import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  dashboardCommand
} from "./chunk-ICXTN5FW.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-2RLRTSAY.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-J7EXVRYH.js";
import "./chunk-7F4SQ2EB.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-KDLDDY6B.js";
import "./chunk-R53F5UBH.js";
export {
  DASHBOARD_USAGE,
  dashboardCommand
};
//# sourceMappingURL=dashboard-2AHGVGRV.js.map
