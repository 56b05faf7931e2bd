/**
 * Allow-list entries of the egress proxy (`--network allowlist`): parsing and validation of what
 * users write (`--allow-hosts`, input `allow-hosts`, front matter `allow_hosts:`), and the default
 * entry, the model API of the agent. Pure: no I/O.
 */
import net from 'node:net';

/** The `network` value that puts task containers behind the per-run egress proxy. */
export const ALLOWLIST_NETWORK = 'allowlist';

/** Port of an entry written without one: agents speak HTTPS. */
export const DEFAULT_ALLOW_PORT = 443;

/** The model API Claude Code talks to when `ANTHROPIC_BASE_URL` is not set. */
export const ANTHROPIC_API_HOST = 'api.anthropic.com';

/**
 * One allowed destination. Names are allowed on one port and must resolve to public addresses;
 * `address` entries (an IP or a CIDR block) allow those addresses on one port, whether an agent
 * names them directly or a listed name resolves into them.
 */
export type AllowEntry =
  | { kind: 'name'; name: string; port: number }
  /** `*.example.com`: any name ending in `.example.com` (not `example.com` itself). */
  | { kind: 'suffix'; suffix: string; port: number }
  | { kind: 'address'; address: string; prefix: number; family: 'ipv4' | 'ipv6'; port: number };

/** What an entry looks like, for error messages. */
export const ALLOW_ENTRY_EXPECTED =
  'host names or addresses with an optional port (default 443), like api.example.com, *.example.com:8443, 10.1.2.3:80, 10.0.0.0/8:443 or [fd00::1]:443';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isHostName(name: string): boolean {
  return name.length <= 253 && name.split('.').every((label) => LABEL.test(label)) && !/^[\d.]+$/.test(name);
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** `[::1]:443` → `{ host: '::1', port: '443' }`; `a.b:80` → `{ host: 'a.b', port: '80' }`; `a.b` → `{ host: 'a.b' }`. */
function splitHostPort(text: string): { host: string; port?: string } | undefined {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return undefined;
    const rest = text.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return undefined;
    return { host: text.slice(1, close), ...(rest ? { port: rest.slice(1) } : {}) };
  }
  const colons = text.split(':').length - 1;
  // A bare IPv6 address (several colons) cannot carry a port without brackets.
  if (colons > 1) return { host: text };
  if (colons === 1) {
    const i = text.lastIndexOf(':');
    return { host: text.slice(0, i), port: text.slice(i + 1) };
  }
  return { host: text };
}

/**
 * Parses one entry (`host`, `host:port`, `*.domain[:port]`, `ip[:port]`, `cidr[:port]`, IPv6 in
 * brackets when a port follows). Returns the entry, or undefined when the text is not one.
 */
export function parseAllowEntry(input: string): AllowEntry | undefined {
  const text = input.trim().toLowerCase();
  if (text === '' || /[\s/\\@?#]/.test(text.replace(/\/\d{1,3}(?=\]|:|$)/, ''))) return undefined;
  const parts = splitHostPort(text);
  if (!parts || parts.host === '') return undefined;
  let port = DEFAULT_ALLOW_PORT;
  if (parts.port !== undefined) {
    const parsed = parsePort(parts.port);
    if (parsed === undefined) return undefined;
    port = parsed;
  }
  const host = parts.host.replace(/\.$/, '');

  const cidr = /^(.+)\/(\d{1,3})$/.exec(host);
  const address = cidr ? cidr[1] : host;
  const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : undefined;
  if (family) {
    const max = family === 'ipv4' ? 32 : 128;
    const prefix = cidr ? Number(cidr[2]) : max;
    // A block wider than /8 (or /32 for IPv6) is a typo or "everything": refuse rather than guess.
    if (prefix > max || prefix < (family === 'ipv4' ? 8 : 32)) return undefined;
    return { kind: 'address', address, prefix, family, port };
  }
  if (cidr) return undefined;
  if (host.startsWith('*.')) {
    const suffix = host.slice(2);
    // `*.com` would allow a whole top-level domain: at least two labels after the star.
    if (!isHostName(suffix) || !suffix.includes('.')) return undefined;
    return { kind: 'suffix', suffix, port };
  }
  if (!isHostName(host)) return undefined;
  return { kind: 'name', name: host, port };
}

/** The entry as users write it, normalised (`api.example.com:443`, `*.x.org:80`, `10.0.0.0/8:443`). */
export function formatAllowEntry(entry: AllowEntry): string {
  switch (entry.kind) {
    case 'name':
      return `${entry.name}:${entry.port}`;
    case 'suffix':
      return `*.${entry.suffix}:${entry.port}`;
    case 'address': {
      const full = entry.prefix === (entry.family === 'ipv4' ? 32 : 128);
      const host = full ? entry.address : `${entry.address}/${entry.prefix}`;
      return entry.family === 'ipv6' ? `[${host}]:${entry.port}` : `${host}:${entry.port}`;
    }
  }
}

/** Splits a list as users write it: commas, newlines or spaces. */
export function splitAllowList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/**
 * Parses entries; `onInvalid` is called with the first one that is not valid (and must throw).
 * Returns the normalised texts, without duplicates.
 */
export function parseAllowList(items: readonly string[], onInvalid: (item: string) => never): string[] {
  const out: string[] = [];
  for (const item of items) {
    const entry = parseAllowEntry(item);
    if (!entry) onInvalid(item);
    const text = formatAllowEntry(entry);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * The model API entry of Claude Code: the host and port of `ANTHROPIC_BASE_URL` when it is set
 * (port 80 for `http:`), else `api.anthropic.com:443`. Undefined when the URL cannot be read.
 */
export function modelApiAllowEntry(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.ANTHROPIC_BASE_URL?.trim();
  if (!base) return `${ANTHROPIC_API_HOST}:${DEFAULT_ALLOW_PORT}`;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const port = url.port || (url.protocol === 'http:' ? '80' : '443');
  const entry = parseAllowEntry(`${url.hostname}:${port}`);
  return entry ? formatAllowEntry(entry) : undefined;
}
