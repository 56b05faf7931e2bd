// Writes the option tables (action.yml inputs, docs/action.md, docs/options.md, README usage) from the
// options table in src/core/options.ts (compiled to lib/). Run: npm run docs:options
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const doc = await import(path.join(root, 'lib/core/options-doc.js'));
const edit = (file, fn) => {
  const p = path.join(root, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = fn(before);
  if (after !== before) {
    fs.writeFileSync(p, after);
    console.log(`options-doc: wrote ${file}`);
  }
};
edit('action.yml', (t) => doc.replaceActionInputs(t));
edit('docs/action.md', (t) => doc.replaceMarked(t, 'options:action-inputs', doc.renderActionInputsTable()));
edit('docs/options.md', (t) => doc.replaceMarked(t, 'options:all', doc.renderOptionsTable()));
edit('README.md', (t) => doc.replaceMarked(t, 'options:cli-usage', doc.renderCliUsageBlock()));
