import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-MWTNRV63.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-5HKECJK3.js";
import "./chunk-EMHYZJ3D.js";
import "./chunk-TSMSGNHR.js";
import "./chunk-PRKUO5YH.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-5B56ZKDS.js";
import "./chunk-32MECTYP.js";
import "./chunk-T4UTN5V3.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-A5NVXGMR.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-JDN55ONR.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-E4YLIDI6.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-27OXIP47.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-4PTX7WJT.js";
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
//# sourceMappingURL=main-OB22MY4V.js.map
