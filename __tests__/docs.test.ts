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

  it('the workflow examples in the docs are valid YAML', () => {
    for (const file of ['README.md', 'docs/action.md']) {
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
