#!/usr/bin/env node
// study-explainers validate <file.json>... [--ledger ledger.json]
// study-explainers render <tag> [--doc file.json] [--lang es] [--audience clinician] [--attr name=value]...
// study-explainers handout|card|image ... (off the page: a PDF handout, a social card, newsletter images)
//
// Checks explainer documents with the same validator the widgets use and prints one
// line per problem, "path: message" (e.g. "arms.outcomes[1].results[2].arm: unknown arm
// 'icb2'"), prefixed with the file name when several files are given.
// Exit codes: 0 every document is valid, 1 problems found (including a JSON syntax error, given
// with its line and column), 2 usage error or unreadable file.
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../dist/i18n/languages.js';
import { TAGS } from '../dist/manifest/widgets.js';
import { AUDIENCES } from '../dist/content/types.js';
import { requestProblem } from '../dist/server/request-problem.js';
import { LIMITS } from '../dist/content/limits.js';
import { OFFPAGE_COMMANDS, offPageCommand } from './offpage/cli.js';

const USAGE = `Usage: study-explainers validate <file.json>... [--ledger <ledger.json>]

  Checks explainer documents (one document or a list of documents per file).
  --ledger   a JSON claims ledger: a list of ids, a list of { "id": ... } entries,
             or { "entries": [...] }; every claim id must then appear in it.
             (A document's own "ledger" field is always used.)

  Prints "path: message" for every problem, and "file:line:column" for JSON syntax errors.
  Exit code 0 when valid, 1 on problems (or invalid JSON), 2 on a usage error or an
  unreadable file.

Usage: study-explainers render <${TAGS.join('|')}> [--doc <file.json>] [--lang ${LANGUAGES.join('|')}] [--audience ${AUDIENCES.join('|')}]
                                     [--attr name=value]... [--text] [--csp]

  Prints the widget's HTML with declarative shadow DOM, rendered in Node by Lit's server
  renderer (no browser needed); the same options give the same bytes. Language and audience
  come from the options (default en, patient). Exit code 1 when the document is refused.
  --text     also puts the widget's plain-text version inside the element, after its shadow
             root: what feed readers and browsers without declarative shadow DOM show. The
             drawn copy hides it, so the widget's box is the same.
  --csp      also prints, on standard error, the source a strict style-src needs for this
             widget's one <style> element ('sha256-...').

Usage: study-explainers handout --out <handout.pdf> [--doc <file.json>] [--lang ${LANGUAGES.join('|')}] [--audience ${AUDIENCES.join('|')}]
                                [--paper a4|letter] [--url <web version>]
       study-explainers card --out <card.png> [--square] [--doc ...] [--lang ...] [--audience ...]
       study-explainers image <${TAGS.join('|')}> --out <x.png> [--width 600] [--step N] [--url <link>]
                              [--doc ...] [--lang ...] [--audience ...] [--attr name=value]...

  Off the page, drawn by the system Chromium (CHROME_PATH, else /usr/bin/chromium) through
  puppeteer-core (npm install puppeteer-core): the same document, words and drawing as the widgets;
  the same input gives the same PNG bytes, and a PDF with the same text and layout.
  handout   a tagged PDF of at most two pages, 12 pt text; a QR code and the link with --url.
  card      a 1200 × 630 PNG (1080 × 1080 with --square) and <card>.alt.txt beside it.
  image     the widget at --width CSS px, drawn at 2×; <x>.alt.txt and <x>.html, an email-safe
            snippet (a table with inline styles, the image, its alt text, a link with --url).`;

const EMPTY_LIST = 'an empty list holds no document';

function fail(message) {
  console.error(message);
  process.exit(2);
}

/**
 * Text from a document, safe for a terminal: control characters (escape sequences that could
 * recolour, move the cursor or retitle the window) are printed as \u escapes.
 */
const printable = (text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Offset of the first JSON syntax error in `text` (JSON.parse gives a position only for some
 * errors): a small scanner of the JSON grammar that stops where the text stops being JSON.
 */
function syntaxErrorOffset(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i += 1;
  };
  const stop = () => {
    throw i;
  };
  const literal = (word) => {
    for (const ch of word) {
      if (text[i] !== ch) stop();
      i += 1;
    }
  };
  const string = () => {
    if (text[i] !== '"') stop();
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] < ' ') stop();
      if (text[i] === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop();
      }
      i += 1;
    }
    if (i >= text.length) stop();
    i += 1;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) stop();
    i += match[0].length;
  };
  const value = () => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      ws();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') stop();
        i += 1;
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else stop();
      }
    }
    if (ch === '[') {
      i += 1;
      ws();
      if (text[i] === ']') return void (i += 1);
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else stop();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}

function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The JSON of `file`; invalid JSON is reported (with its line and column) through `report`, then
 * exit 1, and so is a document longer than the widgets read (counted as they count it: characters
 * of the text, without a byte order mark).
 */
function readJson(file, report = console.log, isDocument = true) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read (${error.code ?? error.message})`);
  }
  const clean = text.replace(/^\ufeff/, '');
  if (isDocument && clean.length > LIMITS.documentChars) {
    report(`${file}: document larger than ${LIMITS.documentChars} characters (the widgets refuse it)`);
    console.error('1 problem found.');
    process.exit(1);
  }
  try {
    return JSON.parse(clean);
  } catch {
    const offset = syntaxErrorOffset(clean);
    const { line, column } = lineAndColumn(clean, offset);
    const near = clean.slice(offset, offset + 20).split(/\r?\n/)[0];
    report(printable(`${file}:${line}:${column}: not valid JSON${near ? ` near '${near}'` : ' (the text ends too early)'}`));
    console.error('1 problem found.');
    process.exit(1);
  }
  return undefined;
}

function ledgerIds(value, file) {
  const list = Array.isArray(value) ? value : Array.isArray(value?.entries) ? value.entries : undefined;
  if (!list) fail(`${file}: expected a list of claim ids or { "entries": [...] }`);
  return list.map((item) => (typeof item === 'string' ? item : item?.id)).filter((id) => typeof id === 'string');
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...rest] = args;
if (command === 'render') await renderCommand(rest);
if (OFFPAGE_COMMANDS.includes(command)) await offPageCommand(command, rest, { readJson, fail, printable, usage: USAGE });
if (command !== 'validate') fail(command ? `Unknown command '${command}'.\n\n${USAGE}` : USAGE);

async function renderCommand([tag, ...options]) {
  if (!tag || tag.startsWith('-')) fail(USAGE);
  const request = { tag, attributes: {} };
  const csp = options.includes('--csp');
  if (options.includes('--text')) request.text = true;
  options = options.filter((option) => option !== '--csp' && option !== '--text');
  for (let i = 0; i < options.length; i += 2) {
    const [option, value] = [options[i], options[i + 1]];
    if (value === undefined) fail(`${option} needs a value.\n\n${USAGE}`);
    // Standard output is the HTML (`> widget.html`): every message goes to standard error.
    if (option === '--doc') request.document = readJson(value, console.error);
    else if (option === '--lang' || option === '--audience') {
      // The renderer's own check, in its words: a usage error here, before any document is read.
      const problem = option === '--lang' ? requestProblem(value, undefined) : requestProblem(LANGUAGES[0], value);
      if (problem) fail(printable(`--${problem}.`));
      request[option.slice(2)] = value;
    } else if (option === '--attr' && value.includes('=')) request.attributes[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
    else fail(`Unknown option '${option}'.\n\n${USAGE}`);
  }
  if ('document' in request) {
    // A document of one's own is checked as `validate` checks it: `null` or a broken one is not the built-in study.
    const { validateExplainer, formatProblem } = await import('../dist/content/validate.js');
    const problems = (Array.isArray(request.document) ? request.document : [request.document]).flatMap((doc) => validateExplainer(doc).problems);
    if (Array.isArray(request.document) && request.document.length === 0) problems.push({ path: '', message: EMPTY_LIST });
    if (problems.length) {
      for (const problem of problems) console.error(printable(formatProblem(problem)));
      console.error(`study-explainers render: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the document; nothing rendered.`);
      process.exit(1);
    }
  }
  const { render, styleHashes } = await import('./render.js');
  try {
    const html = await render(request);
    if (csp) console.error(`style-src ${styleHashes(html).join(' ')}`);
    // Exit once the write is flushed: exiting at once can cut what goes to a pipe at 64 KB.
    await new Promise((resolve) => process.stdout.write(`${html}\n`, resolve));
    process.exit(0);
  } catch (error) {
    console.error(`study-explainers render: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const files = [];
let ledgerFile;
for (let i = 0; i < rest.length; i += 1) {
  if (rest[i] === '--ledger') {
    ledgerFile = rest[i + 1];
    i += 1;
    if (!ledgerFile) fail(`--ledger needs a file.\n\n${USAGE}`);
  } else if (rest[i].startsWith('-')) fail(`Unknown option '${rest[i]}'.\n\n${USAGE}`);
  else files.push(rest[i]);
}
if (!files.length) fail(USAGE);

let validator;
try {
  validator = await import('../dist/content/validate.js');
} catch {
  fail('study-explainers: dist/content/validate.js is missing; in a checkout, run `npm run build:lib` first.');
}
const { formatProblem, validateExplainer } = validator;
// Authoring advice on a valid document (actors hiding each other, marks too wide, direction words the
// chart's sentence cannot take): the widgets show such a document, but its author should fix it.
const { adviseExplainer } = await import('../dist/content/advise.js');

const options = ledgerFile ? { claimIds: ledgerIds(readJson(ledgerFile, console.log, false), ledgerFile) } : {};
let problems = 0;
for (const file of files) {
  const input = readJson(file);
  const docs = Array.isArray(input) ? input : [input];
  const prefix = files.length > 1 ? `${file}: ` : '';
  docs.forEach((doc, i) => {
    const result = validateExplainer(doc, options);
    if (result.document) result.problems.push(...adviseExplainer(result.document));
    for (const problem of result.problems) {
      const line = formatProblem(problem);
      console.log(printable(`${prefix}${Array.isArray(input) ? `[${i}]${line.startsWith('(document)') ? line.slice(10) : `.${line}`}` : line}`));
    }
    problems += result.problems.length;
  });
  // The widgets and `render` refuse a list with no document in it: so does `validate`.
  if (Array.isArray(input) && input.length === 0) {
    console.log(`${prefix}(document): ${EMPTY_LIST}`);
    problems += 1;
  }
}
if (problems) {
  console.error(`${problems} problem${problems === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.error(`${files.length === 1 ? files[0] : `${files.length} files`}: valid.`);
