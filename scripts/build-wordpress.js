#!/usr/bin/env node
// `npm run build:wordpress`: the installable WordPress plugin, dist/wordpress/study-explainers.zip.
// It holds cms/wordpress/study-explainers/ plus, from the package build, the loader with its chunks
// (assets/loader.js, assets/chunks/: the front end on WordPress 6.5+, as a script module), the
// classic bundle (assets/study-explainers.min.js: the front end before 6.5, and the editor's
// preview), the default content as JSON (content/*.json) that PHP renders the text fallback from,
// the pre-rendered copies, the serialiser the editor draws other copies with (assets/declarative-html.js),
// and the translations (languages/: .pot, .mo, editor JSON, made by
// scripts/wordpress-translations.js from the .po files). Needs `npm run build` first, and the plugin's generated files
// (block.json, includes/widgets.php: `npm run generate`) current. Pure Node (zlib): no `zip` command.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { exportContent } from './export-content.js';
import { staleFiles } from './generate.js';
import { renderMany } from '../bin/render.js';
import { listFiles, translationFiles } from './wordpress-translations.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pluginDir = join(root, 'cms/wordpress/study-explainers');
const slug = 'study-explainers';
export const zipPath = join(root, 'dist/wordpress/study-explainers.zip');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate, fixed timestamps so the same input gives the same bytes). */
export function writeZip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((0o100644 << 16) >>> 0) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** Every version number in the plugin must be the package's. */
function checkVersions(version) {
  const problems = [];
  const expect = (file, pattern) => {
    const text = readFileSync(join(pluginDir, file), 'utf8');
    const found = [...text.matchAll(pattern)].map((m) => m[1]);
    if (found.length === 0) problems.push(`${file}: no version found`);
    for (const v of found) if (v !== version) problems.push(`${file}: version ${v}, package.json says ${version}`);
  };
  expect('study-explainers.php', /^ \* Version:\s+(\S+)/gm);
  expect('study-explainers.php', /'STUDY_EXPLAINERS_VERSION', '([^']+)'/g);
  expect('readme.txt', /^Stable tag:\s+(\S+)/gm);
  expect('assets/editor.asset.php', /'version'\s*=>\s*'([^']+)'/g);
  for (const block of readdirSync(join(pluginDir, 'blocks'))) {
    expect(`blocks/${block}/block.json`, /"version":\s*"([^"]+)"/g);
    expect(`blocks/${block}/index.asset.php`, /'version'\s*=>\s*'([^']+)'/g);
  }
  if (problems.length) throw new Error(`plugin versions differ from package.json:\n  ${problems.join('\n  ')}`);
}

/**
 * Each widget's shadow root as declarative shadow DOM, for the settings a block or shortcode has
 * unless an editor changes more than language, audience or heading level (the blocks' editor
 * default, 2, or the element's default, 3): includes/render.php prints it inside the element, so
 * the page shows the widget before the script runs (and without it). Rendered here, at package
 * time, in Node (bin/render.js: no browser); the WordPress server runs no Node.
 */
async function prerenderedEntries() {
  // Read when packaging, not on import: dist/ exists only after `npm run build`.
  const { COMMON_OPTIONS, TAGS } = await import('../dist/manifest/widgets.js');
  const { LANGUAGES } = await import('../dist/i18n/languages.js');
  const { audience: audiences, 'heading-level': heading } = COMMON_OPTIONS;
  const variants = [];
  for (const tag of TAGS) {
    for (const lang of LANGUAGES) {
      for (const audience of audiences.values) {
        for (const level of [heading.editorDefault, heading.default]) variants.push({ tag, lang, audience, level });
      }
    }
  }
  const html = await renderMany(
    variants.map(({ tag, lang, audience, level }) => ({
      tag,
      lang,
      audience: audience === audiences.default ? undefined : audience,
      attributes: level === heading.default ? {} : { 'heading-level': String(level) },
    })),
  );
  return variants.map(({ tag, lang, audience, level }, i) => {
    const shadow = html[i].slice(html[i].indexOf('<template shadowrootmode="open">'), html[i].lastIndexOf('</template>') + '</template>'.length);
    if (!shadow.startsWith('<template')) throw new Error(`pre-rendering ${tag} (${lang}, ${audience}) gave no shadow root`);
    return { name: `${slug}/prerendered/${tag}-${lang}-${audience}-h${level}.html`, data: Buffer.from(shadow) };
  });
}

export async function buildWordPress() {
  const bundle = join(root, 'dist/study-explainers.min.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const stale = await staleFiles();
  if (stale.length) throw new Error(`generated files are out of date, run \`npm run generate\`: ${stale.join(', ')}`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  checkVersions(version);
  const contentFiles = await exportContent();

  const entries = listFiles(pluginDir).map((path) => ({
    name: `${slug}/${relative(pluginDir, path).split(sep).join('/')}`,
    data: readFileSync(path),
  }));
  // Source maps stay out of the zip, and so does the comment that would ask for them.
  const withoutMap = (path) => Buffer.from(readFileSync(path, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  entries.push({ name: `${slug}/assets/study-explainers.min.js`, data: withoutMap(bundle) });
  entries.push({
    name: `${slug}/assets/study-explainers.min.js.LICENSE.txt`,
    data: Buffer.from(
      `assets/study-explainers.min.js is the study-explainers package ${version} (MIT licence below),\n` +
        `with Lit (BSD-3-Clause, https://github.com/lit/lit) inlined. Both licences are GPL-compatible.\n\n` +
        readFileSync(join(root, 'LICENSE'), 'utf8'),
    ),
  });
  // The loader imports its chunks by relative path (./chunks/…): the same layout under assets/.
  entries.push({ name: `${slug}/assets/loader.js`, data: withoutMap(join(root, 'dist/loader.js')) });
  for (const chunk of readdirSync(join(root, 'dist/chunks')).filter((name) => name.endsWith('.js'))) {
    entries.push({ name: `${slug}/assets/chunks/${chunk}`, data: withoutMap(join(root, 'dist/chunks', chunk)) });
  }
  // The editor draws a copy of a block whose settings have no shipped copy with the embed builder's serialiser.
  entries.push({ name: `${slug}/assets/declarative-html.js`, data: withoutMap(join(root, 'dist/prerender/declarative-html.js')) });
  for (const [name, data] of translationFiles(version)) entries.push({ name: `${slug}/${name}`, data });
  for (const file of contentFiles) {
    entries.push({ name: `${slug}/content/${file.split(sep).pop()}`, data: readFileSync(file) });
  }
  entries.push(...(await prerenderedEntries()));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  mkdirSync(dirname(zipPath), { recursive: true });
  const zip = writeZip(entries);
  writeFileSync(zipPath, zip);
  return { zipPath, entries: entries.map((e) => e.name), bytes: zip.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWordPress().then(
    ({ entries, bytes }) =>
      console.log(`wrote ${relative(root, zipPath)} (${entries.length} files, ${(bytes / 1024).toFixed(1)} KiB)`),
    (error) => {
      console.error(`build-wordpress: ${error.message}`);
      process.exit(1);
    },
  );
}
