/**
 * The egress proxy: the program that runs in the per-run proxy container, between the task
 * containers (on an internal network with no route out) and the network with a route out.
 *
 * It forwards HTTP `CONNECT host:port` tunnels, and plain-HTTP requests in absolute form
 * (`GET http://host/path`), to destinations on the requesting task's allow-list, and refuses
 * everything else with a logged reason. Tasks are told apart by the credentials in their proxy URL
 * (`http://<task-id>:<token>@proxy:3128`). Names are resolved here, once per connection, and the
 * connection goes to an address that was checked: a listed name that resolves to a private,
 * loopback or otherwise non-public address is refused unless that address is listed itself (so
 * DNS cannot steer an allowed name at the runner's own network).
 *
 * `egressProxy` is shipped into the container as its source text (`Function.prototype.toString`,
 * see {@link proxyProgramSource}), so the image needs nothing but `node` and no file has to be
 * mounted or located next to a bundle. It therefore references nothing outside its own body:
 * Node modules and configuration come in as parameters. The unit tests run that very text in a
 * separate `node` process, which fails if it ever reaches outside.
 */
import type * as Crypto from 'node:crypto';
import type * as Dns from 'node:dns';
import type * as Net from 'node:net';
import type * as Os from 'node:os';
import type { AllowEntry } from './allowlist.js';

/** Why a connection was refused (the `reason` of a `refused` event). */
export type RefusalReason =
  /** The destination is not on the task's allow-list. */
  | 'not-allowed'
  /** A listed name resolved to a non-public address that is not listed itself. */
  | 'private-address'
  /** No proxy credentials, and none followed within the grace period. */
  | 'no-credentials'
  /** Credentials that name no task of this run, or a wrong token. */
  | 'bad-credentials'
  /** Not a request the proxy forwards (malformed target, `https://` in absolute form, …). */
  | 'bad-request';

export interface ProxyTaskConfig {
  /** The password of the task's proxy URL. */
  token: string;
  /** Where the task may connect. */
  allow: AllowEntry[];
}

export interface ProxyConfig {
  port: number;
  /**
   * The proxy listens only on its address inside this subnet (the internal network), never on
   * the network with the route out. Unset: it listens on `listenHost`.
   */
  listenSubnet?: { address: string; prefix: number };
  /** Used when `listenSubnet` is unset (tests). Default `127.0.0.1`. */
  listenHost?: string;
  tasks: Record<string, ProxyTaskConfig>;
  /** Entries every task has besides its own (sent once, not per task: the configuration travels in an environment variable). */
  shared?: AllowEntry[];
  /** Connect timeout towards a destination. Default 30 000 ms. */
  connectTimeoutMs?: number;
  /**
   * How long a request without credentials waits for an authenticated retry from the same source
   * and for the same destination (clients like git first ask without, answer the 407, then ask
   * again) before it counts as refused. Default 5 000 ms.
   */
  credentialGraceMs?: number;
}

/** The events the proxy writes, one JSON object per line. */
export type ProxyEvent =
  | { type: 'listening'; at: number; address: string; port: number }
  | { type: 'allowed'; at: number; task: string; source: string; host: string; port: number; address: string; via: 'connect' | 'http' }
  | { type: 'refused'; at: number; task: string | null; source: string; host: string; port: number; reason: RefusalReason; detail: string }
  /** Allowed, but the destination could not be reached (name does not resolve, connect failed). */
  | { type: 'failed'; at: number; task: string; source: string; host: string; port: number; detail: string }
  | { type: 'error'; at: number; detail: string };

export interface ProxyModules {
  net: typeof Net;
  dns: typeof Dns;
  crypto: typeof Crypto;
  os: typeof Os;
}

export interface RunningProxy {
  /** Resolves with the address and port listened on. */
  ready: Promise<{ address: string; port: number }>;
  /** Stops accepting, reports pending refusals, closes open tunnels. */
  close(): Promise<void>;
}

/**
 * Starts the proxy. Self-contained on purpose (see the file comment): no reference to anything
 * outside this function's body.
 */
export function egressProxy(m: ProxyModules, config: ProxyConfig, log: (event: ProxyEvent) => void): RunningProxy {
  const MAX_HEAD = 16 * 1024;
  const connectTimeoutMs = config.connectTimeoutMs ?? 30_000;
  const graceMs = config.credentialGraceMs ?? 5_000;
  const now = () => Date.now();

  // Addresses that are not on the public Internet (IANA special-purpose registries).
  const nonPublic = new m.net.BlockList();
  for (const [a, p] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
    ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) nonPublic.addSubnet(a, p, 'ipv4');
  for (const [a, p] of [
    ['::', 128], ['::1', 128], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23],
    ['2001:db8::', 32], ['2002::', 16], ['3fff::', 20], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  ] as const) nonPublic.addSubnet(a, p, 'ipv6');

  /** `::ffff:10.0.0.1` → `10.0.0.1`: a mapped address is judged as the IPv4 address it is. */
  const unmap = (address: string): string => {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? mapped[1] : address;
  };
  const familyOf = (address: string): 'ipv4' | 'ipv6' => (m.net.isIPv4(address) ? 'ipv4' : 'ipv6');

  interface Policy {
    token: Buffer;
    names: Map<string, Set<number>>;
    suffixes: { suffix: string; port: number }[];
    blocks: { list: Net.BlockList; port: number }[];
  }
  const policies = new Map<string, Policy>();
  for (const [task, t] of Object.entries(config.tasks)) {
    const policy: Policy = { token: Buffer.from(t.token), names: new Map(), suffixes: [], blocks: [] };
    for (const entry of [...(config.shared ?? []), ...t.allow]) {
      if (entry.kind === 'name') {
        const ports = policy.names.get(entry.name) ?? new Set<number>();
        ports.add(entry.port);
        policy.names.set(entry.name, ports);
      } else if (entry.kind === 'suffix') {
        policy.suffixes.push({ suffix: entry.suffix, port: entry.port });
      } else {
        const list = new m.net.BlockList();
        list.addSubnet(entry.address, entry.prefix, entry.family);
        policy.blocks.push({ list, port: entry.port });
      }
    }
    policies.set(task, policy);
  }

  const addressListed = (policy: Policy, address: string, port: number): boolean =>
    policy.blocks.some((b) => b.port === port && b.list.check(unmap(address), familyOf(unmap(address))));
  const nameListed = (policy: Policy, name: string, port: number): boolean =>
    policy.names.get(name)?.has(port) === true || policy.suffixes.some((s) => s.port === port && name.endsWith(`.${s.suffix}`));

  /** The task the credentials name, or why not. */
  const authenticate = (header: string | undefined): { task: string } | { missing: true } | { bad: string } => {
    if (!header) return { missing: true };
    const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match) return { bad: 'credentials are not Basic' };
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon < 0 ? decoded : decoded.slice(0, colon);
    const password = Buffer.from(colon < 0 ? '' : decoded.slice(colon + 1));
    const policy = policies.get(user);
    if (!policy) return { bad: `no task '${user.slice(0, 100)}' in this run` };
    if (password.length !== policy.token.length || !m.crypto.timingSafeEqual(password, policy.token)) {
      return { bad: `wrong token for task '${user.slice(0, 100)}'` };
    }
    return { task: user };
  };

  // Requests without credentials, waiting for an authenticated retry (key: source, host, port).
  interface Pending {
    timer: NodeJS.Timeout;
    at: number;
    source: string;
    host: string;
    port: number;
  }
  const pending = new Map<string, Pending>();
  // The task last authenticated from each source address: names the task of a refusal that
  // carried no credentials.
  const taskOfSource = new Map<string, string>();
  const pendingKey = (source: string, host: string, port: number) => `${source} ${host} ${port}`;
  const reportPending = (entry: Pending) =>
    log({
      type: 'refused', at: entry.at, task: taskOfSource.get(entry.source) ?? null, source: entry.source, host: entry.host, port: entry.port,
      reason: 'no-credentials', detail: 'the request carried no proxy credentials (the proxy URL given to the task has them)',
    });
  const notePending = (source: string, host: string, port: number) => {
    const key = pendingKey(source, host, port);
    if (pending.has(key)) return;
    const entry: Pending = { at: now(), source, host, port, timer: setTimeout(() => {
      pending.delete(key);
      reportPending(entry);
    }, graceMs) };
    pending.set(key, entry);
  };
  const clearPending = (source: string, host: string, port: number) => {
    const key = pendingKey(source, host, port);
    const entry = pending.get(key);
    if (entry) {
      clearTimeout(entry.timer);
      pending.delete(key);
    }
  };

  const sockets = new Set<Net.Socket>();
  const track = (socket: Net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  /** Parses `host:port` (CONNECT) or the authority of an `http://` URL. */
  const parseTarget = (text: string, defaultPort: number | null): { host: string; port: number } | null => {
    const m6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(text);
    const m4 = /^([a-z0-9.-]+|\d+\.\d+\.\d+\.\d+)(?::(\d{1,5}))?$/i.exec(text);
    const match = m6 ?? m4;
    if (!match) return null;
    const host = match[1].toLowerCase().replace(/\.$/, '');
    const port = match[2] !== undefined ? Number(match[2]) : defaultPort;
    if (port === null || !Number.isInteger(port) || port < 1 || port > 65535 || host === '') return null;
    if (m6 && !m.net.isIPv6(host)) return null;
    return { host, port };
  };

  /** Resolves and checks the destination: the addresses to connect to, or a refusal / failure. */
  const decide = (
    policy: Policy,
    host: string,
    port: number,
    done: (result: { addresses: string[] } | { refuse: RefusalReason; detail: string } | { fail: string }) => void,
  ): void => {
    if (m.net.isIP(host)) {
      if (addressListed(policy, host, port)) done({ addresses: [host] });
      else done({ refuse: 'not-allowed', detail: `${host} port ${port} is not on the allow-list` });
      return;
    }
    if (!nameListed(policy, host, port)) {
      done({ refuse: 'not-allowed', detail: `${host}:${port} is not on the allow-list` });
      return;
    }
    m.dns.lookup(host, { all: true, order: 'ipv4first' }, (error, results) => {
      if (error || !results || results.length === 0) {
        done({ fail: `${host} does not resolve: ${error ? (error as NodeJS.ErrnoException).code ?? error.message : 'no addresses'}` });
        return;
      }
      const addresses = results.map((r) => unmap(r.address));
      // One non-public answer refuses the name: a resolver that mixes them in is not to be trusted.
      const hidden = addresses.find((a) => nonPublic.check(a, familyOf(a)) && !addressListed(policy, a, port));
      if (hidden !== undefined) {
        done({ refuse: 'private-address', detail: `${host} resolves to ${hidden}, which is not public and not on the allow-list` });
        return;
      }
      done({ addresses });
    });
  };

  /** Connects to the first address that answers. */
  const connectTo = (addresses: string[], port: number, done: (error: Error | null, socket?: Net.Socket, address?: string) => void): void => {
    const attempt = (i: number, lastError: Error | null) => {
      if (i >= addresses.length) {
        done(lastError ?? new Error('no address'));
        return;
      }
      const upstream = m.net.connect({ host: addresses[i], port });
      const timer = setTimeout(() => upstream.destroy(new Error(`connect to ${addresses[i]} port ${port} timed out`)), connectTimeoutMs);
      upstream.once('connect', () => {
        clearTimeout(timer);
        upstream.removeAllListeners('error');
        done(null, upstream, addresses[i]);
      });
      upstream.once('error', (error) => {
        clearTimeout(timer);
        upstream.destroy();
        attempt(i + 1, error);
      });
    };
    attempt(0, null);
  };

  const reply = (socket: Net.Socket, status: string, headers: string[], body: string, keepOpen: boolean) => {
    const text = body ? `agent-fanout egress proxy: ${body}\n` : '';
    socket.write(
      [`HTTP/1.1 ${status}`, ...headers, 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${Buffer.byteLength(text)}`, ...(keepOpen ? [] : ['Connection: close']), '', text].join('\r\n'),
    );
    if (!keepOpen) socket.end();
  };

  /** Reads one request head from the socket; `rest` is what followed it. */
  const readHead = (socket: Net.Socket, initial: Buffer, done: (head: string | null, rest: Buffer) => void) => {
    let buffer = initial;
    const finish = (head: string | null, rest: Buffer) => {
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      // Paused until the request is decided: body bytes must not flow out before there is a pipe.
      socket.pause();
      done(head, rest);
    };
    const check = (): boolean => {
      const end = buffer.indexOf('\r\n\r\n');
      if (end >= 0) {
        finish(buffer.subarray(0, end).toString('latin1'), buffer.subarray(end + 4));
        return true;
      }
      if (buffer.length > MAX_HEAD) {
        reply(socket, '431 Request Header Fields Too Large', [], 'request head too large', false);
        finish(null, Buffer.alloc(0));
        return true;
      }
      return false;
    };
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      check();
    };
    const onEnd = () => finish(null, Buffer.alloc(0));
    if (check()) return;
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.resume();
  };

  const handle = (socket: Net.Socket, initial: Buffer) => {
    const source = unmap(socket.remoteAddress ?? '');
    readHead(socket, initial, (head, rest) => {
      if (head === null) {
        socket.destroy();
        return;
      }
      const lines = head.split('\r\n');
      const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(lines[0] ?? '');
      const headers = new Map<string, string>();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) {
          const name = line.slice(0, colon).trim().toLowerCase();
          if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
        }
      }
      if (!requestLine) {
        log({ type: 'refused', at: now(), task: taskOfSource.get(source) ?? null, source, host: '', port: 0, reason: 'bad-request', detail: `not an HTTP request: ${JSON.stringify((lines[0] ?? '').slice(0, 200))}` });
        reply(socket, '400 Bad Request', [], 'not an HTTP proxy request', false);
        return;
      }
      const [, method, rawTarget] = requestLine;
      const isConnect = method === 'CONNECT';
      let target: { host: string; port: number } | null = null;
      let path = '';
      let badTarget = '';
      if (isConnect) {
        target = parseTarget(rawTarget, null);
        if (!target) badTarget = `CONNECT needs host:port, got ${JSON.stringify(rawTarget.slice(0, 200))}`;
      } else {
        const absolute = /^http:\/\/(?:[^/?#@]*@)?([^/?#]*)([^#]*)/i.exec(rawTarget);
        if (absolute) {
          target = parseTarget(absolute[1], 80);
          path = absolute[2] || '/';
          if (!target) badTarget = `cannot read the host of ${JSON.stringify(rawTarget.slice(0, 200))}`;
        } else if (/^https:/i.test(rawTarget)) {
          badTarget = 'https:// requests go through CONNECT (a client that honours HTTPS_PROXY does that)';
        } else {
          badTarget = `not a proxy request (origin-form ${JSON.stringify(rawTarget.slice(0, 200))})`;
        }
      }
      const auth = authenticate(headers.get('proxy-authorization'));
      const knownTask = 'task' in auth ? auth.task : taskOfSource.get(source) ?? null;
      if (!target) {
        log({ type: 'refused', at: now(), task: knownTask, source, host: rawTarget.slice(0, 255), port: 0, reason: 'bad-request', detail: badTarget });
        reply(socket, '400 Bad Request', [], badTarget, false);
        return;
      }
      const { host, port } = target;
      if ('missing' in auth) {
        notePending(source, host, port);
        // Without a body the connection can stay open for the retry with credentials.
        const bodyless = isConnect || (!headers.has('transfer-encoding') && (headers.get('content-length') ?? '0') === '0');
        reply(socket, '407 Proxy Authentication Required', ['Proxy-Authenticate: Basic realm="agent-fanout"'], 'proxy credentials required', bodyless);
        if (bodyless) handle(socket, rest);
        return;
      }
      if ('bad' in auth) {
        log({ type: 'refused', at: now(), task: null, source, host, port, reason: 'bad-credentials', detail: auth.bad });
        reply(socket, '407 Proxy Authentication Required', ['Proxy-Authenticate: Basic realm="agent-fanout"'], auth.bad, false);
        return;
      }
      const task = auth.task;
      taskOfSource.set(source, task);
      clearPending(source, host, port);
      decide(policies.get(task)!, host, port, (decision) => {
        if ('refuse' in decision) {
          log({ type: 'refused', at: now(), task, source, host, port, reason: decision.refuse, detail: decision.detail });
          reply(socket, '403 Forbidden', [`X-Agent-Fanout-Refused: ${decision.refuse}`], `refused: ${decision.detail} (task '${task}')`, false);
          return;
        }
        if ('fail' in decision) {
          log({ type: 'failed', at: now(), task, source, host, port, detail: decision.fail });
          reply(socket, '502 Bad Gateway', [], decision.fail, false);
          return;
        }
        connectTo(decision.addresses, port, (error, upstream, address) => {
          if (error || !upstream || !address) {
            const detail = `${host}:${port}: ${error?.message ?? 'unreachable'}`;
            log({ type: 'failed', at: now(), task, source, host, port, detail });
            reply(socket, '502 Bad Gateway', [], detail, false);
            return;
          }
          if (socket.destroyed) {
            upstream.destroy();
            return;
          }
          track(upstream);
          log({ type: 'allowed', at: now(), task, source, host, port, address, via: isConnect ? 'connect' : 'http' });
          if (isConnect) {
            socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          } else {
            // One request per connection, with the Host the URL names: a Host header that differs
            // from the URL would reach another site behind the same server (domain fronting).
            const dropped = new Set(['host', 'proxy-authorization', 'proxy-connection', 'connection', 'keep-alive']);
            const kept = lines.slice(1).filter((line) => !dropped.has(line.slice(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase()));
            const authority = port === 80 ? host : `${m.net.isIPv6(host) ? `[${host}]` : host}:${port}`;
            upstream.write([`${method} ${path} HTTP/1.1`, `Host: ${authority}`, ...kept, 'Connection: close', '', ''].join('\r\n'));
          }
          if (rest.length > 0) upstream.write(rest);
          socket.pipe(upstream);
          upstream.pipe(socket);
          const closeBoth = () => {
            socket.destroy();
            upstream.destroy();
          };
          socket.once('error', closeBoth);
          upstream.once('error', closeBoth);
          socket.once('close', () => upstream.destroy());
          upstream.once('close', () => socket.end());
        });
      });
    });
  };

  const server = m.net.createServer((socket) => {
    track(socket);
    socket.on('error', () => socket.destroy());
    handle(socket, Buffer.alloc(0));
  });

  const listenAddress = (): string => {
    if (!config.listenSubnet) return config.listenHost ?? '127.0.0.1';
    const subnet = new m.net.BlockList();
    subnet.addSubnet(config.listenSubnet.address, config.listenSubnet.prefix, familyOf(config.listenSubnet.address));
    for (const addresses of Object.values(m.os.networkInterfaces())) {
      for (const a of addresses ?? []) {
        if (subnet.check(a.address, a.family === 'IPv4' ? 'ipv4' : 'ipv6')) return a.address;
      }
    }
    throw new Error(`no interface in ${config.listenSubnet.address}/${config.listenSubnet.prefix}`);
  };

  const ready = new Promise<{ address: string; port: number }>((resolve, reject) => {
    let address: string;
    try {
      address = listenAddress();
    } catch (error) {
      reject(error as Error);
      return;
    }
    server.once('error', reject);
    server.listen(config.port, address, () => {
      const bound = server.address() as Net.AddressInfo;
      log({ type: 'listening', at: now(), address: bound.address, port: bound.port });
      resolve({ address: bound.address, port: bound.port });
    });
  });

  const close = async (): Promise<void> => {
    for (const [key, entry] of pending) {
      clearTimeout(entry.timer);
      pending.delete(key);
      reportPending(entry);
    }
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  };

  return { ready, close };
}

/**
 * The whole program run by `node -e` in the proxy container: reads its configuration from
 * `AGENT_FANOUT_EGRESS_CONFIG`, writes events to stdout as JSON lines, stops on SIGTERM after
 * reporting pending refusals.
 */
export function proxyProgramSource(): string {
  return [
    "'use strict';",
    'const config = JSON.parse(process.env.AGENT_FANOUT_EGRESS_CONFIG);',
    'delete process.env.AGENT_FANOUT_EGRESS_CONFIG;',
    "const modules = { net: require('node:net'), dns: require('node:dns'), crypto: require('node:crypto'), os: require('node:os') };",
    "const log = (event) => process.stdout.write(JSON.stringify(event) + '\\n');",
    `const proxy = (${egressProxy.toString()})(modules, config, log);`,
    "proxy.ready.catch((error) => { log({ type: 'error', at: Date.now(), detail: 'cannot listen: ' + error.message }); process.exit(3); });",
    "process.on('uncaughtException', (error) => log({ type: 'error', at: Date.now(), detail: String(error && error.stack || error) }));",
    "let stopping = false;",
    "const stop = () => { if (stopping) return; stopping = true; proxy.close().then(() => process.exit(0), () => process.exit(1)); };",
    "process.on('SIGTERM', stop);",
    "process.on('SIGINT', stop);",
  ].join('\n');
}
