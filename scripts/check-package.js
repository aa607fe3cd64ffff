#!/usr/bin/env node
// "package contents" step of `npm test`: lists what `npm pack` would ship and fails when
// (1) test or build-only files are in it: the React/Vue test apps, the WordPress plugin zip, tests;
// (2) a shipped doc links or names a repository file the package does not ship;
// (3) a widget of the manifest (src/manifest/) lacks its own entry point (`study-explainers/<tag>`).
// Probe files in dist/consumers/ and dist/wordpress/ make the exclusions checked even when those
// builds have not run here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const FORBIDDEN = [
  [/^dist\/consumers\//, 'test apps (demo/consumers)'],
  [/^dist\/wordpress\//, 'the WordPress plugin zip'],
  [/^demo\//, 'the demo site'],
  [/^test\//, 'tests'],
  [/\.test\.[cm]?[jt]s/, 'tests'],
  [/\.(zip|tgz)$/, 'archives'],
];

const probes = ['dist/consumers/probe.js', 'dist/wordpress/probe.zip'].filter((file) => !existsSync(file));
for (const file of probes) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
}
let report;
try {
  report = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0];
} finally {
  for (const file of probes) rmSync(file);
  for (const dir of ['dist/consumers', 'dist/wordpress']) {
    try {
      rmdirSync(dir); // only when empty
    } catch {
      // not empty (a real build lives there) or already gone
    }
  }
}

const files = new Set(report.files.map((f) => f.path));
const problems = [];
for (const path of files) {
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(path)) problems.push(`ships ${path} (${what})`);
}

// Shipped docs: markdown links to relative files, and (in docs/) backticked repository paths.
for (const doc of [...files].filter((path) => path.endsWith('.md'))) {
  const text = readFileSync(doc, 'utf8').replace(/```[\s\S]*?```/g, '');
  const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
  const linked = targets.map((t) => normalize(join(dirname(doc), t)));
  if (doc.startsWith('docs/')) {
    for (const m of text.matchAll(/`((?:docs|dist|src|test|bin|demo|scripts|cms)\/[^`\s]+\.[a-z]+)`/g)) linked.push(m[1]);
  }
  for (const target of linked) if (!files.has(target)) problems.push(`${doc} links ${target}, which is not in the package`);
}

// Each widget's subpath export, as the README tells npm users to import it.
const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const { TAGS } = await import('../dist/manifest/widgets.js');
for (const tag of TAGS) {
  // One pattern ("./*") serves every widget's folder; a widget may also have an entry of its own.
  const pattern = (value) => value && Object.fromEntries(Object.entries(value).map(([key, path]) => [key, path.replaceAll('*', tag)]));
  const entry = exports[`./${tag}`] ?? pattern(exports['./*']);
  const want = { types: `./dist/components/${tag}/define.d.ts`, default: `./dist/components/${tag}/define.js` };
  if (entry?.types !== want.types || entry?.default !== want.default) problems.push(`package.json exports lacks "./${tag}": ${JSON.stringify(want)}`);
  else for (const file of Object.values(want)) if (!files.has(file.slice(2))) problems.push(`${file} (export "./${tag}") is not in the package`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`package: ${report.entryCount} files, ${kb(report.size)} packed, ${kb(report.unpackedSize)} unpacked`);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length ? 1 : 0);
