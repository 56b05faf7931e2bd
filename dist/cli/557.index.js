export const id = 557;
export const ids = [557];
export const modules = {

/***/ 7557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fsPromptSource: () => (/* binding */ fsPromptSource),
/* harmony export */   gitPromptSource: () => (/* binding */ gitPromptSource)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/**
 * Where prompt files are read from: the working tree (CLI) or a committed ref (GitHub Action, which
 * must read prompts from the base ref as committed, never from a pull request's head). Neither
 * source follows symbolic links, so a prompt path can never lead outside the repository.
 */




/** `./a//b/` → `a/b`; `` and `.` → `.`. Callers validate that paths stay inside the repository. */
function normalizeRel(relPath) {
    const norm = node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(relPath.replace(/^\/+/, '')).replace(/\/+$/, '');
    return norm === '' ? '.' : norm;
}
function assertInside(relPath) {
    if (relPath === '..' || relPath.startsWith('../') || relPath.includes('\0')) {
        throw new Error(`path '${relPath}' is outside the repository`);
    }
}
function isNotFound(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Prompt files in the working tree under `repoRoot`, read with lstat and O_NOFOLLOW. */
function fsPromptSource(repoRoot) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(repoRoot);
    const abs = (rel) => (rel === '.' ? root : node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, ...rel.split('/')));
    return {
        description: 'working tree',
        async stat(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            if (rel === '.')
                return { kind: 'dir', size: 0 };
            // Each parent is checked too: `prompts -> /etc` must not make `prompts/passwd` a plain file.
            const parts = rel.split('/');
            for (let i = 1; i <= parts.length; i++) {
                let st;
                try {
                    st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat(node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, ...parts.slice(0, i)));
                }
                catch (error) {
                    if (isNotFound(error))
                        return { kind: 'missing', size: 0 };
                    throw error;
                }
                if (st.isSymbolicLink())
                    return { kind: 'symlink', size: st.size };
                if (i < parts.length) {
                    if (!st.isDirectory())
                        return { kind: 'missing', size: 0 };
                    continue;
                }
                if (st.isFile())
                    return { kind: 'file', size: st.size };
                if (st.isDirectory())
                    return { kind: 'dir', size: 0 };
                return { kind: 'other', size: st.size };
            }
            return { kind: 'missing', size: 0 };
        },
        async read(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            // O_NOFOLLOW closes the gap between stat and read for the last component; O_NONBLOCK keeps a
            // FIFO from hanging the open, and fstat then refuses it.
            const handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open(abs(rel), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
            try {
                const st = await handle.stat();
                if (!st.isFile())
                    throw new Error(`'${rel}' is not a regular file`);
                return await handle.readFile({ encoding: 'utf8' });
            }
            finally {
                await handle.close();
            }
        },
        async list(dir) {
            const rel = normalizeRel(dir);
            assertInside(rel);
            try {
                return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir(abs(rel))).sort();
            }
            catch (error) {
                if (isNotFound(error))
                    return [];
                throw error;
            }
        },
    };
}
/** Runs git without a shell and without ever prompting for credentials. */
function runGit(repoRoot, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['--literal-pathspecs', ...args], {
            cwd: repoRoot,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            encoding: 'buffer',
            maxBuffer: 64 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            const stderrText = stderr.toString('utf8').trim();
            if (error) {
                reject(new Error(`git ${args.join(' ')} failed in ${repoRoot}: ${stderrText || error.message}`));
            }
            else {
                resolve({ stdout, stderr: stderrText });
            }
        });
    });
}
function parseLsTree(stdout) {
    const entries = [];
    for (const record of stdout.toString('utf8').split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const [mode, type, , size] = record.slice(0, tab).trim().split(/\s+/);
        entries.push({ mode, type, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
    }
    return entries;
}
/**
 * Prompt files as committed at `ref` in the repository at `repoRoot` (`git ls-tree`, `git cat-file`).
 * The ref is resolved to a commit once, on first use, so every read sees the same snapshot.
 * Mode 120000 entries are symbolic links; 160000 (submodules) are `other`.
 */
function gitPromptSource(repoRoot, ref) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(repoRoot);
    let commit;
    const resolveCommit = () => {
        commit ??= runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((r) => r.stdout.toString('utf8').trim(), () => {
            throw new Error(`cannot read prompt files at ref '${ref}': no such commit in ${root}`);
        });
        return commit;
    };
    // The commit never changes, so each directory is listed once: one git process per directory
    // instead of one per stat.
    const dirListings = new Map();
    const listDir = (dir) => {
        let listing = dirListings.get(dir);
        if (!listing) {
            listing = resolveCommit().then(async (sha) => {
                const args = ['ls-tree', '-z', '--long', '--full-tree', sha];
                if (dir !== '.')
                    args.push('--', `${dir}/`);
                const { stdout } = await runGit(root, args);
                return new Map(parseLsTree(stdout).map((e) => [e.path, e]));
            });
            dirListings.set(dir, listing);
        }
        return listing;
    };
    const statRel = async (rel) => {
        if (rel === '.') {
            await resolveCommit();
            return { kind: 'dir', size: 0 };
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(rel);
        const parentStat = await statRel(parent);
        // ls-tree does not look through a symlinked parent; say so instead of `missing`.
        if (parentStat.kind === 'symlink')
            return parentStat;
        if (parentStat.kind !== 'dir')
            return { kind: 'missing', size: 0 };
        const entry = (await listDir(parent)).get(rel);
        if (!entry)
            return { kind: 'missing', size: 0 };
        if (entry.mode === '120000')
            return { kind: 'symlink', size: entry.size };
        if (entry.type === 'tree')
            return { kind: 'dir', size: 0 };
        if (entry.type === 'blob')
            return { kind: 'file', size: entry.size };
        return { kind: 'other', size: 0 };
    };
    const source = {
        description: `ref '${ref}'`,
        async stat(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            return statRel(rel);
        },
        async read(relPath) {
            const rel = normalizeRel(relPath);
            assertInside(rel);
            if ((await statRel(rel)).kind !== 'file')
                throw new Error(`'${rel}' is not a regular file at ref '${ref}'`);
            const sha = await resolveCommit();
            const { stdout } = await runGit(root, ['cat-file', 'blob', `${sha}:${rel}`]);
            return stdout.toString('utf8');
        },
        async list(dir) {
            const rel = normalizeRel(dir);
            assertInside(rel);
            if ((await statRel(rel)).kind !== 'dir')
                return [];
            return [...(await listDir(rel)).keys()].map((p) => node_path__WEBPACK_IMPORTED_MODULE_3__.posix.basename(p)).sort();
        },
    };
    return source;
}


/***/ })

};
