/**
 * The dashboard server: the page, a JSON API and a WebSocket (`/ws`) pushing changes, all from a
 * {@link DashboardState}. Loopback-only unless a token is given; the token guards HTTP and the
 * WebSocket alike. Protocol: docs/dashboard.md.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../core/logger.js';
import { renderPage } from './page.js';
import {
  PROTOCOL_VERSION,
  type ClientMessage,
  type SampleView,
  type ServerMessage,
  type TaskView,
} from './protocol.js';
import { DashboardState, type DashboardStateOptions, type IsRunLive, type StateChange } from './state.js';
import { errorMessage } from '../core/errors.js';

export interface DashboardOptions {
  /** Address to bind. Default `127.0.0.1`. Anything but loopback requires `token`. */
  host?: string;
  /** Port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Required for non-loopback binds; checked on every request when set. At least 16 characters. */
  token?: string;
  stateDir: string;
  logger: Logger;
  /** Whether an unfinished run still has live containers (the CLI asks Docker by run-id label). */
  isRunLive?: IsRunLive;
  /** Tuning of the journal follower (caps, polling). Defaults as in {@link DashboardStateOptions}. */
  state?: Omit<DashboardStateOptions, 'stateDir' | 'logger' | 'isRunLive'>;
  /** How often pending changes are pushed to WebSocket clients, in ms. Default 200. */
  pushMs?: number;
}

export interface Dashboard {
  /** Where to open it (without the token). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Clients that fall this far behind are dropped rather than buffered without bound. */
const MAX_BUFFERED = 8 * 1024 * 1024;
const MAX_PENDING_LOG_LINES = 500;
const HEARTBEAT_MS = 30_000;
const MIN_TOKEN_LENGTH = 16;

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return net.isIPv4(v4) && v4.startsWith('127.');
}

interface Session {
  ws: WebSocket;
  runId: string | null;
  taskId: string | null;
  unpinLog: () => void;
  seq: number;
  alive: boolean;
  runsDirty: boolean;
  snapshot: boolean;
  tasks: Map<string, TaskView>;
  samples: Map<string, SampleView[]>;
  log: { reset: boolean; truncated: boolean; lines: string[] } | null;
}

export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  const { logger } = options;
  const token = options.token === undefined || options.token === '' ? undefined : options.token;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`dashboard: invalid port ${port}. Expected an integer from 0 to 65535.`);
  }
  if (!isLoopbackHost(host) && !token) {
    throw new Error(
      `dashboard: binding ${host} (not a loopback address) requires a token, or anyone who can reach the port ` +
        'reads every run and log. Pass --token (or set AGENT_FANOUT_DASHBOARD_TOKEN), or bind 127.0.0.1.',
    );
  }
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`dashboard: the token is too short (${token.length} characters); use at least ${MIN_TOKEN_LENGTH}, e.g. \`openssl rand -hex 16\`.`);
  }
  const pushMs = options.pushMs ?? 200;
  if (!Number.isFinite(pushMs) || pushMs <= 0) throw new TypeError(`dashboard: pushMs must be a positive number, got ${pushMs}`);

  const state = new DashboardState({ ...options.state, stateDir: options.stateDir, logger, isRunLive: options.isRunLive });
  await state.start();

  const tokenDigest = token ? createHash('sha256').update(token).digest() : null;
  const authorized = (req: http.IncomingMessage, url: URL): boolean => {
    if (!tokenDigest) return true;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const given = bearer ?? url.searchParams.get('token');
    if (!given) return false;
    return timingSafeEqual(createHash('sha256').update(given).digest(), tokenDigest);
  };
  // Without a token, only loopback names may address us: a rebinding DNS name pointing at
  // 127.0.0.1 must not let a web page read the API.
  const hostAllowed = (req: http.IncomingMessage): boolean => {
    if (tokenDigest) return true;
    const header = req.headers.host ?? '';
    const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0];
    return isLoopbackHost(name);
  };

  const server = http.createServer((req, res) => {
    try {
      handleHttp(req, res);
    } catch (error) {
      logger.warning(`dashboard: ${req.method} ${req.url} failed: ${errorMessage(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  });

  const handleHttp = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    if (!hostAllowed(req)) return sendJson(res, 403, { error: 'forbidden host' });
    if (!authorized(req, url)) return sendJson(res, 401, { error: 'a valid token is required (Authorization: Bearer or ?token=)' }, { 'www-authenticate': 'Bearer' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });

    if (url.pathname === '/' || url.pathname === '/index.html') {
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; ` +
          "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      });
      res.end(req.method === 'HEAD' ? undefined : renderPage(nonce));
      return;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    let segments: string[];
    try {
      segments = parts.map((p) => decodeURIComponent(p));
    } catch {
      return sendJson(res, 400, { error: 'bad path' });
    }
    if (segments[0] !== 'api') return sendJson(res, 404, { error: 'not found' });
    if (segments.length === 2 && segments[1] === 'runs') {
      return sendJson(res, 200, { serverTime: Date.now(), runs: state.listRuns() });
    }
    if (segments.length === 2 && segments[1] === 'host') {
      return sendJson(res, 200, { host: state.host, history: state.hostHistory });
    }
    if (segments.length === 3 && segments[1] === 'runs') {
      const run = state.getRun(segments[2]);
      return run ? sendJson(res, 200, { serverTime: Date.now(), run }) : sendJson(res, 404, { error: `no run '${segments[2]}'` });
    }
    if (segments.length === 6 && segments[1] === 'runs' && segments[3] === 'tasks' && segments[5] === 'log') {
      const [runId, taskId] = [segments[2], segments[4]];
      state.readLog(runId, taskId).then(
        (log) => (log ? sendJson(res, 200, log) : sendJson(res, 404, { error: `no task '${taskId}' in run '${runId}'` })),
        (error: unknown) => {
          logger.warning(`dashboard: reading the log of task '${taskId}' failed: ${errorMessage(error)}`);
          sendJson(res, 500, { error: 'internal error' });
        },
      );
      return;
    }
    return sendJson(res, 404, { error: 'not found' });
  };

  // --- WebSocket ---------------------------------------------------------------------------------
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const sessions = new Set<Session>();

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/ws') return refuse(404, 'Not Found');
    if (!hostAllowed(req)) return refuse(403, 'Forbidden');
    if (!authorized(req, url)) return refuse(401, 'Unauthorized');
    // Any web page can open a WebSocket to localhost; only our own page may.
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        // unparsable: refused below
      }
      if (originHost !== req.headers.host) return refuse(403, 'Forbidden');
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
  });

  const send = (session: Session, message: ServerMessage): void => {
    if (session.ws.readyState !== session.ws.OPEN) return;
    if (session.ws.bufferedAmount > MAX_BUFFERED) {
      logger.warning('dashboard: dropping a WebSocket client that does not keep up');
      session.ws.terminate();
      return;
    }
    session.ws.send(JSON.stringify(message));
  };

  const onConnection = (ws: WebSocket): void => {
    const session: Session = {
      ws,
      runId: null,
      taskId: null,
      unpinLog: () => {},
      seq: 0,
      alive: true,
      runsDirty: true,
      snapshot: false,
      tasks: new Map(),
      samples: new Map(),
      log: null,
    };
    sessions.add(session);
    ws.on('pong', () => (session.alive = true));
    ws.on('close', () => {
      sessions.delete(session);
      session.unpinLog();
    });
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      let message: ClientMessage;
      try {
        message = JSON.parse(isBinary ? '' : data.toString()) as ClientMessage;
      } catch {
        return send(session, { type: 'error', message: 'messages are JSON' });
      }
      if (message?.type !== 'subscribe') return send(session, { type: 'error', message: `unknown message type` });
      const runId = message.runId;
      const taskId = message.taskId ?? null;
      if (!(runId === null || (typeof runId === 'string' && runId.length <= 200)) || !(taskId === null || (typeof taskId === 'string' && taskId.length <= 200))) {
        return send(session, { type: 'error', message: 'subscribe: runId and taskId are strings or null' });
      }
      void subscribe(session, runId, runId === null ? null : taskId);
    });
    send(session, { type: 'hello', version: PROTOCOL_VERSION, serverTime: Date.now(), host: state.host, hostHistory: state.hostHistory });
    flush(session);
  };

  const subscribe = async (session: Session, runId: string | null, taskId: string | null): Promise<void> => {
    const seq = ++session.seq;
    session.unpinLog();
    session.unpinLog = () => {};
    session.runId = runId;
    session.taskId = taskId;
    session.tasks.clear();
    session.samples.clear();
    session.log = null;
    session.snapshot = runId !== null;
    if (runId !== null && taskId !== null && state.hasTask(runId, taskId)) {
      session.unpinLog = state.pinLog(runId, taskId);
      const view = await state.readLog(runId, taskId);
      if (seq !== session.seq) return;
      // The tail is read in the same turn it changes, so this snapshot replaces any lines queued so far.
      if (view) session.log = { reset: true, truncated: view.truncated, lines: view.lines };
    }
    flush(session);
  };

  const flush = (session: Session): void => {
    const now = Date.now();
    if (session.runsDirty) {
      session.runsDirty = false;
      send(session, { type: 'runs', serverTime: now, runs: state.listRuns() });
    }
    const runId = session.runId;
    if (runId !== null) {
      if (session.snapshot) {
        session.snapshot = false;
        session.tasks.clear();
        session.samples.clear();
        send(session, { type: 'run', serverTime: now, runId, run: state.getRun(runId) ?? null });
      }
      for (const task of session.tasks.values()) send(session, { type: 'task', runId, task });
      session.tasks.clear();
      for (const [taskId, samples] of session.samples) send(session, { type: 'samples', runId, taskId, samples });
      session.samples.clear();
      if (session.log && session.taskId !== null) {
        send(session, { type: 'log', runId, taskId: session.taskId, ...session.log });
        session.log = null;
      }
    }
  };

  const maxSamples = options.state?.maxSamples ?? 120;
  const onChange = (change: StateChange): void => {
    if (change.kind === 'host') {
      const anyRunning = state.listRuns().some((r) => r.state === 'running');
      for (const session of sessions) {
        send(session, { type: 'host', host: change.host });
        // Wall time and speedup of a running run move every second.
        if (anyRunning) session.runsDirty = true;
      }
      return;
    }
    for (const session of sessions) {
      if (change.kind === 'runs') {
        session.runsDirty = true;
        continue;
      }
      if (session.runId !== change.runId) continue;
      switch (change.kind) {
        case 'reset':
        case 'removed':
          session.snapshot = true;
          break;
        case 'task':
          if (!session.snapshot) session.tasks.set(change.taskId, change.task);
          break;
        case 'sample': {
          if (session.snapshot) break;
          const list = session.samples.get(change.taskId) ?? [];
          list.push(change.sample);
          if (list.length > maxSamples) list.shift();
          session.samples.set(change.taskId, list);
          break;
        }
        case 'log': {
          if (session.taskId !== change.taskId) break;
          if (change.reset || !session.log) {
            session.log = { reset: change.reset, truncated: change.truncated, lines: [...change.lines] };
          } else {
            session.log.lines.push(...change.lines);
            session.log.truncated = change.truncated;
          }
          if (session.log.lines.length > MAX_PENDING_LOG_LINES) session.log.lines.splice(0, session.log.lines.length - MAX_PENDING_LOG_LINES);
          break;
        }
      }
    }
  };
  const unsubscribeState = state.onChange(onChange);

  const pushTimer = setInterval(() => {
    for (const session of sessions) flush(session);
  }, pushMs);
  const heartbeat = setInterval(() => {
    for (const session of sessions) {
      if (!session.alive) {
        session.ws.terminate();
        continue;
      }
      session.alive = false;
      session.ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(pushTimer);
    clearInterval(heartbeat);
    unsubscribeState();
    await state.close();
    throw new Error(`dashboard: cannot listen on ${host}:${port}: ${errorMessage(error)}`, { cause: error });
  }
  server.on('error', (error) => logger.warning(`dashboard: server error: ${error.message}`));
  const address = server.address() as net.AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? os.hostname() : net.isIPv6(host) ? `[${host}]` : host;
  const url = `http://${urlHost}:${address.port}/`;
  logger.debug(`dashboard: serving ${state.stateDir} on ${host}:${address.port}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    host,
    port: address.port,
    close: () => {
      closing ??= (async () => {
        clearInterval(pushTimer);
        clearInterval(heartbeat);
        unsubscribeState();
        for (const session of sessions) session.ws.close(1001, 'server shutting down');
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets and WebSockets would otherwise hold close() open.
          server.closeAllConnections();
          for (const session of sessions) session.ws.terminate();
        });
        wss.close();
        await state.close();
      })();
      return closing;
    },
  };
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}
