#!/usr/bin/env node
// The WordPress plugin's translations, made without wp-cli: every translatable string of the
// plugin's own files (PHP `__()`-style calls, the editor script's `__()`, block.json titles,
// descriptions and keywords, the plugin header) becomes study-explainers.pot; each
// languages/study-explainers-<locale>.po (written by translators, kept in the repository) becomes
// the .mo that PHP loads and the Jed 1.x JSON that wp_set_script_translations() loads for
// assets/editor.js (named by the md5 of that path, as WordPress's load_script_textdomain looks it up).
// scripts/build-wordpress.js puts all of them in the zip and fails when a .po misses a string.
// `node scripts/wordpress-translations.js --update` adds new strings (empty) to each .po and drops gone ones.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN_DIR = join(root, 'cms/wordpress/study-explainers');
export const DOMAIN = 'study-explainers';
const LANGUAGES_DIR = join(PLUGIN_DIR, 'languages');
/** Scripts whose strings WordPress loads from JSON: their path in the plugin. */
const SCRIPTS = ['assets/editor.js'];
/** block.json fields WordPress translates, with the context it uses (WP_Block_Type i18n schema). */
const BLOCK_FIELDS = { title: 'block title', description: 'block description', keywords: 'block keyword' };

const key = (context, msgid) => (context ? `${context}\u0004${msgid}` : msgid);

/** Every file under `dir` but dot-files, sorted (the plugin's files: translated here, zipped by build-wordpress.js). */
export function listFiles(dir) {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]))
    .sort();
}

const unquotePhp = (text) => text.replace(/\\([\\'])/g, '$1');
const unquoteJs = (text) => text.replace(/\\(.)/g, '$1');

/**
 * Every translatable message of the plugin, in order of appearance:
 * [{ context, msgid, references: ['file:line'], scripts: Set of script paths that use it, comment }].
 */
export function collectMessages(pluginDir = PLUGIN_DIR) {
  const messages = new Map();
  const add = (context, msgid, reference, script, comment) => {
    const id = key(context, msgid);
    if (!messages.has(id)) messages.set(id, { context, msgid, references: [], scripts: new Set(), comment: '' });
    const message = messages.get(id);
    message.references.push(reference);
    if (script) message.scripts.add(script);
    if (comment && !message.comment) message.comment = comment;
  };
  const lineOf = (text, index) => text.slice(0, index).split('\n').length;
  const q = "'((?:[^'\\\\]|\\\\.)*)'";
  const domain = `\\s*,\\s*'${DOMAIN}'\\s*\\)`;
  for (const file of listFiles(pluginDir)) {
    const rel = relative(pluginDir, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    if (rel.endsWith('.php')) {
      const calls = new RegExp(`\\b(?:__|esc_html__|esc_attr__)\\(\\s*${q}${domain}|\\b_x\\(\\s*${q}\\s*,\\s*${q}${domain}`, 'g');
      for (const match of text.matchAll(calls)) {
        const before = text.slice(Math.max(0, match.index - 300), match.index);
        const comment = /\/\*\s*translators:\s*([\s\S]*?)\s*\*\/[^/]*$/.exec(before)?.[1] ?? '';
        if (match[1] !== undefined) add('', unquotePhp(match[1]), `${rel}:${lineOf(text, match.index)}`, null, comment);
        else add(unquotePhp(match[3]), unquotePhp(match[2]), `${rel}:${lineOf(text, match.index)}`, null, comment);
      }
      if (rel === 'study-explainers.php') {
        for (const field of ['Plugin Name', 'Description']) {
          const header = new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(text);
          if (header) add('', header[1].trim(), `${rel}:${lineOf(text, header.index)}`, null, `${field} of the plugin`);
        }
      }
    } else if (SCRIPTS.includes(rel)) {
      for (const match of text.matchAll(new RegExp(`\\b__\\(\\s*${q}\\s*,\\s*'${DOMAIN}'\\s*\\)`, 'g'))) {
        add('', unquoteJs(match[1]), `${rel}:${lineOf(text, match.index)}`, rel);
      }
    } else if (rel.endsWith('/block.json')) {
      const meta = JSON.parse(text);
      for (const [field, context] of Object.entries(BLOCK_FIELDS)) {
        for (const value of [meta[field] ?? []].flat()) add(context, value, rel, null);
      }
    }
  }
  return [...messages.values()];
}

/** A PO string: quoted, escaped, long text on several lines as gettext writes it. */
function poString(text) {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

const POT_HEADER = (version) =>
  [
    `Project-Id-Version: Study Explainers ${version}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Domain: study-explainers',
  ].join('\n') + '\n';

function entryText({ context, msgid, msgstr, references = [], comment = '' }) {
  const lines = [];
  if (comment) lines.push(`#. translators: ${comment.replace(/\s+/g, ' ')}`);
  for (const reference of references) lines.push(`#: ${reference}`);
  if (context) lines.push(`msgctxt ${poString(context)}`);
  lines.push(`msgid ${poString(msgid)}`, `msgstr ${poString(msgstr)}`);
  return lines.join('\n');
}

/** The .pot of the messages. */
export function potText(messages, version) {
  return [entryText({ msgid: '', msgstr: POT_HEADER(version) }), ...messages.map((m) => entryText({ ...m, msgstr: '' }))].join('\n\n') + '\n';
}

/** Reads a .po file: { header: string, entries: Map(key → { context, msgid, msgstr }) }. */
export function parsePo(text) {
  const entries = new Map();
  let header = '';
  for (const block of text.split(/\n\s*\n/)) {
    const entry = { context: '', msgid: '', msgstr: '' };
    let field = null;
    for (const line of block.split('\n')) {
      const start = /^(msgctxt|msgid|msgstr)\s+"(.*)"\s*$/.exec(line);
      const more = /^"(.*)"\s*$/.exec(line);
      const unescape = (s) => s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
      if (start) {
        field = { msgctxt: 'context', msgid: 'msgid', msgstr: 'msgstr' }[start[1]];
        entry[field] = unescape(start[2]);
      } else if (more && field) entry[field] += unescape(more[1]);
      else if (!line.startsWith('#') && line.trim()) throw new Error(`unreadable .po line: ${line}`);
    }
    if (field === null) continue;
    if (entry.msgid === '' && !entry.context) header = entry.msgstr;
    else entries.set(key(entry.context, entry.msgid), entry);
  }
  return { header, entries };
}

/** A GNU .mo file (little-endian, no hash table) of the header and the translated entries. */
export function moBuffer(header, entries) {
  const pairs = [['', header], ...entries.filter((e) => e.msgstr).map((e) => [key(e.context, e.msgid), e.msgstr])].sort(([a], [b]) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  const originals = pairs.map(([id]) => Buffer.from(id, 'utf8'));
  const translations = pairs.map(([, text]) => Buffer.from(text, 'utf8'));
  const count = pairs.length;
  const headerSize = 28;
  const tablesSize = count * 16;
  let offset = headerSize + tablesSize;
  const table = Buffer.alloc(tablesSize);
  const strings = [];
  for (const [i, list] of [originals, translations].entries()) {
    for (const [n, bytes] of list.entries()) {
      table.writeUInt32LE(bytes.length, i * count * 8 + n * 8);
      table.writeUInt32LE(offset, i * count * 8 + n * 8 + 4);
      strings.push(bytes, Buffer.alloc(1));
      offset += bytes.length + 1;
    }
  }
  const head = Buffer.alloc(headerSize);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4); // revision
  head.writeUInt32LE(count, 8);
  head.writeUInt32LE(headerSize, 12); // originals table
  head.writeUInt32LE(headerSize + count * 8, 16); // translations table
  head.writeUInt32LE(0, 20); // hash table size
  head.writeUInt32LE(headerSize + tablesSize, 24); // hash table offset
  return Buffer.concat([head, table, ...strings]);
}

const headerField = (header, name) => new RegExp(`^${name}:\\s*(.+)$`, 'mi').exec(header)?.[1].trim() ?? '';

/** The Jed 1.x JSON WordPress reads for one script (wp_set_script_translations). */
export function jedJson(header, entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': headerField(header, 'Plural-Forms') || 'nplurals=2; plural=(n != 1);' } };
  for (const entry of entries) if (entry.msgstr) messages[key(entry.context, entry.msgid)] = [entry.msgstr];
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/** The .po files in languages/: locale → path. */
function poFiles() {
  return Object.fromEntries(
    readdirSync(LANGUAGES_DIR)
      .map((name) => /^study-explainers-(\w+)\.po$/.exec(name))
      .filter(Boolean)
      .map((match) => [match[1], join(LANGUAGES_DIR, match[0])]),
  );
}

/**
 * The translation files for the zip (path inside the plugin → Buffer): the .pot, and per .po the
 * .mo and each script's JSON. Throws, naming them, when a .po misses a message or keeps a gone one.
 */
export function translationFiles(version) {
  const messages = collectMessages();
  const files = new Map([[`languages/${DOMAIN}.pot`, Buffer.from(potText(messages, version))]]);
  const problems = [];
  for (const [locale, path] of Object.entries(poFiles())) {
    const { header, entries } = parsePo(readFileSync(path, 'utf8'));
    const wanted = new Set(messages.map((m) => key(m.context, m.msgid)));
    for (const m of messages) {
      if (!entries.get(key(m.context, m.msgid))?.msgstr) problems.push(`${locale}: no translation of ${JSON.stringify(m.msgid)}${m.context ? ` (${m.context})` : ''}`);
    }
    for (const id of entries.keys()) if (!wanted.has(id)) problems.push(`${locale}: ${JSON.stringify(id.split('\u0004').pop())} is no longer in the plugin`);
    const list = [...entries.values()].filter((entry) => wanted.has(key(entry.context, entry.msgid)));
    files.set(`languages/${DOMAIN}-${locale}.mo`, moBuffer(header, list));
    for (const script of SCRIPTS) {
      const used = list.filter((entry) => messages.find((m) => key(m.context, m.msgid) === key(entry.context, entry.msgid))?.scripts.has(script));
      const md5 = createHash('md5').update(script).digest('hex');
      files.set(`languages/${DOMAIN}-${locale}-${md5}.json`, Buffer.from(jedJson(header, used, locale)));
    }
  }
  if (problems.length) throw new Error(`translations out of date (node scripts/wordpress-translations.js --update, then translate):\n  ${problems.join('\n  ')}`);
  return files;
}

/** Rewrites each .po in the order of the plugin's messages: new ones empty, gone ones dropped. */
function updatePoFiles() {
  const messages = collectMessages();
  for (const [locale, path] of Object.entries(poFiles())) {
    const { header, entries } = parsePo(readFileSync(path, 'utf8'));
    const body = messages.map((m) => entryText({ ...m, msgstr: entries.get(key(m.context, m.msgid))?.msgstr ?? '' }));
    writeFileSync(path, [entryText({ msgid: '', msgstr: header }), ...body].join('\n\n') + '\n');
    console.log(`${relative(root, path)}: ${messages.filter((m) => !entries.get(key(m.context, m.msgid))?.msgstr).length} to translate (${locale})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--update')) updatePoFiles();
  else {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    try {
      console.log([...translationFiles(version).keys()].join('\n'));
    } catch (error) {
      console.error(`wordpress-translations: ${error.message}`);
      process.exit(1);
    }
  }
}
