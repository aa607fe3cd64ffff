import type { Language } from '../../i18n/languages.js';
/** UI strings of <study-arms-chart>. Templates fill `{name}` slots with `format()`. */
export interface ChartStrings {
  /** Accessible name of the chart's list of panels. */
  label: string;
  /** Short "how to read this" under the summary. */
  howToRead: string;
  /** Label before the one-line design. */
  design: string;
  /** Heading of the key that lists the groups with their marks. */
  groups: string;
  showTable: string;
  showChart: string;
  download: string;
  /** File name of the CSV download; `{id}` is the document id. */
  csvFile: string;
  /** A cell the source gives no result for. */
  notReported: string;
  /** A comparison group when no ratio refers to it. */
  reference: string;
  /** The comparison group of a ratio panel. */
  referenceValue: string;
  /** A ratio to the comparison group. */
  ratioValue: string;
  /** Axis title of a ratio panel. */
  ratioAxis: string;
  /** "{words} than {arms}": a direction against named groups. */
  than: string;
  /** "{words} to {arms}": a result similar to named groups, in the chart's own word (`similar`). */
  similarTo: string;
  /**
   * "{words} (compared with {arms})": the same, in the outcome's own `directionWords.similar`,
   * which may not end in a word that takes "to" ("about the same protein in urine").
   */
  similarWordsTo: string;
  /** Direction words used when an outcome gives none. */
  less: string;
  more: string;
  similar: string;
  /** Shown in panels whose results are directions only. */
  directionOnly: string;
  /** "{value} {unit}" */
  valueUnit: string;
  /** Group size. */
  groupSize: string;
  /** "interval {low} to {high}" */
  interval: string;
  /** Axis title of a measured panel: "In {unit}, from zero". */
  measuredAxis: string;
  /** Name of the scrollable box around the table. */
  tableLabel: string;
  /** Table caption: "{title}: all results as a table". */
  tableCaption: string;
  colOutcome: string;
  colGroup: string;
  colResult: string;
  colComparedWith: string;
  colN: string;
  colInterval: string;
  colNote: string;
  /** After a direction whose comparison group the source does not name. */
  comparisonNotStated: string;
  /** The "Compared with" cell of such a result. */
  notStated: string;
  /** Short "how to read" of the overview (the default view). */
  overviewHow: string;
  /** Accessible name of the overview's list of outcomes. */
  overviewLabel: string;
  /** Short cell words of the overview. */
  cellLess: string;
  cellMore: string;
  cellSimilar: string;
  cellNotReported: string;
  cellNotStated: string;
  /** Short cell words for narrow boxes: the comparison group, the reference of a ratio. */
  cellReference: string;
  cellRatioReference: string;
  /** Visually hidden hint after each outcome button's name. */
  openDetails: string;
  /**
   * The pattern line above outcomes whose results follow one pattern (narrow boxes): "{arms}
   * compared with {to}" (groups' short names), the same when the source names no comparison
   * group, and "{words}: {arms}" for a result its groups share ("Not reported: Control").
   */
  groupVersus: string;
  groupNotStated: string;
  groupStated: string;
  /** `{arms}` of groupStated when it names every group the line has not named yet. */
  groupOthers: string;
}

/** The UI strings of <study-arms-chart> in every language of src/i18n/languages.ts: a missing one fails to compile. */
export const chartStrings: Readonly<Record<Language, ChartStrings>> = {
  en: {
    label: 'Results by outcome',
    howToRead:
      'How to read this: each box is one result, with a line for every group. Bars appear only where the source gives a number. Otherwise, an arrow and words show which way the result went.',
    design: 'Design',
    groups: 'The groups',
    showTable: 'Show table',
    showChart: 'Show chart',
    download: 'Download data (CSV)',
    csvFile: '{id}-results.csv',
    notReported: 'Not reported in the source',
    reference: 'Comparison group',
    referenceValue: '1× (reference)',
    ratioValue: '{ratio}×',
    ratioAxis: 'Times the reference group ({arm})',
    than: '{words} than {arms}',
    similarTo: '{words} to {arms}',
    similarWordsTo: '{words} (compared with {arms})',
    less: 'less',
    more: 'more',
    similar: 'similar',
    directionOnly: 'The source says which way these results went, not by how much.',
    valueUnit: '{value} {unit}',
    groupSize: 'n = {n}',
    interval: 'interval {low} to {high}',
    measuredAxis: 'In {unit}, from zero',
    tableLabel: 'Results table',
    tableCaption: '{title}: all results as a table',
    colOutcome: 'Outcome',
    colGroup: 'Group',
    colResult: 'Result',
    colComparedWith: 'Compared with',
    colN: 'Group size (n)',
    colInterval: 'Interval',
    colNote: 'Note',
    comparisonNotStated: 'compared with: not stated in the source',
    notStated: 'Not stated in the source',
    overviewHow: 'Arrows show which way a result went, not by how much; bars only where the source gives a number.',
    overviewLabel: 'Results at a glance',
    cellLess: 'Less',
    cellMore: 'More',
    cellSimilar: 'Similar',
    cellNotReported: 'Not reported',
    cellNotStated: 'Compared with: not stated',
    cellReference: 'Reference',
    cellRatioReference: '1× (ref.)',
    openDetails: 'details',
    groupVersus: '{arms} compared with {to}',
    groupNotStated: '{arms} compared with: not stated in the source',
    groupStated: '{words}: {arms}',
    groupOthers: 'the other groups',
  },
  es: {
    label: 'Resultados por medida',
    howToRead:
      'Cómo leerlo: cada recuadro es un resultado, con una línea para cada grupo. Solo hay barras donde la fuente da una cifra. Si no, una flecha y unas palabras indican si el resultado aumentó o disminuyó.',
    design: 'Diseño',
    groups: 'Los grupos',
    showTable: 'Ver tabla',
    showChart: 'Ver gráfico',
    download: 'Descargar datos (CSV)',
    csvFile: '{id}-resultados.csv',
    notReported: 'La fuente no lo indica',
    reference: 'Grupo de comparación',
    referenceValue: '1× (referencia)',
    ratioValue: '{ratio}×',
    ratioAxis: 'Número de veces respecto al grupo de referencia ({arm})',
    than: '{words} frente a {arms}',
    similarTo: '{words} a {arms}',
    similarWordsTo: '{words} (frente a {arms})',
    less: 'menos',
    more: 'más',
    similar: 'similar',
    directionOnly: 'La fuente indica si estos resultados aumentaron o disminuyeron, pero no cuánto.',
    valueUnit: '{value} {unit}',
    groupSize: 'n = {n}',
    interval: 'intervalo de {low} a {high}',
    measuredAxis: 'En {unit}, desde cero',
    tableLabel: 'Tabla de resultados',
    tableCaption: '{title}: todos los resultados en una tabla',
    colOutcome: 'Medida',
    colGroup: 'Grupo',
    colResult: 'Resultado',
    colComparedWith: 'Comparado con',
    colN: 'Tamaño del grupo (n)',
    colInterval: 'Intervalo',
    colNote: 'Nota',
    comparisonNotStated: 'comparado con: no consta en la fuente',
    notStated: 'No consta en la fuente',
    overviewHow: 'Las flechas dicen si un resultado subió o bajó, no cuánto; solo hay barras si la fuente da una cifra.',
    overviewLabel: 'Resultados de un vistazo',
    cellLess: 'Menos',
    cellMore: 'Más',
    cellSimilar: 'Similar',
    cellNotReported: 'No se indica',
    // The glossary's word for comparing with groups ("frente a"), short enough for a narrow cell.
    cellNotStated: 'Frente a: no consta',
    cellReference: 'Referencia',
    cellRatioReference: '1× (ref.)',
    openDetails: 'detalles',
    // "Frente a", the glossary's words for comparing groups.
    groupVersus: '{arms} frente a {to}',
    groupNotStated: '{arms} frente a: no consta en la fuente',
    groupStated: '{words}: {arms}',
    groupOthers: 'los otros grupos',
  },
};
