// Builds the one bundle: dist/index.js (the Action, and the CLI's code) with its lazily loaded chunks,
// dist/cli.js (the `agent-fanout` command), a source map and the licenses of what is bundled.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { writePageModule } from './build-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR`: build elsewhere (tests build the bundle of the sources they test, never into dist/).
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 ? path.resolve(process.argv[outAt + 1]) : path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
// The dashboard page, inlined into a generated module the server imports.
await writePageModule();

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { index: 'src/bundle.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: 'linked',
  sourcesContent: false,
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // What is never used at run time stays out: ssh:// Docker hosts and BuildKit sessions.
  alias: {
    ssh2: './src/core/stubs/ssh2.cjs',
    '@grpc/grpc-js': './src/core/stubs/grpc.cjs',
    '@grpc/proto-loader': './src/core/stubs/grpc.cjs',
  },
  // Bundled CommonJS code calls require() for Node built-ins.
  banner: { js: "import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);" },
});

fs.writeFileSync(
  path.join(dist, 'cli.js'),
  "#!/usr/bin/env node\n// The agent-fanout command: the CLI's code lives in the one bundle.\nimport { cli } from './index.js';\n\nprocess.exitCode = await cli(process.argv.slice(2));\n",
  { mode: 0o755 },
);
fs.writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');

// Licenses of the bundled packages, like ncc's licenses.txt.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!m || packages.has(m[1])) continue;
  const dir = path.join(root, input.slice(0, m.index + m[0].length));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenseFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  packages.set(m[1], { license: pkg.license ?? 'unknown', text: licenseFile ? fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim() : '' });
}
const licenses = [...packages.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, { license, text }]) => `${name}\n${license}${text ? `\n${text}` : ''}`)
  .join('\n\n');
fs.writeFileSync(path.join(dist, 'licenses.txt'), `${licenses}\n`);

const files = fs.readdirSync(dist, { recursive: true }).filter((f) => fs.statSync(path.join(dist, f)).isFile());
const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
console.log(`bundle: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in dist/`);
