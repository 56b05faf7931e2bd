import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/exec/egress/allowlist.ts
import net from "node:net";
var ALLOWLIST_NETWORK = "allowlist", DEFAULT_ALLOW_PORT = 443, ANTHROPIC_API_HOST = "api.anthropic.com", ALLOW_ENTRY_EXPECTED = "host names or addresses with an optional port (default 443), like api.example.com, *.example.com:8443, 10.1.2.3:80, 10.0.0.0/8:443 or [fd00::1]:443", LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
function isHostName(name) {
  return name.length <= 253 && name.split(".").every((label) => LABEL.test(label)) && !/^[\d.]+$/.test(name);
}
function parsePort(text) {
  if (!/^\d{1,5}$/.test(text)) return;
  let port = Number(text);
  return port >= 1 && port <= 65535 ? port : void 0;
}
function splitHostPort(text) {
  if (text.startsWith("[")) {
    let close = text.indexOf("]");
    if (close < 0) return;
    let rest = text.slice(close + 1);
    return rest !== "" && !rest.startsWith(":") ? void 0 : { host: text.slice(1, close), ...rest ? { port: rest.slice(1) } : {} };
  }
  let colons = text.split(":").length - 1;
  if (colons > 1) return { host: text };
  if (colons === 1) {
    let i = text.lastIndexOf(":");
    return { host: text.slice(0, i), port: text.slice(i + 1) };
  }
  return { host: text };
}
function parseAllowEntry(input) {
  let text = input.trim().toLowerCase();
  if (text === "" || /[\s/\\@?#]/.test(text.replace(/\/\d{1,3}(?=\]|:|$)/, ""))) return;
  let parts = splitHostPort(text);
  if (!parts || parts.host === "") return;
  let port = DEFAULT_ALLOW_PORT;
  if (parts.port !== void 0) {
    let parsed = parsePort(parts.port);
    if (parsed === void 0) return;
    port = parsed;
  }
  let host = parts.host.replace(/\.$/, ""), cidr = /^(.+)\/(\d{1,3})$/.exec(host), address = cidr ? cidr[1] : host, family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : void 0;
  if (family) {
    let max = family === "ipv4" ? 32 : 128, prefix = cidr ? Number(cidr[2]) : max;
    return prefix > max || prefix < (family === "ipv4" ? 8 : 32) ? void 0 : { kind: "address", address, prefix, family, port };
  }
  if (!cidr) {
    if (host.startsWith("*.")) {
      let suffix = host.slice(2);
      return !isHostName(suffix) || !suffix.includes(".") ? void 0 : { kind: "suffix", suffix, port };
    }
    if (isHostName(host))
      return { kind: "name", name: host, port };
  }
}
function formatAllowEntry(entry) {
  switch (entry.kind) {
    case "name":
      return `${entry.name}:${entry.port}`;
    case "suffix":
      return `*.${entry.suffix}:${entry.port}`;
    case "address": {
      let host = entry.prefix === (entry.family === "ipv4" ? 32 : 128) ? entry.address : `${entry.address}/${entry.prefix}`;
      return entry.family === "ipv6" ? `[${host}]:${entry.port}` : `${host}:${entry.port}`;
    }
  }
}
function splitAllowList(value) {
  return value.split(/[\s,]+/).filter(Boolean);
}
function parseAllowList(items, onInvalid) {
  let out = [];
  for (let item of items) {
    let entry = parseAllowEntry(item);
    entry || onInvalid(item);
    let text = formatAllowEntry(entry);
    out.includes(text) || out.push(text);
  }
  return out;
}
function modelApiAllowEntry(env) {
  let base = env.ANTHROPIC_BASE_URL?.trim();
  if (!base) return `${ANTHROPIC_API_HOST}:${DEFAULT_ALLOW_PORT}`;
  let url;
  try {
    url = new URL(base);
  } catch {
    return;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return;
  let port = url.port || (url.protocol === "http:" ? "80" : "443"), entry = parseAllowEntry(`${url.hostname}:${port}`);
  return entry ? formatAllowEntry(entry) : void 0;
}

export {
  ALLOWLIST_NETWORK,
  ALLOW_ENTRY_EXPECTED,
  parseAllowEntry,
  splitAllowList,
  parseAllowList,
  modelApiAllowEntry
};
//# sourceMappingURL=chunk-N4EGVWFS.js.map
