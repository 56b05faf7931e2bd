import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-XUAPGWLZ.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-MJWJWOF3.js";
import "./chunk-MVW6VZB7.js";
import "./chunk-UVUY3VDF.js";
import "./chunk-2RLRTSAY.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-RZBMJRX5.js";
import "./chunk-J7EXVRYH.js";
import "./chunk-3QWSHKCO.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-VDBZ7UD3.js";
import "./chunk-7F4SQ2EB.js";
import "./chunk-CXRPA4OR.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-6OUNL2FV.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-DNMEJA4L.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-KDLDDY6B.js";
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
//# sourceMappingURL=main-WEZ75F2Q.js.map
