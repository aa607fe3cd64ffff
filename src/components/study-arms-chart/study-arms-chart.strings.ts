/** UI strings of <study-arms-chart>. Templates fill `{name}` slots with `format()`. */
export interface ChartStrings {
  /** Accessible name of the element's region. */
  label: string;
}

export const chartEn: ChartStrings = {
  label: 'study-arms-chart',
};

export const chartEs: ChartStrings = {
  label: 'study-arms-chart',
};
