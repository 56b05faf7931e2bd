/** The results JSON (`--json FILE`, action output `results`) and the files a finished run writes. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RunInfo, RunMetrics, RunResult, TaskRecord } from '../core/model.js';

/** Assembles the results document; the metrics' `mode`/`maxParallel` are the ones actually used. */
export function buildRunResult(info: RunInfo, metrics: RunMetrics, tasks: TaskRecord[]): RunResult {
  return { version: 1, run: { ...info, ...metrics }, tasks };
}

export interface WriteResultFilesOptions {
  result: RunResult;
  /** Where to write the results JSON (replaced, parent directories created). Default: not written. */
  jsonFile?: string;
  /**
   * A summary file to append `markdown` to, e.g. `$GITHUB_STEP_SUMMARY` (appended to because other
   * steps' summaries share it). Default: not written.
   */
  summaryFile?: string;
  markdown: string;
}

/**
 * Writes the results JSON (through a temporary file and a rename, so a reader never sees half a
 * document) and appends the Markdown summary.
 * @throws Error naming the file and what was being written.
 */
export async function writeResultFiles(opts: WriteResultFilesOptions): Promise<void> {
  const { result, jsonFile, summaryFile, markdown } = opts;
  if (jsonFile) {
    const tmp = `${jsonFile}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(path.resolve(jsonFile)), { recursive: true });
      await fs.writeFile(tmp, JSON.stringify(result, null, 2) + '\n');
      await fs.rename(tmp, jsonFile);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw new Error(`writing results JSON to ${jsonFile} failed: ${(err as Error).message}`, { cause: err });
    }
  }
  if (summaryFile) {
    try {
      await fs.appendFile(summaryFile, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    } catch (err) {
      throw new Error(`writing the summary to ${summaryFile} failed: ${(err as Error).message}`, { cause: err });
    }
  }
}
