// Vue 3: the GlobalComponents entries Volar/vue-tsc read for templates. Typechecked by `npm test`.
import type { GlobalComponents } from 'vue';
import type {} from 'study-explainers/types/vue';
import { defaultExplainer } from 'study-explainers';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const stepper: Props<'mechanism-stepper'> = { lang: 'es', data: defaultExplainer, step: 1, 'show-all': true };
export const chart: Props<'study-arms-chart'> = { view: 'table', outcome: 'metastases' };
// @ts-expect-error: not a variant
export const badge: Props<'evidence-badge'> = { variant: 'huge' };

declare const el: InstanceType<GlobalComponents['mechanism-stepper']>;
el.$emit('step-change', new CustomEvent('step-change', { detail: { index: 1, id: 'x' } }));
// @ts-expect-error: the detail must be a StepChangeDetail
el.$emit('step-change', new CustomEvent('step-change', { detail: { open: true } }));
