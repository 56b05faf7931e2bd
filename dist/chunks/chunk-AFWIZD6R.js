import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/units.ts
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }, SIZE_UNITS = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
function parseDuration(text) {
  if (typeof text == "number") return Number.isFinite(text) && text > 0 ? text * 1e3 : void 0;
  let m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!m) return;
  let value = Number(m[1]) * DURATION_UNITS[(m[2] ?? "s").toLowerCase()];
  return value > 0 ? Math.round(value) : void 0;
}
function parseSize(text) {
  if (typeof text == "number") return Number.isFinite(text) && text > 0 ? Math.round(text) : void 0;
  let m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!m) return;
  let value = Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()];
  return value > 0 ? Math.round(value) : void 0;
}
function formatBytes(bytes) {
  if (bytes == null || !Number.isFinite(bytes)) return "\u2013";
  let units = ["B", "KiB", "MiB", "GiB", "TiB"], value = bytes, unit = 0;
  for (; value >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
function formatDuration(ms) {
  if (ms == null || !Number.isFinite(ms)) return "\u2013";
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  let s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  let m = Math.floor(s / 60), rest = Math.floor(s % 60);
  return m < 60 ? `${m}m ${String(rest).padStart(2, "0")}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

export {
  parseDuration,
  parseSize,
  formatBytes,
  formatDuration
};
//# sourceMappingURL=chunk-AFWIZD6R.js.map
