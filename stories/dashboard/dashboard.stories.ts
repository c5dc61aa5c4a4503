import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Layout/hcx-dashboard',
  component: 'hcx-dashboard',
  tags: ['autodocs'],
};
export default meta;

/** Every example document in one dashboard, each widget picking its `dataset`. */
export const AllWidgets: StoryObj = {
  render: () => html`<hcx-dashboard src="/examples/dashboard.json">
    <hcx-control-chart dataset="waiting" wide></hcx-control-chart>
  </hcx-dashboard>`,
};

/** An invalid dashboard document: one error listing every problem by path. */
export const InvalidDocument: StoryObj = {
  render: () => html`<hcx-dashboard .data=${{ kind: 'dashboard', version: 1, title: 'Broken', datasets: { waiting: { kind: 'control-chart', version: 1, points: 'none' } } } as never}>
    <hcx-control-chart dataset="waiting"></hcx-control-chart>
  </hcx-dashboard>`,
};
