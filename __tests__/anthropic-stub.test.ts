/**
 * The Messages API stub itself, spoken to over HTTP as a client would: plain JSON and SSE replies in
 * the API's shapes, error bodies, scripted scenarios, slow and hanging replies, and what it records.
 * (The real CLI only streams; these keep the plain JSON path and the SSE framing honest.)
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AnthropicStub,
  byScenario,
  bySession,
  defaultUsage,
  firstThen,
  withUsage,
  endlessToolCalls,
  failWith,
  slowly,
  turnOf,
  writeFileThenFinish,
  type MessagesRequest,
} from './support/anthropic-stub.js';

let stub: AnthropicStub | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await stub?.close();
  stub = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function post(target: { url?: string; socketPath?: string }, body: unknown, pathname = '/v1/messages?beta=true'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const options: http.RequestOptions = target.socketPath
      ? { socketPath: target.socketPath, path: pathname }
      : { host: '127.0.0.1', port: Number(new URL(target.url!).port), path: pathname };
    const req = http.request({ ...options, method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k' } }, (res) => {
      let data = '';
      res.setEncoding('utf8').on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const WORKDIR = '/work/tree';
function request(patch: Partial<MessagesRequest> = {}): MessagesRequest {
  return {
    model: 'claude-test',
    max_tokens: 100,
    tools: [{ name: 'Write' }],
    messages: [{ role: 'user', content: [{ type: 'text', text: `[scenario write] do it\nPrimary working directory: ${WORKDIR}` }] }],
    ...patch,
  };
}
const afterTool: MessagesRequest['messages'] = [
  ...request().messages,
  { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'Write', input: {} }] },
  { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'File created' }] },
];

/** SSE events as [name, data]. */
function events(body: string): [string, Record<string, unknown>][] {
  return body
    .trim()
    .split('\n\n')
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return [eventLine.replace(/^event: /, ''), JSON.parse(dataLine.replace(/^data: /, ''))];
    });
}

describe('AnthropicStub', () => {
  it('answers plain JSON with a tool call, then the final text, and records both requests', async () => {
    stub = await AnthropicStub.start({ script: writeFileThenFinish({ file: 'a.md', content: 'A\n', finalText: 'Done.' }) });
    const first = await post(stub, request());
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.headers['request-id']).toMatch(/^req_/);
    const message = JSON.parse(first.body);
    expect(message).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-test', stop_reason: 'tool_use', usage: defaultUsage(0) });
    expect(message.content.at(-1)).toMatchObject({ type: 'tool_use', name: 'Write', input: { file_path: `${WORKDIR}/a.md`, content: 'A\n' } });
    expect(message.content.at(-1).id).toMatch(/^toolu_/);

    const second = JSON.parse((await post(stub, request({ messages: afterTool }))).body);
    expect(second).toMatchObject({ stop_reason: 'end_turn', content: [{ type: 'text', text: 'Done.' }], usage: defaultUsage(1) });
    expect(stub.requests.map((r) => [r.url, r.stream, r.reply.type, r.headers['x-api-key']])).toEqual([
      ['/v1/messages?beta=true', false, 'tool_use', 'k'],
      ['/v1/messages?beta=true', false, 'text', 'k'],
    ]);
    expect(stub.requests[1].usage).toEqual(defaultUsage(1));
  });

  it('streams the same message as the API does over SSE, on a Unix socket too', async () => {
    dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-stub-unit-')));
    const socketPath = path.join(dirs[0], 'stub.sock');
    stub = await AnthropicStub.start({ script: writeFileThenFinish({ file: 'a.md', content: 'A\n', finalText: 'Done.' }), socketPath });
    expect(fs.statSync(socketPath).mode & 0o777).toBe(0o666);
    const reply = await post({ socketPath }, request({ stream: true }));
    expect(reply.headers['content-type']).toBe('text/event-stream');
    const list = events(reply.body);
    expect(list.map(([name]) => name)).toEqual([
      'message_start', 'ping',
      'content_block_start', 'content_block_delta', 'content_block_delta', 'content_block_stop',
      'content_block_start', 'content_block_delta', 'content_block_delta', 'content_block_stop',
      'message_delta', 'message_stop',
    ]);
    for (const [name, data] of list) expect(data.type).toBe(name);
    const start = list[0][1].message as Record<string, unknown>;
    expect(start).toMatchObject({ content: [], stop_reason: null, usage: { ...defaultUsage(0), output_tokens: 1 } });
    // The tool input arrives as partial JSON that joins to the whole input.
    const json = list.filter(([, d]) => (d.delta as { type?: string })?.type === 'input_json_delta').map(([, d]) => (d.delta as { partial_json: string }).partial_json).join('');
    expect(JSON.parse(json)).toEqual({ file_path: `${WORKDIR}/a.md`, content: 'A\n' });
    const text = list.filter(([, d]) => (d.delta as { type?: string })?.type === 'text_delta').map(([, d]) => (d.delta as { text: string }).text).join('');
    expect(text).toBe('Writing a.md.');
    expect(list.at(-2)![1]).toEqual({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 20 } });
    expect(stub.requests[0].stream).toBe(true);
  });

  it('answers errors in the API\'s shape, and 404 for anything but POST /v1/messages', async () => {
    stub = await AnthropicStub.start({ script: failWith(529) });
    const overloaded = await post(stub, request());
    expect(overloaded.status).toBe(529);
    expect(JSON.parse(overloaded.body)).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'stub: overloaded_error' } });
    stub.reset(failWith(401));
    expect(JSON.parse((await post(stub, request())).body).error.type).toBe('authentication_error');
    expect((await post(stub, request(), '/v1/complete')).status).toBe(404);
    expect(stub.requests.map((r) => r.reply.type)).toEqual(['error', 'not-found']);
    expect(stub.messageRequests).toHaveLength(1);
  });

  it('routes requests by scenario with turns counted per scenario, and says when a scenario is unknown', async () => {
    stub = await AnthropicStub.start({ script: byScenario({ write: endlessToolCalls(), other: failWith(500) }) });
    const reply = async (scenario: string) => {
      const body = request({ messages: [{ role: 'user', content: `[scenario ${scenario}] go\nPrimary working directory: ${WORKDIR}` }] });
      return JSON.parse((await post(stub!, body)).body);
    };
    expect((await reply('write')).content[0].input.file_path).toBe(`${WORKDIR}/turn-1.txt`);
    expect((await reply('other')).error.type).toBe('api_error');
    expect((await reply('write')).content[0].input.file_path).toBe(`${WORKDIR}/turn-2.txt`);
    expect((await reply('nope')).error.message).toBe("stub: no script for scenario 'nope'");
  });

  it('delays slow replies and holds hanging ones open until closed', async () => {
    stub = await AnthropicStub.start({ script: slowly(2000, () => ({ type: 'text', text: 'late' })) });
    const order: string[] = [];
    const reply = post(stub, request()).then((r) => order.push(`reply ${JSON.parse(r.body).content[0].text}`));
    // A much shorter timer started after the request still fires first: the reply waits.
    await new Promise((resolve) => setTimeout(resolve, 200)).then(() => order.push('timer'));
    await reply;
    expect(order).toEqual(['timer', 'reply late']);

    stub.reset(() => ({ type: 'hang' }));
    const pending = post(stub, request()).then(() => 'answered', () => 'closed');
    const end = Date.now() + 10_000;
    while (stub.requests.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(stub.requests[0].reply).toEqual({ type: 'hang' });
    await stub.close();
    stub = undefined;
    expect(await pending).toBe('closed');
  });

  it('reads the working directory and tool results from a request', () => {
    expect(turnOf(0, request())).toMatchObject({ workingDirectory: WORKDIR, afterToolResult: false, toolResults: [] });
    expect(turnOf(1, request({ messages: afterTool }))).toMatchObject({ workingDirectory: WORKDIR, afterToolResult: true, toolResults: ['File created'] });
    // Without a working directory the write script cannot aim: it answers an error, not a wrong path.
    const script = writeFileThenFinish({ file: 'a', content: '', finalText: '' });
    expect(script(turnOf(0, request({ messages: [{ role: 'user', content: 'hi' }] })))).toMatchObject({ type: 'error', status: 400 });
  });

  it('answers each CLI session with its own script, in the order sessions appear, and reports the usage asked for', () => {
    const script = bySession(firstThen(1, () => ({ type: 'text', text: 'first session' }), failWith(529)), withUsage({ input_tokens: 1_000_000 }, endlessToolCalls()));
    const turn = (session: string) => script(turnOf(99, request(), { 'x-claude-code-session-id': session }));
    expect(turn('s1')).toMatchObject({ type: 'text', text: 'first session' });
    expect(turn('s1')).toEqual({ type: 'error', status: 529 });
    // A new session: the next script, turns counted from 0 again.
    expect(turn('s2')).toMatchObject({ type: 'tool_use', name: 'Write', usage: { input_tokens: 1_000_000 }, input: { file_path: `${WORKDIR}/turn-1.txt` } });
    expect(turn('s1')).toEqual({ type: 'error', status: 529 });
    // Sessions after the last script get the last one.
    expect(turn('s3')).toMatchObject({ type: 'tool_use', input: { file_path: `${WORKDIR}/turn-1.txt` } });
    expect(turnOf(0, request()).sessionId).toBeUndefined();
  });
});
