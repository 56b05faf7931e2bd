import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/tasks/source.ts
import { execFile } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
function normalizeRel(relPath) {
  let norm = path.posix.normalize(relPath.replace(/^\/+/, "")).replace(/\/+$/, "");
  return norm === "" ? "." : norm;
}
function assertInside(relPath) {
  if (relPath === ".." || relPath.startsWith("../") || relPath.includes("\0"))
    throw new Error(`path '${relPath}' is outside the repository`);
}
function isNotFound(error) {
  let code = error?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function fsPromptSource(repoRoot) {
  let root = path.resolve(repoRoot), abs = (rel) => rel === "." ? root : path.join(root, ...rel.split("/")), source = {
    description: "working tree",
    async stat(relPath) {
      let rel = normalizeRel(relPath);
      if (assertInside(rel), rel === ".") return { kind: "dir", size: 0 };
      let parts = rel.split("/");
      for (let i = 1; i <= parts.length; i++) {
        let st;
        try {
          st = await fs.lstat(path.join(root, ...parts.slice(0, i)));
        } catch (error) {
          if (isNotFound(error)) return { kind: "missing", size: 0 };
          throw error;
        }
        if (st.isSymbolicLink()) return { kind: "symlink", size: st.size };
        if (i < parts.length) {
          if (!st.isDirectory()) return { kind: "missing", size: 0 };
          continue;
        }
        return st.isFile() ? { kind: "file", size: st.size } : st.isDirectory() ? { kind: "dir", size: 0 } : { kind: "other", size: st.size };
      }
      return { kind: "missing", size: 0 };
    },
    async read(relPath) {
      return (await source.readBytes(relPath)).toString("utf8");
    },
    async readBytes(relPath) {
      let rel = normalizeRel(relPath);
      assertInside(rel);
      let handle = await fs.open(abs(rel), fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
      try {
        if (!(await handle.stat()).isFile()) throw new Error(`'${rel}' is not a regular file`);
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
    async list(dir) {
      let rel = normalizeRel(dir);
      assertInside(rel);
      try {
        return (await fs.readdir(abs(rel))).sort();
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    }
  };
  return source;
}
function runGit(repoRoot, args) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["--literal-pathspecs", ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
        encoding: "buffer",
        maxBuffer: 64 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        let stderrText = stderr.toString("utf8").trim();
        error ? reject(new Error(`git ${args.join(" ")} failed in ${repoRoot}: ${stderrText || error.message}`)) : resolve({ stdout, stderr: stderrText });
      }
    );
  });
}
function parseLsTree(stdout) {
  let entries = [];
  for (let record of stdout.toString("utf8").split("\0")) {
    if (record === "") continue;
    let tab = record.indexOf("	"), [mode, type, , size] = record.slice(0, tab).trim().split(/\s+/);
    entries.push({ mode, type, size: size === "-" ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}
function gitPromptSource(repoRoot, ref) {
  let root = path.resolve(repoRoot), commit, resolveCommit = () => (commit ??= runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).then(
    (r) => r.stdout.toString("utf8").trim(),
    () => {
      throw new Error(`cannot read prompt files at ref '${ref}': no such commit in ${root}`);
    }
  ), commit), dirListings = /* @__PURE__ */ new Map(), listDir = (dir) => {
    let listing = dirListings.get(dir);
    return listing || (listing = resolveCommit().then(async (sha) => {
      let args = ["ls-tree", "-z", "--long", "--full-tree", sha];
      dir !== "." && args.push("--", `${dir}/`);
      let { stdout } = await runGit(root, args);
      return new Map(parseLsTree(stdout).map((e) => [e.path, e]));
    }), dirListings.set(dir, listing)), listing;
  }, statRel = async (rel) => {
    if (rel === ".")
      return await resolveCommit(), { kind: "dir", size: 0 };
    let parent = path.posix.dirname(rel), parentStat = await statRel(parent);
    if (parentStat.kind === "symlink") return parentStat;
    if (parentStat.kind !== "dir") return { kind: "missing", size: 0 };
    let entry = (await listDir(parent)).get(rel);
    return entry ? entry.mode === "120000" ? { kind: "symlink", size: entry.size } : entry.type === "tree" ? { kind: "dir", size: 0 } : entry.type === "blob" ? { kind: "file", size: entry.size } : { kind: "other", size: 0 } : { kind: "missing", size: 0 };
  }, source = {
    description: `ref '${ref}'`,
    async stat(relPath) {
      let rel = normalizeRel(relPath);
      return assertInside(rel), statRel(rel);
    },
    async read(relPath) {
      return (await source.readBytes(relPath)).toString("utf8");
    },
    async readBytes(relPath) {
      let rel = normalizeRel(relPath);
      if (assertInside(rel), (await statRel(rel)).kind !== "file") throw new Error(`'${rel}' is not a regular file at ref '${ref}'`);
      let sha = await resolveCommit(), { stdout } = await runGit(root, ["cat-file", "blob", `${sha}:${rel}`]);
      return stdout;
    },
    async list(dir) {
      let rel = normalizeRel(dir);
      return assertInside(rel), (await statRel(rel)).kind !== "dir" ? [] : [...(await listDir(rel)).keys()].map((p) => path.posix.basename(p)).sort();
    }
  };
  return source;
}

export {
  fsPromptSource,
  gitPromptSource
};
//# sourceMappingURL=chunk-YL3HFUAF.js.map
