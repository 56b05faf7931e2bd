import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-JO5UVZA2.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-LJZQ7KWW.js";
import "./chunk-W5YFAPAW.js";
import "./chunk-DPSJB2AN.js";
import "./chunk-GU5O4VED.js";
import "./chunk-JLKL23GN.js";
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
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-OYTQB2VS.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-NE5TIKRJ.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/action/main.ts
async function run() {
  let action = new ActionRun(process.env);
  try {
    await action.run();
  } catch (error) {
    setFailed(errorMessage(error));
  } finally {
    await action.close();
  }
}
export {
  run
};
//# sourceMappingURL=main-WI3QMWPP.js.map
