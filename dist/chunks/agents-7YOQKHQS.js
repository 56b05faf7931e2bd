import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CLAUDE_DEFAULT_MAX_RETRIES,
  claudeAgent,
  claudeEnv,
  claudeFlags,
  claudeMaxRetries,
  claudeResultIsTransient,
  claudeRetryWindowMs,
  commandAgent,
  extractScript,
  findClaudeResult,
  getAgent,
  isTransientApiStatus,
  lastNonEmptyLine,
  parseClaudeOutput,
  readTail,
  renderCommandTemplate,
  reportFromClaudeResult,
  scriptAgent,
  scriptPath,
  shellQuote
} from "./chunk-CXRPA4OR.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-KDLDDY6B.js";
import "./chunk-R53F5UBH.js";
export {
  CLAUDE_DEFAULT_MAX_RETRIES,
  claudeAgent,
  claudeEnv,
  claudeFlags,
  claudeMaxRetries,
  claudeResultIsTransient,
  claudeRetryWindowMs,
  commandAgent,
  extractScript,
  findClaudeResult,
  getAgent,
  isTransientApiStatus,
  lastNonEmptyLine,
  parseClaudeOutput,
  readTail,
  renderCommandTemplate,
  reportFromClaudeResult,
  scriptAgent,
  scriptPath,
  shellQuote
};
//# sourceMappingURL=agents-7YOQKHQS.js.map
