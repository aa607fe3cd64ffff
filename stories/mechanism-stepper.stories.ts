import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import example from '../docs/examples/walking-trial.example.json';
import {
  STEP_COUNT,
  STEP_IDS,
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

const TAG = 'mechanism-stepper' satisfies Tag;

interface StepperArgs extends CommonArgs {
  step?: number;
  'show-all'?: boolean;
  onStepChange?: (event: Event) => void;
}

const meta: Meta<StepperArgs> = {
  title: 'Elements/Mechanism stepper',
  component: TAG,
  decorators: [pageBackground],
  args: { ...commonArgs, ...ownArgs(TAG) },
  argTypes: { ...commonArgTypes, ...ownArgTypes(TAG) },
  render: (a) =>
    html`<mechanism-stepper
      lang=${attr(a.lang)}
      audience=${attr(a.audience)}
      theme=${attr(a.theme)}
      heading-level=${attr(a['heading-level'])}
      src=${attr(a.src)}
      fetch-timeout=${attr(a['fetch-timeout'])}
      step=${attr(a.step)}
      ?show-all=${a['show-all']}
      @step-change=${a.onStepChange}
      @explainer-ready=${a.onExplainerReady}
      @explainer-error=${a.onExplainerError}
    ></mechanism-stepper>`,
  // Every story waits for the content before the a11y check runs.
  play: async ({ canvasElement }) => allRendered(canvasElement),
};
export default meta;
type Story = StoryObj<StepperArgs>;

/** Checks that step `n` (1-based) is the one shown: heading (the one count), picker, ends. */
async function expectStep(canvasElement: HTMLElement, n: number) {
  const root = await rendered(canvasElement, TAG);
  const visible = [...root.querySelectorAll<HTMLElement>('li.step')].filter((li) => !li.hidden);
  await expect(visible).toHaveLength(1);
  await expect(visible[0].dataset.id).toBe(STEP_IDS[n - 1]);
  await expect(text(visible[0].querySelector('[part="step-heading"]'))).toContain(`Step ${n} of ${STEP_COUNT}`);
  const current = root.querySelectorAll('[aria-current="step"]');
  await expect(current).toHaveLength(1);
  await expect(current[0].textContent?.trim()).toBe(String(n));
  // The count is shown once, in the step heading: no progress line repeats it.
  await expect(root.querySelector('.progress')).toBeNull();
  await expect(root.querySelector('.previous')?.getAttribute('aria-disabled')).toBe(n === 1 ? 'true' : 'false');
  // Next holds both of its labels (one hidden, so it keeps its size): the shown one is this step's.
  await expect(root.querySelector<HTMLElement>('.next')?.innerText).toContain(n === STEP_COUNT ? 'Restart' : 'Next');
  return root;
}

/** One story per step of the built-in document (8 steps); the first also checks the count. */
const stepStory = (n: number): Story => ({
  name: `Step ${n}: ${STEP_IDS[n - 1]}`,
  args: { step: n - 1 },
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, n);
  },
});

export const Step1: Story = {
  ...stepStory(1),
  play: async ({ canvasElement }) => {
    // If the built-in content gains or loses a step, the per-step stories below need updating.
    await expect(STEP_COUNT).toBe(8);
    await expectStep(canvasElement, 1);
  },
};
export const Step2 = stepStory(2);
export const Step3 = stepStory(3);
export const Step4 = stepStory(4);
export const Step5 = stepStory(5);
export const Step6 = stepStory(6);
export const Step7 = stepStory(7);
export const Step8: Story = {
  ...stepStory(8),
  play: async ({ canvasElement }) => {
    const root = await expectStep(canvasElement, 8);
    // On the last step Next reads "Restart" and goes back to step 1, keeping focus.
    const next = root.querySelector<HTMLButtonElement>('.next')!;
    await userEvent.click(next);
    await waitFor(() => expect(host(canvasElement, TAG).getAttribute('step')).toBe('0'));
    await expectStep(canvasElement, 1);
    await expect(root.activeElement).toBe(next);
  },
};

/** Pressing Next: the heading, `aria-current` and the live region follow; focus stays on Next. */
export const ClickNext: Story = {
  name: 'Click Next (interaction)',
  args: { step: 0 },
  play: async ({ canvasElement }) => {
    const root = await expectStep(canvasElement, 1);
    const live = root.querySelector('[aria-live="polite"]')!;
    await expect(text(live)).toBe('');
    const changes: number[] = [];
    host(canvasElement, TAG).addEventListener('step-change', (e) => changes.push((e as CustomEvent<{ index: number }>).detail.index));
    const next = root.querySelector<HTMLButtonElement>('.next')!;
    await userEvent.click(next);
    await waitFor(() => expect(text(root.querySelector('li.step:not([hidden]) [part="step-heading"]'))).toContain(`Step 2 of ${STEP_COUNT}`));
    await expectStep(canvasElement, 2);
    await expect(root.activeElement).toBe(next);
    await expect(text(live)).toContain(`Step 2 of ${STEP_COUNT}:`);
    await expect(changes).toEqual([1]);
    // Arrow keys step while focus is on a control.
    await userEvent.keyboard('{ArrowRight}');
    await expectStep(canvasElement, 3);
    await userEvent.keyboard('{ArrowLeft}');
    await expectStep(canvasElement, 2);
    await expect(root.activeElement).toBe(next);
  },
};

/** Pressing Previous on the first step does nothing (it is `aria-disabled`, not removed). */
export const PreviousAtStart: Story = {
  name: 'Previous at the first step (interaction)',
  args: { step: 0 },
  play: async ({ canvasElement }) => {
    const root = await expectStep(canvasElement, 1);
    const previous = root.querySelector<HTMLButtonElement>('.previous')!;
    await userEvent.click(previous);
    await expectStep(canvasElement, 1);
    await expect(root.activeElement).toBe(previous);
  },
};

/** Every step listed with its picture, as in print. */
export const ShowAll: Story = {
  name: 'Show all steps',
  args: { 'show-all': true },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const steps = [...root.querySelectorAll<HTMLElement>('li.step')];
    await expect(steps).toHaveLength(STEP_COUNT);
    await expect(steps.every((li) => !li.hidden)).toBe(true);
    await expect(root.querySelector('.toggle')?.getAttribute('aria-expanded')).toBe('true');
  },
};

/** Pressing "All steps" expands the list and says so with `aria-expanded`. */
export const ToggleShowAll: Story = {
  name: 'Toggle "All steps" (interaction)',
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await expect([...root.querySelectorAll<HTMLElement>('li.step')].filter((li) => !li.hidden)).toHaveLength(STEP_COUNT);
    await expect(root.activeElement).toBe(toggle);
  },
};

export const Patient: Story = { args: { audience: 'patient', step: 3 } };

export const Clinician: Story = {
  args: { audience: 'clinician', step: 3 },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('li.step:not([hidden]) .title'))).toMatch(/Desmoplasia/);
  },
};

export const Spanish: Story = {
  args: { lang: 'es', step: 1 },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(root.querySelector('.root')?.getAttribute('lang')).toBe('es');
    const shown = [...root.querySelectorAll<HTMLElement>('li.step')].find((li) => !li.hidden);
    await expect(text(shown?.querySelector('[part="step-heading"]') ?? null)).toMatch(/^Paso 2 de 8/);
  },
};

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', step: 5 } };

export const ErrorInlineJson: Story = {
  name: 'Error: broken inline JSON',
  render: (a) => html`<mechanism-stepper lang=${attr(a.lang)} theme=${attr(a.theme)}>${brokenInlineJson()}</mechanism-stepper>`,
  play: expectInlineJsonError(TAG),
};

// The name stays here: Storybook's indexer reads it statically.
export const ErrorSrc: Story = { name: 'Error: src that fails', ...errorSrcStory(TAG) };

/** The made-up walking trial from docs/examples (flagged `example: true`, so it says so). */
export const ExampleStudy: Story = {
  name: 'Example study (made up)',
  render: (a) =>
    html`<mechanism-stepper lang=${attr(a.lang)} audience=${attr(a.audience)} theme=${attr(a.theme)} step=${attr(a.step)} .data=${example}></mechanism-stepper>`,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, TAG);
    await expect(text(root.querySelector('[part="notice"]'))).toMatch(/Example only/);
  },
};
