/**
 * The egress proxy program, run exactly as the proxy container runs it (`node -e <source>`, config
 * in the environment) but on loopback: what it forwards, what it refuses and what it reports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowEntry, type AllowEntry } from '../src/exec/egress/allowlist.js';
import { parseProxyEvent } from '../src/exec/egress/proxy-events.js';
import { proxyProgramSource, type ProxyConfig, type ProxyEvent } from '../src/exec/egress/proxy-program.js';

const TOKEN_A = 'a'.repeat(36);
const TOKEN_B = 'b'.repeat(36);

interface Head {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let proxy: ChildProcess;
let proxyPort = 0;
let events: ProxyEvent[] = [];

function spawnProxy(config: ProxyConfig): { child: ChildProcess; events: ProxyEvent[] } {
  const seen: ProxyEvent[] = [];
  const child = spawn(process.execPath, ['-e', proxyProgramSource()], { env: { AGENT_FANOUT_EGRESS_CONFIG: JSON.stringify(config) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      const event = parseProxyEvent(line);
      if (event) seen.push(event);
    }
  });
  return { child, events: seen };
}
let echo: http.Server;
let echoPort = 0;
let other: http.Server;
let otherPort = 0;
let shared: http.Server;
let sharedPort = 0;

const entries = (...texts: string[]): AllowEntry[] => texts.map((t) => parseAllowEntry(t)!);

function startEcho(): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as net.AddressInfo).port })));
}

/** Writes `request` to a fresh proxy connection and reads one response head (and a short body). */
function ask(request: string, socket?: net.Socket): Promise<{ head: Head; socket: net.Socket }> {
  const s = socket ?? net.connect(proxyPort, '127.0.0.1');
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = buffer.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines.slice(1)) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      const length = Number(headers['content-length'] ?? 0);
      const body = buffer.slice(end + 4);
      if (body.length < length) return;
      s.removeListener('data', onData);
      resolve({ head: { status: Number(lines[0].split(' ')[1]), headers, body: body.slice(0, length) }, socket: s });
    };
    s.on('data', onData);
    s.once('error', reject);
    s.write(request);
  });
}

const basic = (user: string, password: string) => `Proxy-Authorization: Basic ${Buffer.from(`${user}:${password}`).toString('base64')}\r\n`;
const connect = (target: string, auth = basic('task-a', TOKEN_A)) => `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${auth}\r\n`;

/** Sends a plain HTTP request through an established tunnel and reads the echo. */
function throughTunnel(socket: net.Socket, request: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(buffer)?.[1] ?? 0);
      if (buffer.length - end - 4 >= length) resolve(JSON.parse(buffer.slice(end + 4, end + 4 + length)) as Record<string, unknown>);
    });
    socket.write(request);
  });
}

async function waitForEvent(pred: (e: ProxyEvent) => boolean, timeoutMs = 10_000, list: ProxyEvent[] = events): Promise<ProxyEvent> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = list.find(pred);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no such event; got ${JSON.stringify(events)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  ({ server: echo, port: echoPort } = await startEcho());
  ({ server: other, port: otherPort } = await startEcho());
  ({ server: shared, port: sharedPort } = await startEcho());
  const config: ProxyConfig = {
    shared: entries(`127.0.0.1:${sharedPort}`),
    port: 0,
    listenHost: '127.0.0.1',
    credentialGraceMs: 300,
    tasks: {
      // task-a may reach the echo server by address; by name only through an address entry.
      'task-a': { token: TOKEN_A, allow: entries(`127.0.0.1:${echoPort}`, `localhost:${echoPort}`, `localhost:${otherPort}`, 'api.example.com') },
      'task-b': { token: TOKEN_B, allow: entries(`127.0.0.1:${otherPort}`) },
    },
  };
  ({ child: proxy, events } = spawnProxy(config));
  const listening = await waitForEvent((e) => e.type === 'listening');
  proxyPort = (listening as { port: number }).port;
});

afterAll(async () => {
  proxy?.kill('SIGKILL');
  echo?.close();
  other?.close();
  shared?.close();
});

describe('egress proxy program', () => {
  it('tunnels CONNECT to a listed address and reports the connection', async () => {
    const { head, socket } = await ask(connect(`127.0.0.1:${echoPort}`));
    expect(head.status).toBe(200);
    const echoed = await throughTunnel(socket, `GET /tunnelled HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(echoed.url).toBe('/tunnelled');
    socket.destroy();
    const allowed = await waitForEvent((e) => e.type === 'allowed' && e.port === echoPort);
    expect(allowed).toMatchObject({ task: 'task-a', host: '127.0.0.1', address: '127.0.0.1', via: 'connect' });
  });

  it('refuses a host that is not listed, naming task, host, port and reason', async () => {
    const { head } = await ask(connect('forbidden.example:443'));
    expect(head.status).toBe(403);
    expect(head.body).toContain('forbidden.example:443 is not on the allow-list');
    const refused = await waitForEvent((e) => e.type === 'refused' && e.host === 'forbidden.example');
    expect(refused).toMatchObject({ task: 'task-a', port: 443, reason: 'not-allowed', source: '127.0.0.1' });
  });

  it('refuses a listed name on a port that is not listed, and a raw address that is not listed', async () => {
    expect((await ask(connect('api.example.com:8443'))).head.status).toBe(403);
    expect((await ask(connect(`127.0.0.1:${otherPort}`))).head.status).toBe(403);
    await waitForEvent((e) => e.type === 'refused' && e.host === 'api.example.com' && e.port === 8443 && e.reason === 'not-allowed');
    await waitForEvent((e) => e.type === 'refused' && e.host === '127.0.0.1' && e.port === otherPort && e.reason === 'not-allowed');
  });

  it('refuses a listed name that resolves to a non-public address unless that address is listed too', async () => {
    // localhost:otherPort is listed by name, but 127.0.0.1:otherPort is not: DNS must not steer
    // an allowed name at the runner's own network.
    const { head } = await ask(connect(`localhost:${otherPort}`));
    expect(head.status).toBe(403);
    expect(head.headers['x-agent-fanout-refused']).toBe('private-address');
    await waitForEvent((e) => e.type === 'refused' && e.host === 'localhost' && e.reason === 'private-address');
    // localhost:echoPort: the name is listed and its address 127.0.0.1:echoPort too.
    const ok = await ask(connect(`localhost:${echoPort}`));
    expect(ok.head.status).toBe(200);
    ok.socket.destroy();
  });

  it('gives every task the shared entries', async () => {
    for (const auth of [basic('task-a', TOKEN_A), basic('task-b', TOKEN_B)]) {
      const { head, socket } = await ask(connect(`127.0.0.1:${sharedPort}`, auth));
      expect(head.status).toBe(200);
      socket.destroy();
    }
  });

  it('keeps each task to its own allow-list', async () => {
    const b = await ask(connect(`127.0.0.1:${otherPort}`, basic('task-b', TOKEN_B)));
    expect(b.head.status).toBe(200);
    b.socket.destroy();
    expect((await ask(connect(`127.0.0.1:${echoPort}`, basic('task-b', TOKEN_B)))).head.status).toBe(403);
    await waitForEvent((e) => e.type === 'refused' && e.task === 'task-b' && e.port === echoPort);
  });

  it('answers a request without credentials with 407 and forgets it when the retry authenticates (git does this)', async () => {
    const before = events.length;
    const first = await ask(connect(`127.0.0.1:${echoPort}`, ''));
    expect(first.head.status).toBe(407);
    expect(first.head.headers['proxy-authenticate']).toMatch(/^Basic/);
    // The same connection carries the retry.
    const retry = await ask(connect(`127.0.0.1:${echoPort}`), first.socket);
    expect(retry.head.status).toBe(200);
    retry.socket.destroy();
    await new Promise((r) => setTimeout(r, 800));
    expect(events.slice(before).filter((e) => e.type === 'refused')).toEqual([]);
  });

  it('reports a request without credentials that never retries, as the task last seen from that address', async () => {
    const { head, socket } = await ask(connect('never.example:443', ''));
    expect(head.status).toBe(407);
    socket.destroy();
    const refused = await waitForEvent((e) => e.type === 'refused' && e.host === 'never.example');
    expect(refused).toMatchObject({ reason: 'no-credentials', port: 443 });
    // Loopback carries both tasks in this test: either may be named, but one is.
    expect(['task-a', 'task-b']).toContain((refused as { task: string | null }).task);
  });

  it('refuses a wrong token and an unknown task', async () => {
    expect((await ask(connect(`127.0.0.1:${echoPort}`, basic('task-a', 'x'.repeat(36))))).head.status).toBe(407);
    expect((await ask(connect(`127.0.0.1:${echoPort}`, basic('nobody', TOKEN_A)))).head.status).toBe(407);
    await waitForEvent((e) => e.type === 'refused' && e.reason === 'bad-credentials' && /wrong token for task 'task-a'/.test(e.detail));
    await waitForEvent((e) => e.type === 'refused' && e.reason === 'bad-credentials' && /no task 'nobody'/.test(e.detail));
  });

  it('forwards plain HTTP in absolute form with the URL host, without the proxy credentials', async () => {
    const request =
      `POST http://127.0.0.1:${echoPort}/plain?q=1 HTTP/1.1\r\nHost: evil.example\r\n${basic('task-a', TOKEN_A)}` +
      `Proxy-Connection: keep-alive\r\nContent-Length: 5\r\n\r\nhello`;
    const { head, socket } = await ask(request);
    expect(head.status).toBe(200);
    const echoed = JSON.parse(head.body) as { method: string; url: string; headers: Record<string, string>; body: string };
    expect(echoed).toMatchObject({ method: 'POST', url: '/plain?q=1', body: 'hello' });
    expect(echoed.headers.host).toBe(`127.0.0.1:${echoPort}`);
    expect(echoed.headers['proxy-authorization']).toBeUndefined();
    socket.destroy();
    await waitForEvent((e) => e.type === 'allowed' && e.via === 'http');
  });

  it('refuses plain HTTP to a host that is not listed, and https:// in absolute form', async () => {
    expect((await ask(`GET http://forbidden-plain.example/x HTTP/1.1\r\n${basic('task-a', TOKEN_A)}\r\n`)).head.status).toBe(403);
    await waitForEvent((e) => e.type === 'refused' && e.host === 'forbidden-plain.example' && e.port === 80);
    expect((await ask(`GET https://api.example.com/ HTTP/1.1\r\n${basic('task-a', TOKEN_A)}\r\n`)).head.status).toBe(400);
    await waitForEvent((e) => e.type === 'refused' && e.reason === 'bad-request' && /CONNECT/.test(e.detail));
  });

  it('refuses malformed CONNECT targets', async () => {
    expect((await ask(connect('no-port.example'))).head.status).toBe(400);
    expect((await ask(connect('bad host:443'))).head.status).toBe(400);
  });

  it('reports a pending refusal when it stops, then exits 0', async () => {
    // A proxy of its own whose grace period outlasts the test: only the stop can report it.
    const own = spawnProxy({ port: 0, listenHost: '127.0.0.1', credentialGraceMs: 600_000, tasks: { 'task-a': { token: TOKEN_A, allow: [] } } });
    const { port } = (await waitForEvent((e) => e.type === 'listening', 10_000, own.events)) as { port: number };
    const s = net.connect(port, '127.0.0.1');
    const { head } = await ask(connect('pending.example:443', ''), s);
    expect(head.status).toBe(407);
    s.destroy();
    expect(own.events.filter((e) => e.type === 'refused')).toEqual([]);
    const exited = new Promise<number | null>((resolve) => own.child.once('exit', (code) => resolve(code)));
    own.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(own.events.find((e) => e.type === 'refused')).toMatchObject({ host: 'pending.example', port: 443, reason: 'no-credentials', task: null });
  });
});
