/** Prompt files → tasks: parsing, loading, discovery for issues, and the dependency graph. */
export { PromptError, type TaskSpec } from './types.js';
export { parsePromptFile, slugify, MAX_PROMPT_BYTES, FRONT_MATTER_KEYS } from './parse.js';
export {
  fsPromptSource,
  gitPromptSource,
  type PromptSource,
  type PromptPathKind,
  type PromptPathStat,
} from './source.js';
export { resolvePromptPath, expandPromptArgs, loadPromptFile, loadTasks, validateTaskSet } from './load.js';
export { topoOrder, findCycle, formatCycle, dependentsOf, criticalPathMs } from './graph.js';
export {
  findPromptReferences,
  discoverTasksForIssue,
  DEFAULT_PROMPT_DIRS,
  DEFAULT_MAX_TASKS,
  type DiscoverOptions,
  type DiscoveredTasks,
} from './discover.js';
