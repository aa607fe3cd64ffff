import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { allRendered, rendered } from './support.js';

/** The `--se-*` tokens a page may set (on the element or any ancestor). */
interface ThemeArgs {
  '--se-font-family': string;
  '--se-text-color': string;
  '--se-muted-color': string;
  '--se-surface-color': string;
  '--se-subtle-color': string;
  '--se-border-color': string;
  '--se-accent-color': string;
  '--se-accent-text-color': string;
  '--se-focus-color': string;
  '--se-radius': string;
  '--se-space': string;
}

/** A newsroom's brand: serif type, a plum accent, square corners. Every pair meets WCAG AA. */
const brand: ThemeArgs = {
  '--se-font-family': "Georgia, 'Times New Roman', serif",
  '--se-text-color': '#231a12',
  '--se-muted-color': '#5b4a3a',
  '--se-surface-color': '#fffdf7',
  '--se-subtle-color': '#f4ede0',
  '--se-border-color': '#8a7658',
  '--se-accent-color': '#7a1f5c',
  '--se-accent-text-color': '#ffffff',
  '--se-focus-color': '#0b5c7a',
  '--se-radius': '0',
  '--se-space': '1.25rem',
};

/** `::part()` rules a page can add: what the stylesheet in the example below contains. */
const PART_RULES = `
.brand evidence-badge::part(pill) { border-radius: 0; font-variant: small-caps; }
.brand mechanism-stepper::part(button) { border-radius: 0; }
.brand mechanism-stepper::part(step-heading),
.brand study-arms-chart::part(heading) { font-style: italic; }
.brand study-arms-chart::part(panel) { border-inline-start: 4px solid var(--se-accent-color); padding-inline-start: 0.75rem; }
`;

const color = { control: 'color' } as const;

const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  // The Theming page (Theming.mdx) is this file's docs page.
  tags: ['!autodocs'],
  args: brand,
  argTypes: {
    '--se-text-color': color,
    '--se-muted-color': color,
    '--se-surface-color': color,
    '--se-subtle-color': color,
    '--se-border-color': color,
    '--se-accent-color': color,
    '--se-accent-text-color': color,
    '--se-focus-color': color,
    '--se-font-family': { control: 'text' },
    '--se-radius': { control: 'text' },
    '--se-space': { control: 'text' },
  },
  play: async ({ canvasElement }) => allRendered(canvasElement),
};
export default meta;
type Story = StoryObj<ThemeArgs>;

/** All three elements in a brand theme: tokens on a wrapper, `::part()` rules in the page's CSS. */
export const BrandTheme: Story = {
  name: 'Brand theme (tokens and parts)',
  render: (a) => html`<style>
      ${PART_RULES}
    </style>
    <div class="brand" style=${styleMap({ ...a })}>
      <evidence-badge theme="light" heading-level="2"></evidence-badge>
      <br />
      <mechanism-stepper theme="light" heading-level="2" step="2"></mechanism-stepper>
      <br />
      <study-arms-chart theme="light" heading-level="2" outcome="remission" highlight="combination"></study-arms-chart>
    </div>`,
  play: async ({ canvasElement }) => {
    await allRendered(canvasElement);
    // The tokens reach inside the shadow roots.
    const root = await rendered(canvasElement, 'evidence-badge');
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    await expect(getComputedStyle(base).backgroundColor).toBe('rgb(255, 253, 247)');
    await expect(getComputedStyle(base).fontFamily).toContain('Georgia');
    const pill = root.querySelector<HTMLElement>('[part="pill"]')!;
    await expect(getComputedStyle(pill).fontVariantCaps).toBe('small-caps');
  },
};

/** The built-in dark theme on a dark page, with only the accent changed. */
export const DarkWithAccent: Story = {
  name: 'Dark theme with a custom accent',
  args: { '--se-accent-color': '#ffb3de' },
  render: (a) => html`<div style="background:#0b0e12; padding: 1rem">
    <div style=${styleMap({ '--se-accent-color': a['--se-accent-color'] })}>
      <mechanism-stepper theme="dark" heading-level="2" step="5"></mechanism-stepper>
    </div>
  </div>`,
};
