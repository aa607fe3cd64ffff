import type { RenderContext } from '../../base/render-context.js';
import type { SectionOf, StringsKeyOf } from '../../manifest/widgets.js';
import type { ChartStrings } from './study-arms-chart.strings.js';

/** The chart's own section of the UI strings: `{ chart }`. */
export type ChartOwnStrings = Record<StringsKeyOf<'study-arms-chart'>, ChartStrings>;

/** What the chart and its helpers render from: the study record and the arms, the common and the chart's strings. */
export type ChartContext = RenderContext<SectionOf<'study-arms-chart'>, ChartOwnStrings>;
