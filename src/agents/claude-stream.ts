/**
 * Live progress from Claude Code's `--output-format=stream-json --verbose` output: one JSON message
 * per line — `system` (`init`, `api_retry`, …), `assistant` (a model reply, one line per content
 * block, repeating the reply's id and usage), `user` (tool results), and finally `result`.
 *
 * Pure and incremental: chunks go in as the executor reads them (lines may be split anywhere),
 * progress comes out. Turns, tokens and cost while running are counts of what has been seen (cost an
 * estimate from list prices); the `result` line replaces them with the CLI's own figures.
 */
import { estimateClaudeCostUsd } from './claude-prices.js';
import { describeToolCall, sanitizeName } from './redact.js';
import type { AgentProgress, AgentProgressParser } from './types.js';

/**
 * A line longer than this is skipped, not buffered (a huge `Write` can make a multi-MB line): the
 * progress misses that one message, the final report (read from the file) does not.
 */
export const STREAM_LINE_MAX = 4 * 1024 * 1024;

type Json = Record<string, unknown>;
type Tokens = AgentProgress['tokens'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const zero = (): Tokens => ({ input: 0, output: 0, cacheRead: 0, cacheCreation: 0 });

function tokensOf(usage: unknown): Tokens {
  const u = isObject(usage) ? usage : {};
  return {
    input: num(u.input_tokens) ?? 0,
    output: num(u.output_tokens) ?? 0,
    cacheRead: num(u.cache_read_input_tokens) ?? 0,
    cacheCreation: num(u.cache_creation_input_tokens) ?? 0,
  };
}

const add = (a: Tokens, b: Tokens): Tokens => ({
  input: a.input + b.input,
  output: a.output + b.output,
  cacheRead: a.cacheRead + b.cacheRead,
  cacheCreation: a.cacheCreation + b.cacheCreation,
});

const max = (a: Tokens, b: Tokens): Tokens => ({
  input: Math.max(a.input, b.input),
  output: Math.max(a.output, b.output),
  cacheRead: Math.max(a.cacheRead, b.cacheRead),
  cacheCreation: Math.max(a.cacheCreation, b.cacheCreation),
});

export class ClaudeStreamParser implements AgentProgressParser {
  #partial = '';
  /** Skipping the rest of an over-long line. */
  #skipping = false;
  #cwd: string | null = null;
  /** Tokens of replies before the current one; the current reply's are kept apart until its id changes. */
  #pastTokens = zero();
  #replyId: string | null = null;
  #replyTokens = zero();
  #toolId: string | null = null;
  #state: AgentProgress = {
    turns: 0,
    toolCalls: 0,
    tool: null,
    tokens: zero(),
    costUsd: null,
    final: false,
    retry: null,
    model: null,
  };

  get progress(): AgentProgress {
    const s = this.#state;
    return { ...s, tool: s.tool && { ...s.tool }, tokens: { ...s.tokens }, retry: s.retry && { ...s.retry } };
  }

  push(chunk: string, onChange?: () => void): boolean {
    let changed = false;
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (this.#skipping) {
        this.#skipping = false;
        continue;
      }
      const line = this.#partial + piece;
      this.#partial = '';
      if (this.#line(line)) {
        changed = true;
        onChange?.();
      }
    }
    if (!this.#skipping) {
      this.#partial += chunk.slice(start);
      if (this.#partial.length > STREAM_LINE_MAX) {
        this.#partial = '';
        this.#skipping = true;
      }
    }
    return changed;
  }

  end(): boolean {
    const line = this.#skipping ? '' : this.#partial;
    this.#partial = '';
    this.#skipping = false;
    return line ? this.#line(line) : false;
  }

  /** Applies one line; true when the progress changed. */
  #line(line: string): boolean {
    const start = line.indexOf('{');
    if (start < 0) return false;
    let message: unknown;
    try {
      message = JSON.parse(line.slice(start));
    } catch {
      return false; // noise, or a line torn by a kill
    }
    if (!isObject(message)) return false;
    const before = JSON.stringify(this.#state);
    switch (message.type) {
      case 'system':
        this.#system(message);
        break;
      case 'assistant':
        this.#assistant(message);
        break;
      case 'user':
        this.#user(message);
        break;
      case 'result':
        this.#result(message);
        break;
      default:
        break;
    }
    return JSON.stringify(this.#state) !== before;
  }

  #system(message: Json): void {
    if (message.subtype === 'init') {
      if (typeof message.cwd === 'string') this.#cwd = message.cwd;
      if (typeof message.model === 'string') this.#state.model = sanitizeName(message.model, 60);
    } else if (message.subtype === 'api_retry') {
      this.#state.retry = {
        attempt: num(message.attempt) ?? 1,
        maxRetries: num(message.max_retries),
        status: num(message.error_status),
      };
    }
  }

  #assistant(message: Json): void {
    if (this.#state.final) return;
    const reply = isObject(message.message) ? message.message : null;
    // API failures show up as replies of the model `<synthetic>` carrying the error text: no turn.
    if (!reply || reply.model === '<synthetic>' || message.is_api_error_message === true) return;
    const id = typeof reply.id === 'string' ? reply.id : null;
    const usage = tokensOf(reply.usage);
    if (id === null || id !== this.#replyId) {
      this.#pastTokens = add(this.#pastTokens, this.#replyTokens);
      this.#replyId = id;
      this.#replyTokens = usage;
      // Subagents' replies (parent_tool_use_id set) cost tokens but are not turns of the task.
      if (message.parent_tool_use_id === null || message.parent_tool_use_id === undefined) this.#state.turns++;
    } else {
      // The same reply again (one line per content block): its usage may have grown.
      this.#replyTokens = max(this.#replyTokens, usage);
    }
    if (typeof reply.model === 'string') this.#state.model = sanitizeName(reply.model, 60);
    this.#state.retry = null;
    for (const block of Array.isArray(reply.content) ? reply.content : []) {
      if (!isObject(block) || block.type !== 'tool_use') continue;
      const name = typeof block.name === 'string' ? sanitizeName(block.name) : '?';
      this.#state.tool = { name, detail: describeToolCall(name, block.input, this.#cwd), running: true };
      this.#toolId = typeof block.id === 'string' ? block.id : null;
      this.#state.toolCalls++;
    }
    this.#state.tokens = add(this.#pastTokens, this.#replyTokens);
    this.#state.costUsd = estimateClaudeCostUsd(this.#state.model, this.#state.tokens);
  }

  #user(message: Json): void {
    const content = isObject(message.message) && Array.isArray(message.message.content) ? message.message.content : [];
    for (const block of content) {
      if (isObject(block) && block.type === 'tool_result' && block.tool_use_id === this.#toolId && this.#state.tool) {
        this.#state.tool.running = false;
      }
    }
  }

  #result(message: Json): void {
    const s = this.#state;
    s.final = true;
    s.retry = null;
    if (s.tool) s.tool.running = false;
    s.turns = num(message.num_turns) ?? s.turns;
    if (isObject(message.usage)) s.tokens = tokensOf(message.usage);
    s.costUsd = num(message.total_cost_usd) ?? num(message.cost_usd) ?? s.costUsd;
  }
}
