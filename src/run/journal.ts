/**
 * The event journal: every run appends its events as NDJSON to `<stateDir>/journal/<runId>.ndjson`.
 * The dashboard reads these files, so it sees runs that started before it and runs of other
 * processes. Output lines are not journaled (the per-task log files hold them); samples are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunEvent } from '../core/model.js';

export function journalDir(stateDir: string): string {
  return path.join(stateDir, 'journal');
}

export function journalFile(stateDir: string, runId: string): string {
  return path.join(journalDir(stateDir), `${runId}.ndjson`);
}

export class JournalWriter {
  readonly file: string;
  #fd: number | null;

  private constructor(file: string, fd: number) {
    this.file = file;
    this.#fd = fd;
  }

  static open(stateDir: string, runId: string): JournalWriter {
    const file = journalFile(stateDir, runId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new JournalWriter(file, fs.openSync(file, 'a'));
  }

  /** Appends one event (synchronously, so a crash loses at most the event being written). */
  write(event: RunEvent): void {
    if (this.#fd === null || event.type === 'task-output') return;
    fs.writeSync(this.#fd, JSON.stringify(event) + '\n');
  }

  close(): void {
    if (this.#fd !== null) fs.closeSync(this.#fd);
    this.#fd = null;
  }
}

/** Reads a journal file; a torn last line (a crash mid-write) is ignored. */
export function readJournal(file: string): RunEvent[] {
  const events: RunEvent[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line) as RunEvent);
    } catch {
      // torn line
    }
  }
  return events;
}
