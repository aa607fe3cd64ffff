// JavaScript values as PHP 7.4 source (WordPress style: `array( … )`, tabs), for generated PHP files.

/** A string that PHP passes through WordPress i18n: `__( 'text', domain )`, so translators see it. */
export class Translated {
  constructor(text, domain) {
    this.text = text;
    this.domain = domain;
  }
}

/** A single-quoted PHP string (only `\` and `'` need escaping there). */
export function phpString(text) {
  return `'${String(text).replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

const isList = (array) => Array.isArray(array);
const isScalar = (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Translated;

/** `value` as a PHP expression; nested arrays are indented by `depth` tabs. Objects keep their key order. */
export function phpValue(value, depth = 0) {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`no PHP literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return phpString(value);
  if (value instanceof Translated) return `__( ${phpString(value.text)}, ${phpString(value.domain)} )`;
  const entries = isList(value) ? value.map((item) => [null, item]) : Object.entries(value);
  if (entries.length === 0) return 'array()';
  // A short list of scalars fits on one line, as WordPress code writes them.
  if (isList(value) && value.every(isScalar)) {
    return `array( ${entries.map(([, item]) => phpValue(item)).join(', ')} )`;
  }
  const indent = '\t'.repeat(depth + 1);
  const lines = entries.map(([key, item]) => `${indent}${key === null ? '' : `${phpKey(key)} => `}${phpValue(item, depth + 1)},`);
  return `array(\n${lines.join('\n')}\n${'\t'.repeat(depth)})`;
}

/** PHP turns the key '2' into the integer 2 anyway; writing it as PHP reads it keeps that visible. */
function phpKey(key) {
  return /^(0|-?[1-9]\d*)$/.test(key) ? key : phpString(key);
}
