import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import example from '../docs/examples/walking-trial.example.json';
import {
  allRendered,
  attr,
  brokenInlineJson,
  commonArgTypes,
  ownArgTypes,
  ownArgs,
  commonArgs,
  errorSrcStory,
  expectInlineJsonError,
  host,
  pageBackground,
  rendered,
  text,
  type CommonArgs,
} from './support.js';
import type { Tag } from '../src/manifest/widgets.js';

const TAG = 'evidence-badge' satisfies Tag;

interface BadgeArgs extends CommonArgs {
  variant?: string;
  open?: boolean;
  onBadgeToggle?: (event: Event) => void;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Evidence badge',
  component: TAG,
  decorators: [pageBackground],
  args: { ...commonArgs, ...ownArgs(TAG) },
  argTypes: { ...commonArgTypes, ...ownArgTypes(TAG) },
  render: (a) =>
    html`<evidence-badge
      lang=${attr(a.lang)}
      audience=${attr(a.audience)}
      theme=${attr(a.theme)}
      heading-level=${attr(a['heading-level'])}
      src=${attr(a.src)}
      fetch-timeout=${attr(a['fetch-timeout'])}
      variant=${attr(a.variant)}
      ?open=${a.open}
      @badge-toggle=${a.onBadgeToggle}
      @explainer-ready=${a.onExplainerReady}
      @explainer-error=${a.onExplainerError}
    ></evidence-badge>`,
  // Every story waits for the content before the a11y check runs.
  play: async ({ canvasElement }) => allRendered(canvasElement),
};
export default meta;
type Story = StoryObj<BadgeArgs>;

/** The one-line pill in words, details closed behind "What kind of evidence is this?". */
export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="pill"]'))).toMatch(/Early research.*In mice.*Peer-reviewed/i);
    await expect(root.querySelector<HTMLDetailsElement>('details')?.open).toBe(false);
  },
};

/** Details always shown, under their own heading. */
export const Full: Story = {
  args: { variant: 'full' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelector('details')).toBeNull();
    await expect(root.querySelector('[part="panel"]')).not.toBeNull();
    await expect(text(root.querySelector('[part="heading"]'))).toBe('What kind of evidence is this?');
  },
};

/** Compact with the `open` attribute: the details start open. */
export const Open: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelector<HTMLDetailsElement>('details')?.open).toBe(true);
  },
};

/** Opening the details with the native disclosure: `open` reflects and `badge-toggle` fires. */
export const OpenDetails: Story = {
  name: 'Open the details (interaction)',
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const badge = host(canvasElement, TAG);
    const toggles: boolean[] = [];
    badge.addEventListener('badge-toggle', (e) => toggles.push((e as CustomEvent<{ open: boolean }>).detail.open));
    const summary = root.querySelector<HTMLElement>('summary')!;
    await expect(text(summary)).toBe('What kind of evidence is this?');
    await userEvent.click(summary);
    await waitFor(() => expect(badge.hasAttribute('open')).toBe(true));
    await expect(root.querySelector<HTMLDetailsElement>('details')?.open).toBe(true);
    await expect(root.querySelector('[part="ladder"]')?.checkVisibility()).toBe(true);
    await expect(toggles).toEqual([true]);
    await expect(root.activeElement).toBe(summary);
  },
};

/** Patients get "What this means for you". */
export const Patient: Story = {
  args: { audience: 'patient', open: true },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="audience-notes"]'))).toContain('What this means for you');
  },
};

/** Clinicians get the study details (paper, authors, journal, PMID). */
export const Clinician: Story = {
  args: { audience: 'clinician', open: true },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="audience-notes"]'))).toContain('Study details');
  },
};

export const Spanish: Story = {
  args: { lang: 'es', open: true },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelector('.root')?.getAttribute('lang')).toBe('es');
    await expect(text(root.querySelector('summary'))).toBe('¿Qué tipo de evidencia es esta?');
  },
};

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', open: true } };

export const DarkFull: Story = { name: 'Dark theme, full', args: { theme: 'dark', variant: 'full', audience: 'clinician' } };

export const ErrorInlineJson: Story = {
  name: 'Error: broken inline JSON',
  render: (a) => html`<evidence-badge lang=${attr(a.lang)} theme=${attr(a.theme)}>${brokenInlineJson()}</evidence-badge>`,
  play: expectInlineJsonError(TAG),
};

// The name stays here: Storybook's indexer reads it statically.
export const ErrorSrc: Story = { name: 'Error: src that fails', ...errorSrcStory(TAG) };

/** The made-up walking trial from docs/examples (flagged `example: true`, so it says so). */
export const ExampleStudy: Story = {
  name: 'Example study (made up)',
  args: { variant: 'full' },
  render: (a) =>
    html`<evidence-badge lang=${attr(a.lang)} audience=${attr(a.audience)} theme=${attr(a.theme)} variant=${attr(a.variant)} .data=${example}></evidence-badge>`,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="notice"]'))).toMatch(/Example only/);
    await expect(text(root.querySelector('[part="pill"]'))).toMatch(/In people/);
  },
};
