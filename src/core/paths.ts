/**
 * Checks of the paths a run reads and writes, made before anything starts: a results file that
 * cannot be written must not be found out after an hour of agents, and a state directory that is a
 * file must not surface as a raw `ENOTDIR`. Each check returns why the path is unusable, or null;
 * callers phrase it for their flag or input.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String(error);
}

async function kind(p: string): Promise<'dir' | 'file' | 'other' | 'missing'> {
  try {
    const st = await fs.stat(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; the walk up the parents names it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/**
 * Makes `dir` and its missing parents one level at a time. (Node's `mkdir -p` never returns for a
 * path under a pseudo file system such as `/proc/x`; this says which level failed and why.)
 */
async function makeDirs(dir: string): Promise<string | null> {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  for (;;) {
    const k = await kind(cur).catch(() => 'other' as const);
    if (k === 'dir') break;
    if (k !== 'missing') return `'${cur}' is not a directory`;
    missing.unshift(cur);
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const d of missing) {
    try {
      await fs.mkdir(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot create directory '${d}' (${errorText(error)})`;
    }
  }
  return null;
}

/** Creates and removes a file in `dir`: the one test of writability that holds for root and read-only mounts alike. */
async function probe(dir: string): Promise<string | null> {
  const file = path.join(dir, `.agent-fanout-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await (await fs.open(file, 'wx')).close();
  } catch (error) {
    return `cannot create files in '${dir}' (${errorText(error)})`;
  }
  await fs.rm(file, { force: true });
  return null;
}

/** Why `dir` cannot serve as a writable directory (created when missing), or null when it can. */
export async function unwritableDirReason(dir: string): Promise<string | null> {
  return (await makeDirs(dir)) ?? (await probe(path.resolve(dir)));
}

/** Why `file` cannot be written (its directory is created when missing), or null when it can. */
export async function unwritableFileReason(file: string): Promise<string | null> {
  const abs = path.resolve(file);
  const k = await kind(abs).catch(() => 'other' as const);
  if (k === 'dir') return `'${abs}' is a directory`;
  if (k === 'other') return `'${abs}' is not a regular file`;
  const dirProblem = await unwritableDirReason(path.dirname(abs));
  if (dirProblem) return dirProblem;
  if (k === 'file') {
    try {
      await (await fs.open(abs, 'r+')).close();
    } catch (error) {
      return `cannot write '${abs}' (${errorText(error)})`;
    }
  }
  return null;
}

/** Why `file` is not a readable PEM bundle of certificates, or null when it is. */
export async function unreadableCaBundleReason(file: string): Promise<string | null> {
  const abs = path.resolve(file);
  let text: string;
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) return `'${abs}' is not a regular file`;
    if (st.size > 16 * 1024 * 1024) return `'${abs}' is ${st.size} bytes, too large for a CA bundle`;
    text = await fs.readFile(abs, 'latin1');
  } catch (error) {
    return `cannot read '${abs}' (${errorText(error)})`;
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) return `'${abs}' holds no PEM certificate (no '-----BEGIN CERTIFICATE-----' line)`;
  return null;
}
