import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  claudeAgent,
  claudeEnv,
  claudeFlags,
  commandAgent,
  extractScript,
  findClaudeResult,
  getAgent,
  lastNonEmptyLine,
  parseClaudeOutput,
  readTail,
  renderCommandTemplate,
  reportFromClaudeResult,
  scriptAgent,
  scriptPath,
  shellQuote
} from "./chunk-6IM3F4EC.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-L2J3HFVA.js";
import "./chunk-27OXIP47.js";
import "./chunk-R53F5UBH.js";
export {
  claudeAgent,
  claudeEnv,
  claudeFlags,
  commandAgent,
  extractScript,
  findClaudeResult,
  getAgent,
  lastNonEmptyLine,
  parseClaudeOutput,
  readTail,
  renderCommandTemplate,
  reportFromClaudeResult,
  scriptAgent,
  scriptPath,
  shellQuote
};
//# sourceMappingURL=agents-CLARBMVT.js.map
