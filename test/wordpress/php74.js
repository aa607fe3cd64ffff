#!/usr/bin/env node
// The plugin declares "Requires PHP: 7.4", but this machine's PHP is 8.2: this step runs the
// shipped PHP under a real PHP 7.4 (PHP compiled to WebAssembly, npm @php-wasm/node-7-4, no
// system packages). Every PHP file of the plugin zip passes `php -l` under 7.4, and one block
// two shortcodes and a block with odd saved values (arrays, an object, a fraction) render under 7.4 exactly as under the local PHP, with no notice, warning
// or deprecation under either (test/wordpress/php74/render.php stubs the few WordPress
// functions the render path calls). Part of test/wordpress/run.js; alone: node test/wordpress/php74.js.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPHPLoaderModule } from '@php-wasm/node-7-4';
import { loadPHPRuntime, PHP } from '@php-wasm/universal';

const here = dirname(fileURLToPath(import.meta.url));
const RENDER = readFileSync(join(here, 'php74/render.php'), 'utf8');

/** A fresh PHP 7.4 with `files` ({ path: contents }) written; runs one CLI command (a runtime runs one). */
async function php74(loader, files, argv) {
  const php = new PHP(await loadPHPRuntime(loader));
  for (const [path, data] of Object.entries(files)) {
    php.mkdir(dirname(path));
    php.writeFile(path, data);
  }
  const response = await php.cli(['php', ...argv]);
  const out = { code: await response.exitCode, stdout: await response.stdoutText, stderr: await response.stderrText };
  php.exit?.();
  return out;
}

/**
 * Lints and renders the plugin's PHP (zip entries from readZip) under PHP 7.4.
 * Returns { version, linted: [files], lintErrors: [..], render74, renderLocal, seconds }.
 */
export async function checkPhp74(entries, workDir) {
  const started = Date.now();
  const loader = await getPHPLoaderModule();
  const phpFiles = entries.filter((entry) => entry.name.endsWith('.php'));
  const lintErrors = [];
  let version;
  for (const entry of phpFiles) {
    const path = `/plugin/${entry.name}`;
    const { code, stdout } = await php74(loader, { [path]: entry.data }, ['-l', path]);
    if (code !== 0 || !stdout.includes('No syntax errors detected')) lintErrors.push(`${entry.name}: ${stdout.trim()}`);
  }

  // The render under 7.4 (in WebAssembly's file system) and under the local PHP (on disk).
  const files = Object.fromEntries(entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => [`/plugin/${entry.name}`, entry.data]));
  const render = await php74(loader, { ...files, '/render.php': RENDER }, ['/render.php', '/plugin/study-explainers']);
  const render74 = parseRender(render, 'PHP 7.4');
  version = render74.php || '7.4 (no answer)';

  rmSync(workDir, { recursive: true, force: true });
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    mkdirSync(join(workDir, dirname(entry.name)), { recursive: true });
    writeFileSync(join(workDir, entry.name), entry.data);
  }
  const local = spawnSync('php', [join(here, 'php74/render.php'), join(workDir, 'study-explainers')], { encoding: 'utf8' });
  const renderLocal = parseRender({ code: local.status, stdout: local.stdout, stderr: local.stderr }, 'local PHP');
  rmSync(workDir, { recursive: true, force: true });
  return { version, linted: phpFiles.map((entry) => entry.name), lintErrors, render74, renderLocal, seconds: (Date.now() - started) / 1000 };
}

/** render.php's JSON answer, or { error } when it did not finish (a fatal error, say). */
function parseRender({ code, stdout, stderr }, what) {
  const line = (stdout ?? '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { php: '', error: `${what}: render.php exited ${code}: ${`${stdout ?? ''}${stderr ?? ''}`.trim().slice(-600)}` };
  }
}

/** The problems in a checkPhp74 result (empty when all is well). */
export function php74Problems(result) {
  const problems = [...result.lintErrors];
  for (const render of [result.render74, result.renderLocal]) if (render.error) problems.push(render.error);
  if (problems.length) return problems;
  if (!result.version.startsWith('7.4.')) problems.push(`ran PHP ${result.version}, not 7.4`);
  for (const [name, render] of [['PHP 7.4', result.render74], [`PHP ${result.renderLocal.php}`, result.renderLocal]]) {
    if (render.problems.length) problems.push(`${name}: ${render.problems.join('; ')}`);
    for (const key of ['block', 'shortcode', 'badge', 'odd']) {
      if (!/^<div [^>]*><(study-arms-chart|mechanism-stepper|evidence-badge) lang="/.test(render[key])) problems.push(`${name}: ${key} rendered ${render[key].slice(0, 120)}`);
    }
  }
  if (!/<mechanism-stepper lang="en" theme="light" heading-level="2">/.test(result.renderLocal.odd ?? '')) problems.push(`odd values: ${String(result.renderLocal.odd).slice(0, 160)}`);
  for (const key of ['block', 'shortcode', 'badge', 'odd']) {
    if (result.render74[key] !== result.renderLocal[key]) problems.push(`${key}: PHP 7.4 and PHP ${result.renderLocal.php} render differently`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { readZip } = await import('./site.js');
  const { buildWordPress, zipPath } = await import('../../scripts/build-wordpress.js');
  await buildWordPress();
  const result = await checkPhp74(readZip(readFileSync(zipPath)), join(here, '../../.wp/php74'));
  const problems = php74Problems(result);
  console.log(`PHP ${result.version}: ${result.linted.length} files linted, block and shortcodes rendered like PHP ${result.renderLocal.php} (${result.seconds.toFixed(1)} s)`);
  for (const problem of problems) console.log(`  ✘ ${problem}`);
  process.exit(problems.length ? 1 : 0);
}
