import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  stripControl
} from "./chunk-RDMBHCDM.js";
import {
  FORBIDDEN_ENV
} from "./chunk-NRSFWMVY.js";

// src/agents/claude-prices.ts
var PRICES = [
  { match: /opus-(?:4-[5-9]|[5-9])/, input: 5, output: 25 },
  { match: /opus/, input: 15, output: 75 },
  { match: /sonnet/, input: 3, output: 15 },
  { match: /haiku-(?:4|[5-9])/, input: 1, output: 5 },
  { match: /3-5-haiku|haiku-3-5/, input: 0.8, output: 4 },
  { match: /haiku/, input: 0.25, output: 1.25 }
];
function estimateClaudeCostUsd(model, tokens) {
  if (!model) return null;
  let price = PRICES.find((p) => p.match.test(model.toLowerCase()));
  if (!price) return null;
  let perToken = price.input / 1e6;
  return tokens.input * perToken + tokens.cacheCreation * perToken * 1.25 + tokens.cacheRead * perToken * 0.1 + tokens.output * (price.output / 1e6);
}

// src/agents/redact.ts
import path from "node:path";
var TOOL_DETAIL_MAX = 60, CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, SECRETS = [
  /\b(?:sk-ant-|sk-|gh[pousr]_|github_pat_|xox[abprs]-|glpat-|AKIA|ASIA)[A-Za-z0-9_-]{8,}/g,
  /\b((?:api[_-]?key|token|secret|password|passwd|auth|bearer)[\s"':=]+)[^\s"'&]+/gi,
  /[A-Za-z0-9+/_=-]{32,}/g
];
function sanitizeDetail(text, max2 = TOOL_DETAIL_MAX) {
  let out = text.replace(CONTROL, " ");
  out = out.replace(SECRETS[0], "***").replace(SECRETS[1], "$1***").replace(SECRETS[2], "***"), out = out.replace(/\s+/g, " ").trim();
  let chars = [...out];
  return chars.length <= max2 ? out : `${chars.slice(0, max2 - 1).join("")}\u2026`;
}
function sanitizeName(name, max2 = 40) {
  return name.replace(/[^A-Za-z0-9_.:<>-]/g, "").slice(0, max2) || "?";
}
function shortPath(file, cwd) {
  let normal = path.posix.normalize(file);
  if (cwd) {
    let rel = path.posix.relative(cwd, normal);
    if (rel === "") return ".";
    if (!rel.startsWith("..") && !path.posix.isAbsolute(rel)) return rel;
  }
  return path.posix.isAbsolute(normal) ? `\u2026/${path.posix.basename(normal)}` : normal;
}
function commandName(command) {
  let first = command.trim().split(/\s+/).find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? "";
  return path.posix.basename(first.replace(/^["'(]+/, ""));
}
function hostOf(url) {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
var str = (value) => typeof value == "string" && value !== "" ? value : null;
function describeToolCall(name, input, cwd) {
  let args = typeof input == "object" && input !== null ? input : {}, detail;
  switch (name) {
    case "Write":
    case "Edit":
    case "MultiEdit":
    case "Read":
    case "NotebookEdit":
    case "NotebookRead": {
      let file = str(args.file_path) ?? str(args.notebook_path) ?? str(args.path);
      detail = file && shortPath(file, cwd);
      break;
    }
    case "Glob":
    case "Grep": {
      let pattern = str(args.pattern), where = str(args.path);
      detail = pattern && (where ? `${pattern} in ${shortPath(where, cwd)}` : pattern);
      break;
    }
    case "LS": {
      let where = str(args.path);
      detail = where && shortPath(where, cwd);
      break;
    }
    case "Bash": {
      let command = str(args.command);
      detail = command && commandName(command);
      break;
    }
    case "WebFetch": {
      let url = str(args.url);
      detail = url && hostOf(url);
      break;
    }
    case "Task":
    case "Agent":
      detail = str(args.description);
      break;
    default:
      detail = null;
  }
  return detail && sanitizeDetail(detail) || null;
}

// src/agents/claude-stream.ts
var STREAM_LINE_MAX = 4 * 1024 * 1024, isObject = (value) => typeof value == "object" && value !== null && !Array.isArray(value), num = (value) => typeof value == "number" && Number.isFinite(value) ? value : null, zero = () => ({ input: 0, output: 0, cacheRead: 0, cacheCreation: 0 });
function tokensOf(usage) {
  let u = isObject(usage) ? usage : {};
  return {
    input: num(u.input_tokens) ?? 0,
    output: num(u.output_tokens) ?? 0,
    cacheRead: num(u.cache_read_input_tokens) ?? 0,
    cacheCreation: num(u.cache_creation_input_tokens) ?? 0
  };
}
var add = (a, b) => ({
  input: a.input + b.input,
  output: a.output + b.output,
  cacheRead: a.cacheRead + b.cacheRead,
  cacheCreation: a.cacheCreation + b.cacheCreation
}), max = (a, b) => ({
  input: Math.max(a.input, b.input),
  output: Math.max(a.output, b.output),
  cacheRead: Math.max(a.cacheRead, b.cacheRead),
  cacheCreation: Math.max(a.cacheCreation, b.cacheCreation)
}), ClaudeStreamParser = class {
  #partial = "";
  /** Skipping the rest of an over-long line. */
  #skipping = !1;
  #cwd = null;
  /** Tokens of replies before the current one; the current reply's are kept apart until its id changes. */
  #pastTokens = zero();
  #replyId = null;
  #replyTokens = zero();
  #toolId = null;
  #state = {
    turns: 0,
    toolCalls: 0,
    tool: null,
    tokens: zero(),
    costUsd: null,
    final: !1,
    retry: null,
    model: null
  };
  get progress() {
    let s = this.#state;
    return { ...s, tool: s.tool && { ...s.tool }, tokens: { ...s.tokens }, retry: s.retry && { ...s.retry } };
  }
  push(chunk, onChange) {
    let changed = !1, start = 0;
    for (let nl = chunk.indexOf(`
`); nl >= 0; nl = chunk.indexOf(`
`, start)) {
      let piece = chunk.slice(start, nl);
      if (start = nl + 1, this.#skipping) {
        this.#skipping = !1;
        continue;
      }
      let line = this.#partial + piece;
      this.#partial = "", this.#line(line) && (changed = !0, onChange?.());
    }
    return this.#skipping || (this.#partial += chunk.slice(start), this.#partial.length > STREAM_LINE_MAX && (this.#partial = "", this.#skipping = !0)), changed;
  }
  end() {
    let line = this.#skipping ? "" : this.#partial;
    return this.#partial = "", this.#skipping = !1, line ? this.#line(line) : !1;
  }
  /** Applies one line; true when the progress changed. */
  #line(line) {
    let start = line.indexOf("{");
    if (start < 0) return !1;
    let message;
    try {
      message = JSON.parse(line.slice(start));
    } catch {
      return !1;
    }
    if (!isObject(message)) return !1;
    let before = JSON.stringify(this.#state);
    switch (message.type) {
      case "system":
        this.#system(message);
        break;
      case "assistant":
        this.#assistant(message);
        break;
      case "user":
        this.#user(message);
        break;
      case "result":
        this.#result(message);
        break;
      default:
        break;
    }
    return JSON.stringify(this.#state) !== before;
  }
  #system(message) {
    message.subtype === "init" ? (typeof message.cwd == "string" && (this.#cwd = message.cwd), typeof message.model == "string" && (this.#state.model = sanitizeName(message.model, 60))) : message.subtype === "api_retry" && (this.#state.retry = {
      attempt: num(message.attempt) ?? 1,
      maxRetries: num(message.max_retries),
      status: num(message.error_status)
    });
  }
  #assistant(message) {
    if (this.#state.final) return;
    let reply = isObject(message.message) ? message.message : null;
    if (!reply || reply.model === "<synthetic>" || message.is_api_error_message === !0) return;
    let id = typeof reply.id == "string" ? reply.id : null, usage = tokensOf(reply.usage);
    id === null || id !== this.#replyId ? (this.#pastTokens = add(this.#pastTokens, this.#replyTokens), this.#replyId = id, this.#replyTokens = usage, (message.parent_tool_use_id === null || message.parent_tool_use_id === void 0) && this.#state.turns++) : this.#replyTokens = max(this.#replyTokens, usage), typeof reply.model == "string" && (this.#state.model = sanitizeName(reply.model, 60)), this.#state.retry = null;
    for (let block of Array.isArray(reply.content) ? reply.content : []) {
      if (!isObject(block) || block.type !== "tool_use") continue;
      let name = typeof block.name == "string" ? sanitizeName(block.name) : "?";
      this.#state.tool = { name, detail: describeToolCall(name, block.input, this.#cwd), running: !0 }, this.#toolId = typeof block.id == "string" ? block.id : null, this.#state.toolCalls++;
    }
    this.#state.tokens = add(this.#pastTokens, this.#replyTokens), this.#state.costUsd = estimateClaudeCostUsd(this.#state.model, this.#state.tokens);
  }
  #user(message) {
    let content = isObject(message.message) && Array.isArray(message.message.content) ? message.message.content : [];
    for (let block of content)
      isObject(block) && block.type === "tool_result" && block.tool_use_id === this.#toolId && this.#state.tool && (this.#state.tool.running = !1);
  }
  #result(message) {
    let s = this.#state;
    s.final = !0, s.retry = null, s.tool && (s.tool.running = !1), s.turns = num(message.num_turns) ?? s.turns, isObject(message.usage) && (s.tokens = tokensOf(message.usage)), s.costUsd = num(message.total_cost_usd) ?? num(message.cost_usd) ?? s.costUsd;
  }
};

// src/agents/output.ts
import { open } from "node:fs/promises";
async function readTail(file, maxBytes) {
  let handle = await open(file, "r");
  try {
    let { size } = await handle.stat(), length = Math.min(size, maxBytes), buffer = Buffer.alloc(length), read = 0;
    for (; read < length; ) {
      let { bytesRead } = await handle.read(buffer, read, length - read, size - length + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { text: buffer.subarray(0, read).toString("utf8"), size, truncated: size > length };
  } finally {
    await handle.close();
  }
}
function lastNonEmptyLine(text) {
  let lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i].trim();
    if (line !== "") return line;
  }
}
async function exitCodeReport(stdoutFile, exitCode, what) {
  let finalText;
  try {
    finalText = lastNonEmptyLine((await readTail(stdoutFile, 64 * 1024)).text);
  } catch {
  }
  if (exitCode === 0) return { ok: !0, finalText };
  let how = exitCode === null ? "did not exit normally" : `exited with code ${exitCode}`;
  return { ok: !1, error: `${what} ${how}`, finalText };
}

// src/agents/claude.ts
var CLAUDE_PROMPT_ARG_MAX_BYTES = 100 * 1024, CLAUDE_OUTPUT_TAIL_BYTES = 16 * 1024 * 1024, CLAUDE_ENV = ["ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"];
function claudeFlags(task, ctx) {
  let maxTurns = task.maxTurns ?? ctx.config.maxTurns, format = ctx.config.claudeOutput === "stream" ? "stream-json" : "json";
  return ["--dangerously-skip-permissions", "--verbose", `--max-turns=${maxTurns}`, `--output-format=${format}`, ...ctx.config.claudeArgs, ...task.claudeArgs ?? []];
}
function claudeEnv(hostEnv) {
  let env = {};
  for (let [name, value] of Object.entries(hostEnv))
    value === void 0 || value === "" || FORBIDDEN_ENV.includes(name) || (CLAUDE_ENV.includes(name) || name.startsWith("CLAUDE_CODE_")) && (env[name] = value);
  return env;
}
var CLAUDE_DEFAULT_MAX_RETRIES = 10;
function claudeRetryWindowMs(retries) {
  let ms = 0;
  for (let k = 0; k < retries; k++) ms += Math.min(500 * 2 ** k, 32e3) * 1.25;
  return ms;
}
function claudeMaxRetries(task, config, hostEnv) {
  let option = task.claudeMaxRetries ?? config.claudeMaxRetries;
  if (option !== void 0) return option;
  let fromHost = hostEnv.CLAUDE_CODE_MAX_RETRIES;
  return fromHost !== void 0 && /^\d+$/.test(fromHost.trim()) ? Number(fromHost) : CLAUDE_DEFAULT_MAX_RETRIES;
}
function claudeInvocation(task, ctx) {
  let flags = claudeFlags(task, ctx), env = claudeEnv(ctx.hostEnv), maxRetries = task.claudeMaxRetries ?? ctx.config.claudeMaxRetries;
  return maxRetries !== void 0 && (env.CLAUDE_CODE_MAX_RETRIES = String(maxRetries)), { argv: Buffer.byteLength(task.prompt) > CLAUDE_PROMPT_ARG_MAX_BYTES || task.prompt.startsWith("-") ? ["sh", "-c", 'exec claude -p "$@" < "$0"', ctx.promptFile, ...flags] : ["claude", "-p", task.prompt, ...flags], env };
}
var PRETTY_JSON_TRIES = 8;
function isObject2(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function isResultMessage(value) {
  return isObject2(value) ? value.type === "result" ? !0 : value.type === void 0 && typeof value.is_error == "boolean" && ("num_turns" in value || "result" in value) : !1;
}
function pickResult(value) {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (isResultMessage(value[i])) return value[i];
    return;
  }
  return isResultMessage(value) ? value : void 0;
}
function tryParse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return;
  }
}
function jsonEnd(text, start) {
  let depth = 0, inString = !1;
  for (let i = start; i < text.length; i++) {
    let c = text[i];
    if (inString)
      c === "\\" ? i++ : c === '"' && (inString = !1);
    else if (c === '"') inString = !0;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && (depth--, depth === 0))
      return i + 1;
  }
  return -1;
}
function findClaudeResult(text) {
  if (text.trim() === "") return { found: !1, reason: "the output is empty" };
  let sawJson = !1, lines = text.split(`
`);
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i], start = line.search(/[{[]/);
    if (start < 0) continue;
    let parsed = tryParse(line.slice(start));
    if (!parsed) continue;
    sawJson = !0;
    let result = pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  let tries = 0;
  for (let offset = 0, i = 0; i < lines.length && tries < PRETTY_JSON_TRIES; offset += lines[i].length + 1, i++) {
    if (!/^\s*[{[]/.test(lines[i]) || tryParse(lines[i])) continue;
    tries++;
    let parsed = tryParse(text.slice(offset));
    if (!parsed) continue;
    sawJson = !0;
    let result = pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  let starts = [...text.matchAll(/\{\s*"type"\s*:\s*"result"/g)].map((m) => m.index);
  for (let k = starts.length - 1; k >= 0; k--) {
    let end = jsonEnd(text, starts[k]);
    if (end < 0) continue;
    let parsed = tryParse(text.slice(starts[k], end)), result = parsed && pickResult(parsed.value);
    if (result) return { found: !0, result };
  }
  return {
    found: !1,
    reason: sawJson ? "the JSON output has no result message" : `no JSON found in ${Buffer.byteLength(text)} bytes of output`
  };
}
function num2(value) {
  return typeof value == "number" && Number.isFinite(value) ? value : void 0;
}
function str2(value) {
  return typeof value == "string" ? value : void 0;
}
function clip(text, max2) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max2 ? `${flat.slice(0, max2 - 1)}\u2026` : flat;
}
function isTransientApiStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599;
}
var NETWORK_ERROR = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)\b|socket hang up|Connection (?:error|dropped|refused)|Request timed out/i;
function claudeResultIsTransient(result) {
  let status = num2(result.api_error_status);
  return result.terminal_reason === "api_error" || status !== void 0 || typeof result.api_error == "string" ? status !== void 0 ? isTransientApiStatus(status) : result.api_error === "connection_failed" ? !0 : NETWORK_ERROR.test(str2(result.result) ?? "") : !1;
}
function reportFromClaudeResult(result, exitCode) {
  let usage = isObject2(result.usage) ? result.usage : void 0, subtype = str2(result.subtype), turns = num2(result.num_turns), finalText = str2(result.result), report = {
    ok: !0,
    turns,
    costUsd: num2(result.total_cost_usd) ?? num2(result.cost_usd),
    durationMs: num2(result.duration_ms),
    tokens: usage && {
      input: num2(usage.input_tokens) ?? 0,
      output: num2(usage.output_tokens) ?? 0,
      cacheRead: num2(usage.cache_read_input_tokens) ?? 0,
      cacheCreation: num2(usage.cache_creation_input_tokens) ?? 0
    },
    sessionId: str2(result.session_id),
    finalText
  };
  if (typeof result.is_error == "boolean" ? result.is_error : subtype?.startsWith("error") ?? !1) {
    let errors = Array.isArray(result.errors) ? result.errors.filter((e) => typeof e == "string") : [], text = finalText || errors.join("; "), detail = text ? `: ${clip(text, 300)}` : "";
    if (report.ok = !1, subtype === "error_max_turns") {
      let counted = turns === void 0 ? "" : `. Its num_turns (${turns}) also counts the turn it refused`;
      report.error = `claude stopped at its turn limit (error_max_turns)${detail}${counted}`;
    } else {
      let after = turns === void 0 ? "" : ` after ${turns} turn${turns === 1 ? "" : "s"}`, reason = subtype && subtype !== "success" ? subtype : str2(result.terminal_reason) ?? subtype ?? "no subtype", status = num2(result.api_error_status);
      report.error = `claude reported an error (${reason}${status === void 0 ? "" : `, HTTP ${status}`})${after}${detail}`, claudeResultIsTransient(result) && (report.transient = !0);
    }
  } else exitCode !== null && exitCode !== 0 && (report.ok = !1, report.error = `claude exited with code ${exitCode} although its result says ${subtype ?? "success"}`);
  return report;
}
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
async function logTail(logFile) {
  if (!logFile) return "";
  try {
    let lines = (await readTail(logFile, 4096)).text.split(/\r?\n/).filter((l) => l.trim() !== ""), text = clip(stripControl(lines.slice(-5).join(" | ").replace(ANSI_SEQUENCE, "")), 400);
    return text ? `; its last output: "${text}"` : "";
  } catch {
    return "";
  }
}
var STDERR_TAIL_BYTES = 16 * 1024;
async function parseClaudeOutput(stdoutFile, exitCode, options = {}) {
  let unparsed = async (why) => {
    let exit = exitCode === null ? "; claude did not exit normally" : exitCode !== 0 ? `; claude exited with code ${exitCode}` : "", report = { ok: !1, error: `claude output could not be parsed: ${why}${exit}${await logTail(options.logFile)} (raw log kept at ${options.logFile ?? stdoutFile})` };
    if (exitCode !== 0 && options.logFile) {
      let log = await readTail(options.logFile, STDERR_TAIL_BYTES).catch(() => {
      }), network = log && NETWORK_ERROR.exec(log.text);
      network && (report.transient = !0, report.error += `; its output mentions a network error (${network[0]})`);
    }
    return report;
  }, tail;
  try {
    tail = await readTail(stdoutFile, CLAUDE_OUTPUT_TAIL_BYTES);
  } catch (err) {
    return unparsed(`cannot read it: ${errorMessage(err)}`);
  }
  let scan = findClaudeResult(tail.text);
  return scan.found ? reportFromClaudeResult(scan.result, exitCode) : unparsed(tail.truncated ? `${scan.reason} (read the last ${tail.text.length} characters of ${tail.size} bytes)` : scan.reason);
}
var claudeAgent = {
  kind: "claude",
  invocation: claudeInvocation,
  progress: (ctx) => ctx.config.claudeOutput === "stream" ? new ClaudeStreamParser() : void 0,
  parseResult: parseClaudeOutput
};

// src/agents/command.ts
var COMMAND_PROMPT_INLINE_MAX_BYTES = 100 * 1024;
function shellQuote(value) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
function renderCommandTemplate(template, values) {
  let prompt = Buffer.byteLength(values.prompt) > COMMAND_PROMPT_INLINE_MAX_BYTES ? `"$(cat ${shellQuote(values.promptFile)})"` : shellQuote(values.prompt), replacements = { prompt_file: shellQuote(values.promptFile), prompt };
  return template.replace(/(["']?)\{(prompt_file|prompt)\}\1/g, (_match, _quote, name) => replacements[name]);
}
function commandInvocation(task, ctx) {
  let template = ctx.config.agentCommand?.trim();
  if (!template)
    throw new Error(
      `task '${task.id}': agent 'command' needs a command template (agentCommand, action input 'agent-command'), e.g. 'my-agent --prompt-file {prompt_file}'`
    );
  return { argv: ["sh", "-c", renderCommandTemplate(template, { promptFile: ctx.promptFile, prompt: task.prompt })], env: {} };
}
var commandAgent = {
  kind: "command",
  invocation: commandInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, "agent command")
};

// src/agents/script.ts
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";
var SCRIPT_LANGUAGES = ["sh", "bash", "shell"];
function scriptPath(taskDir) {
  return path2.join(taskDir, "script.sh");
}
function extractScript(markdown) {
  let lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let open2 = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open2) continue;
    let [, indent, fence, info] = open2;
    if (fence[0] === "`" && info.includes("`")) continue;
    let closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`), body = [], j = i + 1;
    for (; j < lines.length && !closing.test(lines[j]); j++)
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ""));
    let language = info.trim().split(/\s+/)[0].toLowerCase();
    if (SCRIPT_LANGUAGES.includes(language)) return body.join(`
`);
    i = j;
  }
}
function checkScript(task) {
  let script = extractScript(task.prompt);
  if (script === void 0) return `agent 'script' needs a \`\`\`sh or \`\`\`bash code block in the prompt (${task.file}), and it has none`;
  if (script.trim() === "") return `agent 'script': the first \`\`\`sh block of ${task.file} is empty`;
}
async function prepareScript(task, ctx) {
  let problem = checkScript(task);
  if (problem) throw new Error(`task '${task.id}': ${problem}`);
  let script = extractScript(task.prompt);
  await mkdir(ctx.taskDir, { recursive: !0 });
  let file = scriptPath(ctx.taskDir);
  await writeFile(file, `${script}
`), await chmod(file, 493);
}
function scriptInvocation(_task, ctx) {
  return { argv: ["bash", "-e", scriptPath(ctx.taskDir)], env: {} };
}
var scriptAgent = {
  kind: "script",
  check: checkScript,
  prepare: prepareScript,
  invocation: scriptInvocation,
  parseResult: (stdoutFile, exitCode) => exitCodeReport(stdoutFile, exitCode, "script")
};

// src/agents/index.ts
var AGENTS = { claude: claudeAgent, command: commandAgent, script: scriptAgent };
function getAgent(kind) {
  let agent = Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : void 0;
  if (!agent) throw new TypeError(`Unknown agent '${String(kind)}'. Expected one of: ${Object.keys(AGENTS).join(", ")}.`);
  return agent;
}

export {
  readTail,
  lastNonEmptyLine,
  claudeFlags,
  claudeEnv,
  CLAUDE_DEFAULT_MAX_RETRIES,
  claudeRetryWindowMs,
  claudeMaxRetries,
  findClaudeResult,
  isTransientApiStatus,
  claudeResultIsTransient,
  reportFromClaudeResult,
  parseClaudeOutput,
  claudeAgent,
  shellQuote,
  renderCommandTemplate,
  commandAgent,
  scriptPath,
  extractScript,
  scriptAgent,
  getAgent
};
//# sourceMappingURL=chunk-VL4BPSPC.js.map
