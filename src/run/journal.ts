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

export interface JournalWriterOptions {
  /**
   * Called once when a write fails (a full disk): the journal stops there and the run goes on — it
   * feeds the dashboard, the run's results do not depend on it. Default: the failure is ignored.
   */
  onError?: (error: Error) => void;
}

export class JournalWriter {
  readonly file: string;
  #fd: number | null;
  readonly #onError: (error: Error) => void;

  private constructor(file: string, fd: number, options: JournalWriterOptions) {
    this.file = file;
    this.#fd = fd;
    this.#onError = options.onError ?? (() => {});
  }

  static open(stateDir: string, runId: string, options: JournalWriterOptions = {}): JournalWriter {
    const file = journalFile(stateDir, runId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new JournalWriter(file, fs.openSync(file, 'a'), options);
  }

  /** Appends one event (synchronously, so a crash loses at most the event being written). Never throws. */
  write(event: RunEvent): void {
    if (this.#fd === null || event.type === 'task-output') return;
    try {
      fs.writeSync(this.#fd, JSON.stringify(event) + '\n');
    } catch (error) {
      this.close();
      this.#onError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): void {
    const fd = this.#fd;
    this.#fd = null;
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing after a failed write can fail again; nothing is left to save.
      }
    }
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
