// Rollup plugin: shrinks the static text of Lit's css``, html`` and svg`` templates, which
// terser leaves alone. CSS loses comments and spacing; markup keeps one space wherever there
// was white space (so words and inline elements keep their gaps). Holes (${…}) are untouched.

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
}

const minifyMarkup = (text) => text.replace(/\s+/g, ' ');

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
        const minify = node.tag.name === 'css' ? minifyCss : minifyMarkup;
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
