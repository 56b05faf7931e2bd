import type { TaskVariant } from '../core/model.js';
import type { TaskOverrides } from '../core/options.js';

/** One task, as read and validated from a prompt file. */
export interface TaskSpec extends TaskOverrides {
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
  /**
   * Front matter `variants:`: what each attempt changes (attempt k runs variant (k - 1) mod n).
   * Absent: every attempt runs the task as it is.
   */
  variants?: TaskVariant[];
  /** Extra flags for the claude CLI, after the run's `claude-arg`s (set from a variant). */
  claudeArgs?: string[];
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
