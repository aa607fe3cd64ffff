import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import example from '../docs/examples/walking-trial.example.json';
import {
  OUTCOME_IDS,
  allRendered,
  attr,
  brokenInlineJson,
  commonArgTypes,
  ownArgTypes,
  ownArgs,
  commonArgs,
  errorSrcStory,
  expectInlineJsonError,
  pageBackground,
  rendered,
  text,
  type CommonArgs,
} from './support.js';
import type { Tag } from '../src/manifest/widgets.js';

const TAG = 'study-arms-chart' satisfies Tag;

interface ChartArgs extends CommonArgs {
  outcome?: string;
  view?: string;
  highlight?: string;
}

const meta: Meta<ChartArgs> = {
  title: 'Elements/Study arms chart',
  component: TAG,
  decorators: [pageBackground],
  args: { ...commonArgs, ...ownArgs(TAG) },
  argTypes: { ...commonArgTypes, ...ownArgTypes(TAG) },
  render: (a) =>
    html`<study-arms-chart
      lang=${attr(a.lang)}
      audience=${attr(a.audience)}
      theme=${attr(a.theme)}
      heading-level=${attr(a['heading-level'])}
      src=${attr(a.src)}
      fetch-timeout=${attr(a['fetch-timeout'])}
      outcome=${attr(a.outcome)}
      view=${attr(a.view)}
      highlight=${attr(a.highlight)}
      @explainer-ready=${a.onExplainerReady}
      @explainer-error=${a.onExplainerError}
    ></study-arms-chart>`,
  // Every story waits for the content before the a11y check runs.
  play: async ({ canvasElement }) => allRendered(canvasElement),
};
export default meta;
type Story = StoryObj<ChartArgs>;

/** The outcome ids that have their own story below, in document order. */
const OUTCOME_STORIES = [
  'remission',
  'lung-metastases',
  'survival',
  'immune-cells',
  'fibroblasts',
  'desmoplasia',
  'pl-tissue',
  'pl-vessels',
  'pl-oxygen',
  'pl-lung-metastases',
  'pl-survival',
];

/** Every outcome, one panel each. Also checks that each outcome of the content has a story. */
export const AllOutcomes: Story = {
  name: 'All outcomes',
  args: { view: 'panels' },
  play: async ({ canvasElement }) => {
    await expect(OUTCOME_STORIES).toEqual(OUTCOME_IDS);
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelectorAll('[part="panel"]')).toHaveLength(OUTCOME_IDS.length);
    await expect(root.querySelector('[part="figure"]')?.localName).toBe('figure');
  },
};

/** One story per outcome: only that panel, a row per arm. */
const outcomeStory = (id: string): Story => ({
  name: `Outcome: ${id}`,
  args: { outcome: id },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const panels = root.querySelectorAll<HTMLElement>('[part="panel"]');
    await expect(panels).toHaveLength(1);
    await expect(panels[0].dataset.outcome).toBe(id);
    await expect(panels[0].querySelectorAll('[part~="row"]').length).toBeGreaterThan(0);
  },
});

export const OutcomeRemission = outcomeStory('remission');
export const OutcomeLungMetastases = outcomeStory('lung-metastases');
export const OutcomeSurvival = outcomeStory('survival');
export const OutcomeImmuneCells = outcomeStory('immune-cells');
export const OutcomeFibroblasts = outcomeStory('fibroblasts');
export const OutcomeDesmoplasia = outcomeStory('desmoplasia');
export const OutcomePlTissue = outcomeStory('pl-tissue');
export const OutcomePlVessels = outcomeStory('pl-vessels');
export const OutcomePlOxygen = outcomeStory('pl-oxygen');
export const OutcomePlLungMetastases = outcomeStory('pl-lung-metastases');
export const OutcomePlSurvival = outcomeStory('pl-survival');

/** The same facts as a real table (caption, column and row headers) in a named, focusable box. */
export const TableView: Story = {
  name: 'Table view',
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const table = root.querySelector('table');
    await expect(table).not.toBeNull();
    await expect(text(table!.querySelector('caption'))).not.toBe('');
    await expect(table!.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(0);
    await expect(root.querySelector('[part="panels"]')).toBeNull();
  },
};

/** Pressing "Show table" swaps the chart for the table; focus stays on the button. */
export const SwitchToTable: Story = {
  name: 'Switch to the table (interaction)',
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    await expect(text(toggle)).toBe('Show table');
    await userEvent.click(toggle);
    await waitFor(() => expect(root.querySelector('table')).not.toBeNull());
    await expect(root.querySelector('[part="panels"]')).toBeNull();
    await expect(text(toggle)).toBe('Show chart');
    await expect(root.activeElement).toBe(toggle);
    await expect(canvasElement.querySelector(TAG)?.getAttribute('view')).toBe('table');
  },
};

/** The default view: the takeaway, then outcomes × groups; a row's button opens its panel. */
export const AtAGlance: Story = {
  name: 'At a glance (default view)',
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelectorAll('[part~="overview-row"]')).toHaveLength(OUTCOME_IDS.length);
    // Every panel is in the page (for the layout without script), shown only when asked.
    const shown = () => [...root.querySelectorAll<HTMLElement>('[part="panel"]')].filter((p) => p.checkVisibility({ visibilityProperty: true }));
    await expect(shown()).toHaveLength(0);
    const button = root.querySelector<HTMLButtonElement>('[part="outcome-button"]')!;
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    await expect(shown()).toHaveLength(1);
  },
};

/** One group emphasised in every panel. */
export const Highlight: Story = {
  args: { highlight: 'combination', view: 'panels' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const rows = [...root.querySelectorAll<HTMLElement>('[part~="highlight"]')];
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.every((row) => row.dataset.arm === 'combination')).toBe(true);
  },
};

/** The highlight carries into the table. */
export const HighlightTable: Story = {
  name: 'Highlight, table view',
  args: { highlight: 'combination', view: 'table' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    // Outcomes × groups: the highlighted group's cells (a cell shared by neighbours names them all).
    const cells = [...root.querySelectorAll<HTMLElement>('td.highlight')];
    await expect(cells.length).toBeGreaterThan(0);
    await expect(cells.every((cell) => cell.dataset.arm!.split(' ').includes('combination'))).toBe(true);
  },
};

export const Patient: Story = { args: { audience: 'patient', outcome: 'lung-metastases' } };

export const Clinician: Story = {
  args: { audience: 'clinician', outcome: 'lung-metastases' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="panel-heading"]'))).toBe('Lung metastases in mice');
  },
};

export const Spanish: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelector('.root')?.getAttribute('lang')).toBe('es');
    await expect(text(root.querySelector('[part="toggle"]'))).toBe('Ver tabla');
  },
};

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', highlight: 'combination' } };

export const DarkTable: Story = { name: 'Dark theme, table view', args: { theme: 'dark', view: 'table', highlight: 'combination' } };

export const ErrorInlineJson: Story = {
  name: 'Error: broken inline JSON',
  render: (a) => html`<study-arms-chart lang=${attr(a.lang)} theme=${attr(a.theme)}>${brokenInlineJson()}</study-arms-chart>`,
  play: expectInlineJsonError(TAG),
};

// The name stays here: Storybook's indexer reads it statically.
export const ErrorSrc: Story = { name: 'Error: src that fails', ...errorSrcStory(TAG) };

/** The made-up walking trial from docs/examples (flagged `example: true`, so it says so). */
export const ExampleStudy: Story = {
  name: 'Example study (made up)',
  render: (a) =>
    html`<study-arms-chart
      lang=${attr(a.lang)}
      audience=${attr(a.audience)}
      theme=${attr(a.theme)}
      view=${attr(a.view)}
      highlight=${attr(a.highlight)}
      .data=${example}
    ></study-arms-chart>`,
  args: { view: 'panels' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="notice"]'))).toMatch(/Example only/);
    await expect(root.querySelectorAll('[part="panel"]')).toHaveLength(example.arms.outcomes.length);
  },
};
