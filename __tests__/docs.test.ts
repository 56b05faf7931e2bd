/** The YAML users copy and the docs that describe the action stay valid and in step with action.yml. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface ActionYml {
  runs: { using: string; main: string; post: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

describe('workflows and action.yml', () => {
  it.each(fs.readdirSync(path.join(root, '.github/workflows')))('.github/workflows/%s is a valid workflow', (file) => {
    const wf = parse(read(`.github/workflows/${file}`)) as { on: unknown; jobs: Record<string, { steps: unknown[] }> };
    expect(wf.on).toBeDefined();
    expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(wf.jobs)) expect(Array.isArray(job.steps)).toBe(true);
  });

  it('runs on node24 with main and post on the bundle, and documents every input and output', () => {
    const action = parse(read('action.yml')) as ActionYml;
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
    const docs = read('docs/action.md');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(docs, `docs/action.md mentions input ${name}`).toContain(`\`${name}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(docs, `docs/action.md mentions output ${name}`).toContain(`\`${name}\``);
  });

  it('every workflow step that uses the action passes only inputs action.yml declares', () => {
    const action = parse(read('action.yml')) as ActionYml;
    let seen = 0;
    for (const file of fs.readdirSync(path.join(root, '.github/workflows'))) {
      const wf = parse(read(`.github/workflows/${file}`)) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
      for (const [job, { steps }] of Object.entries(wf.jobs)) {
        for (const step of steps) {
          if (step.uses !== './' && !step.uses?.startsWith('agent-fanout/agent-fanout@')) continue;
          seen++;
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file} job ${job}: input ${input}`).toContain(input);
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });

  it('the reusable matrix workflow wires plan → shard matrix → aggregate', () => {
    type Job = { needs?: string | string[]; if?: string; strategy?: Record<string, unknown>; outputs?: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] };
    const wf = parse(read('.github/workflows/fanout-matrix.yml')) as { on: { workflow_call: { inputs: Record<string, unknown> } }; jobs: Record<string, Job> };
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    const { plan, shard, aggregate } = wf.jobs;
    expect(plan.outputs).toMatchObject({ plan: '${{ steps.plan.outputs.plan }}', matrix: '${{ steps.plan.outputs.matrix }}' });
    expect(shard.needs).toBe('plan');
    expect(shard.strategy).toEqual({
      'fail-fast': false,
      'max-parallel': '${{ inputs.max-parallel-shards }}',
      matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}',
    });
    const modeOf = (job: Job) => job.steps.find((s) => s.with?.mode)?.with;
    expect(modeOf(plan)).toMatchObject({ mode: 'plan' });
    expect(modeOf(shard)).toMatchObject({ mode: 'shard', shard: '${{ matrix.shard }}', plan: '${{ needs.plan.outputs.plan }}' });
    const upload = shard.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ path: '${{ steps.fanout.outputs.result-file }}', name: 'agent-fanout-results-shard-${{ matrix.shard }}' });
    expect(aggregate.needs).toEqual(['plan', 'shard']);
    expect(aggregate.if).toContain('always()');
    const download = aggregate.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({ pattern: 'agent-fanout-results-shard-*', 'merge-multiple': true });
    expect(modeOf(aggregate)).toMatchObject({ mode: 'aggregate', 'results-dir': download.with!.path });
    // Every `inputs.X` the workflow reads is declared.
    const used = [...read('.github/workflows/fanout-matrix.yml').matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]);
    for (const name of used) expect(Object.keys(wf.on.workflow_call.inputs), `inputs.${name}`).toContain(name);
  });

  it('the example in docs/scale-out.md calls the reusable workflow with inputs and secrets it declares', () => {
    type Call = { jobs: Record<string, { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }> };
    const called = parse(read('.github/workflows/fanout-matrix.yml')) as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } } };
    const examples = [...read('docs/scale-out.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => parse(m[1]) as Call)
      .flatMap((doc) => Object.values(doc.jobs ?? {}))
      .filter((job) => job.uses?.includes('/.github/workflows/fanout-matrix.yml@'));
    expect(examples).toHaveLength(1);
    for (const name of Object.keys(examples[0].with ?? {})) expect(Object.keys(called.on.workflow_call.inputs), `input ${name}`).toContain(name);
    for (const name of Object.keys(examples[0].secrets ?? {})) expect(Object.keys(called.on.workflow_call.secrets), `secret ${name}`).toContain(name);
  });

  it('the workflow examples in the docs are valid YAML', () => {
    for (const file of ['README.md', 'docs/action.md', 'docs/scale-out.md']) {
      const blocks = [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
      expect(blocks.length, file).toBeGreaterThan(0);
      for (const block of blocks) expect(() => parse(block), `${file}:\n${block}`).not.toThrow();
    }
  });
});

describe('the options table and the files produced from it', () => {
  it('action.yml, docs/action.md, docs/options.md and the README match the table (npm run docs:options)', async () => {
    const doc = await import('../src/core/options-doc.js');
    expect(read('action.yml')).toBe(doc.replaceActionInputs(read('action.yml')));
    expect(read('docs/action.md')).toBe(doc.replaceMarked(read('docs/action.md'), 'options:action-inputs', doc.renderActionInputsTable()));
    expect(read('docs/options.md')).toBe(doc.replaceMarked(read('docs/options.md'), 'options:all', doc.renderOptionsTable()));
    expect(read('README.md')).toBe(doc.replaceMarked(read('README.md'), 'options:cli-usage', doc.renderCliUsageBlock()));
  });

  it('every action.yml input is a row of the table with its default', async () => {
    const { ACTION_OPTIONS, actionDefault } = await import('../src/core/options.js');
    const action = parse(read('action.yml')) as ActionYml;
    expect(Object.keys(action.inputs)).toEqual(ACTION_OPTIONS.map((o) => o.name));
    for (const o of ACTION_OPTIONS) if (o.name !== 'github-token') expect(action.inputs[o.name]!.default, o.name).toBe(actionDefault(o));
  });
});
