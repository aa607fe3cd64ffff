// Rollup plugin: shrinks the static text of Lit's css``, html`` and svg`` templates, which
// terser leaves alone. CSS loses comments and spacing; markup keeps one space wherever there
// was white space (so words and inline elements keep their gaps). Holes (${…}) are untouched.

// Our styles hold no quoted text with colons, commas or decimals in it (only `content: '·'`),
// so these rewrites never touch a string's inside.
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;(]-?-?[\w-]+): /g, '$1:') // `prop: value` and `(feature: value)`
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2') // 0.5rem → .5rem
    .replace(/;}/g, '}');
}

const minifyMarkup = (text) => text.replace(/\s+/g, ' ');
// In SVG, white space between two tags is never drawn (our <text> elements hold no child tags
// but <tspan>, which never follows white space), so it can go entirely.
const minifySvg = (text) => minifyMarkup(text).replace(/> </g, '><');

/** Every tagged template in `node` whose tag is css, html or svg. */
function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && ['css', 'html', 'svg'].includes(node.tag.name)) {
    yield node;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\b(css|html|svg)\s*`/.test(code) || id.includes('node_modules')) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const minify = { css: minifyCss, html: minifyMarkup, svg: minifySvg }[node.tag.name];
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      }
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
