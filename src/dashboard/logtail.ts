/** The capped tail of a growing log file: reads only appended bytes, keeps the last lines. */
import fs from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

export interface LogTailOptions {
  /** Lines kept. Default 200. */
  maxLines?: number;
  /** Characters kept (all lines together); also how far back the first read starts. Default 64 KiB. */
  maxBytes?: number;
  /** Longer lines are cut. Default 2000 characters. */
  maxLineLength?: number;
}

export interface LogTailHooks {
  /** Called in the same turn the tail changes, before `sync` resolves. */
  onUpdate?: (update: LogTailUpdate, tail: LogTail) => void;
}

export interface LogTailUpdate {
  /** True when the file shrank or was replaced: the tail was rebuilt, `appended` is all of it. */
  reset: boolean;
  appended: string[];
}

// CSI and OSC sequences, and single-character escapes: colour codes and cursor moves are noise in a browser.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const CHUNK = 64 * 1024;

/** One log line as shown: escapes and control characters removed, `\r` rewrites kept as their last state. */
export function cleanLogLine(raw: string, maxLength = 2000): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const cr = line.lastIndexOf('\r');
  if (cr >= 0) line = line.slice(cr + 1);
  line = line.replace(ANSI, '').replace(CONTROL, '');
  return line.length > maxLength ? `${line.slice(0, maxLength)}…` : line;
}

export class LogTail {
  readonly file: string;
  readonly #maxLines: number;
  readonly #maxBytes: number;
  readonly #maxLineLength: number;
  #lines: string[] = [];
  #chars = 0;
  #offset = 0;
  #ino = -1;
  #partial = '';
  #decoder = new StringDecoder('utf8');
  #truncated = false;
  #chain: Promise<unknown> = Promise.resolve();
  readonly #onUpdate: LogTailHooks['onUpdate'];

  constructor(file: string, options: LogTailOptions & LogTailHooks = {}) {
    this.file = file;
    this.#onUpdate = options.onUpdate;
    this.#maxLines = options.maxLines ?? 200;
    this.#maxBytes = options.maxBytes ?? 64 * 1024;
    this.#maxLineLength = options.maxLineLength ?? 2000;
  }

  get lines(): readonly string[] {
    return this.#lines;
  }

  get truncated(): boolean {
    return this.#truncated;
  }

  /**
   * Reads what was appended since the last call. `final` (the task ended) also emits a last line
   * that has no newline. Calls are serialised, so overlapping callers never read a range twice.
   */
  sync(final = false): Promise<LogTailUpdate> {
    const next = this.#chain.then(() => this.#sync(final));
    this.#chain = next.catch(() => undefined);
    return next;
  }

  async #sync(final: boolean): Promise<LogTailUpdate> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch {
      return { reset: false, appended: [] };
    }
    try {
      const stat = await handle.stat();
      let reset = false;
      if (stat.size < this.#offset || (this.#ino !== -1 && stat.ino !== this.#ino)) {
        this.#lines = [];
        this.#chars = 0;
        this.#offset = 0;
        this.#partial = '';
        this.#decoder = new StringDecoder('utf8');
        this.#truncated = false;
        reset = true;
      }
      this.#ino = stat.ino;
      let skipFirstLine = false;
      if (this.#offset === 0 && stat.size > this.#maxBytes) {
        this.#offset = stat.size - this.#maxBytes;
        this.#truncated = true;
        skipFirstLine = true;
      }
      const appended: string[] = [];
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, stat.size - this.#offset)));
      while (this.#offset < stat.size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, stat.size - this.#offset), this.#offset);
        if (bytesRead === 0) break;
        this.#offset += bytesRead;
        let text = this.#partial + this.#decoder.write(buffer.subarray(0, bytesRead));
        if (skipFirstLine) {
          const nl = text.indexOf('\n');
          if (nl < 0) {
            this.#partial = '';
            continue;
          }
          text = text.slice(nl + 1);
          skipFirstLine = false;
        }
        const parts = text.split('\n');
        this.#partial = parts.pop() ?? '';
        // A line that never ends must not grow without bound.
        if (this.#partial.length > this.#maxBytes) {
          parts.push(this.#partial);
          this.#partial = '';
        }
        for (const part of parts) appended.push(cleanLogLine(part, this.#maxLineLength));
      }
      if (final && this.#partial) {
        appended.push(cleanLogLine(this.#partial, this.#maxLineLength));
        this.#partial = '';
      }
      this.#append(appended);
      // Only what is still in the tail is worth sending.
      const update = { reset, appended: reset ? [...this.#lines] : appended.slice(-this.#maxLines) };
      this.#onUpdate?.(update, this);
      return update;
    } finally {
      await handle.close();
    }
  }

  #append(lines: string[]): void {
    for (const line of lines) {
      this.#lines.push(line);
      this.#chars += line.length + 1;
    }
    let drop = 0;
    while (this.#lines.length - drop > this.#maxLines || (this.#chars > this.#maxBytes && this.#lines.length - drop > 1)) {
      this.#chars -= this.#lines[drop].length + 1;
      drop++;
    }
    if (drop > 0) {
      this.#lines.splice(0, drop);
      this.#truncated = true;
    }
  }
}
