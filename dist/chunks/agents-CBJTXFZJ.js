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
} from "./chunk-2S4AK7ZT.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-3G3J4R6R.js";
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
//# sourceMappingURL=agents-CBJTXFZJ.js.map
