/** Parsing of one prompt file: YAML front matter + Markdown body → a TaskSpec. Pure: no I/O. */
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Logger } from '../core/logger.js';
import type { TaskVariant } from '../core/model.js';
import { agentValue, FRONT_MATTER_OPTIONS, InvalidValue, MAX_ATTEMPTS, wholeNumber, type TaskOverrides } from '../core/options.js';
import { PromptError, type TaskSpec } from './types.js';

/** Prompt files larger than this are refused: a prompt is prose, not a data dump. */
export const MAX_PROMPT_BYTES = 256 * 1024;

/** Front matter keys that mean something; anything else draws a warning. */
export const FRONT_MATTER_KEYS: readonly string[] = ['id', 'title', 'issue', 'depends_on', 'variants', ...FRONT_MATTER_OPTIONS.map((o) => o.scopes.frontMatter!.key)];
/** What one entry of `variants:` may set. */
export const VARIANT_KEYS: readonly string[] = ['agent', 'model', 'claude_args', 'max_turns'];
/** A model name as the claude CLI takes it (`opus`, `claude-sonnet-4-5`, `us.anthropic.claude…:0`). */
const MODEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/[\]-]{0,99}$/;
/** Ids become branch names and container labels, so they stay within what both accept. */
const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_ID_LENGTH = 100;

/**
 * The offset of the first byte of `bytes` that is not part of a well-formed UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF included), or -1 when all are.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of its second byte (RFC 3629, table 3-7 of Unicode).
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + len > bytes.length) return i;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k < len; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += len;
  }
  return -1;
}

/**
 * The text of a prompt file. A prompt is UTF-8 Markdown: a file with a NUL byte (binary) or bytes
 * that are not UTF-8 is refused, naming the file and where — never echoing the bytes, which would
 * garble a terminal or a log.
 */
export function decodePromptFile(file: string, bytes: Uint8Array): string {
  const where = (offset: number) => {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return `line ${line}, byte ${offset + 1}`;
  };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PromptError(file, undefined, `is a binary file (a NUL byte at ${where(nul)}); expected a UTF-8 Markdown prompt`);
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    throw new PromptError(file, undefined, `is not UTF-8 text (an invalid byte at ${where(bad)}); save it as UTF-8`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** `My Task_2.md` → `my-task-2`: lowercase, runs of anything but [a-z0-9] become one dash. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits `---\n<yaml>\n---\n<body>` and reports the file line the YAML starts on. */
function splitFrontMatter(
  file: string,
  content: string,
): { yaml: string | undefined; yamlFirstLine: number; body: string } {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { yaml: undefined, yamlFirstLine: 0, body: text };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) {
    throw new PromptError(file, undefined, "front matter opened with '---' on line 1 is never closed (expected a line '---')");
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
  };
}

/** The first `# ` heading outside fenced code blocks, without trailing closing hashes. */
function firstHeading(body: string): string | undefined {
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading && heading[1].trim() !== '') return heading[1].trim();
  }
  return undefined;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The key a misspelled one probably meant (`depends-on`, `dependsOn`, `Timeout` → the real one). */
function suggestKey(key: string): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = norm(key);
  const direct = FRONT_MATTER_KEYS.find((k) => norm(k) === wanted);
  if (direct) return direct;
  const aliases: Record<string, string> = {
    issues: 'issue',
    dependson: 'depends_on',
    depends: 'depends_on',
    needs: 'depends_on',
    after: 'depends_on',
    maxturns: 'max_turns',
    turns: 'max_turns',
    duration: 'estimate',
    eta: 'estimate',
    cpu: 'cpus',
    mem: 'memory',
    name: 'title',
    allowhost: 'allow_hosts',
    allowedhosts: 'allow_hosts',
    hosts: 'allow_hosts',
    variant: 'variants',
    tries: 'attempts',
    bestof: 'attempts',
    check: 'verify',
    checks: 'verify',
    test: 'verify',
  };
  return aliases[wanted];
}

class FieldReader {
  constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
  ) {}

  fail(field: string, value: unknown, expected: string): never {
    throw new PromptError(this.file, field, `invalid value ${show(value)}; expected ${expected}`);
  }

  /** The value of `field`, or undefined when absent or explicitly empty (`key:` with no value). */
  get(field: string): unknown {
    const value = this.data[field];
    return value === null ? undefined : value;
  }

  string(field: string, expected = 'a non-empty string'): string | undefined {
    const value = this.get(field);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, value, expected);
    return value.trim();
  }

  /** A scalar is a list of one: `depends_on: a` means `[a]`. */
  list(field: string): unknown[] | undefined {
    const value = this.get(field);
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value : [value];
  }

}

/**
 * The front-matter keys of the options table (`memory`, `timeout`, …), parsed with the same parsers
 * and bounds as the CLI flags and Action inputs. YAML numbers are read as their text (`cpus: 2`,
 * `timeout: 90` seconds); lists as comma-separated text (`env: [A, B]`).
 */
function readOptionOverrides(fields: FieldReader): TaskOverrides {
  const overrides: TaskOverrides = { env: [] };
  for (const spec of FRONT_MATTER_OPTIONS) {
    const { key, field } = spec.scopes.frontMatter!;
    const value = fields.get(key);
    if (value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    if (items.some((v) => typeof v !== 'string' && typeof v !== 'number') || (Array.isArray(value) && spec.kind !== 'repeatable')) {
      fields.fail(key, value, `${spec.kind === 'repeatable' ? 'a list of values' : 'a single value'}, like ${key}: ${spec.example ?? spec.default}`);
    }
    const text = items.map(String).join(',');
    let parsed: unknown;
    try {
      parsed = spec.parse(text);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      fields.fail(key, error.part ?? value, error.expected);
    }
    // An empty list (`allow_hosts: []`) sets nothing.
    if (Array.isArray(parsed) && parsed.length === 0) continue;
    (overrides as unknown as Record<string, unknown>)[field] = parsed;
  }
  return overrides;
}

/**
 * Front matter `variants:`: a list of mappings, each setting some of `agent`, `model`, `claude_args`
 * and `max_turns` for the attempts that run it, with the bounds of the options of the same names.
 * With `attempts` given, there may not be more variants than attempts (one would never run).
 */
function readVariants(fields: FieldReader, attempts: number | undefined): TaskVariant[] | undefined {
  const list = fields.get('variants');
  if (list === undefined) return undefined;
  const example = 'a list of mappings like [{model: opus}, {model: sonnet, max_turns: 30}]';
  if (!Array.isArray(list) || list.length === 0) fields.fail('variants', list, example);
  if (list.length > MAX_ATTEMPTS) fields.fail('variants', list, `at most ${MAX_ATTEMPTS} variants (one per attempt)`);
  if (attempts !== undefined && list.length > attempts) {
    fields.fail('variants', list, `at most as many variants as attempts (${attempts}); with fewer, attempts take them in turn`);
  }
  return list.map((item: unknown, i) => {
    const where = `variants[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) fields.fail(where, item, example);
    const entry = item as Record<string, unknown>;
    const variant: TaskVariant = {};
    for (const [key, value] of Object.entries(entry)) {
      const field = `${where}.${key}`;
      const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
      switch (key) {
        case 'agent':
          try {
            variant.agent = agentValue(text ?? '');
          } catch (error) {
            if (!(error instanceof InvalidValue)) throw error;
            fields.fail(field, value, error.expected);
          }
          break;
        case 'model':
          if (text === undefined || !MODEL_PATTERN.test(text)) fields.fail(field, value, 'a model name like opus or claude-sonnet-4-5');
          variant.model = text;
          break;
        case 'max_turns':
          try {
            variant.maxTurns = wholeNumber(1, 10_000)(text ?? '');
          } catch (error) {
            if (!(error instanceof InvalidValue)) throw error;
            fields.fail(field, value, error.expected);
          }
          break;
        case 'claude_args': {
          const args = Array.isArray(value) ? value : [value];
          if (args.some((a) => typeof a !== 'string' || a.trim() === '' || a.includes('\0'))) fields.fail(field, value, 'a list of claude CLI flags like [--model, opus]');
          variant.claudeArgs = args.map((a) => (a as string).trim());
          break;
        }
        default:
          fields.fail(field, value, `one of the keys ${VARIANT_KEYS.join(', ')}`);
      }
    }
    if (Object.keys(variant).length === 0) fields.fail(where, item, `a mapping setting some of ${VARIANT_KEYS.join(', ')}`);
    return variant;
  });
}

/**
 * Parses one prompt file. `file` is its repo-relative path (used for the default id and in every
 * error). Throws PromptError for anything that is not a valid prompt (an empty one included: an agent
 * given nothing to do would only waste its run); warns through `logger` about front matter keys it
 * does not know.
 */
export function parsePromptFile(file: string, content: string, logger: Logger): TaskSpec {
  const { yaml, yamlFirstLine, body } = splitFrontMatter(file, content);

  let data: Record<string, unknown> = {};
  if (yaml !== undefined && yaml.trim() !== '') {
    // Padding with newlines makes the parser's line numbers the file's line numbers.
    const doc = parseDocument('\n'.repeat(yamlFirstLine - 1) + yaml, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const pos = first.linePos?.[0];
      const reason = first.message.split(/ at line \d+, column \d+/)[0].split('\n')[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      throw new PromptError(file, undefined, `invalid YAML front matter${where}: ${reason}`);
    }
    for (const warning of doc.warnings) logger.warning(`${file}: front matter: ${warning.message.split('\n')[0]}`);
    const value: unknown = doc.toJS();
    if (value !== null && value !== undefined) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new PromptError(file, undefined, `front matter must be a YAML mapping of keys to values, got ${show(value)}`);
      }
      data = value as Record<string, unknown>;
    }
  }

  for (const key of Object.keys(data)) {
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = suggestKey(key);
    logger.warning(
      `${file}: unknown front matter key '${key}' ignored` +
        (suggestion ? ` (did you mean '${suggestion}'?)` : `; known keys: ${FRONT_MATTER_KEYS.join(', ')}`),
    );
  }

  // Explicitly typed so that calls to the `never`-returning `fail` narrow types (TS2775 rules).
  const fields: FieldReader = new FieldReader(file, data);
  const idExpected = `an id of lowercase letters, digits and dashes (at most ${MAX_ID_LENGTH} characters), like 'add-login'`;

  let id = fields.string('id', idExpected);
  if (id !== undefined) {
    if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) fields.fail('id', id, idExpected);
  } else {
    const stem = path.posix.basename(file).replace(/\.[^.]*$/, '');
    id = slugify(stem).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
    if (id === '') {
      throw new PromptError(file, 'id', `cannot derive an id from the file name '${stem}'; set 'id' in the front matter`);
    }
  }

  const prompt = body.replace(/^(?:[ \t]*\r?\n)+/, '');
  const title = fields.string('title', 'a non-empty string') ?? firstHeading(prompt) ?? id;

  const issueExpected = 'an issue number or a list of issue numbers, like 12 or [12, 14]';
  const issues = (fields.list('issue') ?? []).map((n) => {
    if (typeof n === 'string' && /^#?\d+$/.test(n.trim())) n = Number(n.trim().replace('#', ''));
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) fields.fail('issue', fields.get('issue'), issueExpected);
    return n;
  });

  const depsExpected = 'a task id or a list of task ids';
  const dependsOn: string[] = [];
  for (const dep of fields.list('depends_on') ?? []) {
    if (typeof dep !== 'string' || dep.trim() === '') fields.fail('depends_on', fields.get('depends_on'), depsExpected);
    if (!dependsOn.includes(dep.trim())) dependsOn.push(dep.trim());
  }

  const overrides = readOptionOverrides(fields);
  if (prompt.trim() === '') {
    throw new PromptError(file, undefined, 'the prompt is empty (nothing after the front matter); write the task below it');
  }

  const variants = readVariants(fields, overrides.attempts);
  // Variants alone ask for one attempt each.
  if (variants && overrides.attempts === undefined) overrides.attempts = variants.length;
  return { id, title, file, prompt, issues, dependsOn, ...overrides, ...(variants ? { variants } : {}) };
}
