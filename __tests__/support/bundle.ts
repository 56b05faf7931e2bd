/**
 * The action bundle for end-to-end tests, built from the sources by `scripts/bundle.mjs --out` (as
 * `npm run bundle` builds dist/) into a temp dir — never into dist/. Cached by the hash of what goes
 * in. AGENT_FANOUT_ACTION_BUNDLE names a ready bundle instead.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, p);
    // Generated from src/dashboard/page/ (hashed with the rest of src/) by scripts/build-page.mjs.
    else if (entry.isFile() && entry.name !== 'page.generated.ts') hash.update(`${path.relative(ROOT, p)}\0`).update(fs.readFileSync(p));
  }
}

/** Path of the bundle's `index.js` (the Action entry; `cli.js` beside it is the CLI). */
export function actionBundle(): string {
  if (process.env.AGENT_FANOUT_ACTION_BUNDLE) return process.env.AGENT_FANOUT_ACTION_BUNDLE;
  const hash = createHash('sha256');
  hashTree(hash, path.join(ROOT, 'src'));
  hash.update(fs.readFileSync(path.join(ROOT, 'package-lock.json')));
  for (const script of ['bundle.mjs', 'build-page.mjs']) hash.update(fs.readFileSync(path.join(ROOT, 'scripts', script)));
  const key = hash.digest('hex').slice(0, 16);
  const cache = path.join(os.tmpdir(), 'agent-fanout-itg-bundle');
  const dir = path.join(cache, key);
  const bundle = path.join(dir, 'index.js');
  if (fs.existsSync(bundle)) return bundle;
  fs.mkdirSync(cache, { recursive: true });
  const building = fs.mkdtempSync(path.join(cache, `${key}-building-`));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), '--out', building], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    fs.renameSync(building, dir);
  } catch {
    // Another test process finished the same bundle first.
    fs.rmSync(building, { recursive: true, force: true });
  }
  for (const other of fs.readdirSync(cache)) {
    if (other !== key && !other.includes('-building-')) fs.rmSync(path.join(cache, other), { recursive: true, force: true });
  }
  return bundle;
}
