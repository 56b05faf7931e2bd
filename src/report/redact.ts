/**
 * Secret values out of text that leaves the runner. The runner masks registered secrets in the log
 * only; PR bodies, comments and the job summary are written through the API and show whatever they
 * are given. An agent sees the values of the variables passed to it and can repeat them in its final
 * message, a failure reason or a file name, so everything rendered from a run goes through here with
 * the same values the log masks. Pure.
 */

/** What a secret is replaced by: the runner's own mask, so the log and GitHub read the same. */
export const REDACTED = '***';

/** Values shorter than this are not secrets worth hiding: masking `1` or `yes` would garble everything. */
export const MIN_SECRET_LENGTH = 4;

/** Flags and numbers (`CLAUDE_CODE_…=true`, `8080`): hiding them would garble everything, hide nothing. */
const NOT_SECRET = /^(true|false|\d+)$/i;

/**
 * The values to hide: each named variable's value and `extra` values (the GitHub token), plus each
 * line of a multi-line value on its own (keys, certificates: the runner masks per line too). Short
 * values, flags and plain numbers are left out.
 */
export function secretValues(names: Iterable<string>, env: NodeJS.ProcessEnv, extra: Iterable<string | undefined> = []): string[] {
  const values = new Set<string>();
  const add = (value: string | undefined): void => {
    if (!value || value.length < MIN_SECRET_LENGTH || NOT_SECRET.test(value.trim())) return;
    values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) values.add(line.trim());
  };
  for (const name of names) add(env[name]);
  for (const value of extra) add(value);
  return [...values];
}

/** Replaces secret values in text, and in every string of a JSON-like value. */
export interface Redactor {
  text(text: string): string;
  /** A copy of `value` with every string in it (at any depth) redacted; other values as they are. */
  deep<T>(value: T): T;
}

/**
 * The forms a secret takes in text besides itself: JSON-escaped (an agent's output is often JSON),
 * URL-encoded and base64 (tokens in URLs and headers).
 */
function variants(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64')];
  return [...new Set(forms)].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

export function createRedactor(secrets: Iterable<string>): Redactor {
  // Longest first, so a value that contains another is replaced whole.
  const forms = [...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap(variants))].sort((a, b) => b.length - a.length);
  const text = (input: string): string => {
    let out = input;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return {
    text: forms.length ? text : (input) => input,
    deep: <T>(value: T): T => (forms.length ? (walk(value) as T) : value),
  };
}
