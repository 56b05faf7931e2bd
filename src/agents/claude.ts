/**
 * The `claude` agent: Claude Code in headless mode (`claude -p`), and the parser of what it prints.
 * See shared notes on the output shapes: one result object, a `--verbose` array of messages ending
 * with it, or stream-json lines ending with it, possibly after unrelated noise.
 */
import { FORBIDDEN_ENV } from '../core/config.js';
import { stripControl } from '../report/format.js';
import type { TaskSpec } from '../tasks/types.js';
import { ClaudeStreamParser } from './claude-stream.js';
import { readTail } from './output.js';
import type { AgentAdapter, AgentContext, AgentInvocation, AgentReport, ParseResultOptions } from './types.js';
import { errorMessage } from '../core/errors.js';

/**
 * Prompts larger than this (bytes) go through standard input instead of argv. Linux caps one argument
 * at 128 KiB (MAX_ARG_STRLEN), so a bigger prompt would make exec fail with E2BIG; `"$(cat file)"`
 * would hit the same cap, hence stdin.
 */
export const CLAUDE_PROMPT_ARG_MAX_BYTES = 100 * 1024;

/** Only this much of the end of a larger stdout file is read: the result message is at the end. */
export const CLAUDE_OUTPUT_TAIL_BYTES = 16 * 1024 * 1024;

/** Host variables Claude Code needs, passed when set (besides every `CLAUDE_CODE_*`). */
export const CLAUDE_ENV = ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'];

/** The flags after the prompt, in order: ours, then the configured extra ones, then the task's (a variant's). */
export function claudeFlags(task: TaskSpec, ctx: AgentContext): string[] {
  const maxTurns = task.maxTurns ?? ctx.config.maxTurns;
  // stream-json needs --verbose with -p; json keeps it too (it then prints every message as one array).
  const format = ctx.config.claudeOutput === 'stream' ? 'stream-json' : 'json';
  return ['--dangerously-skip-permissions', '--verbose', `--max-turns=${maxTurns}`, `--output-format=${format}`, ...ctx.config.claudeArgs, ...(task.claudeArgs ?? [])];
}

/** The variables of `hostEnv` given to Claude Code; never one of {@link FORBIDDEN_ENV}. */
export function claudeEnv(hostEnv: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(hostEnv)) {
    if (value === undefined || value === '' || FORBIDDEN_ENV.includes(name)) continue;
    if (CLAUDE_ENV.includes(name) || name.startsWith('CLAUDE_CODE_')) env[name] = value;
  }
  return env;
}

/**
 * Claude Code's retries of one failed API call when `CLAUDE_CODE_MAX_RETRIES` is not set (measured
 * with 2.1.332: 11 calls, 1 + 10 retries, for 500, 529 and 401 alike).
 */
export const CLAUDE_DEFAULT_MAX_RETRIES = 10;

/**
 * The longest Claude Code waits between its retries of one API call, in ms, for `retries` retries:
 * delays double from 0.5 s and stop growing at 32 s, each stretched by up to 25 % jitter (measured
 * with 2.1.332: 0.6, 1.2, 2.4, 5.0, 8.1, 17, 33, 34, 40, 38 s; 184–193 s in all for 10 retries).
 * The calls' own time comes on top.
 */
export function claudeRetryWindowMs(retries: number): number {
  let ms = 0;
  for (let k = 0; k < retries; k++) ms += Math.min(500 * 2 ** k, 32_000) * 1.25;
  return ms;
}

/** The retries Claude Code will make for a task: the option, else the host's variable, else its default. */
export function claudeMaxRetries(task: Pick<TaskSpec, 'claudeMaxRetries'>, config: { claudeMaxRetries?: number }, hostEnv: NodeJS.ProcessEnv): number {
  const option = task.claudeMaxRetries ?? config.claudeMaxRetries;
  if (option !== undefined) return option;
  const fromHost = hostEnv.CLAUDE_CODE_MAX_RETRIES;
  return fromHost !== undefined && /^\d+$/.test(fromHost.trim()) ? Number(fromHost) : CLAUDE_DEFAULT_MAX_RETRIES;
}

function claudeInvocation(task: TaskSpec, ctx: AgentContext): AgentInvocation {
  const flags = claudeFlags(task, ctx);
  const env = claudeEnv(ctx.hostEnv);
  // The option is the explicit choice: it wins over a CLAUDE_CODE_MAX_RETRIES on the host.
  const maxRetries = task.claudeMaxRetries ?? ctx.config.claudeMaxRetries;
  if (maxRetries !== undefined) env.CLAUDE_CODE_MAX_RETRIES = String(maxRetries);
  // A prompt starting with '-' would be read as an option; stdin avoids that as well as E2BIG.
  const viaStdin = Buffer.byteLength(task.prompt) > CLAUDE_PROMPT_ARG_MAX_BYTES || task.prompt.startsWith('-');
  const argv = viaStdin
    ? ['sh', '-c', 'exec claude -p "$@" < "$0"', ctx.promptFile, ...flags]
    : ['claude', '-p', task.prompt, ...flags];
  return { argv, env };
}

/** Multi-line documents tried per output (see findClaudeResult). */
const PRETTY_JSON_TRIES = 8;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The final message: `type: result`, or (older versions) an untyped object with the result fields. */
function isResultMessage(value: unknown): value is Json {
  if (!isObject(value)) return false;
  if (value.type === 'result') return true;
  return value.type === undefined && typeof value.is_error === 'boolean' && ('num_turns' in value || 'result' in value);
}

function pickResult(value: unknown): Json | undefined {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (isResultMessage(value[i])) return value[i] as Json;
    return undefined;
  }
  return isResultMessage(value) ? value : undefined;
}

function tryParse(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * The end (exclusive) of the JSON object or array that starts at `start`, found by counting brackets
 * outside strings; -1 when it does not close.
 */
function jsonEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export type ClaudeOutputScan = { found: true; result: Json } | { found: false; reason: string };

/** Finds Claude Code's result message in its stdout, whatever the shape (see the module comment). */
export function findClaudeResult(text: string): ClaudeOutputScan {
  if (text.trim() === '') return { found: false, reason: 'the output is empty' };
  let sawJson = false;

  // One JSON document per line covers the plain and verbose `json` formats and stream-json; the
  // result is at or near the end, so read backwards. Noise may stand before the JSON on its line.
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const start = line.search(/[{[]/);
    if (start < 0) continue;
    const parsed = tryParse(line.slice(start));
    if (!parsed) continue;
    sawJson = true;
    const result = pickResult(parsed.value);
    if (result) return { found: true, result };
  }

  // Pretty-printed JSON spans lines: try from the first few lines that open a document without
  // closing it (each try reads to the end of the text, so they are capped).
  let tries = 0;
  for (let offset = 0, i = 0; i < lines.length && tries < PRETTY_JSON_TRIES; offset += lines[i].length + 1, i++) {
    if (!/^\s*[{[]/.test(lines[i]) || tryParse(lines[i])) continue;
    tries++;
    const parsed = tryParse(text.slice(offset));
    if (!parsed) continue;
    sawJson = true;
    const result = pickResult(parsed.value);
    if (result) return { found: true, result };
  }

  // Last resort (e.g. only the tail of a huge one-line array was read): the result object itself.
  const starts = [...text.matchAll(/\{\s*"type"\s*:\s*"result"/g)].map((m) => m.index);
  for (let k = starts.length - 1; k >= 0; k--) {
    const end = jsonEnd(text, starts[k]);
    if (end < 0) continue;
    const parsed = tryParse(text.slice(starts[k], end));
    const result = parsed && pickResult(parsed.value);
    if (result) return { found: true, result };
  }

  return {
    found: false,
    reason: sawJson ? 'the JSON output has no result message' : `no JSON found in ${Buffer.byteLength(text)} bytes of output`,
  };
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * HTTP statuses of conditions that pass: request timeout, rate limit, server errors and overload
 * (529). 400, 401, 403, 404, 413 and the like come back the same however often the task runs.
 */
export function isTransientApiStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * What Node and the CLI say about a network failure (in the result text or on stderr). ENOTFOUND is
 * left out: a misspelt ANTHROPIC_BASE_URL would fail every attempt the same way.
 */
const NETWORK_ERROR = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)\b|socket hang up|Connection (?:error|dropped|refused)|Request timed out/i;

/**
 * Whether a failed session's result message says the failure was transient. Claude Code ends API
 * failures, after its own retries, with `terminal_reason: api_error` and either `api_error_status`
 * (the HTTP status) or, without one, `api_error: connection_failed` or a timeout in `result`.
 * Turn limits, execution errors and authentication failures are not.
 */
export function claudeResultIsTransient(result: Record<string, unknown>): boolean {
  const status = num(result.api_error_status);
  const apiFailure = result.terminal_reason === 'api_error' || status !== undefined || typeof result.api_error === 'string';
  if (!apiFailure) return false;
  if (status !== undefined) return isTransientApiStatus(status);
  if (result.api_error === 'connection_failed') return true;
  return NETWORK_ERROR.test(str(result.result) ?? '');
}

/** Turns a result message into the engine's report; `exitCode` is the process's. */
export function reportFromClaudeResult(result: Json, exitCode: number | null): AgentReport {
  const usage = isObject(result.usage) ? result.usage : undefined;
  const subtype = str(result.subtype);
  const turns = num(result.num_turns);
  const finalText = str(result.result);
  const report: AgentReport = {
    ok: true,
    turns,
    costUsd: num(result.total_cost_usd) ?? num(result.cost_usd),
    durationMs: num(result.duration_ms),
    tokens: usage && {
      input: num(usage.input_tokens) ?? 0,
      output: num(usage.output_tokens) ?? 0,
      cacheRead: num(usage.cache_read_input_tokens) ?? 0,
      cacheCreation: num(usage.cache_creation_input_tokens) ?? 0,
    },
    sessionId: str(result.session_id),
    finalText,
  };
  const isError = typeof result.is_error === 'boolean' ? result.is_error : (subtype?.startsWith('error') ?? false);
  if (isError) {
    // Newer versions put the cause in `errors` (e.g. "Reached maximum number of turns (2)") and no `result`.
    const errors = Array.isArray(result.errors) ? result.errors.filter((e): e is string => typeof e === 'string') : [];
    const text = finalText || errors.join('; ');
    const detail = text ? `: ${clip(text, 300)}` : '';
    report.ok = false;
    if (subtype === 'error_max_turns') {
      // num_turns counts the turn the CLI refused to start: 3 for --max-turns=2 after 2 model replies.
      const counted = turns === undefined ? '' : `. Its num_turns (${turns}) also counts the turn it refused`;
      report.error = `claude stopped at its turn limit (error_max_turns)${detail}${counted}`;
    } else {
      const after = turns === undefined ? '' : ` after ${turns} turn${turns === 1 ? '' : 's'}`;
      // Some failures (not logged in, API errors) come as subtype `success` with is_error set; the
      // terminal reason and HTTP status say more then.
      const reason = subtype && subtype !== 'success' ? subtype : (str(result.terminal_reason) ?? subtype ?? 'no subtype');
      const status = num(result.api_error_status);
      report.error = `claude reported an error (${reason}${status === undefined ? '' : `, HTTP ${status}`})${after}${detail}`;
      if (claudeResultIsTransient(result)) report.transient = true;
    }
  } else if (exitCode !== null && exitCode !== 0) {
    report.ok = false;
    report.error = `claude exited with code ${exitCode} although its result says ${subtype ?? 'success'}`;
  }
  return report;
}

// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;

/**
 * The last lines of the task's combined log, flattened and clipped: when claude printed no result
 * (it refused to start, e.g. `--dangerously-skip-permissions` as root), its stderr says why.
 */
async function logTail(logFile: string | undefined): Promise<string> {
  if (!logFile) return '';
  try {
    const lines = (await readTail(logFile, 4096)).text.split(/\r?\n/).filter((l) => l.trim() !== '');
    // Control characters (terminal escapes) stay out of reasons, which reach logs and comments.
    const text = clip(stripControl(lines.slice(-5).join(' | ').replace(ANSI_SEQUENCE, '')), 400);
    return text ? `; its last output: "${text}"` : '';
  } catch {
    return '';
  }
}

/** The end of the combined log read for network errors when there is no result message. */
const STDERR_TAIL_BYTES = 16 * 1024;

/**
 * Reads Claude Code's stdout file (only its last 16 MiB when larger) and reports on the session.
 * Without a result message, a network error on stderr (in `logFile`) still marks the failure transient.
 */
export async function parseClaudeOutput(stdoutFile: string, exitCode: number | null, options: ParseResultOptions = {}): Promise<AgentReport> {
  const unparsed = async (why: string): Promise<AgentReport> => {
    const exit = exitCode === null ? '; claude did not exit normally' : exitCode !== 0 ? `; claude exited with code ${exitCode}` : '';
    const report: AgentReport = { ok: false, error: `claude output could not be parsed: ${why}${exit}${await logTail(options.logFile)} (raw log kept at ${options.logFile ?? stdoutFile})` };
    if (exitCode !== 0 && options.logFile) {
      const log = await readTail(options.logFile, STDERR_TAIL_BYTES).catch(() => undefined);
      const network = log && NETWORK_ERROR.exec(log.text);
      if (network) {
        report.transient = true;
        report.error += `; its output mentions a network error (${network[0]})`;
      }
    }
    return report;
  };
  let tail;
  try {
    tail = await readTail(stdoutFile, CLAUDE_OUTPUT_TAIL_BYTES);
  } catch (err) {
    return unparsed(`cannot read it: ${errorMessage(err)}`);
  }
  const scan = findClaudeResult(tail.text);
  if (!scan.found) return unparsed(tail.truncated ? `${scan.reason} (read the last ${tail.text.length} characters of ${tail.size} bytes)` : scan.reason);
  return reportFromClaudeResult(scan.result, exitCode);
}

export const claudeAgent: AgentAdapter = {
  kind: 'claude',
  invocation: claudeInvocation,
  progress: (ctx) => (ctx.config.claudeOutput === 'stream' ? new ClaudeStreamParser() : undefined),
  parseResult: parseClaudeOutput,
};
