/**
 * Short, safe descriptions of what an agent's tool call touches, for progress lines shown in the
 * terminal, the dashboard and GitHub comments. The agent is untrusted and its tool arguments may
 * hold anything (a secret in a shell command, a URL with a token), so only a small part of an
 * argument is kept: a path relative to the working directory, a program name, a host name.
 */
import path from 'node:path';

/** Longest description kept, in characters. */
export const TOOL_DETAIL_MAX = 60;

// C0/C1 controls, DEL, line/paragraph separators and bidi overrides: nothing that moves a cursor
// or makes displayed text differ from its bytes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Token-like strings: well-known key prefixes, `key=value` / `token: value` pairs, and long runs of
 * key-alphabet characters (a path segment of 32+ such characters is as likely a credential as not).
 */
const SECRETS: readonly RegExp[] = [
  /\b(?:sk-ant-|sk-|gh[pousr]_|github_pat_|xox[abprs]-|glpat-|AKIA|ASIA)[A-Za-z0-9_-]{8,}/g,
  /\b((?:api[_-]?key|token|secret|password|passwd|auth|bearer)[\s"':=]+)[^\s"'&]+/gi,
  /[A-Za-z0-9+/_=-]{32,}/g,
];

/** Control characters become spaces, secrets `***`, the result is at most `max` characters. */
export function sanitizeDetail(text: string, max = TOOL_DETAIL_MAX): string {
  let out = text.replace(CONTROL, ' ');
  out = out.replace(SECRETS[0], '***').replace(SECRETS[1], '$1***').replace(SECRETS[2], '***');
  out = out.replace(/\s+/g, ' ').trim();
  const chars = [...out];
  return chars.length <= max ? out : `${chars.slice(0, max - 1).join('')}…`;
}

/** A tool or model name as shown: letters, digits and `_ . : -` only (MCP tools are `mcp__server__tool`). */
export function sanitizeName(name: string, max = 40): string {
  const clean = name.replace(/[^A-Za-z0-9_.:<>-]/g, '').slice(0, max);
  return clean || '?';
}

/** A path as shown: relative to `cwd` when inside it, else `…/<basename>` (no absolute host paths). */
export function shortPath(file: string, cwd: string | null): string {
  const normal = path.posix.normalize(file);
  if (cwd) {
    const rel = path.posix.relative(cwd, normal);
    if (rel === '') return '.';
    if (!rel.startsWith('..') && !path.posix.isAbsolute(rel)) return rel;
  }
  if (!path.posix.isAbsolute(normal)) return normal;
  return `…/${path.posix.basename(normal)}`;
}

/** The program a shell command runs: its first word after any `VAR=value` assignments, as a basename. */
export function commandName(command: string): string {
  const words = command.trim().split(/\s+/);
  const first = words.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? '';
  return path.posix.basename(first.replace(/^["'(]+/, ''));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The short argument of a tool call (Claude Code's tool names; others get none): files relative to
 * the working directory, the program of a shell command, the host of a URL, a search pattern.
 */
export function describeToolCall(name: string, input: unknown, cwd: string | null): string | null {
  const args = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  let detail: string | null;
  switch (name) {
    case 'Write':
    case 'Edit':
    case 'MultiEdit':
    case 'Read':
    case 'NotebookEdit':
    case 'NotebookRead': {
      const file = str(args.file_path) ?? str(args.notebook_path) ?? str(args.path);
      detail = file && shortPath(file, cwd);
      break;
    }
    case 'Glob':
    case 'Grep': {
      const pattern = str(args.pattern);
      const where = str(args.path);
      detail = pattern && (where ? `${pattern} in ${shortPath(where, cwd)}` : pattern);
      break;
    }
    case 'LS': {
      const where = str(args.path);
      detail = where && shortPath(where, cwd);
      break;
    }
    case 'Bash': {
      const command = str(args.command);
      detail = command && commandName(command);
      break;
    }
    case 'WebFetch': {
      const url = str(args.url);
      detail = url && hostOf(url);
      break;
    }
    case 'Task':
    case 'Agent':
      detail = str(args.description);
      break;
    default:
      detail = null;
  }
  return detail ? sanitizeDetail(detail) || null : null;
}
