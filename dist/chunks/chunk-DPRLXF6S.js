import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/paths.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
function errorText(error) {
  let e = error;
  return e?.code ? `${e.code}: ${e.message.replace(/^\w+: /, "").replace(/, \w+ '.*'$/, "")}` : String(error);
}
async function kind(p) {
  try {
    let st = await fs.stat(p);
    return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw error;
  }
}
async function makeDirs(dir) {
  let missing = [], cur = path.resolve(dir);
  for (; ; ) {
    let k = await kind(cur).catch(() => "other");
    if (k === "dir") break;
    if (k !== "missing") return `'${cur}' is not a directory`;
    missing.unshift(cur);
    let parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (let d of missing)
    try {
      await fs.mkdir(d);
    } catch (error) {
      if (error.code !== "EEXIST") return `cannot create directory '${d}' (${errorText(error)})`;
    }
  return null;
}
async function probe(dir) {
  let file = path.join(dir, `.agent-fanout-probe-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await (await fs.open(file, "wx")).close();
  } catch (error) {
    return `cannot create files in '${dir}' (${errorText(error)})`;
  }
  return await fs.rm(file, { force: !0 }), null;
}
async function unwritableDirReason(dir) {
  return await makeDirs(dir) ?? await probe(path.resolve(dir));
}
async function unwritableFileReason(file) {
  let abs = path.resolve(file), k = await kind(abs).catch(() => "other");
  if (k === "dir") return `'${abs}' is a directory`;
  if (k === "other") return `'${abs}' is not a regular file`;
  let dirProblem = await unwritableDirReason(path.dirname(abs));
  if (dirProblem) return dirProblem;
  if (k === "file")
    try {
      await (await fs.open(abs, "r+")).close();
    } catch (error) {
      return `cannot write '${abs}' (${errorText(error)})`;
    }
  return null;
}
async function unreadableCaBundleReason(file) {
  let abs = path.resolve(file), text;
  try {
    let st = await fs.stat(abs);
    if (!st.isFile()) return `'${abs}' is not a regular file`;
    if (st.size > 16 * 1024 * 1024) return `'${abs}' is ${st.size} bytes, too large for a CA bundle`;
    text = await fs.readFile(abs, "latin1");
  } catch (error) {
    return `cannot read '${abs}' (${errorText(error)})`;
  }
  return text.includes("-----BEGIN CERTIFICATE-----") ? null : `'${abs}' holds no PEM certificate (no '-----BEGIN CERTIFICATE-----' line)`;
}

export {
  unwritableDirReason,
  unwritableFileReason,
  unreadableCaBundleReason
};
//# sourceMappingURL=chunk-DPRLXF6S.js.map
