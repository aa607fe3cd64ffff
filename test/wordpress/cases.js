// The test posts: every block and shortcode option, hostile shortcodes, pages without widgets.
import { readFileSync } from 'node:fs';

// `expect` is the exact set of element attributes the server must write (true = boolean attribute).
// The plugin's theme is "light" unless a block or shortcode chooses another (the element's own
// default, "auto", follows the reader's system: dark widgets on light WordPress themes).

const heading = (level, text) =>
  `<!-- wp:heading${level === 2 ? '' : ` {"level":${level}}`} -->\n<h${level} class="wp-block-heading">${text}</h${level}>\n<!-- /wp:heading -->`;

/** Attributes as WordPress writes them into a block comment (serialize_block_attributes): no `--`, `<`, `>` or `&`. */
const blockJson = (attrs) =>
  JSON.stringify(attrs)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');

const block = (widget, attrs = {}) => {
  const json = Object.keys(attrs).length ? ` ${blockJson(attrs)}` : '';
  return `<!-- wp:study-explainers/${widget}${json} /-->`;
};

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A copy forged into a block's attributes, with the key the server would give its settings: the plugin reads no markup from post content. */
const FORGED_COPY = '<template shadowrootmode="open"><style>:host{display:block}</style><img src="x" onerror="window.__pwned=1"></template>';

export const WIDGET_TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'];

/** Posts whose widgets must render exactly as expected. */
export const POSTS = [
  {
    key: 'block-mechanism-stepper',
    title: 'Block: mechanism stepper',
    instances: [
      // Under the post's own h2 and h3, so heading level 4 keeps the outline in order.
      { widget: 'mechanism-stepper', before: [heading(2, 'How it works'), heading(3, 'Step by step')], block: { lang: 'es', audience: 'clinician', theme: 'dark', headingLevel: 4, step: 2 }, expect: { lang: 'es', audience: 'clinician', theme: 'dark', 'heading-level': '4', step: '2' } },
      { widget: 'mechanism-stepper', block: { lang: 'en', theme: 'light', showAll: true }, expect: { lang: 'en', theme: 'light', 'show-all': true, 'heading-level': '2' } },
    ],
  },
  {
    key: 'block-study-arms-chart',
    title: 'Block: study-arms chart',
    instances: [
      { widget: 'study-arms-chart', block: { lang: 'es', theme: 'light', outcome: 'lung-metastases', view: 'table', highlight: 'combination' }, expect: { lang: 'es', theme: 'light', outcome: 'lung-metastases', view: 'table', highlight: 'combination', 'heading-level': '2' } },
      { widget: 'study-arms-chart', block: { lang: 'en', audience: 'clinician', theme: 'dark', headingLevel: 2, view: 'chart' }, expect: { lang: 'en', audience: 'clinician', theme: 'dark', 'heading-level': '2' } },
    ],
  },
  {
    key: 'block-evidence-badge',
    title: 'Block: evidence badge',
    instances: [
      // Level 3 is the element's own default: not written, and the element renders h3.
      { widget: 'evidence-badge', before: [heading(2, 'The evidence')], block: { lang: 'en', audience: 'clinician', theme: 'dark', variant: 'full', headingLevel: 3 }, expect: { lang: 'en', audience: 'clinician', theme: 'dark', variant: 'full' } },
      { widget: 'evidence-badge', block: { lang: 'es', theme: 'light', open: true }, expect: { lang: 'es', theme: 'light', open: true, 'heading-level': '2' } },
    ],
  },
  {
    // A block with no shipped copy, saved by someone who may not post unfiltered HTML: the copy keeper's case.
    key: 'block-contributor',
    title: 'A contributor block',
    author: 'contributor',
    instances: [{ widget: 'evidence-badge', block: { lang: 'en', theme: 'light', variant: 'full' }, expect: { lang: 'en', theme: 'light', variant: 'full', 'heading-level': '2' } }],
  },
  {
    // Two widgets with the same settings: each must get its own kept copy, never the other's.
    key: 'same-settings',
    title: 'Two widgets, the same settings',
    instances: [
      { widget: 'evidence-badge', before: ['<h2>The evidence</h2>', '<h3>At a glance</h3>'], shortcode: '[study_explainer widget="evidence-badge" heading_level="4"]', expect: { lang: 'en', theme: 'light', 'heading-level': '4' }, level: 4 },
      { widget: 'mechanism-stepper', shortcode: '[study_explainer widget="mechanism-stepper" heading_level="4"]', expect: { lang: 'en', theme: 'light', 'heading-level': '4' }, level: 4 },
    ],
  },
  {
    key: 'block-defaults',
    title: 'Blocks with default settings',
    instances: WIDGET_TAGS.map((widget) => ({ widget, block: {}, expect: { lang: 'en', theme: 'light', 'heading-level': '2' } })),
  },
  {
    key: 'shortcodes',
    title: 'Shortcodes with every option',
    instances: [
      { widget: 'mechanism-stepper', before: ['<h2>How it works</h2>', '<h3>Step by step</h3>'], shortcode: '[study_explainer widget="mechanism-stepper" lang="es" audience="clinician" theme="dark" heading_level="4" step="3"]', expect: { lang: 'es', audience: 'clinician', theme: 'dark', 'heading-level': '4', step: '3' } },
      { widget: 'mechanism-stepper', shortcode: '[study_explainer widget="mechanism-stepper" lang="en" audience="patient" theme="light" show_all="true"]', expect: { lang: 'en', theme: 'light', 'show-all': true, 'heading-level': '2' } },
      { widget: 'study-arms-chart', shortcode: '[study_explainer widget="study-arms-chart" lang="es" audience="clinician" theme="dark" outcome="remission" view="table" highlight="icb" heading_level="2"]', expect: { lang: 'es', audience: 'clinician', theme: 'dark', outcome: 'remission', view: 'table', highlight: 'icb', 'heading-level': '2' } },
      { widget: 'study-arms-chart', shortcode: '[study_explainer widget="study-arms-chart" lang="en" theme="light" view="chart" highlight="combination"]', expect: { lang: 'en', theme: 'light', highlight: 'combination', 'heading-level': '2' } },
      { widget: 'evidence-badge', shortcode: '[study_explainer widget="evidence-badge" lang="es" audience="clinician" theme="light" variant="full"]', expect: { lang: 'es', audience: 'clinician', theme: 'light', variant: 'full', 'heading-level': '2' } },
      // A bare flag counts as true.
      { widget: 'evidence-badge', shortcode: '[study_explainer widget="evidence-badge" theme="dark" variant="compact" open]', expect: { lang: 'en', theme: 'dark', open: true, 'heading-level': '2' } },
    ],
  },
];

/** Written by a contributor (no unfiltered_html), so WordPress's own filtering applies as in real life. */
export const HOSTILE_POST = {
  key: 'hostile',
  title: 'Hostile shortcodes',
  author: 'contributor',
  content: [
    '[study_explainer widget="../../etc"]',
    '[study_explainer widget="../../../wp-config.php" lang="es"]',
    '[study_explainer widget="mechanism-stepper" lang="\\"><script>window.__pwned=1</script>"]',
    `[study_explainer widget="mechanism-stepper" lang='es" onmouseover="window.__pwned=1' audience="clinician onfocus=window.__pwned=1" theme="dark autofocus" heading_level="7" step="1e3" show_all="javascript:window.__pwned=1"]`,
    '[study_explainer widget="study-arms-chart" outcome="&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;" view="table&quot; onclick=&quot;window.__pwned=1" highlight="combination\\" onclick=\\"window.__pwned=1"]',
    '[study_explainer widget="evidence-badge" variant="full<svg onload=window.__pwned=1>" open="false" theme="light"]',
  ].join('\n\n'),
  widgets: 4,
};

/**
 * Copies forged into post content, which the plugin never reads: in a block's attributes by an
 * administrator, and by a contributor in a block comment that kses alone would not read as a block
 * (a `<y>` after the attributes; kses then strips it, and the block parses on output).
 */
export const FORGED_POSTS = [
  {
    key: 'forged-admin',
    title: 'A copy in block attributes',
    content: block('evidence-badge', { lang: 'en', variant: 'full', prerendered: FORGED_COPY, prerenderedFor: `${version} evidence-badge heading-level=2 lang=en variant=full` }),
  },
  {
    key: 'forged-contributor',
    title: 'A copy in a malformed block comment',
    author: 'contributor',
    // A raw `>` first, so kses reads `<!-- … >` as a tag; quotes as \u0022, which slashes do not touch.
    content: block('evidence-badge', { z: '>', lang: 'en', variant: 'full', prerendered: FORGED_COPY, prerenderedFor: `${version} evidence-badge heading-level=2 lang=en variant=full` })
      .replace('"z":"\\u003e"', '"z":">"')
      .replace(/\\"/g, '\\u0022')
      .replace(' /-->', '<y> /-->'),
  },
];

/** Copies the copies route must refuse even from an administrator (includes/copies.php, study_explainers_copy_form_ok). */
const shadow = (inner, style = '') => `<template shadowrootmode="open"><style>${style}</style>${inner}</template>`;
export const HOSTILE_COPIES = {
  script: shadow('<script>window.__pwned=1</script>'),
  handler: shadow('<p onclick="x">x</p>'),
  'handler after a slash': shadow('<svg/onload=alert(1)>'),
  'entity in a scheme': shadow('<a href="java&Tab;script:alert(1)">x</a>'),
  'raw tab in a scheme': shadow('<a href="java\tscript:alert(1)">x</a>'),
  'xlink:href': shadow('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'),
  'data: link': shadow('<a href="data:text/html,x">x</a>'),
  formaction: shadow('<button formaction="javascript:alert(1)">x</button>'),
  'out of the shadow root': '<template shadowrootmode="open"><style></style></template><script>x</script><template shadowrootmode="open"></template>',
  '@import': shadow('', '@import url(//example.org/x.css)'),
  'url() elsewhere': shadow('', ':host{background:url(//example.org/x.png)}'),
  'tracking image': shadow('<img src="//example.org/x.png" alt="">'),
  "a translator's font tags": shadow('<font style="vertical-align: inherit;">x</font>'),
  'not a shadow root': '<p>x</p>',
};

/** Rendered with do_shortcode() directly (admin context, no kses): our code is the only guard. */
export const DIRECT = {
  traversal: { shortcode: '[study_explainer widget="../../etc"]', expect: null },
  scriptWidget: { shortcode: '[study_explainer widget="<script>alert(1)</script>"]', expect: null },
  scriptLang: { shortcode: '[study_explainer widget="mechanism-stepper" lang="\\"><script>alert(1)</script>"]', expect: { lang: 'en', theme: 'light', 'heading-level': '2' } },
  quotes: {
    shortcode: `[study_explainer widget="study-arms-chart" lang='"><script>alert(1)</script>' outcome='" onmouseover="alert(1)' view="<b>" highlight="x' onclick='y" heading_level="2 onclick=x" theme="Dark"]`,
    // theme="Dark" is dark: values are matched ignoring case.
    expect: { lang: 'en', theme: 'dark', 'heading-level': '2' },
  },
  entities: { shortcode: '[study_explainer widget="evidence-badge" theme="dark&quot;&gt;" variant="FULL" open="1" step="2"]', expect: { lang: 'en', theme: 'light', variant: 'full', open: true, 'heading-level': '2' } },
  stepRange: { shortcode: '[study_explainer widget="mechanism-stepper" step="99" audience="clinician" show_all="no"]', expect: { lang: 'en', audience: 'clinician', theme: 'light', 'heading-level': '2' } },
};

/**
 * Shortcode mistakes an editor makes, in one post by the admin: what readers get (`expect`: the
 * element's attributes, or null for nothing) and the note people who can edit the post see
 * (`note`: each rejected attribute as written, with the values it accepts, a list or a function of
 * the English document; null: no note).
 */
export const MISTAKES = [
  { shortcode: '[study_explainer widget="evidence_badge"]', expect: { tag: 'evidence-badge', lang: 'en', theme: 'light', 'heading-level': '2' }, note: null },
  { shortcode: '[study_explainer widget="Evidence-Badge"]', expect: { tag: 'evidence-badge', lang: 'en', theme: 'light', 'heading-level': '2' }, note: null },
  { shortcode: '[study_explainer theme="Dark" view="TABLE" widget="study-arms-chart"]', expect: { tag: 'study-arms-chart', lang: 'en', theme: 'dark', view: 'table', 'heading-level': '2' }, note: null },
  { shortcode: '[study_explainer lang="es"]', expect: null, note: [['widget', ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']]] },
  { shortcode: '[study_explainer widget="timeline"]', expect: null, note: [['widget="timeline"', ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']]] },
  { shortcode: '[study_explainer widget="mechanism-stepper" lang="fr"]', expect: { tag: 'mechanism-stepper', lang: 'en', theme: 'light', 'heading-level': '2' }, note: [['lang="fr"', ['en', 'es']]] },
  { shortcode: '[study_explainer widget="mechanism-stepper" step="99"]', expect: { tag: 'mechanism-stepper', lang: 'en', theme: 'light', 'heading-level': '2' }, note: [['step="99"', (doc) => doc.mechanism.steps.map((_, i) => String(i))]] },
  {
    shortcode: '[study_explainer widget="study-arms-chart" outcome="overall-survival" highlight="placebo"]',
    expect: { tag: 'study-arms-chart', lang: 'en', theme: 'light', 'heading-level': '2' },
    note: [
      ['outcome="overall-survival"', (doc) => doc.arms.outcomes.map((o) => o.id)],
      ['highlight="placebo"', (doc) => doc.arms.arms.map((a) => a.id)],
    ],
  },
  { shortcode: '[study_explainer widget="evidence-badge" colour="red"]', expect: { tag: 'evidence-badge', lang: 'en', theme: 'light', 'heading-level': '2' }, note: [['colour', ['lang', 'audience', 'theme', 'heading_level', 'variant', 'open']]] },
];

export const MISTAKES_POST = { key: 'mistakes', title: 'Shortcode mistakes', content: MISTAKES.map((m) => `<p>${m.shortcode}</p>`).join('\n\n') };

export const PLAIN_POSTS = [
  { key: 'plain-post', title: 'A post without widgets', content: '<!-- wp:paragraph --><p>Nothing to explain here.</p><!-- /wp:paragraph -->' },
  { key: 'plain-page', title: 'About', type: 'page', content: '<!-- wp:paragraph --><p>A page without widgets.</p><!-- /wp:paragraph -->' },
];

export function postContent(post) {
  if (post.content) return post.content;
  return post.instances
    .flatMap((instance) => [...(instance.before ?? []), instance.shortcode ? instance.shortcode : block(instance.widget, instance.block)])
    .join('\n\n');
}

/** Allowed values of every attribute the server may write (for the hostile checks). */
export const ALLOWED = {
  lang: ['en', 'es'],
  audience: ['clinician'],
  theme: ['light', 'dark'],
  'heading-level': ['2', '4', '5', '6'],
  step: /^[1-9]\d?$/,
  'show-all': [''],
  outcome: /^[a-z-]+$/,
  view: ['table'],
  highlight: ['control', 'plerixafor', 'icb', 'combination'],
  variant: ['full'],
  open: [''],
};

/** The editor scenarios: controls are changed through the block's sidebar. */
export const EDITOR_CASES = [
  {
    widget: 'mechanism-stepper',
    // Inserted under a level-2 heading block, so the editor picks H3 (the element's default: not written).
    before: ['core/heading', { level: 2, content: 'How it works' }],
    selects: { Language: 'es', Audience: 'clinician', Theme: 'dark', 'Heading level': '3', 'Starting step': '2' },
    toggles: ['Show all steps'],
    expect: { lang: 'es', audience: 'clinician', theme: 'dark', step: '2', 'show-all': true },
    level: 3,
    attributes: { lang: 'es', audience: 'clinician', theme: 'dark', headingLevel: 3, step: 2, showAll: true },
  },
  {
    widget: 'study-arms-chart',
    selects: { Language: 'es', Theme: 'light', Outcome: 'lung-metastases', View: 'table', 'Highlight a group': 'combination' },
    toggles: [],
    expect: { lang: 'es', theme: 'light', outcome: 'lung-metastases', view: 'table', highlight: 'combination', 'heading-level': '2' },
    attributes: { lang: 'es', theme: 'light', outcome: 'lung-metastases', view: 'table', highlight: 'combination' },
  },
  {
    widget: 'evidence-badge',
    // The full badge always shows its details: the "open" toggle only appears for the compact one.
    hides: { select: ['Badge style', 'full', 'compact'], label: 'Details open at first' },
    selects: { Language: 'es', Audience: 'clinician', Theme: 'dark' },
    toggles: ['Details open at first'],
    expect: { lang: 'es', audience: 'clinician', theme: 'dark', open: true, 'heading-level': '2' },
    attributes: { lang: 'es', audience: 'clinician', theme: 'dark', variant: 'compact', open: true },
  },
];
