/**
 * Parsing of the human units used in prompt front matter, CLI options and action inputs, and their
 * formatting. The dashboard page's script bundles the formatters: no Node imports here.
 */

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * Parses `90s`, `30m`, `2h`, `1500ms` or a bare number of seconds into milliseconds.
 * Returns undefined when the text is not such a duration.
 */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text > 0 ? text * 1000 : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * DURATION_UNITS[(m[2] ?? 's').toLowerCase()];
  return value > 0 ? Math.round(value) : undefined;
}

/**
 * Parses `512m`, `4g`, `1.5g`, `256k` (binary units, optional trailing `b`/`ib`) or a bare number of
 * bytes. Returns undefined when the text is not such a size.
 */
export function parseSize(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text > 0 ? Math.round(text) : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()];
  return value > 0 ? Math.round(value) : undefined;
}

/** `1536` → `1.5 KiB`; used in reports. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** `65432` → `1m 05s`, `5400` → `5.4s`; used in reports and progress lines. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  const rest = Math.floor(s % 60);
  if (m < 60) return `${m}m ${String(rest).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
