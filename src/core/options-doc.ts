/**
 * The option tables as the docs and action.yml show them, rendered from the one options table.
 * `npm run docs:options` writes them; a test fails when a committed file differs.
 */
import { ACTION_OPTIONS, ALL_OPTIONS, actionDefault, renderCliUsage, type OptionSpec } from './options.js';

/** Run options are described as phrases (for the usage text); the Action's are sentences already. */
function sentence(text: string): string {
  if (text.endsWith('.')) return text;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A YAML scalar that stays a string (`'4'`, `'true'`, `''`) and survives `:` and `#`. */
function yamlString(text: string): string {
  if (text === '' || /^(true|false|\d+(\.\d+)?)$/.test(text) || /: | #|:$/.test(text) || /^[-?:,[\]{}#&*!|>'"%@`\s]|\s$/.test(text)) {
    if (!text.includes("'")) return `'${text}'`;
    return JSON.stringify(text);
  }
  return text;
}

/** The `inputs:` section of action.yml. */
export function renderActionInputsYaml(): string {
  const lines = ['inputs:'];
  for (const o of ACTION_OPTIONS) {
    lines.push(`  ${o.name}:`);
    lines.push(`    description: ${yamlString(sentence(o.description))}`);
    lines.push('    required: false');
    lines.push(`    default: ${o.name === 'github-token' ? '${{ github.token }}' : yamlString(actionDefault(o))}`);
  }
  return lines.join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function code(text: string): string {
  return text === '' ? '' : `\`${text}\``;
}

/** The inputs table of docs/action.md. */
export function renderActionInputsTable(): string {
  const rows = ACTION_OPTIONS.map((o) => `| ${code(o.name)} | ${cell(code(actionDefault(o)))} | ${cell(sentence(o.description))} |`);
  return ['| Input | Default | Meaning |', '|---|---|---|', ...rows].join('\n') + '\n';
}

function where(o: OptionSpec): string[] {
  return [
    o.scopes.cli ? code(`--${o.name}`) : '',
    o.scopes.action ? code(o.name) : '',
    o.scopes.frontMatter ? code(o.scopes.frontMatter.key) : '',
  ];
}

/** docs/options.md's table: every option and where it applies. */
export function renderOptionsTable(): string {
  const rows = ALL_OPTIONS.map((o) => {
    const [cli, action, fm] = where(o);
    const def = o.defaultText ?? o.default;
    const actionDef = o.scopes.action && actionDefault(o) !== o.default ? ` (Action: ${code(actionDefault(o))})` : '';
    return `| ${cli} | ${action} | ${fm} | ${cell(code(def) + actionDef)} | ${cell(sentence(o.description))} |`;
  });
  return ['| CLI flag | Action input | Front matter | Default | Meaning |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** The `run` options of the CLI usage, as the README shows them. */
export function renderCliUsageBlock(): string {
  return '```\n' + renderCliUsage() + '\n```\n';
}

/** Replaces what lies between `<!-- name -->` and `<!-- /name -->` in `text`. */
export function replaceMarked(text: string, name: string, content: string): string {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`markers ${open} … ${close} not found`);
  return `${text.slice(0, a + open.length)}\n${content}${text.slice(b)}`;
}

/** Replaces action.yml's `inputs:` section (up to `outputs:`). */
export function replaceActionInputs(actionYml: string): string {
  const a = actionYml.indexOf('\ninputs:\n');
  const b = actionYml.indexOf('\noutputs:\n');
  if (a < 0 || b < a) throw new Error('action.yml: inputs: … outputs: not found');
  return `${actionYml.slice(0, a + 1)}${renderActionInputsYaml()}${actionYml.slice(b)}`;
}
