/**
 * Scale-out from the CLI, as three runners would do it: `plan`, then `run --plan plan.json --shard I`
 * in three clones of one repository, then `aggregate` over their results files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../src/core/model.js';
import type { AggregateResult } from '../src/report/aggregate.js';
import type { Plan } from '../src/tasks/plan.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { CLI_PATH } from './support/cli.js';
import { fileAt, repoWithPrompts, scriptPrompt, sh, tempDir } from './support/fanout.js';

afterAll(() => cleanupTempDirs());

function cli(args: string[], cwd?: string) {
  return spawnSync(process.execPath, [CLI_PATH, ...args], { encoding: 'utf8', cwd, env: { ...process.env } });
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

describe('plan → run --shard → aggregate', () => {
  const prompts = {
    a: scriptPrompt('echo a > a.txt'),
    b: scriptPrompt('cat a.txt > b.txt; echo b >> b.txt', { depends_on: ['a'] }),
    c: scriptPrompt('cat b.txt > c.txt; echo c >> c.txt', { depends_on: ['b'] }),
    d: scriptPrompt('echo d > d.txt'),
    e: scriptPrompt('cat d.txt > e.txt', { depends_on: ['d'] }),
    f: scriptPrompt('echo f > f.txt'),
    g: scriptPrompt('exit 3'),
  };

  it('three runners run every task exactly once, chains together, and one report combines them', () => {
    const repo = repoWithPrompts(prompts);
    const out = tempDir('fanout-shards-');
    const planFile = path.join(out, 'plan.json');

    const planned = cli(['plan', '--repo', repo, '--shards', '3', '--json', planFile]);
    expect(planned.status, planned.stderr).toBe(0);
    expect(planned.stdout).toContain('plan: 7 tasks in 3 shards (balanced by task count)');
    expect(planned.stdout).toContain('matrix: {"include":[{"shard":1},{"shard":2},{"shard":3}]}');
    const plan = readJson<Plan>(planFile);
    expect(plan.baseCommit).toBe(sh(repo, 'rev-parse', 'HEAD'));
    expect(plan.shards.map((s) => s.tasks)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f', 'g']]);

    // The same prompts named in another order give the same plan, on stdout with --json -.
    const files = Object.keys(prompts).map((id) => `prompts/${id}.md`).reverse();
    const again = cli(['plan', ...files, '--shards', '3', '--json', '-'], repo);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(plan);

    // Each runner has its own clone; the plan file says which prompts and base to use.
    const results: string[] = [];
    for (const shard of [1, 2, 3]) {
      const clone = path.join(tempDir('fanout-runner-'), 'work');
      sh(out, 'clone', '-q', repo, clone);
      const file = path.join(out, `results-${shard}.json`);
      const r = cli(['run', '--repo', clone, '--plan', planFile, '--shard', String(shard), '--agent', 'script', '--execution', 'subprocess',
        '--state-dir', path.join(clone, '..', 'state'), '--json', file, '--quiet']);
      expect(r.stdout).toContain(`shard ${shard} of 3: ${plan.shards[shard - 1].tasks.join(', ')}`);
      expect(r.status, r.stderr).toBe(shard === 3 ? 1 : 0); // g fails
      const result = readJson<RunResult>(file);
      expect(result.tasks.map((t) => t.id).sort()).toEqual(plan.shards[shard - 1].tasks);
      expect(result.shard).toMatchObject({ index: shard, count: 3, tasks: plan.shards[shard - 1].tasks, planFingerprint: plan.fingerprint });
      if (shard === 1) expect(fileAt(clone, 'fanout/c', 'c.txt')).toBe('a\nb\nc\n');
      if (shard === 2) expect(fileAt(clone, 'fanout/e', 'e.txt')).toBe('d\n');
      results.push(file);
    }

    // `run --shard 3/3` computes the same plan itself.
    const clone = path.join(tempDir('fanout-runner-'), 'work');
    sh(out, 'clone', '-q', repo, clone);
    const computed = cli(['run', '--repo', clone, '--shard', '3/3', '--agent', 'script', '--execution', 'subprocess', '--state-dir', path.join(clone, '..', 'state'), '--quiet']);
    expect(computed.status, computed.stderr).toBe(1);
    expect(computed.stdout).toContain('shard 3 of 3: f, g');

    const agg = cli(['aggregate', path.join(out, 'results-*.json'), '--plan', planFile, '--json', path.join(out, 'all.json'), '--summary', path.join(out, 'all.md')]);
    expect(agg.status, agg.stderr).toBe(1); // g failed
    const all = readJson<AggregateResult>(path.join(out, 'all.json'));
    expect(all.tasks.map((t) => t.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(all.shards.map((s) => [s.shard, s.status])).toEqual([[1, 'succeeded'], [2, 'succeeded'], [3, 'failed']]);
    const starts = all.tasks.map((t) => t.startedAt!);
    const ends = all.tasks.map((t) => t.finishedAt!);
    expect(all.run.wallMs).toBe(Math.max(...ends) - Math.min(...starts));
    expect(all.run.sumTaskMs).toBe(all.tasks.reduce((sum, t) => sum + t.durationMs!, 0));
    // Mean concurrency is the raw ratio; the speedup is the estimate from the tasks' solo times.
    expect(all.run.concurrency).toBeCloseTo(all.run.sumTaskMs / all.run.wallMs, 10);
    // Agents this short may end before their first stall reading: then the estimate is withheld, with its bound and why.
    if (all.run.serialEstimateMs === null) {
      expect(all.run.speedup).toBeNull();
      expect(all.run.speedupMax).toBeGreaterThan(0);
      expect(all.run.speedupNote).toMatch(/no stall data/);
    } else {
      expect(all.run.speedup).toBeCloseTo(all.run.serialEstimateMs / all.run.wallMs, 10);
    }
    expect(agg.stdout).toMatch(/shard 3 failed on .*: 2 task\(s\)/);
    const md = fs.readFileSync(path.join(out, 'all.md'), 'utf8');
    expect(md).toContain('### Shards');
    expect(md.match(/ {4}section Shard \d/g)).toHaveLength(3);

    // Without shard 3's results the plan names what is missing.
    const partial = cli(['aggregate', results[0], results[1], '--plan', planFile, '--quiet', '--json', path.join(out, 'partial.json')]);
    expect(partial.status).toBe(1);
    const p = readJson<AggregateResult>(path.join(out, 'partial.json'));
    expect(p.shards[2]).toMatchObject({ status: 'missing', tasks: ['f', 'g'] });
    expect(p.tasks.find((t) => t.id === 'f')).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a plan that does not match the prompts or the shard, with exit 2', () => {
    const repo = repoWithPrompts({ one: scriptPrompt('true'), two: scriptPrompt('true') });
    const out = tempDir('fanout-shards-');
    const planFile = path.join(out, 'plan.json');
    expect(cli(['plan', '--repo', repo, '--shards', 'auto', '--max-parallel', '1', '--json', planFile]).status).toBe(0);
    expect(readJson<Plan>(planFile).shardCount).toBe(2);

    const wrongShard = cli(['run', '--repo', repo, '--plan', planFile, '--shard', '3', '--execution', 'subprocess']);
    expect(wrongShard.status).toBe(2);
    expect(wrongShard.stderr).toContain("Invalid value '3' for option '--shard': shard 3 is not in the plan: it has shards 1 to 2.");

    fs.appendFileSync(path.join(repo, 'prompts', 'two.md'), '\nAlso this.\n');
    const changed = cli(['run', '--repo', repo, '--plan', planFile, '--shard', '1', '--execution', 'subprocess']);
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain("option '--plan': the prompt files differ from those the plan was made from (a prompt file changed); make the plan again");

    const noShards = cli(['plan', '--repo', repo]);
    expect(noShards.status).toBe(2);
    expect(noShards.stderr).toContain("option '--shards' is missing");
    const badShards = cli(['run', '--repo', repo, '--shard', '4/3']);
    expect(badShards.status).toBe(2);
    expect(badShards.stderr).toContain("Invalid value '4/3' for option '--shard'. Expected a shard like 2/3");
  });
});
