/**
 * Acceptance of the matrix run, on one machine: three extra Docker daemons stand for three
 * self-hosted runners. The bundled action runs as the reusable workflow would run it:
 * `mode: plan` on a control runner (no Docker), then `mode: shard` on three runners at once — each
 * with its own workspace clone, RUNNER_TEMP, HOME and DOCKER_HOST — then the artifacts are
 * "downloaded" into one folder and `mode: aggregate` runs. GitHub is the fake server, origin a bare
 * repository.
 *
 * Needs root (dockerd), the agent image on the shared daemon, and `npm run build` (the bundle is made
 * from lib/ into a temp dir). The daemons' data roots are cached between runs (see support/dockerd).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../src/core/model.js';
import type { AggregateResult } from '../src/report/aggregate.js';
import { formatSpeedupEstimate } from '../src/report/format.js';
import type { Plan } from '../src/tasks/plan.js';
import { runActionStep } from './support/action-step.js';
import { actionBundle } from './support/bundle.js';
import { cachedDataRoot, loadImage, removeAllContainers, startDockerd, stopAll, type ExtraDaemon } from './support/dockerd.js';
import { FakeGitHub } from './support/fake-github.js';

const IMAGE = process.env.AGENT_FANOUT_E2E_IMAGE ?? 'agent-fanout/agent:latest';
const TOKEN = 'ghs_scaleOutFakeToken0123456789';
const RUN_MARKER = '<!-- agent-fanout:run -->';
const isRoot = process.getuid?.() === 0;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A script prompt: `sleep` stands for the agent's work, so shards and tasks overlap in time. */
function prompt(id: string, script: string, dependsOn: string[] = []): string {
  const deps = dependsOn.length ? `depends_on: [${dependsOn.join(', ')}]\n` : '';
  return `---\nagent: script\n${deps}---\n# Task ${id}\n\n\`\`\`sh\n${script}\nsleep 1\n\`\`\`\n`;
}

const PROMPTS: Record<string, string> = {
  a: prompt('a', 'echo a > a.txt'),
  b: prompt('b', 'cat a.txt > b.txt && echo b >> b.txt', ['a']),
  c: prompt('c', 'cat b.txt > c.txt && echo c >> c.txt', ['b']),
  d: prompt('d', 'echo d > d.txt'),
  e: prompt('e', 'cat d.txt > e.txt && echo e >> e.txt', ['d']),
  f: prompt('f', 'echo f > f.txt'),
  g: prompt('g', 'echo g > g.txt'),
};
const IDS = Object.keys(PROMPTS);
const ISSUE_BODY = `Please:\n\n${IDS.map((id) => `- prompts/${id}.md`).join('\n')}\n`;

let tmp = '';
let origin = '';
let bundle = '';
let fake: FakeGitHub;
const daemons: ExtraDaemon[] = [];
const releases: (() => void)[] = [];
/** From the first test, for the second: the plan output and the shards' results files. */
let planOutput = '';
let resultFiles: string[] = [];

const payload = {
  action: 'labeled',
  label: { name: 'fanout' },
  issue: { number: 7, title: 'Seven tasks', body: ISSUE_BODY, labels: [{ name: 'fanout' }] },
  sender: { login: 'alice', type: 'User' },
  repository: { full_name: 'acme/app', default_branch: 'main' },
};

/** The environment one runner gives a step: its own temp, home and Docker daemon. */
function runnerEnv(name: string, dockerHost: string): NodeJS.ProcessEnv {
  const root = path.join(tmp, name);
  for (const d of ['temp', 'home']) fs.mkdirSync(path.join(root, d), { recursive: true });
  return {
    PATH: process.env.PATH,
    HOME: path.join(root, 'home'),
    DOCKER_HOST: dockerHost,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '5151',
    RUNNER_NAME: name,
    RUNNER_TEMP: path.join(root, 'temp'),
  };
}

/** A runner's checkout; `shallow` as actions/checkout makes it by default (one commit of main). */
function workspace(name: string, shallow = false): string {
  const ws = path.join(tmp, name, 'work', 'app');
  fs.mkdirSync(path.dirname(ws), { recursive: true });
  if (shallow) git(tmp, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'main', `file://${origin}`, ws);
  else git(tmp, 'clone', '-q', origin, ws);
  return ws;
}

const BASE_INPUTS = {
  'github-token': TOKEN,
  agent: 'script',
  image: IMAGE,
  // The test daemons have no bridge.
  network: 'none',
  memory: '256m',
  timeout: '2m',
  'max-parallel': '2',
};

beforeAll(async () => {
  if (!isRoot) return;
  bundle = actionBundle();
  tmp = fs.mkdtempSync('/tmp/afs-');
  origin = path.join(tmp, 'origin.git');
  git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
  const seed = path.join(tmp, 'seed');
  git(tmp, 'init', '-q', '-b', 'main', seed);
  fs.mkdirSync(path.join(seed, 'prompts'));
  for (const [id, text] of Object.entries(PROMPTS)) fs.writeFileSync(path.join(seed, 'prompts', `${id}.md`), text);
  fs.writeFileSync(path.join(seed, 'README.md'), '# app\n');
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@test.invalid', 'commit', '-q', '-m', 'prompts');
  git(seed, 'push', '-q', origin, 'main');

  fake = new FakeGitHub({ owner: 'acme', repo: 'app', branchExists: (b) => git(origin, 'for-each-ref', `refs/heads/${b}`) !== '' });
  await fake.start();
  fake.roles.set('alice', 'write');
  fake.addIssue({ number: 7, title: 'Seven tasks', body: ISSUE_BODY, labels: ['fanout'] });

  const started = await Promise.allSettled(
    [1, 2, 3].map(async (n) => {
      const slot = cachedDataRoot(IMAGE, `runner-${n}`, tmp);
      releases.push(slot.release);
      const daemon = await startDockerd({ name: `r${n}`, root: tmp, dataRoot: slot.dataRoot });
      daemons[n - 1] = daemon;
      return daemon;
    }),
  );
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  for (const d of daemons) removeAllContainers(d);
  await loadImage(IMAGE, daemons, tmp);
});

afterAll(async () => {
  await stopAll(daemons);
  for (const release of releases) release();
  await fake?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!isRoot)('one issue over three runners: plan → 3 shards → aggregate', () => {
  test('every task runs once on its shard’s daemon, chains stay together, one comment ends with the combined report', async () => {
    // Plan, on a control runner without Docker.
    const plan = await runActionStep(bundle, {
      dir: path.join(tmp, 'steps', 'plan'),
      workspace: workspace('control'),
      eventName: 'issues',
      payload,
      inputs: { ...BASE_INPUTS, mode: 'plan', shards: 'auto', 'max-shards': '3' },
      env: runnerEnv('control', `unix://${path.join(tmp, 'no-docker.sock')}`),
    });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const planDoc = JSON.parse(plan.outputs.plan) as Plan;
    // 7 tasks at 2 per runner would want 4 shards; max-shards caps it at 3; chains stay whole.
    expect(plan.outputs['shard-count']).toBe('3');
    expect(plan.outputs['task-count']).toBe('7');
    expect(JSON.parse(plan.outputs.matrix)).toEqual({ include: [{ shard: 1 }, { shard: 2 }, { shard: 3 }] });
    expect(planDoc.shards.map((s) => s.tasks)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f', 'g']]);
    expect(planDoc.baseCommit).toBe(git(origin, 'rev-parse', 'main'));
    // The gate, 👀 and the label happen once, here.
    expect(fake.requestsTo('GET', '/collaborators/alice/permission')).toHaveLength(1);
    expect(fake.issues.get(7)!.reactions).toEqual(['eyes']);
    expect(fake.issues.get(7)!.labels).toEqual([]);
    const runComments = () => fake.issues.get(7)!.comments.filter((c) => c.body.startsWith(RUN_MARKER));
    expect(runComments()).toHaveLength(1);
    const runCommentId = runComments()[0].id;
    expect(runComments()[0].body).toContain('7 tasks on 3 runners');
    const afterPlan = fake.requests.length;

    // Three runners at once, each with its own clone, temp, home and daemon.
    const shards = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const name = `runner-${n}`;
        const env = runnerEnv(name, daemons[n - 1].host);
        const ws = workspace(name);
        const inputs = { ...BASE_INPUTS, mode: 'shard', shard: String(n), plan: plan.outputs.plan };
        const since = Math.floor(Date.now() / 1000) - 1;
        const main = await runActionStep(bundle, { dir: path.join(tmp, 'steps', `shard-${n}`), workspace: ws, eventName: 'issues', payload, inputs, env });
        const post = await runActionStep(bundle, { dir: path.join(tmp, 'steps', `post-${n}`), workspace: ws, eventName: 'issues', payload, inputs, env, state: main.state });
        return { n, env, ws, main, post, since };
      }),
    );
    const beforeAggregate = fake.requests.length;
    for (const s of shards) {
      expect(s.main.code, s.main.stdout + s.main.stderr).toBe(0);
      expect(s.post.code, s.post.stdout).toBe(0);
      expect((s.main.stdout + s.main.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(TOKEN))).toEqual([]);
      // The state directory defaulted under this runner's RUNNER_TEMP.
      expect(s.main.state.stateDir).toBe(path.join(s.env.RUNNER_TEMP!, 'agent-fanout'));
    }

    // Every task ran exactly once, in the shard the plan gave it, on that shard's daemon.
    const results = shards.map((s) => JSON.parse(fs.readFileSync(s.main.outputs['result-file'], 'utf8')) as RunResult);
    expect(results.flatMap((r) => r.tasks.map((t) => t.id)).sort()).toEqual(IDS);
    for (const [i, r] of results.entries()) {
      expect(r.tasks.map((t) => t.id).sort()).toEqual(planDoc.shards[i].tasks);
      expect(r.tasks.every((t) => t.status === 'succeeded')).toBe(true);
      expect(r.shard).toMatchObject({ index: i + 1, count: 3, runner: `runner-${i + 1}` });
    }
    const until = String(Math.ceil(Date.now() / 1000) + 1);
    for (const s of shards) {
      const started = daemons[s.n - 1]
        .docker('events', '--since', String(s.since), '--until', until, '--filter', 'event=start', '--filter', 'label=dev.agent-fanout.product=agent-fanout',
          '--format', '{{index .Actor.Attributes "dev.agent-fanout.task-id"}}{{if index .Actor.Attributes "dev.agent-fanout.step"}} ({{index .Actor.Attributes "dev.agent-fanout.step"}}){{end}}')
        .split('\n')
        .filter(Boolean);
      // Each task's result is collected by a container of its own, once.
      expect(started.filter((id) => id.endsWith(' (collect)')).map((id) => id.slice(0, -' (collect)'.length)).sort()).toEqual(planDoc.shards[s.n - 1].tasks);
      started.splice(0, started.length, ...started.filter((id) => !id.endsWith(' (collect)')));
      // Each task of the shard once, and no mount check: each runner's daemon runs in the runner's
      // mount namespace, which /proc proves (runner-mounts.itg.test.ts has one that does not).
      expect(started.sort()).toEqual(planDoc.shards[s.n - 1].tasks);
      expect(daemons[s.n - 1].docker('ps', '-aq')).toBe('');
    }
    const sharedDaemonStarts = execFileSync('docker', ['events', '--since', String(shards[0].since), '--until', until, '--filter', 'event=start',
      ...results.flatMap((r) => ['--filter', `label=dev.agent-fanout.run-id=${r.run.id}`])], { encoding: 'utf8' }).trim();
    expect(sharedDaemonStarts).toBe('');

    // Chains stayed together: each task started from its dependency's result.
    expect(git(origin, 'show', 'fanout/7/c:c.txt')).toBe('a\nb\nc');
    expect(git(origin, 'show', 'fanout/7/e:e.txt')).toBe('d\ne');
    expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/fanout').split('\n').sort()).toEqual(IDS.map((id) => `fanout/7/${id}`));
    expect(fake.pulls.map((p) => p.head.ref).sort()).toEqual(IDS.map((id) => `fanout/7/${id}`));

    // While the shards ran, each wrote only its own comment; nobody wrote the run comment.
    const during = fake.requests.slice(afterPlan, beforeAggregate);
    expect(during.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${runCommentId}`))).toEqual([]);
    const shardComments = new Map<number, Set<string>>();
    for (const r of during) {
      const m = /\/issues\/comments\/(\d+)$/.exec(r.path);
      const body = (r.body as { body?: string } | undefined)?.body ?? '';
      if (r.method !== 'PATCH' || !m) continue;
      const marker = /^<!-- agent-fanout:(run-shard-\d) -->/.exec(body)?.[1] ?? 'other';
      shardComments.set(Number(m[1]), new Set([...(shardComments.get(Number(m[1])) ?? []), marker]));
    }
    expect([...shardComments.values()].map((markers) => [...markers])).toHaveLength(3);
    for (const markers of shardComments.values()) expect(markers.size).toBe(1);
    expect([...shardComments.values()].map((m) => [...m][0]).sort()).toEqual(['run-shard-1', 'run-shard-2', 'run-shard-3']);

    planOutput = plan.outputs.plan;
    resultFiles = shards.map((s) => s.main.outputs['result-file']);

    // The artifacts, downloaded with merge-multiple into one folder.
    const resultsDir = path.join(tmp, 'control', 'temp', 'agent-fanout-results-download');
    fs.mkdirSync(resultsDir, { recursive: true });
    for (const s of shards) fs.copyFileSync(s.main.outputs['result-file'], path.join(resultsDir, path.basename(s.main.outputs['result-file'])));

    const aggregate = await runActionStep(bundle, {
      dir: path.join(tmp, 'steps', 'aggregate'),
      // A default (shallow) checkout: the task branches are fetched for the conflict check.
      workspace: workspace('aggregator', true),
      eventName: 'issues',
      payload,
      inputs: { ...BASE_INPUTS, mode: 'aggregate', plan: plan.outputs.plan, 'results-dir': resultsDir },
      env: runnerEnv('aggregator', `unix://${path.join(tmp, 'no-docker.sock')}`),
    });
    expect(aggregate.code, aggregate.stdout + aggregate.stderr).toBe(0);
    const all = JSON.parse(aggregate.outputs.results) as AggregateResult;
    expect(all.tasks.map((t) => t.id).sort()).toEqual(IDS);
    expect(all.shards.map((s) => [s.shard, s.status, s.host])).toEqual([
      [1, 'succeeded', 'runner-1'],
      [2, 'succeeded', 'runner-2'],
      [3, 'succeeded', 'runner-3'],
    ]);
    // Combined figures over all shards, recomputed here from the task records.
    const first = Math.min(...all.tasks.map((t) => t.startedAt!));
    const last = Math.max(...all.tasks.map((t) => t.finishedAt!));
    const sum = all.tasks.reduce((total, t) => total + t.durationMs!, 0);
    expect(all.run.wallMs).toBe(last - first);
    expect(all.run.sumTaskMs).toBe(sum);
    // Mean concurrency is the raw ratio; the speedup is the estimate from the tasks' solo times.
    expect(all.run.concurrency).toBeCloseTo(sum / (last - first), 10);
    // Agents this short may end before their first stall reading: then the estimate is withheld, with its bound and why.
    if (all.run.serialEstimateMs === null) {
      expect(all.run.speedup).toBeNull();
      expect(all.run.speedupMax).toBeGreaterThan(0);
      expect(all.run.speedupNote).toMatch(/no stall data/);
    } else {
      expect(all.run.speedup).toBeCloseTo(all.run.serialEstimateMs / (last - first), 10);
    }
    expect(all.run.maxParallel).toBe(6);
    // Empty when withheld: a number there would look measured.
    expect(aggregate.outputs.speedup).toBe(all.run.speedup === null ? '' : all.run.speedup.toFixed(2));
    expect(JSON.parse(aggregate.outputs['pull-requests'])).toHaveLength(7);
    expect(JSON.parse(aggregate.outputs.conflicts)).toEqual([]);

    // One comment on the issue: the combined report; the shards' comments are gone.
    const comments = fake.issues.get(7)!.comments.filter((c) => c.body.startsWith('<!-- agent-fanout:'));
    expect(comments.map((c) => c.id)).toEqual([runCommentId]);
    const report = comments[0].body;
    // The headline first, the combined report (shards, one Gantt section each) collapsed below it.
    expect(report).toContain(`speedup **${formatSpeedupEstimate(all.run)}**`);
    expect(report.indexOf('<details>')).toBeGreaterThan(report.indexOf('speedup'));
    expect(report).toContain('## agent-fanout: 7 tasks over 3 shards');
    expect(report).toContain('### Shards');
    for (const n of [1, 2, 3]) expect(report).toContain(`    section Shard ${n} runner-${n}`);
    for (const pull of fake.pulls) expect(report).toContain(`[#${pull.number}](${pull.html_url})`);
    expect(fake.requestsTo('DELETE', /^\/issues\/comments\/\d+$/)).toHaveLength(3);
    expect(aggregate.summary).toContain('### Timeline');
    expect(aggregate.outputs['comment-id']).toBe(String(runCommentId));
    // Task PRs get no copy of the report: their bodies link the issue's comment.
    for (const pull of fake.pulls) expect(fake.issues.get(pull.number)?.comments.filter((c) => c.body.startsWith(RUN_MARKER)) ?? []).toHaveLength(0);
  });

  test('a shard that fails before its tasks and a shard that never reports are both in the report, with their tasks', async () => {
    expect(planOutput, 'needs the first test').not.toBe('');
    // Shard 3 again, on a runner whose Docker daemon does not answer: it fails before any task.
    const env = runnerEnv('runner-broken', `unix://${path.join(tmp, 'no-docker.sock')}`);
    const failed = await runActionStep(bundle, {
      dir: path.join(tmp, 'steps', 'shard-3-broken'),
      workspace: workspace('runner-broken'),
      eventName: 'issues',
      payload,
      inputs: { ...BASE_INPUTS, mode: 'shard', shard: '3', plan: planOutput, comment: 'false' },
      env,
    });
    expect(failed.code).not.toBe(0);
    expect(failed.stdout).toMatch(/^::error::execution 'docker' was asked for, but the Docker daemon does not answer/m);
    const failedFile = failed.outputs['result-file'];
    expect(JSON.parse(fs.readFileSync(failedFile, 'utf8'))).toMatchObject({ shard: { index: 3, error: expect.stringContaining('does not answer') } });

    // Shard 1 reported, shard 2's artifact is missing, shard 3 is the failed one.
    const dir = path.join(tmp, 'aggregator-2', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(resultFiles[0], path.join(dir, 'results-shard-1.json'));
    fs.copyFileSync(failedFile, path.join(dir, 'results-shard-3.json'));
    const aggregate = await runActionStep(bundle, {
      dir: path.join(tmp, 'steps', 'aggregate-2'),
      workspace: workspace('aggregator-2', true),
      eventName: 'issues',
      payload,
      inputs: { ...BASE_INPUTS, mode: 'aggregate', plan: planOutput, 'results-dir': dir, comment: 'false' },
      env: runnerEnv('aggregator-2', `unix://${path.join(tmp, 'no-docker.sock')}`),
    });
    expect(aggregate.code).not.toBe(0);
    expect(aggregate.stdout).toMatch(/^::error::agent-fanout: 4 of 7 tasks did not succeed \(d: cancelled, e: cancelled, f: cancelled, g: cancelled\); shard\(s\) 2 produced no results/m);
    const all = JSON.parse(aggregate.outputs.results) as AggregateResult;
    expect(all.shards.map((s) => [s.shard, s.status, s.tasks])).toEqual([
      [1, 'succeeded', ['a', 'b', 'c']],
      [2, 'missing', ['d', 'e']],
      [3, 'failed', ['f', 'g']],
    ]);
    expect(all.tasks.find((t) => t.id === 'f')!.reason).toMatch(/^shard 3 failed before its tasks ran: execution 'docker' was asked for/);
    expect(aggregate.summary).toMatch(/### Missing or failed shards\n\n- ❔ shard 2 missing .*: `d`, `e`\n- ❌ shard 3 failed .*: `f`, `g`/);
  });
});
