/** Reading an agent's stdout file, which may be far larger than memory should hold. */
import { open } from 'node:fs/promises';
import type { AgentReport } from './types.js';

/** What {@link readTail} returns. */
export interface Tail {
  text: string;
  /** Size of the whole file in bytes. */
  size: number;
  /** True when only the end of the file was read. */
  truncated: boolean;
}

/**
 * Reads at most the last `maxBytes` of a file as UTF-8 (a character cut at the start of the window is
 * replaced, which is harmless for the JSON or text lines read from the end).
 */
export async function readTail(file: string, maxBytes: number): Promise<Tail> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, size - length + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { text: buffer.subarray(0, read).toString('utf8'), size, truncated: size > length };
  } finally {
    await handle.close();
  }
}

/** The last line with something other than whitespace on it, trimmed; undefined when there is none. */
export function lastNonEmptyLine(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line !== '') return line;
  }
  return undefined;
}

/** The report of an agent whose only signal is its exit code, with its last stdout line as final text. */
export async function exitCodeReport(stdoutFile: string, exitCode: number | null, what: string): Promise<AgentReport> {
  let finalText: string | undefined;
  try {
    finalText = lastNonEmptyLine((await readTail(stdoutFile, 64 * 1024)).text);
  } catch {
    // No stdout file: the exit code still says whether it worked.
  }
  if (exitCode === 0) return { ok: true, finalText };
  const how = exitCode === null ? 'did not exit normally' : `exited with code ${exitCode}`;
  return { ok: false, error: `${what} ${how}`, finalText };
}
