/**
 * A stub of the Anthropic Messages API, good enough for the real Claude Code CLI: it answers
 * `POST /v1/messages` (the CLI adds `?beta=true`) with a streamed (SSE) or plain JSON message, as the
 * request asks, from a script the test sets, and records every request for assertions.
 *
 * It listens on 127.0.0.1 (for agents run as host processes) or on a Unix socket (for agents in
 * containers, through the forwarder of `stub-network.ts`); nothing it serves leaves the machine.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Token figures of one reply, as the API reports them in `usage`. */
export interface StubUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

type ContentBlock = { type: string; id?: string; text?: string; name?: string; input?: unknown; tool_use_id?: string; content?: unknown };

/** The parts of a Messages API request the stub reads. */
export interface MessagesRequest {
  model: string;
  max_tokens?: number;
  stream?: boolean;
  system?: string | ContentBlock[];
  messages: { role: 'user' | 'assistant'; content: string | ContentBlock[] }[];
  tools?: { name: string }[];
}

export type StubReply =
  /** An assistant message of text ending the turn (`end_turn`). */
  | { type: 'text'; text: string; usage?: Partial<StubUsage>; delayMs?: number }
  /** A tool call (`stop_reason: tool_use`), optionally after some text. */
  | { type: 'tool_use'; name: string; input: Record<string, unknown>; text?: string; usage?: Partial<StubUsage>; delayMs?: number }
  /** An HTTP error with the API's error body (`api_error`, `overloaded_error`, …). */
  | { type: 'error'; status: number; errorType?: string; message?: string; delayMs?: number }
  /** No answer at all: the request stays open until the stub closes. */
  | { type: 'hang' };

/** What a script sees of one request. */
export interface StubTurn {
  /** 0-based index of this request among those the script answered. */
  index: number;
  body: MessagesRequest;
  /** The directory the CLI says it works in (`Primary working directory: <dir>`), when it says so. */
  workingDirectory: string | undefined;
  /** Whether the last user message carries a tool result (the model's previous tool call was run). */
  afterToolResult: boolean;
  /** The text of the tool results in the last user message. */
  toolResults: string[];
  /** The CLI's session (header `x-claude-code-session-id`): one per run of the CLI, so one per task attempt. */
  sessionId: string | undefined;
}

export type StubScript = (turn: StubTurn) => StubReply;

export interface RecordedRequest {
  /** Epoch ms when the request was complete. */
  at: number;
  method: string;
  /** Path and query, e.g. `/v1/messages?beta=true`. */
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (undefined when not JSON). */
  body: MessagesRequest | undefined;
  /** Whether the reply was streamed (SSE). */
  stream: boolean;
  /** What the stub answered; `usage` is what it reported for a message. */
  reply: StubReply | { type: 'not-found' };
  usage?: StubUsage;
}

export interface StubOptions {
  script: StubScript;
  /** Listen on this Unix socket instead of 127.0.0.1. */
  socketPath?: string;
}

/** The model name the stub reports when a request names none. */
const DEFAULT_MODEL = 'claude-stub-1';

/** Usage of the `index`th reply: distinct per reply, so that sums can be checked. */
export function defaultUsage(index: number): StubUsage {
  return { input_tokens: 100 + index, output_tokens: 20 + index, cache_creation_input_tokens: 1000 + 10 * index, cache_read_input_tokens: 500 * index };
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((b: ContentBlock) => (typeof b === 'string' ? b : (b.text ?? textOf(b.content)))).join('\n');
  return '';
}

/** Reads the turn a script sees from a request body. */
export function turnOf(index: number, body: MessagesRequest, headers: http.IncomingHttpHeaders = {}): StubTurn {
  const whole = JSON.stringify(body);
  const dir = /Primary working directory: ([^\s"\\]+)/.exec(whole)?.[1];
  const last = body.messages.at(-1);
  const blocks = last && last.role === 'user' && Array.isArray(last.content) ? last.content : [];
  const results = blocks.filter((b) => b.type === 'tool_result');
  return {
    index,
    body,
    workingDirectory: dir,
    afterToolResult: results.length > 0,
    toolResults: results.map((b) => textOf(b.content)),
    sessionId: typeof headers['x-claude-code-session-id'] === 'string' ? headers['x-claude-code-session-id'] : undefined,
  };
}

export class AnthropicStub {
  readonly requests: RecordedRequest[] = [];
  #server: http.Server;
  #script: StubScript;
  #answered = 0;
  #hanging = new Set<http.ServerResponse>();
  #url = '';
  #socketPath: string | undefined;

  private constructor(options: StubOptions) {
    this.#script = options.script;
    this.#socketPath = options.socketPath;
    this.#server = http.createServer((req, res) => this.#handle(req, res));
  }

  /** Starts a stub; `close()` it when done. */
  static async start(options: StubOptions): Promise<AnthropicStub> {
    const stub = new AnthropicStub(options);
    await new Promise<void>((resolve, reject) => {
      stub.#server.once('error', reject);
      if (options.socketPath) {
        fs.rmSync(options.socketPath, { force: true });
        stub.#server.listen(options.socketPath, () => resolve());
      } else stub.#server.listen(0, '127.0.0.1', () => resolve());
    });
    if (options.socketPath) {
      // The forwarder in a container connects as whatever uid it has.
      fs.chmodSync(options.socketPath, 0o666);
    } else {
      stub.#url = `http://127.0.0.1:${(stub.#server.address() as AddressInfo).port}`;
    }
    return stub;
  }

  /** `http://127.0.0.1:<port>` (empty when listening on a Unix socket). */
  get url(): string {
    return this.#url;
  }

  get socketPath(): string | undefined {
    return this.#socketPath;
  }

  /** Replaces the script and forgets earlier requests (between tests). */
  reset(script: StubScript): void {
    this.#script = script;
    this.#answered = 0;
    this.requests.length = 0;
    this.#releaseHanging();
  }

  /** Requests to `/v1/messages`. */
  get messageRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.url.split('?')[0] === '/v1/messages');
  }

  async close(): Promise<void> {
    this.#releaseHanging();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    if (this.#socketPath) fs.rmSync(this.#socketPath, { force: true });
  }

  #releaseHanging(): void {
    for (const res of this.#hanging) res.destroy();
    this.#hanging.clear();
  }

  #handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: MessagesRequest | undefined;
      try {
        body = raw ? (JSON.parse(raw) as MessagesRequest) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = {
        at: Date.now(),
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        stream: body?.stream === true,
        reply: { type: 'not-found' },
      };
      this.requests.push(record);
      if (req.method !== 'POST' || record.url.split('?')[0] !== '/v1/messages' || !body || !Array.isArray(body.messages)) {
        sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `stub: no route for ${req.method} ${req.url}` } });
        return;
      }
      const index = this.#answered++;
      let reply: StubReply;
      try {
        reply = this.#script(turnOf(index, body, req.headers));
      } catch (error) {
        reply = { type: 'error', status: 500, message: `stub script failed: ${error instanceof Error ? error.message : String(error)}` };
      }
      record.reply = reply;
      if (reply.type === 'hang') {
        this.#hanging.add(res);
        res.on('close', () => this.#hanging.delete(res));
        return;
      }
      if (reply.type !== 'error') record.usage = { ...defaultUsage(index), ...reply.usage };
      const send = () => {
        if (res.destroyed) return;
        if (reply.type === 'error') sendError(res, reply);
        else if (record.stream) sendStream(res, body, reply, record.usage!);
        else sendJson(res, 200, messageOf(body, reply, record.usage!), { 'request-id': requestId() });
      };
      if (reply.delayMs) {
        // A slow reply: the connection stays open, as a busy API's does.
        this.#hanging.add(res);
        const timer = setTimeout(() => {
          this.#hanging.delete(res);
          send();
        }, reply.delayMs);
        res.on('close', () => {
          clearTimeout(timer);
          this.#hanging.delete(res);
        });
      } else send();
    });
  }
}

function requestId(): string {
  return `req_stub${randomBytes(8).toString('hex')}`;
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function sendError(res: http.ServerResponse, reply: Extract<StubReply, { type: 'error' }>): void {
  const type = reply.errorType ?? ERROR_TYPES[reply.status] ?? 'api_error';
  sendJson(res, reply.status, { type: 'error', error: { type, message: reply.message ?? `stub: ${type}` } }, { 'request-id': requestId() });
}

type MessageReply = Extract<StubReply, { type: 'text' | 'tool_use' }>;

function contentOf(reply: MessageReply): ContentBlock[] {
  if (reply.type === 'text') return [{ type: 'text', text: reply.text }];
  const blocks: ContentBlock[] = [];
  if (reply.text) blocks.push({ type: 'text', text: reply.text });
  blocks.push({ type: 'tool_use', id: `toolu_stub${randomBytes(8).toString('hex')}`, name: reply.name, input: reply.input });
  return blocks;
}

function messageOf(body: MessagesRequest, reply: MessageReply, usage: StubUsage): Record<string, unknown> {
  return {
    id: `msg_stub${randomBytes(8).toString('hex')}`,
    type: 'message',
    role: 'assistant',
    model: body.model || DEFAULT_MODEL,
    content: contentOf(reply),
    stop_reason: reply.type === 'text' ? 'end_turn' : 'tool_use',
    stop_sequence: null,
    usage,
  };
}

/** The message as the API streams it: message_start, one start/delta/stop per block, message_delta, message_stop. */
function sendStream(res: http.ServerResponse, body: MessagesRequest, reply: MessageReply, usage: StubUsage): void {
  const message = messageOf(body, reply, usage);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': requestId() });
  const event = (name: string, data: Record<string, unknown>) => res.write(`event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`);
  event('message_start', {
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  event('ping', {});
  (message.content as ContentBlock[]).forEach((block, index) => {
    if (block.type === 'text') {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      const text = block.text ?? '';
      // Two deltas, so the client assembles the text as it does from the real API.
      const half = Math.ceil(text.length / 2);
      for (const part of [text.slice(0, half), text.slice(half)]) {
        if (part) event('content_block_delta', { index, delta: { type: 'text_delta', text: part } });
      }
    } else {
      event('content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } });
      const json = JSON.stringify(block.input);
      const half = Math.ceil(json.length / 2);
      event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(0, half) } });
      event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(half) } });
    }
    event('content_block_stop', { index });
  });
  event('message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
  event('message_stop', {});
  res.end();
}

// ---- Scripts ---------------------------------------------------------------------------------------

/**
 * The model asks to write `file` (relative to the CLI's working directory) with `content` using the
 * `Write` tool, then, once the tool ran, ends its turn with `finalText`.
 */
export function writeFileThenFinish(options: { file: string; content: string; finalText: string }): StubScript {
  return (turn) => {
    if (turn.afterToolResult) return { type: 'text', text: options.finalText };
    if (!turn.workingDirectory) return { type: 'error', status: 400, errorType: 'invalid_request_error', message: 'stub: no "Primary working directory" in the request' };
    return { type: 'tool_use', name: 'Write', input: { file_path: path.posix.join(turn.workingDirectory, options.file), content: options.content }, text: `Writing ${options.file}.` };
  };
}

/** The model never stops: every reply calls `Write` on a new file `turn-<n>.txt`. */
export function endlessToolCalls(): StubScript {
  return (turn) => ({
    type: 'tool_use',
    name: 'Write',
    input: { file_path: path.posix.join(turn.workingDirectory ?? '/tmp', `turn-${turn.index + 1}.txt`), content: `turn ${turn.index + 1}\n` },
  });
}

/** Every request fails with `status` (500, 529, 401, …). */
export function failWith(status: number): StubScript {
  return () => ({ type: 'error', status });
}

/** Every reply of `script` comes after `delayMs`. */
export function slowly(delayMs: number, script: StubScript): StubScript {
  return (turn) => {
    const reply = script(turn);
    return reply.type === 'hang' ? reply : { ...reply, delayMs };
  };
}

/**
 * A script per CLI session, in the order sessions appear: the first session is answered by
 * `scripts[0]`, the second by `scripts[1]`, …, later ones by the last. Turn indices count per
 * session. A task that is run again (`retries`) starts a new session, so this scripts "fail the
 * first attempt, let the next one succeed".
 */
export function bySession(...scripts: StubScript[]): StubScript {
  if (scripts.length === 0) throw new TypeError('bySession: at least one script');
  const sessions = new Map<string, { script: StubScript; turns: number }>();
  return (turn) => {
    const id = turn.sessionId ?? '';
    let session = sessions.get(id);
    if (!session) {
      session = { script: scripts[Math.min(sessions.size, scripts.length - 1)], turns: 0 };
      sessions.set(id, session);
    }
    return session.script({ ...turn, index: session.turns++ });
  };
}

/** The first `n` replies come from `first`, the rest from `then` (turn indices as they come). */
export function firstThen(n: number, first: StubScript, then: StubScript): StubScript {
  return (turn) => (turn.index < n ? first(turn) : then(turn));
}

/** Every message reply of `script` reports `usage` (merged over the default figures). */
export function withUsage(usage: Partial<StubUsage>, script: StubScript): StubScript {
  return (turn) => {
    const reply = script(turn);
    return reply.type === 'text' || reply.type === 'tool_use' ? { ...reply, usage: { ...reply.usage, ...usage } } : reply;
  };
}

/** The scenario a request belongs to: `[scenario NAME]` in the first user message (the task's prompt). */
export function scenarioOf(body: MessagesRequest | undefined): string | undefined {
  const first = body?.messages?.find((m) => m.role === 'user');
  return first ? /\[scenario ([a-z0-9-]+)\]/.exec(JSON.stringify(first.content))?.[1] : undefined;
}

/**
 * Routes each request to the script of its scenario (see {@link scenarioOf}), so that one run of
 * several tasks can exercise several behaviours; turn indices count per scenario.
 */
export function byScenario(scripts: Record<string, StubScript>): StubScript {
  const counts = new Map<string, number>();
  return (turn) => {
    const name = scenarioOf(turn.body);
    const script = name === undefined ? undefined : scripts[name];
    if (!name || !script) return { type: 'error', status: 400, errorType: 'invalid_request_error', message: `stub: no script for scenario '${name ?? ''}'` };
    const index = counts.get(name) ?? 0;
    counts.set(name, index + 1);
    return script({ ...turn, index });
  };
}
