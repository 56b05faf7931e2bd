export const id = 31;
export const ids = [31];
export const modules = {

/***/ 4686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatCycle),
/* harmony export */   n4: () => (/* binding */ criticalPathMs),
/* harmony export */   u8: () => (/* binding */ findCycle)
/* harmony export */ });
/* unused harmony exports topoOrder, dependentsOf */
function byId(tasks) {
    return new Map(tasks.map((t) => [t.id, t]));
}
/**
 * A dependency cycle as ids, first id repeated at the end (`['a', 'b', 'c', 'a']`), or null.
 * Searches from tasks in list order, so the same input always reports the same cycle.
 */
function findCycle(tasks) {
    const tasksById = byId(tasks);
    const state = new Map();
    const stack = [];
    const visit = (id) => {
        state.set(id, 'visiting');
        stack.push(id);
        for (const dep of tasksById.get(id)?.dependsOn ?? []) {
            if (!tasksById.has(dep))
                continue;
            const seen = state.get(dep);
            if (seen === 'visiting')
                return [...stack.slice(stack.indexOf(dep)), dep];
            if (seen === undefined) {
                const cycle = visit(dep);
                if (cycle)
                    return cycle;
            }
        }
        stack.pop();
        state.set(id, 'done');
        return null;
    };
    for (const task of tasks) {
        if (state.has(task.id))
            continue;
        const cycle = visit(task.id);
        if (cycle)
            return cycle;
    }
    return null;
}
/** `a -> b -> c -> a`. */
function formatCycle(cycle) {
    return cycle.join(' -> ');
}
/**
 * Tasks ordered so that each comes after everything it depends on; among tasks that are ready at
 * the same time, input order is kept. Throws on a cycle.
 */
function topoOrder(tasks) {
    const tasksById = byId(tasks);
    const placed = new Set();
    const order = [];
    while (order.length < tasks.length) {
        const ready = tasks.find((t) => !placed.has(t.id) && t.dependsOn.every((dep) => placed.has(dep) || !tasksById.has(dep)));
        if (!ready) {
            const cycle = findCycle(tasks.filter((t) => !placed.has(t.id)));
            throw new Error(`dependency cycle: ${cycle ? formatCycle(cycle) : 'unknown'}`);
        }
        placed.add(ready.id);
        order.push(ready);
    }
    return order;
}
/** Ids of every task that depends on `id`, directly or through others, in input order. */
function dependentsOf(tasks, id) {
    const found = new Set();
    let frontier = [id];
    while (frontier.length > 0) {
        const next = [];
        for (const task of tasks) {
            if (found.has(task.id) || task.id === id)
                continue;
            if (task.dependsOn.some((dep) => frontier.includes(dep))) {
                found.add(task.id);
                next.push(task.id);
            }
        }
        frontier = next;
    }
    return tasks.map((t) => t.id).filter((t) => found.has(t));
}
/**
 * The longest chain of durations through the dependency graph: the least wall time any schedule
 * with unlimited parallelism could take. Tasks without a duration count as 0; unknown dependency ids
 * are ignored, and a cycle (which loading rejects earlier) is cut where it closes.
 */
function criticalPathMs(tasks, durationById) {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const finish = new Map();
    const visiting = new Set();
    const finishOf = (task) => {
        const known = finish.get(task.id);
        if (known !== undefined)
            return known;
        if (visiting.has(task.id))
            return 0;
        visiting.add(task.id);
        let start = 0;
        for (const dep of task.dependsOn) {
            const depTask = byId.get(dep);
            if (depTask)
                start = Math.max(start, finishOf(depTask));
        }
        visiting.delete(task.id);
        const duration = durationById.get(task.id);
        const end = start + (duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : 0);
        finish.set(task.id, end);
        return end;
    };
    return Math.max(0, ...tasks.map(finishOf));
}


/***/ }),

/***/ 9031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expandPromptArgs: () => (/* binding */ expandPromptArgs),
  loadPromptFile: () => (/* binding */ loadPromptFile),
  loadTasks: () => (/* binding */ loadTasks),
  resolvePromptPath: () => (/* binding */ resolvePromptPath),
  validateTaskSet: () => (/* binding */ validateTaskSet)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/tasks/graph.js
var graph = __webpack_require__(4686);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/core/options.js
var options = __webpack_require__(3657);
// EXTERNAL MODULE: ./lib/tasks/types.js
var types = __webpack_require__(6651);
;// CONCATENATED MODULE: ./lib/tasks/parse.js
/** Parsing of one prompt file: YAML front matter + Markdown body → a TaskSpec. Pure: no I/O. */




/** Prompt files larger than this are refused: a prompt is prose, not a data dump. */
const MAX_PROMPT_BYTES = 256 * 1024;
/** Front matter keys that mean something; anything else draws a warning. */
const FRONT_MATTER_KEYS = ['id', 'title', 'issue', 'depends_on', ...options/* FRONT_MATTER_OPTIONS */.dQ.map((o) => o.scopes.frontMatter.key)];
/** Ids become branch names and container labels, so they stay within what both accept. */
const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_ID_LENGTH = 100;
/** `My Task_2.md` → `my-task-2`: lowercase, runs of anything but [a-z0-9] become one dash. */
function slugify(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** Splits `---\n<yaml>\n---\n<body>` and reports the file line the YAML starts on. */
function splitFrontMatter(file, content) {
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trimEnd() !== '---')
        return { yaml: undefined, yamlFirstLine: 0, body: text };
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close === -1) {
        throw new types/* PromptError */.P(file, undefined, "front matter opened with '---' on line 1 is never closed (expected a line '---')");
    }
    return {
        yaml: lines.slice(1, close).join('\n'),
        yamlFirstLine: 2,
        body: lines.slice(close + 1).join('\n'),
    };
}
/** The first `# ` heading outside fenced code blocks, without trailing closing hashes. */
function firstHeading(body) {
    let fence;
    for (const line of body.split(/\r?\n/)) {
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
        if (heading && heading[1].trim() !== '')
            return heading[1].trim();
    }
    return undefined;
}
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/** The key a misspelled one probably meant (`depends-on`, `dependsOn`, `Timeout` → the real one). */
function suggestKey(key) {
    const norm = (k) => k.toLowerCase().replace(/[-_\s]/g, '');
    const wanted = norm(key);
    const direct = FRONT_MATTER_KEYS.find((k) => norm(k) === wanted);
    if (direct)
        return direct;
    const aliases = {
        issues: 'issue',
        dependson: 'depends_on',
        depends: 'depends_on',
        needs: 'depends_on',
        after: 'depends_on',
        maxturns: 'max_turns',
        turns: 'max_turns',
        cpu: 'cpus',
        mem: 'memory',
        name: 'title',
    };
    return aliases[wanted];
}
class FieldReader {
    file;
    data;
    constructor(file, data) {
        this.file = file;
        this.data = data;
    }
    fail(field, value, expected) {
        throw new types/* PromptError */.P(this.file, field, `invalid value ${show(value)}; expected ${expected}`);
    }
    /** The value of `field`, or undefined when absent or explicitly empty (`key:` with no value). */
    get(field) {
        const value = this.data[field];
        return value === null ? undefined : value;
    }
    string(field, expected = 'a non-empty string') {
        const value = this.get(field);
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string' || value.trim() === '')
            this.fail(field, value, expected);
        return value.trim();
    }
    /** A scalar is a list of one: `depends_on: a` means `[a]`. */
    list(field) {
        const value = this.get(field);
        if (value === undefined)
            return undefined;
        return Array.isArray(value) ? value : [value];
    }
}
/**
 * The front-matter keys of the options table (`memory`, `timeout`, …), parsed with the same parsers
 * and bounds as the CLI flags and Action inputs. YAML numbers are read as their text (`cpus: 2`,
 * `timeout: 90` seconds); lists as comma-separated text (`env: [A, B]`).
 */
function readOptionOverrides(fields) {
    const overrides = { env: [] };
    for (const spec of options/* FRONT_MATTER_OPTIONS */.dQ) {
        const { key, field } = spec.scopes.frontMatter;
        const value = fields.get(key);
        if (value === undefined)
            continue;
        const items = Array.isArray(value) ? value : [value];
        if (items.some((v) => typeof v !== 'string' && typeof v !== 'number') || (Array.isArray(value) && spec.kind !== 'repeatable')) {
            fields.fail(key, value, `${spec.kind === 'repeatable' ? 'a list of values' : 'a single value'}, like ${key}: ${spec.default || '…'}`);
        }
        const text = items.map(String).join(',');
        let parsed;
        try {
            parsed = spec.parse(text);
        }
        catch (error) {
            if (!(error instanceof options/* InvalidValue */.h6))
                throw error;
            fields.fail(key, error.part ?? value, error.expected);
        }
        overrides[field] = parsed;
    }
    return overrides;
}
/**
 * Parses one prompt file. `file` is its repo-relative path (used for the default id and in every
 * error). Throws PromptError for anything that is not a valid prompt; warns through `logger` about
 * front matter keys it does not know and about an empty prompt.
 */
function parsePromptFile(file, content, logger) {
    const { yaml, yamlFirstLine, body } = splitFrontMatter(file, content);
    let data = {};
    if (yaml !== undefined && yaml.trim() !== '') {
        // Padding with newlines makes the parser's line numbers the file's line numbers.
        const doc = (0,dist/* parseDocument */.Tp)('\n'.repeat(yamlFirstLine - 1) + yaml, { prettyErrors: true });
        if (doc.errors.length > 0) {
            const first = doc.errors[0];
            const pos = first.linePos?.[0];
            const reason = first.message.split(/ at line \d+, column \d+/)[0].split('\n')[0];
            const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
            throw new types/* PromptError */.P(file, undefined, `invalid YAML front matter${where}: ${reason}`);
        }
        for (const warning of doc.warnings)
            logger.warning(`${file}: front matter: ${warning.message.split('\n')[0]}`);
        const value = doc.toJS();
        if (value !== null && value !== undefined) {
            if (typeof value !== 'object' || Array.isArray(value)) {
                throw new types/* PromptError */.P(file, undefined, `front matter must be a YAML mapping of keys to values, got ${show(value)}`);
            }
            data = value;
        }
    }
    for (const key of Object.keys(data)) {
        if (FRONT_MATTER_KEYS.includes(key))
            continue;
        const suggestion = suggestKey(key);
        logger.warning(`${file}: unknown front matter key '${key}' ignored` +
            (suggestion ? ` (did you mean '${suggestion}'?)` : `; known keys: ${FRONT_MATTER_KEYS.join(', ')}`));
    }
    // Explicitly typed so that calls to the `never`-returning `fail` narrow types (TS2775 rules).
    const fields = new FieldReader(file, data);
    const idExpected = `an id of lowercase letters, digits and dashes (at most ${MAX_ID_LENGTH} characters), like 'add-login'`;
    let id = fields.string('id', idExpected);
    if (id !== undefined) {
        if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH)
            fields.fail('id', id, idExpected);
    }
    else {
        const stem = external_node_path_.posix.basename(file).replace(/\.[^.]*$/, '');
        id = slugify(stem).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
        if (id === '') {
            throw new types/* PromptError */.P(file, 'id', `cannot derive an id from the file name '${stem}'; set 'id' in the front matter`);
        }
    }
    const prompt = body.replace(/^(?:[ \t]*\r?\n)+/, '');
    const title = fields.string('title', 'a non-empty string') ?? firstHeading(prompt) ?? id;
    const issueExpected = 'an issue number or a list of issue numbers, like 12 or [12, 14]';
    const issues = (fields.list('issue') ?? []).map((n) => {
        if (typeof n === 'string' && /^#?\d+$/.test(n.trim()))
            n = Number(n.trim().replace('#', ''));
        if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)
            fields.fail('issue', fields.get('issue'), issueExpected);
        return n;
    });
    const depsExpected = 'a task id or a list of task ids';
    const dependsOn = [];
    for (const dep of fields.list('depends_on') ?? []) {
        if (typeof dep !== 'string' || dep.trim() === '')
            fields.fail('depends_on', fields.get('depends_on'), depsExpected);
        if (!dependsOn.includes(dep.trim()))
            dependsOn.push(dep.trim());
    }
    const overrides = readOptionOverrides(fields);
    if (prompt.trim() === '')
        logger.warning(`${file}: the prompt is empty (nothing after the front matter)`);
    return { id, title, file, prompt, issues, dependsOn, ...overrides };
}

;// CONCATENATED MODULE: ./lib/tasks/load.js
/** From command-line arguments to a validated set of tasks: path checks, expansion, loading. */




const GLOB_CHARS = /[*?[\]{}]/;
/** Directories a glob never descends into: not prompts, and potentially huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A glob that visits more entries than this is almost certainly a mistake (`**` at the root). */
const MAX_GLOB_ENTRIES = 20_000;
/**
 * The repo-relative, forward-slash form of `input` (`.` for the root). Relative inputs are taken
 * relative to `cwd`, which defaults to the repository root. Throws PromptError for paths that leave
 * the repository (`../x.md`, absolute paths elsewhere) or point into `.git`.
 */
function resolvePromptPath(repoRoot, input, cwd = repoRoot) {
    if (input.trim() === '' || input.includes('\0')) {
        throw new types/* PromptError */.P(JSON.stringify(input), undefined, 'not a usable path');
    }
    const root = external_node_path_.resolve(repoRoot);
    const rel = external_node_path_.relative(root, external_node_path_.resolve(cwd, input));
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel)) {
        throw new types/* PromptError */.P(input, undefined, `path is outside the repository ${root}; prompt files must be inside it`);
    }
    const posix = rel.split(external_node_path_.sep).join('/');
    if (posix.split('/').includes('.git')) {
        throw new types/* PromptError */.P(input, undefined, "path is inside '.git'; prompt files must be files of the repository");
    }
    return posix === '' ? '.' : posix;
}
function joinRel(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
/** Files (and symlinks, so that loading can refuse them by name) under `dir` matching `pattern`. */
async function expandGlob(source, arg, pattern) {
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
    const base = parts.slice(0, firstGlob).join('/') || '.';
    const rest = parts.slice(firstGlob);
    const maxDepth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
    const matches = [];
    let visited = 0;
    const walk = async (dir, depth) => {
        for (const name of await source.list(dir)) {
            if (++visited > MAX_GLOB_ENTRIES) {
                throw new types/* PromptError */.P(arg, undefined, `pattern visits more than ${MAX_GLOB_ENTRIES} entries; use a narrower one`);
            }
            const rel = joinRel(dir, name);
            const { kind } = await source.stat(rel);
            if (kind === 'dir') {
                if (depth < maxDepth && !SKIPPED_DIRS.has(name))
                    await walk(rel, depth + 1);
            }
            else if ((kind === 'file' || kind === 'symlink') && external_node_path_.posix.matchesGlob(rel, pattern)) {
                matches.push(rel);
            }
        }
    };
    const { kind } = await source.stat(base);
    if (kind === 'dir')
        await walk(base, 1);
    if (matches.length === 0)
        throw new types/* PromptError */.P(arg, undefined, 'pattern matches no files');
    return matches.sort();
}
/**
 * Turns CLI arguments into repo-relative prompt file paths, de-duplicated, in argument order.
 * Each argument is a file, a directory (its `*.md` entries, sorted, not recursive) or a glob
 * (`prompts/*.md`, `prompts/**\/*.md`). Paths that do not exist are passed through, so that
 * loadTasks reports them with the rest; a directory without prompts or a glob without matches
 * is an error here.
 */
async function expandPromptArgs(repoRoot, args, source, cwd = repoRoot) {
    const out = [];
    const add = (p) => {
        if (!out.includes(p))
            out.push(p);
    };
    for (const arg of args) {
        if (GLOB_CHARS.test(arg)) {
            const pattern = resolvePromptPath(repoRoot, arg, cwd);
            for (const p of await expandGlob(source, arg, pattern))
                add(p);
            continue;
        }
        const rel = resolvePromptPath(repoRoot, arg, cwd);
        const { kind } = await source.stat(rel);
        if (kind !== 'dir') {
            add(rel);
            continue;
        }
        const found = [];
        for (const name of await source.list(rel)) {
            if (!name.endsWith('.md'))
                continue;
            const file = joinRel(rel, name);
            const st = await source.stat(file);
            if (st.kind === 'file' || st.kind === 'symlink')
                found.push(file);
        }
        if (found.length === 0)
            throw new types/* PromptError */.P(arg, undefined, 'directory contains no .md prompt files');
        for (const p of found)
            add(p);
    }
    return out;
}
/**
 * Reads and parses one prompt file from `source`, refusing what must not be a prompt: missing
 * paths, directories, symbolic links, special files, files over MAX_PROMPT_BYTES.
 */
async function loadPromptFile(file, source, logger) {
    const where = source.description ? ` (${source.description})` : '';
    const st = await source.stat(file);
    switch (st.kind) {
        case 'missing':
            throw new types/* PromptError */.P(file, undefined, `file not found${where}`);
        case 'dir':
            throw new types/* PromptError */.P(file, undefined, `is a directory, expected a prompt file${where}`);
        case 'symlink':
            throw new types/* PromptError */.P(file, undefined, `is a symbolic link (or inside one); prompt files must be regular files${where}`);
        case 'other':
            throw new types/* PromptError */.P(file, undefined, `is not a regular file${where}`);
        case 'file':
            break;
    }
    if (st.size > MAX_PROMPT_BYTES) {
        throw new types/* PromptError */.P(file, undefined, `file is ${st.size} bytes; the limit is ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
    }
    const content = await source.read(file);
    // The size can change between stat and read in a working tree; the limit holds regardless.
    if (Buffer.byteLength(content) > MAX_PROMPT_BYTES) {
        throw new types/* PromptError */.P(file, undefined, `file is over the limit of ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
    }
    return parsePromptFile(file, content, logger);
}
/**
 * Throws PromptError for the first problem of a task set: a duplicate id (naming both files), a
 * dependency on an id that is not in the set, a dependency cycle (`a -> b -> a`).
 */
function validateTaskSet(tasks) {
    const byId = new Map();
    for (const task of tasks) {
        const first = byId.get(task.id);
        if (first) {
            throw new types/* PromptError */.P(task.file, 'id', `duplicate task id '${task.id}': used by both ${first.file} and ${task.file}`);
        }
        byId.set(task.id, task);
    }
    for (const task of tasks) {
        for (const dep of task.dependsOn) {
            if (!byId.has(dep)) {
                throw new types/* PromptError */.P(task.file, 'depends_on', `unknown task '${dep}'; expected the id of another prompt file in this run (${[...byId.keys()].join(', ')})`);
            }
        }
    }
    const cycle = (0,graph/* findCycle */.u8)(tasks);
    if (cycle) {
        throw new types/* PromptError */.P(byId.get(cycle[0]).file, 'depends_on', `dependency cycle: ${(0,graph/* formatCycle */._)(cycle)}`);
    }
}
/**
 * Loads the prompt files at `relPaths` (repo-relative; the same file twice counts once), parses
 * them and validates the set. Returns the tasks in input order; throws PromptError on the first
 * problem.
 */
async function loadTasks(repoRoot, relPaths, source, logger) {
    const files = [];
    for (const p of relPaths) {
        const file = resolvePromptPath(repoRoot, p);
        if (!files.includes(file))
            files.push(file);
    }
    const tasks = [];
    for (const file of files)
        tasks.push(await loadPromptFile(file, source, logger));
    validateTaskSet(tasks);
    return tasks;
}


/***/ })

};
