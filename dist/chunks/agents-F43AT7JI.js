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
} from "./chunk-VL4BPSPC.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-NRSFWMVY.js";
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
//# sourceMappingURL=agents-F43AT7JI.js.map
