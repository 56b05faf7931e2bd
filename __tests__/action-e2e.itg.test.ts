/**
 * The action end to end, run the way a runner runs it: `node index.js` of the bundle with `INPUT_*` variables,
 * an `issues.labeled` payload, GITHUB_* files and a local server answering like the GitHub API, on a
 * checkout whose origin is a bare repository, with the real Docker daemon; then the post step.
 *
 * The bundle is built from the sources into a temp dir (support/bundle.ts); dist/ is checked against
 * the sources by the dist check. To test another bundle, set AGENT_FANOUT_ACTION_BUNDLE to its index.js.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actionBundle } from './support/bundle.js';
import { parseFileCommands } from './support/action-step.js';
import { FakeGitHub } from './support/fake-github.js';

const BUNDLE = actionBundle();
const TOKEN = 'ghs_e2eFakeTokenValue0123456789';
/** A value passed to agents (`env` input) that task `one` prints as its last line. */
const SECRET = 'e2e-secret-7Qx93kLp';
const MARKER = '<!-- agent-fanout:run -->';
const PRODUCT_LABEL = 'dev.agent-fanout.product=agent-fanout';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function prompt(name: string): string {
  // Task one's last line (its final message) repeats the secret when it is passed (`env` input).
  const last = name === 'one' ? 'echo "done with one, key ${FANOUT_E2E_SECRET:-none}"' : `echo "done with ${name}"`;
  return ['---', 'agent: script', `title: Add ${name}`, '---', `# Add ${name}`, '', '```sh', `echo "working on ${name}"`, `echo ${name} > ${name}.txt`, 'sleep 2', last, '```', ''].join('\n');
}

/**
 * Prompts for the verify run (issue 40, input `verify`): `passes` in two attempts of which only the
 * second writes what verify wants; `fails` writes the wrong thing.
 */
const VERIFIED_PROMPTS: Record<string, string> = {
  passes: ['---', 'agent: script', 'title: Passes its checks', 'attempts: 2', '---', '# Passes', '', '```sh', 'if [ "$AGENT_FANOUT_ATTEMPT" = 2 ]; then echo ok > result.txt; else echo nope > result.txt; fi', '```', ''].join('\n'),
  fails: ['---', 'agent: script', 'title: Fails its checks', '---', '# Fails', '', '```sh', 'echo "not ok" > result.txt', '```', ''].join('\n'),
};
const VERIFY = 'grep -qx ok result.txt || { echo "result.txt says: $(cat result.txt)"; exit 1; }';

interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

let tmp: string;
let origin: string;
let workspace: string;
let stateDir: string;
let fake: FakeGitHub;

/** The environment of one job step, as the runner sets it (fresh files per step). */
function stepEnv(name: string, payload: object, inputs: Record<string, string>, eventName = 'issues'): NodeJS.ProcessEnv {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary', GITHUB_EVENT_PATH: 'event.json' };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: path.join(tmp, 'home'),
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    FANOUT_E2E_SECRET: SECRET,
    RUNNER_TEMP: dir,
    AGENT_FANOUT_HOME: stateDir,
  };
  for (const [key, file] of Object.entries(files)) {
    env[key] = path.join(dir, file);
    fs.writeFileSync(env[key]!, '');
  }
  fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

function runNode(env: NodeJS.ProcessEnv): Promise<StepResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 200_000 }, (error, stdout, stderr) => {
      resolve({
        code: error ? ((error as { code?: number }).code ?? null) : 0,
        stdout,
        stderr,
        outputs: parseFileCommands(env.GITHUB_OUTPUT!),
        state: parseFileCommands(env.GITHUB_STATE!),
        summary: fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
      });
    });
  });
}

/** Runs the main step, then the post step with the main step's state, as the runner does. */
async function runAction(
  sender: string,
  number = 7,
  extraInputs: Record<string, string> = {},
): Promise<{ main: StepResult; post: () => Promise<StepResult> }> {
  const issue = fake.issues.get(number)!;
  const payload = {
    action: 'labeled',
    label: { name: 'fanout' },
    issue: { number, title: issue.title, body: issue.body, labels: issue.labels.map((name) => ({ name })) },
    sender: { login: sender, type: 'User' },
    repository: { full_name: 'acme/app', default_branch: 'main' },
  };
  const inputs = {
    'github-token': TOKEN,
    agent: 'script',
    execution: 'docker',
    image: 'node:24-bookworm-slim',
    'max-parallel': '3',
    memory: '256m',
    timeout: '2m',
    ...extraInputs,
  };
  const env = stepEnv('main', payload, inputs);
  const main = await runNode(env);
  const post = () => {
    const postEnv = stepEnv('post', payload, inputs);
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    return runNode(postEnv);
  };
  return { main, post };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function originBranches(): string[] {
  return git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/fanout').split('\n').filter(Boolean).sort();
}

function markedComments(issue: number, marker = MARKER) {
  return fake.issues.get(issue)!.comments.filter((c) => c.body.startsWith(marker));
}

function assertTokenNotLogged(step: StepResult): void {
  // `::add-mask::<token>` is how the token is masked; nowhere else may it appear.
  const lines = `${step.stdout}\n${step.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(lines.filter((l) => l.includes(TOKEN))).toEqual([]);
}

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run 'npm run bundle' first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'af-action-e2e-'));
  fs.mkdirSync(path.join(tmp, 'home'));
  stateDir = path.join(tmp, 'state');
  origin = path.join(tmp, 'origin.git');
  git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
  const seed = path.join(tmp, 'seed');
  git(tmp, 'init', '-q', '-b', 'main', seed);
  fs.mkdirSync(path.join(seed, 'prompts'));
  for (const name of ['one', 'two', 'three']) fs.writeFileSync(path.join(seed, 'prompts', `${name}.md`), prompt(name));
  for (const [name, text] of Object.entries(VERIFIED_PROMPTS)) fs.writeFileSync(path.join(seed, 'prompts', `${name}.md`), text);
  fs.writeFileSync(path.join(seed, 'README.md'), '# app\n');
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@test.invalid', 'commit', '-q', '-m', 'prompts');
  git(seed, 'push', '-q', origin, 'main');
  workspace = path.join(tmp, 'workspace');
  git(tmp, 'clone', '-q', origin, workspace);

  fake = new FakeGitHub({
    owner: 'acme',
    repo: 'app',
    branchExists: (branch) => git(origin, 'for-each-ref', `refs/heads/${branch}`) !== '',
  });
  await fake.start();
  fake.roles.set('alice', 'write');
  fake.roles.set('bob', 'read');
  fake.addIssue({
    number: 7,
    title: 'Three small things',
    body: 'Please do these:\n\n- [one](prompts/one.md)\n- `prompts/two.md`\n- prompts/three.md\n',
    labels: ['fanout'],
  });
});

afterAll(async () => {
  await fake?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the action on an issues.labeled event', () => {
  let firstCommentId = 0;

  test('a writer labels an issue linking 3 prompts: 3 branches, 3 PRs, one sticky comment, summary and outputs; post cleans up', async () => {
    const { main, post } = await runAction('alice', 7, { env: 'FANOUT_E2E_SECRET' });
    expect(main.stderr + main.stdout).not.toMatch(/^::error::/m);
    expect(main.code).toBe(0);
    assertTokenNotLogged(main);
    // Output streamed into the log, prefixed with the task id, and one group per task afterwards.
    expect(main.stdout).toContain('[two] working on two');
    expect(main.stdout).toMatch(/^::group::✅ two: succeeded/m);

    // Branches, pushed by the orchestrator to the bare origin.
    expect(originBranches()).toEqual(['fanout/7/one', 'fanout/7/three', 'fanout/7/two']);
    expect(git(origin, 'show', 'fanout/7/two:two.txt')).toBe('two');

    // Three PR creations with the right head and base, as drafts.
    const creations = fake.requestsTo('POST', '/pulls').map((r) => r.body as { head: string; base: string; draft: boolean; body: string });
    expect(creations.map((c) => [c.head, c.base, c.draft]).sort()).toEqual([
      ['fanout/7/one', 'main', true],
      ['fanout/7/three', 'main', true],
      ['fanout/7/two', 'main', true],
    ]);
    expect(fake.pulls.every((p) => p.body.startsWith('Refs #7\n'))).toBe(true);
    const comments = markedComments(7);
    expect(comments).toHaveLength(1);
    const pullOne = fake.pulls.find((p) => p.head.ref === 'fanout/7/one')!;
    expect(pullOne.title).toBe('Add one');
    // The body is about its task: a header row, the final message, the prompt collapsed, the siblings.
    const baseCommit = git(origin, 'rev-parse', 'main');
    expect(pullOne.body).toContain(
      `| \`one\` | [\`prompts/one.md\`](https://github.test/acme/app/blob/${baseCommit}/prompts/one.md) | ✅ succeeded | `,
    );
    expect(pullOne.body).toContain(`[the run's comment](${comments[0].html_url})`);
    // The agent was given the secret and repeated it: the body has it redacted.
    expect(pullOne.body).toContain('### What the agent says it did\n\n```text\ndone with one, key ***\n```');
    expect(pullOne.body).toMatch(/<details><summary>What the agent was asked: <code>prompts\/one\.md<\/code><\/summary>\n\n(`{3,})markdown\n# Add one\n[\s\S]*echo one > one\.txt\n[\s\S]*\n\1\n\n<\/details>/);
    expect(pullOne.body).not.toContain('Peak concurrency');
    // Every PR links its siblings once all exist.
    for (const pull of fake.pulls) {
      for (const other of fake.pulls.filter((p) => p !== pull)) expect(pull.body).toContain(`[#${other.number}](${other.html_url})`);
    }
    // No whole-run copies on the task PRs: nothing is commented on them at all.
    for (const pull of fake.pulls) expect(fake.requestsTo('POST', `/issues/${pull.number}/comments`)).toEqual([]);

    // One sticky comment on the issue: created once, then edited, ending with the short summary.
    expect(fake.requestsTo('POST', '/issues/7/comments')).toHaveLength(1);
    firstCommentId = comments[0].id;
    expect(fake.requestsTo('PATCH', `/issues/comments/${firstCommentId}`).length).toBeGreaterThanOrEqual(1);
    const comment = comments[0].body.split('\n');
    expect(comment[0]).toBe(MARKER);
    expect(comment[1]).toBe('### ✅ agent-fanout: 3 of 3 tasks succeeded');
    expect(comment[3]).toMatch(/^\*\*3 tasks\*\* · ✅ 3 succeeded · wall \*\*[^*]+\*\* · speedup \*\*\d+\.\d\d×\*\* · cost \*\*–\*\*$/);
    const rows = comment.filter((l) => l.startsWith('| ✅ succeeded |'));
    expect(rows).toHaveLength(3);
    for (const pull of fake.pulls) expect(rows.some((r) => r.includes(`[#${pull.number}](${pull.html_url})`))).toBe(true);
    expect(comments[0].body).toMatch(/<details><summary>Run details: timeline, resources, phases<\/summary>\n\n[\s\S]*```mermaid\ngantt[\s\S]*<\/details>/);
    // The first version (every task queued) has the same shape: headline first, a row per task.
    const first = (fake.requestsTo('POST', '/issues/7/comments')[0].body as { body: string }).body;
    expect(first).toMatch(/^<!-- agent-fanout:run -->\n### 🔄 agent-fanout: 0 of 3 tasks done\n\n\*\*3 tasks\*\* · ⏳ 3 queued · elapsed /);
    expect(first.split('\n').filter((l) => l.startsWith('| ⏳ queued |'))).toHaveLength(3);
    const edits = fake.requestsTo('PATCH', `/issues/comments/${firstCommentId}`).map((r) => (r.body as { body: string }).body);
    for (const text of [...fake.pulls.map((p) => p.body), ...comments.map((c) => c.body), ...edits]) expect(text).not.toContain(SECRET);
    expect(fake.issues.get(7)!.reactions).toEqual(['eyes']);
    expect(fake.issues.get(7)!.labels).toEqual([]);

    // The job summary keeps the full report: every task figure, the gantt, the resources.
    expect(main.summary).toMatch(/speedup \*\*\d+\.\d\d×\*\*/);
    expect(main.summary).toContain('```mermaid\ngantt');
    expect(main.summary).toContain('| Status | Task | PR | Duration | Queue wait | Overhead | CPU s / avg / peak |');
    expect(main.summary).toContain('| Peak concurrency |');
    expect(main.summary).not.toContain(SECRET);
    // The default network is allowlist: the agents ran behind the egress proxy; nothing was refused.
    expect(main.summary).toContain('### Network egress');
    expect(main.summary).toContain('No connection was refused.');

    // Outputs.
    expect(main.outputs.succeeded).toBe('3');
    expect(main.outputs.failed).toBe('0');
    expect(Number(main.outputs.speedup)).toBeGreaterThan(0);
    expect(Number(main.outputs['wall-seconds'])).toBeGreaterThan(0);
    expect(main.outputs['comment-id']).toBe(String(firstCommentId));
    expect(JSON.parse(main.outputs.conflicts)).toEqual([]);
    const prs = JSON.parse(main.outputs['pull-requests']) as { task: string; branch: string; url: string }[];
    expect(prs.map((p) => p.branch).sort()).toEqual(['fanout/7/one', 'fanout/7/three', 'fanout/7/two']);
    const results = JSON.parse(main.outputs.results) as { run: { id: string }; tasks: { status: string }[] };
    expect(results.tasks.map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const runId = main.state.runId;
    expect(results.run.id).toBe(runId);

    // Leave what a killed main step would: a container of the run and a task directory in its run
    // dir (a private repository, with a symlink its agent left pointing out of it).
    const runDir = path.join(stateDir, 'runs', runId);
    const leftover = path.join(runDir, 'worktrees', 'leftover');
    fs.mkdirSync(leftover, { recursive: true });
    git(leftover, 'init', '-q');
    fs.symlinkSync(workspace, path.join(leftover, 'to-workspace'));
    docker('run', '-d', '--label', PRODUCT_LABEL, '--label', `dev.agent-fanout.run-id=${runId}`, '--label', 'dev.agent-fanout.task-id=leftover', 'node:24-bookworm-slim', 'sleep', '300');
    expect(docker('ps', '-aq', '--filter', `label=dev.agent-fanout.run-id=${runId}`)).not.toBe('');
    // And the egress network a killed main step leaves.
    docker('network', 'create', '--internal', '--label', PRODUCT_LABEL, '--label', `dev.agent-fanout.run-id=${runId}`, '--label', 'dev.agent-fanout.role=egress-network', `agent-fanout-e2e-leftover-${runId}`);

    const cleaned = await post();
    expect(cleaned.code).toBe(0);
    expect(cleaned.stdout).not.toMatch(/^::(error|warning)::/m);
    expect(docker('ps', '-aq', '--filter', `label=dev.agent-fanout.run-id=${runId}`)).toBe('');
    expect(docker('network', 'ls', '-q', '--filter', `label=dev.agent-fanout.run-id=${runId}`)).toBe('');
    expect(fs.existsSync(path.join(runDir, 'worktrees'))).toBe(false);
    expect(fs.existsSync(path.join(workspace, '.git'))).toBe(true);
    const worktrees = git(workspace, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree '));
    expect(worktrees).toEqual([`worktree ${fs.realpathSync(workspace)}`]);
  });

  test('a second run on the same issue pushes -try2 branches and edits the same comment', async () => {
    fake.issues.get(7)!.labels.push('fanout');
    const createdBefore = fake.requestsTo('POST', '/issues/7/comments').length;
    // This run also serves the dashboard (`dashboard-port`): poll it while the step runs.
    const port = await freePort();
    const seen: string[] = [];
    let stepDone = false;
    const poller = (async () => {
      while (!stepDone) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/runs`);
          const body = (await res.json()) as { runs: { id: string; state: string }[] };
          for (const r of body.runs) if (r.state === 'running' && !seen.includes(r.id)) seen.push(r.id);
        } catch {
          // not listening (yet, or any more)
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const { main, post } = await runAction('alice', 7, { 'dashboard-port': String(port) }).finally(() => {
      stepDone = true;
    });
    await poller;
    expect(main.code).toBe(0);
    expect(main.stdout).toContain(`agent-fanout: dashboard at http://127.0.0.1:${port}`);
    expect(seen).toContain(main.state.runId);
    // The PR links reach the journal, so the dashboard can show them.
    const journal = fs.readFileSync(path.join(stateDir, 'journal', `${main.state.runId}.ndjson`), 'utf8');
    const prUrls = journal
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; record?: { prUrl?: string } })
      .flatMap((e) => (e.type === 'task-state' && e.record?.prUrl ? [e.record.prUrl] : []));
    expect(prUrls).toHaveLength(3);
    expect(originBranches()).toEqual([
      'fanout/7/one',
      'fanout/7/one-try2',
      'fanout/7/three',
      'fanout/7/three-try2',
      'fanout/7/two',
      'fanout/7/two-try2',
    ]);
    const heads = fake.requestsTo('POST', '/pulls').map((r) => (r.body as { head: string }).head);
    expect(heads.filter((h) => h.endsWith('-try2')).sort()).toEqual(['fanout/7/one-try2', 'fanout/7/three-try2', 'fanout/7/two-try2']);
    expect(fake.requestsTo('POST', '/issues/7/comments')).toHaveLength(createdBefore);
    expect(markedComments(7).map((c) => c.id)).toEqual([firstCommentId]);
    expect(main.outputs['comment-id']).toBe(String(firstCommentId));
    expect(markedComments(7)[0].body).toContain(main.state.runId);
    expect((await post()).code).toBe(0);
  });

  test('workflow_dispatch with the prompts input runs them without an issue: a branch and a PR, no comment', async () => {
    const commentsBefore = fake.requestsTo('POST', /\/comments$/).length;
    const payload = {
      inputs: { prompts: 'prompts/two.md' },
      ref: 'refs/heads/main',
      sender: { login: 'alice', type: 'User' },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    };
    const inputs = {
      'github-token': TOKEN,
      prompts: 'prompts/two.md',
      agent: 'script',
      execution: 'docker',
      image: 'node:24-bookworm-slim',
      memory: '256m',
      timeout: '2m',
    };
    const main = await runNode(stepEnv('dispatch', payload, inputs, 'workflow_dispatch'));
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(originBranches()).toContain('fanout/two');
    const pr = fake.requestsTo('POST', '/pulls').find((r) => (r.body as { head: string }).head === 'fanout/two');
    expect(pr?.body).toMatchObject({ base: 'main', draft: true });
    expect(JSON.parse(main.outputs['pull-requests'])).toHaveLength(1);
    // No issue: no run comment, and the new PR gets none either (its body and the job summary report).
    expect(fake.requestsTo('POST', /\/comments$/).slice(commentsBefore)).toEqual([]);
    const created = fake.pulls.find((p) => p.head.ref === 'fanout/two')!;
    expect(created.body).toContain('### What the agent says it did\n\n```text\ndone with two\n```');
    expect(created.body).not.toContain("the run's comment");
    assertTokenNotLogged(main);
    const postEnv = stepEnv('dispatch-post', payload, inputs, 'workflow_dispatch');
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    expect((await runNode(postEnv)).code).toBe(0);
  });

  test('a label on a pull request runs the prompts its description links and reports on that pull request', async () => {
    const body = 'While you are here, agents: `prompts/three.md`';
    fake.pulls.push({
      number: 20,
      title: 'Feature work',
      body,
      draft: false,
      state: 'open',
      head: { ref: 'feature/x', label: 'acme:feature/x' },
      base: { ref: 'main' },
      html_url: 'https://github.test/acme/app/pull/20',
    });
    fake.issues.set(20, { number: 20, title: 'Feature work', body, labels: ['fanout'], comments: [], reactions: [], isPullRequest: true });
    const payload = {
      action: 'labeled',
      label: { name: 'fanout' },
      pull_request: { number: 20, body, base: { ref: 'main' }, head: { ref: 'feature/x' } },
      sender: { login: 'alice', type: 'User' },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    };
    const inputs = {
      'github-token': TOKEN,
      agent: 'script',
      execution: 'docker',
      image: 'node:24-bookworm-slim',
      memory: '256m',
      timeout: '2m',
    };
    const main = await runNode(stepEnv('pr', payload, inputs, 'pull_request'));
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(originBranches()).toContain('fanout/20/three');
    const created = fake.requestsTo('POST', '/pulls').find((r) => (r.body as { head: string }).head === 'fanout/20/three');
    expect(created?.body).toMatchObject({ base: 'main' });
    expect((created?.body as { body: string }).body).toContain('Refs #20');
    // The run's sticky comment lives on the labelled pull request, and the label is taken off it.
    expect(markedComments(20)).toHaveLength(1);
    expect(markedComments(20)[0].body).toContain(main.state.runId);
    expect(fake.issues.get(20)!.labels).not.toContain('fanout');
    assertTokenNotLogged(main);
    const postEnv = stepEnv('pr-post', payload, inputs, 'pull_request');
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    expect((await runNode(postEnv)).code).toBe(0);
  });

  test('a /fanout comment runs the prompts its issue links, reacting to the comment', async () => {
    fake.addIssue({ number: 30, title: 'One more', body: 'Just [this one](prompts/one.md), please.' });
    const comment = { id: 555, body: 'Looks good.\n/fanout\n' };
    fake.issues.get(30)!.comments.push({ ...comment, user: { login: 'alice', type: 'User' }, html_url: 'https://github.test/acme/app/issues/30#issuecomment-555' });
    const payload = {
      action: 'created',
      issue: { number: 30, title: 'One more', body: 'Just [this one](prompts/one.md), please.' },
      comment,
      sender: { login: 'alice', type: 'User' },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    };
    const inputs = { 'github-token': TOKEN, agent: 'script', execution: 'docker', image: 'node:24-bookworm-slim', memory: '256m', timeout: '2m' };
    const main = await runNode(stepEnv('comment', payload, inputs, 'issue_comment'));
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(originBranches()).toContain('fanout/30/one');
    expect(fake.requestsTo('POST', '/issues/comments/555/reactions').map((r) => r.body)).toEqual([{ content: 'eyes' }]);
    expect(markedComments(30)).toHaveLength(1);
    const postEnv = stepEnv('comment-post', payload, inputs, 'issue_comment');
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    expect((await runNode(postEnv)).code).toBe(0);
  });

  test('a sender with read permission starts nothing', async () => {
    fake.issues.get(7)!.labels.push('fanout');
    const branchesBefore = originBranches();
    const pullsBefore = fake.requestsTo('POST', '/pulls').length;
    // Other test files share the Docker daemon, so "no new container" is checked through this run's
    // own traces: every container the engine starts belongs to a run it registered in the state
    // directory (run dir and journal) before creating any container.
    const listDir = (dir: string) => (fs.existsSync(path.join(stateDir, dir)) ? fs.readdirSync(path.join(stateDir, dir)).sort() : []);
    const runsBefore = listDir('runs');
    const journalsBefore = listDir('journal');

    const { main, post } = await runAction('bob');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("not started: 'bob' has 'read' permission on acme/app");
    expect(main.state.runId).toBeUndefined();
    expect(listDir('runs')).toEqual(runsBefore);
    expect(listDir('journal')).toEqual(journalsBefore);
    expect(main.stdout).not.toMatch(/container/i);
    expect(originBranches()).toEqual(branchesBefore);
    expect(fake.requestsTo('POST', '/pulls')).toHaveLength(pullsBefore);
    const refused = markedComments(7, '<!-- agent-fanout:refused -->');
    expect(refused).toHaveLength(1);
    expect(refused[0].body).toContain('starting agents needs admin, maintain, write');
    expect(main.outputs).toEqual({});
    const cleaned = await post();
    expect(cleaned.code).toBe(0);
    expect(cleaned.stdout).toContain('nothing to clean up');
  });

  test('an issue that links no runnable prompt gets a comment explaining how to link them', async () => {
    fake.addIssue({ number: 8, body: 'Could an agent do prompts/missing.md?', labels: ['fanout'] });
    const { main } = await runAction('alice', 8);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('::warning::agent-fanout: no prompt files to run');
    expect(main.state.runId).toBeUndefined();
    const comments = markedComments(8);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('no prompt files to run');
    expect(comments[0].body).toContain('issue: 8');
    expect(comments[0].body).toContain('prompts/missing.md: referenced in the body but not found');
    expect(fake.issues.get(8)!.labels).toEqual([]);
    expect(fake.issues.get(8)!.reactions).toEqual([]);
  });
});

describe('the action with verify', () => {
  test('opens one PR per task with its checks: passed for the verified winner of two attempts, failed (a draft) with the output tail', async () => {
    fake.addIssue({ number: 40, title: 'Checked work', body: '- prompts/passes.md\n- prompts/fails.md\n', labels: ['fanout'] });
    const pullsBefore = fake.pulls.length;
    const { main, post } = await runAction('alice', 40, { verify: VERIFY, 'create-pr': 'true' });
    expect(main.code).toBe(1); // fail-on any: a task whose verify failed did not succeed
    assertTokenNotLogged(main);
    const results = JSON.parse(main.outputs.results) as { run: { id: string }; tasks: { id: string; status: string; bestOf?: { winner: number } }[] };
    const runId = results.run.id;
    expect(results.tasks.map((t) => [t.id, t.status, t.bestOf?.winner ?? null])).toEqual([
      ['passes', 'succeeded', 2],
      ['fails', 'verify_failed', null],
    ]);
    expect(main.outputs.failed).toBe('1');
    // The log's group of the failed task says why, with the end of its verify's output.
    expect(main.stdout).toMatch(/^::group::🧪 fails: verify failed/m);
    expect(main.stdout).toContain('[fails] verify | result.txt says: not ok');
    expect(main.stdout).toMatch(/^\[passes\] attempt 2 \(won\): succeeded, refs\/fanout\/attempts\//m);

    // One PR per task, both with the verification section; the failed one a draft.
    const pulls = fake.pulls.slice(pullsBefore);
    expect(pulls.map((p) => [p.head.ref, p.draft]).sort()).toEqual([
      ['fanout/40/fails', true],
      ['fanout/40/passes', false],
    ]);
    const passes = pulls.find((p) => p.head.ref === 'fanout/40/passes')!;
    expect(passes.body).toContain(`### ✅ Checks passed\n\n\`${VERIFY}\` ✅ passed in `);
    expect(passes.body).toContain('Best of 2: attempt 2 won (its verify passed, the next best');
    expect(passes.body).toContain(`\`refs/fanout/attempts/${runId}/passes/1\``);
    const fails = pulls.find((p) => p.head.ref === 'fanout/40/fails')!;
    expect(fails.body).toContain('| 🧪 verify failed: verify exited with code 1 after ');
    expect(fails.body).toContain('### ❌ Checks failed');
    expect(fails.body).toContain('The last lines of its output:\n\n```text\nresult.txt says: not ok\n```');
    expect(git(origin, 'show', 'fanout/40/passes:result.txt')).toBe('ok');
    expect(git(origin, 'show', 'fanout/40/fails:result.txt')).toBe('not ok');
    // The losing attempt is on origin too, for a reviewer to fetch.
    expect(git(origin, 'show', `refs/fanout/attempts/${runId}/passes/1:result.txt`)).toBe('nope');

    // The comment and the summary say so.
    const comment = markedComments(40)[0].body;
    expect(comment).toContain('🧪 1 verify failed');
    expect(main.summary).toContain('### Checks');
    expect(main.summary).toContain('### Attempts');
    expect((await post()).code).toBe(0);
  });
});
