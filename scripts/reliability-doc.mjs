// Writes the fault and bad-input tables of docs/reliability.md from what the reliability suite
// observed: each case of __tests__/reliability-*.itg.test.ts appends one JSON line to
// <dir>/cases.ndjson when AGENT_FANOUT_RELIABILITY_OUT=<dir> is set. Run: npm run docs:reliability
// (runs the suite, then this), or `node scripts/reliability-doc.mjs <dir>` for a recorded run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? process.env.AGENT_FANOUT_RELIABILITY_OUT ?? '.reliability');
const file = path.join(dir, 'cases.ndjson');
if (!fs.existsSync(file)) {
  console.error(`reliability-doc: ${file} does not exist; run the suite with AGENT_FANOUT_RELIABILITY_OUT=${dir} first (npm run docs:reliability)`);
  process.exit(2);
}
const cases = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const FAULT_GROUPS = ['agent (Docker)', 'agent (subprocess)', 'run', 'Docker daemon', 'host', 'orchestrator'];
const INPUT_GROUPS = ['front matter', 'prompt file', 'CLI flag', 'Action input', 'event'];
const rank = (groups, g) => (groups.includes(g) ? groups.indexOf(g) : groups.length);
const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function table(records, groups, ordered) {
  const rows = [...records].sort(
    (a, b) => rank(groups, a.group) - rank(groups, b.group) || (ordered ? (a.order ?? 0) - (b.order ?? 0) : a.case.localeCompare(b.case)),
  );
  const lines = ['| # | Area | Case | Expected | Observed |', '|---|---|---|---|---|'];
  rows.forEach((r, i) => lines.push(`| ${i + 1} | ${cell(r.group)} | ${cell(r.case)} | ${cell(r.expected)} | ${cell(r.observed)} |`));
  return lines.join('\n');
}

// Cases written but not yet enabled: `// needs issue N …` right above an `it.skip('…'` / `it.todo('…'`.
function pending() {
  const rows = [];
  const testDir = path.join(root, '__tests__');
  for (const name of fs.readdirSync(testDir).filter((n) => /^reliability-.*\.itg\.test\.ts$/.test(n)).sort()) {
    const text = fs.readFileSync(path.join(testDir, name), 'utf8');
    for (const m of text.matchAll(/\/\/ (needs issue \d+)[^\n]*\n\s*it\.(?:skip|todo)\(\s*'([^']+)'/g)) rows.push(`| ${cell(m[2])} | ${cell(m[1])} | \`${name}\` |`);
  }
  return rows.length ? ['| Case | Waiting for | Test file |', '|---|---|---|', ...rows].join('\n') : '_None._';
}

// Run together, the same case may be recorded twice (a retried file): the last record wins.
const unique = (records) => [...new Map(records.map((r) => [`${r.group}\u0000${r.case}`, r])).values()];
const faults = unique(cases.filter((c) => c.table === 'fault'));
const inputs = unique(cases.filter((c) => c.table === 'input'));

const docFile = path.join(root, 'docs', 'reliability.md');
let doc = fs.readFileSync(docFile, 'utf8');
const replace = (marker, body) => {
  const re = new RegExp(`(<!-- ${marker} -->\\n)[\\s\\S]*?(<!-- /${marker} -->)`);
  if (!re.test(doc)) throw new Error(`docs/reliability.md has no <!-- ${marker} --> … <!-- /${marker} --> block`);
  doc = doc.replace(re, (_m, open, close) => `${open}${body}\n${close}`);
};
replace('reliability:counts', `${faults.length} faults and ${inputs.length} bad inputs, as observed by the last run of the suite.`);
replace('reliability:faults', table(faults, FAULT_GROUPS, false));
replace('reliability:inputs', table(inputs, INPUT_GROUPS, true));
replace('reliability:pending', pending());
fs.writeFileSync(docFile, doc);
console.log(`reliability-doc: wrote docs/reliability.md (${faults.length} faults, ${inputs.length} bad inputs)`);
