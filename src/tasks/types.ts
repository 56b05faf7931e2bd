import type { AgentKind } from '../config.js';

/** One task, as read and validated from a prompt file. */
export interface TaskSpec {
  /** Unique id: front matter `id`, else the file stem, slugged. */
  id: string;
  /** Front matter `title`, else the first `# ` heading, else the id. */
  title: string;
  /** Path of the prompt file relative to the repository root (forward slashes). */
  file: string;
  /** The prompt: the file's Markdown body without the front matter. */
  prompt: string;
  /** Issues the task belongs to (front matter `issue`). */
  issues: number[];
  /** Ids of tasks that must succeed first. */
  dependsOn: string[];
  agent?: AgentKind;
  timeoutMs?: number;
  cpus?: number;
  memoryBytes?: number;
  image?: string;
  /** Names of host variables passed to this task's agent (added to the run's `env`). */
  env: string[];
  maxTurns?: number;
  /** Expected duration (front matter `estimate`), used only to balance shards. */
  estimateMs?: number;
}

/** A problem with a prompt file: always names the file, and the field when there is one. */
export class PromptError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(field ? `${file}: field '${field}': ${detail}` : `${file}: ${detail}`);
    this.name = 'PromptError';
  }
}
