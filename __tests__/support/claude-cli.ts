/**
 * The real Claude Code CLI for tests: the version pinned in docker/Dockerfile (what the agent image
 * has), and the same version installed from npm under `.tools/` for subprocess mode.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pinnedClaudeVersion } from '../../src/exec/docker/image.js';

/** `ARG CLAUDE_CODE_VERSION=…` of docker/Dockerfile: the one place the pin is written. */
export const PINNED_CLAUDE_VERSION = (() => {
  const version = pinnedClaudeVersion(fs.readFileSync(path.resolve('docker/Dockerfile'), 'utf8'));
  if (!version) throw new Error('docker/Dockerfile has no ARG CLAUDE_CODE_VERSION=<version>');
  return version;
})();

function installedVersion(binDir: string): string | undefined {
  try {
    return execFileSync(path.join(binDir, 'claude'), ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent' } }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The directory holding `claude` of `@anthropic-ai/claude-code@<version>`, installed with npm into
 * `.tools/claude-code-<version>/` on first use (about 200 MB from the registry) and reused after.
 * Installed under a temporary name and renamed, so test files racing here never see half an install.
 */
export function ensureClaudeCli(version = PINNED_CLAUDE_VERSION): string {
  const root = path.resolve('.tools', `claude-code-${version}`);
  const binDir = path.join(root, 'node_modules', '.bin');
  if (installedVersion(binDir)?.startsWith(version)) return binDir;
  const staging = `${root}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-fund', '--no-audit', '--loglevel=error', '--prefix', staging, `@anthropic-ai/claude-code@${version}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (installedVersion(binDir)?.startsWith(version)) {
    // Another test file finished first: use its copy.
    fs.rmSync(staging, { recursive: true, force: true });
  } else {
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(staging, root);
  }
  const got = installedVersion(binDir);
  if (!got?.startsWith(version)) throw new Error(`installed @anthropic-ai/claude-code@${version} but 'claude --version' says ${got ?? 'nothing'}`);
  return binDir;
}
