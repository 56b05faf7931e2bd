/**
 * The webhook payload the runner writes to `GITHUB_EVENT_PATH`. Read and checked before anything
 * else: `@actions/github` parses the same file when it is imported and would crash with a stack
 * trace on a malformed one; the step must instead fail with one message naming the file.
 */
import fs from 'node:fs';
import type { EventPayload } from '../github/trigger.js';

/** The event file cannot be used; its message names the file and what is wrong with it. */
export class EventFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventFileError';
  }
}

/**
 * The payload in `file`: `{}` when no file is named (a run outside GitHub Actions). A named file
 * that is missing, unreadable, not JSON or not a JSON object is an {@link EventFileError}.
 */
export function readEventPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  const fail = (why: string): never => {
    throw new EventFileError(`GITHUB_EVENT_PATH names '${file}', which ${why}. The runner writes this file for each job; check the step's environment.`);
  };
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`holds ${Array.isArray(value) ? 'a JSON array' : `JSON ${value === null ? 'null' : typeof value}`}, not an event object`);
  }
  return value as EventPayload;
}
