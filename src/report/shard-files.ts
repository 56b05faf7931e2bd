/** Reading the shards' results files for `aggregate`: from files, directories or glob patterns. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RunResult } from '../core/model.js';
import type { ShardResultFile } from './aggregate.js';

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The results files named by `args`: a file as is, a directory's `*.json` files (not recursive),
 * a pattern (`results-*.json`, for shells that did not expand it) its matches. Sorted, without
 * duplicates.
 * @throws Error naming an argument that matches nothing.
 */
export async function findResultFiles(args: readonly string[], cwd: string = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (GLOB_CHARS.test(arg)) {
      const matches: string[] = [];
      for await (const m of fs.glob(arg, { cwd })) matches.push(path.resolve(cwd, m));
      if (matches.length === 0) throw new Error(`'${arg}' matches no results files`);
      for (const m of matches) found.add(m);
      continue;
    }
    const stat = await fs.stat(abs).catch(() => null);
    if (!stat) throw new Error(`results file '${arg}' does not exist`);
    if (stat.isDirectory()) {
      const names = (await fs.readdir(abs)).filter((n) => n.endsWith('.json'));
      for (const n of names) found.add(path.join(abs, n));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}

/**
 * Reads one results file (`run --json`, the action's `result-file`).
 * @throws Error naming the file when it is not a results document.
 */
export async function readShardResultFile(file: string): Promise<ShardResultFile> {
  let value: unknown;
  try {
    value = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`results file ${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const result = value as Partial<RunResult> | null;
  if (!result || typeof result !== 'object' || result.version !== 1 || !result.run || !Array.isArray(result.tasks)) {
    throw new Error(`results file ${file} is not an agent-fanout results document (expected version 1 with run and tasks)`);
  }
  if ('shards' in result) throw new Error(`results file ${file} is already an aggregate of shards; give the shards' own results`);
  return { file, result: result as RunResult };
}
