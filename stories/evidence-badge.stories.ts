import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/Evidence badge',
  component: 'evidence-badge',
  render: () => html`<evidence-badge></evidence-badge>`,
};
export default meta;

export const Compact: StoryObj = {};
