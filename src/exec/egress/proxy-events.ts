/**
 * Reading what the egress proxy writes: one JSON event per line on its stdout. The proxy is our
 * program, but host names in its events come from agents, so every field is checked and bounded
 * before it reaches a record, the journal or a summary.
 */
import type { ProxyEvent, RefusalReason } from './proxy-program.js';

const REASONS: readonly RefusalReason[] = ['not-allowed', 'private-address', 'no-credentials', 'bad-credentials', 'bad-request'];
const MAX_TEXT = 300;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);
const int = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : undefined);

/** One line of proxy output as an event; undefined when it is not one (a crash trace, noise). */
export function parseProxyEvent(line: string): ProxyEvent | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return undefined;
  let raw: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    raw = value as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const at = int(raw.at);
  if (at === undefined) return undefined;
  const source = text(raw.source) ?? '';
  const host = text(raw.host) ?? '';
  const port = int(raw.port) ?? 0;
  switch (raw.type) {
    case 'listening': {
      const address = text(raw.address);
      return address && port > 0 ? { type: 'listening', at, address, port } : undefined;
    }
    case 'allowed': {
      const task = text(raw.task);
      const address = text(raw.address) ?? '';
      if (!task) return undefined;
      return { type: 'allowed', at, task, source, host, port, address, via: raw.via === 'http' ? 'http' : 'connect' };
    }
    case 'refused': {
      const reason = REASONS.find((r) => r === raw.reason);
      if (!reason) return undefined;
      const task = raw.task === null ? null : text(raw.task);
      if (task === undefined) return undefined;
      return { type: 'refused', at, task, source, host, port, reason, detail: text(raw.detail) ?? '' };
    }
    case 'failed': {
      const task = text(raw.task);
      if (!task) return undefined;
      return { type: 'failed', at, task, source, host, port, detail: text(raw.detail) ?? '' };
    }
    case 'error':
      return { type: 'error', at, detail: text(raw.detail) ?? '' };
    default:
      return undefined;
  }
}

/** Splits a byte stream into lines (a partial last line waits for the rest). */
export class LineSplitter {
  #partial = '';
  readonly #onLine: (line: string) => void;
  /** Longer lines are cut: no event is anywhere near this long. */
  readonly #maxLine: number;

  constructor(onLine: (line: string) => void, maxLine = 64 * 1024) {
    this.#onLine = onLine;
    this.#maxLine = maxLine;
  }

  write(chunk: Buffer | string): void {
    const lines = (this.#partial + chunk.toString()).split('\n');
    this.#partial = lines.pop() ?? '';
    if (this.#partial.length > this.#maxLine) this.#partial = this.#partial.slice(0, this.#maxLine);
    for (const line of lines) this.#onLine(line);
  }

  end(): void {
    if (this.#partial) this.#onLine(this.#partial);
    this.#partial = '';
  }
}
