import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/report/results.ts
import fs from "node:fs/promises";
import path from "node:path";
function buildRunResult(info, metrics, tasks) {
  return { version: 1, run: { ...info, ...metrics }, tasks };
}
async function writeResultFiles(opts) {
  let { result, jsonFile, summaryFile, markdown } = opts;
  if (jsonFile) {
    let tmp = `${jsonFile}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(path.resolve(jsonFile)), { recursive: !0 }), await fs.writeFile(tmp, JSON.stringify(result, null, 2) + `
`), await fs.rename(tmp, jsonFile);
    } catch (err) {
      throw await fs.rm(tmp, { force: !0 }).catch(() => {
      }), new Error(`writing results JSON to ${jsonFile} failed: ${err.message}`, { cause: err });
    }
  }
  if (summaryFile)
    try {
      await fs.appendFile(summaryFile, markdown.endsWith(`
`) ? markdown : `${markdown}
`);
    } catch (err) {
      throw new Error(`writing the summary to ${summaryFile} failed: ${err.message}`, { cause: err });
    }
}

// src/report/redact.ts
var REDACTED = "***";
var NOT_SECRET = /^(true|false|\d+)$/i;
function secretValues(names, env, extra = []) {
  let values = /* @__PURE__ */ new Set(), add = (value) => {
    if (!(!value || value.length < 4 || NOT_SECRET.test(value.trim()))) {
      values.add(value);
      for (let line of value.split(/\r?\n/)) line.trim().length >= 4 && values.add(line.trim());
    }
  };
  for (let name of names) add(env[name]);
  for (let value of extra) add(value);
  return [...values];
}
function variants(secret) {
  let forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), Buffer.from(secret, "utf8").toString("base64")];
  return [...new Set(forms)].filter((f) => f.length >= 4);
}
function createRedactor(secrets) {
  let forms = [...new Set([...secrets].filter((s) => s.length >= 4).flatMap(variants))].sort((a, b) => b.length - a.length), text = (input) => {
    let out = input;
    for (let form of forms) out.includes(form) && (out = out.split(form).join("***"));
    return out;
  }, walk = (value) => typeof value == "string" ? text(value) : Array.isArray(value) ? value.map(walk) : value !== null && typeof value == "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])) : value;
  return {
    text: forms.length ? text : (input) => input,
    deep: (value) => forms.length ? walk(value) : value
  };
}

export {
  buildRunResult,
  writeResultFiles,
  REDACTED,
  secretValues,
  createRedactor
};
//# sourceMappingURL=chunk-25BDA3SB.js.map
