/** Repositories and task scripts the workloads run on. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const GIT_IDENTITY_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};

export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY_ENV }, maxBuffer: 64 * 1024 ** 2 });
}

/**
 * The work of one task, as every variant runs it: wait `sleepSeconds` (an agent waiting on its model),
 * then a real edit and commit in the working directory, whose name is the task id. It prints its own
 * start and end so that all variants are measured by the same clock, inside the container.
 */
export function taskScript(sleepSeconds: number): string {
  return [
    't0=$(date +%s%3N)',
    `sleep ${sleepSeconds}`,
    'name=$(basename "$PWD")',
    'echo "edited by $name" > "bench-$name.txt"',
    'git add "bench-$name.txt"',
    'git commit -q -m "bench: $name"',
    'echo "BENCH-TIMING $name $t0 $(date +%s%3N)"',
  ].join('\n');
}

/** A prompt file for the `script` agent running `script`. */
export function scriptPrompt(script: string): string {
  return `---\nagent: script\n---\n# Benchmark task\n\n\`\`\`sh\n${script}\n\`\`\`\n`;
}

/** Task ids `<prefix>-01` … */
export function taskIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
}

/** A fresh repository at `dir` with one committed prompt file per task under `prompts/<name>/`. */
export function makeRepo(dir: string, prompts: Record<string, Record<string, string>>): string {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  fs.writeFileSync(path.join(dir, 'README.md'), '# bench\n');
  for (const [set, files] of Object.entries(prompts)) {
    fs.mkdirSync(path.join(dir, 'prompts', set), { recursive: true });
    for (const [id, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'prompts', set, `${id}.md`), text);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'bench fixtures']);
  return dir;
}

/** Plain clones of `repo`, one per task, named after the task: what a hand-written loop works in. */
export function cloneForTasks(repo: string, parent: string, ids: readonly string[]): string[] {
  fs.mkdirSync(parent, { recursive: true });
  return ids.map((id) => {
    const dir = path.join(parent, id);
    git(parent, ['clone', '-q', repo, dir]);
    return dir;
  });
}

/**
 * A repository with `files` distinct small files (100 per directory), written with `git fast-import`
 * so that building a 50k-file history takes seconds. Its own working tree stays empty: only worktree
 * checkouts of it are measured.
 */
export function makeRepoWithFiles(dir: string, files: number): string {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const parts: string[] = [];
  for (let i = 0; i < files; i++) {
    const content = `file ${i}\n${'x'.repeat(200)}\n`;
    parts.push(`blob\nmark :${i + 1}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
  }
  parts.push('commit refs/heads/main\ncommitter bench <bench@example.invalid> 0 +0000\ndata 5\nfiles\n');
  for (let i = 0; i < files; i++) parts.push(`M 100644 :${i + 1} d${Math.floor(i / 100)}/f${i}.txt\n`);
  parts.push('\n');
  git(dir, ['fast-import', '--quiet'], parts.join(''));
  return dir;
}
