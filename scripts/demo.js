#!/usr/bin/env node
// `npm run demo [-- --execution subprocess]`: copies examples/demo-project into a scratch git repo and
// fans its prompts out with the CLI (Docker when available, else the subprocess fallback).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-fanout-demo-'));
const repo = path.join(scratch, 'demo-project');
fs.cpSync(path.join(root, 'examples', 'demo-project'), repo, { recursive: true });

const git = (...args) => {
  const r = spawnSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed`);
};
git('init', '-q', '-b', 'main');
git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'add', '-A');
git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-q', '-m', 'demo project');

console.log(`demo repository: ${repo}`);
const args = [
  path.join(root, 'lib', 'cli', 'bin.js'),
  'run',
  'prompts',
  '--repo', repo,
  '--agent', 'script',
  '--max-parallel', '4',
  '--memory', '256m',
  '--state-dir', path.join(scratch, 'state'),
  '--json', path.join(scratch, 'results.json'),
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: repo });
console.log(`\nresults JSON: ${path.join(scratch, 'results.json')}`);
console.log(`branches: git -C ${repo} branch --list 'fanout/*'`);
process.exit(r.status ?? 1);
