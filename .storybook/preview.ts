import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { defineElement } from '../src/base/define.js';
import * as elements from '../src/index.js';
import { WIDGETS } from '../src/manifest/widgets.js';

// Registered here rather than with `import '../src/define.js'`: package.json's `sideEffects` lists
// only ./dist files, so `storybook build` tree-shook that side-effect-only import and the static
// site showed empty elements (dev mode and the story tests do not tree-shake, so they hid it).
for (const { tag, className } of Object.values(WIDGETS)) defineElement(tag, elements[className]);

interface Named {
  name: string;
}

interface Member extends Named {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

interface Declaration {
  members?: Member[];
  attributes?: Named[];
  cssParts?: Named[];
}

/**
 * The manifest as the docs tables should show it: public API only. Private/protected fields and
 * statics are dropped, and so are properties whose attribute has another name (`showAll` is the
 * `show-all` row), so each setting appears once and its control writes the attribute. Storybook
 * keys every row by name alone, so a CSS part named like an attribute (the chart's `highlight`)
 * would replace the attribute's row: such parts are listed as `part: name`.
 */
function publicApi(cem: typeof manifest): typeof manifest {
  const copy = structuredClone(cem) as { modules: Array<{ declarations?: Declaration[] }> };
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) {
        declaration.members = declaration.members.filter((m) => !m.privacy && !m.static && !(m.attribute && m.attribute !== m.name));
      }
      const taken = new Set([...(declaration.members ?? []), ...(declaration.attributes ?? [])].map((m) => m.name));
      for (const part of declaration.cssParts ?? []) {
        if (taken.has(part.name)) part.name = `part: ${part.name}`;
      }
    }
  }
  return copy as typeof manifest;
}

// Argument tables come from the manifest that `npm run analyze` generates from JSDoc.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Guides', ['Introduction', 'Embedding', 'Theming', 'Accessibility', 'Content authoring'], 'Elements'],
      },
    },
    a11y: {
      // Any axe violation fails the story's test (WCAG 2.2 AA plus best practice).
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
