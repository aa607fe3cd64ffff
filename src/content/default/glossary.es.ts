/**
 * The Spanish glossary of the built-in study: one choice per idea, made once, so the badge,
 * the stepper, the chart and the UI strings say the same thing the same way. Each entry names
 * the words to use, the variants a native reader stumbles on, and why. A content test
 * (test/content/glossary.test.ts) fails when any Spanish reader text uses a rejected variant.
 *
 * Only tests read this file: it is not part of any bundle.
 */
export interface GlossaryEntry {
  /** The words to use. */
  preferred: string;
  /**
   * Variants not to use. A string matches as whole words, ignoring case; a RegExp is used as
   * written (for variants that depend on what follows or precedes).
   */
  rejected: ReadonlyArray<string | RegExp>;
  /** Why: what the rejected variant says to a Spanish-speaking reader. */
  note: string;
}

const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';

export const glossaryEs: readonly GlossaryEntry[] = [
  {
    preferred: 'tejido denso (exceso de tejido fibroso)',
    rejected: ['tejido grueso'],
    note: '"Grueso" describe el grosor de una capa, no un tejido fibroso compacto; la fuente habla de "dense connective tissue".',
  },
  {
    preferred: 'vasos sanguíneos comprimidos; comprime',
    rejected: ['vasos apretados', 'aprieta', 'aprietan', 'apretados', 'menos apretados', 'vasos de sangre'],
    note: '"Apretar" es coloquial (ropa, zapatos); "comprimir" es la palabra que usan pacientes y médicos. "Vasos de sangre" es un calco: "vasos sanguíneos".',
  },
  {
    preferred: 'redujo el tejido denso',
    rejected: ['adelgazó', 'adelgazar', 'adelgaza'],
    note: '"Adelgazar" se lee como perder peso.',
  },
  {
    preferred: 'son menos activas',
    rejected: ['rinden menos', 'rinden'],
    note: '"Rendir" es de trabajo o deporte, no de células.',
  },
  {
    preferred: 'atenúa la actividad de',
    rejected: ['amortigua', 'amortiguan'],
    note: '"Amortiguar" es de golpes y ruidos; "atenuar la actividad" es el término clínico.',
  },
  {
    preferred: 'Hasta marzo de 2019',
    rejected: [new RegExp(`(?<!\\p{L})a ${MONTH} de \\d{4}`, 'iu'), /^A \{date\}$/u],
    note: '"A marzo de 2019" es un calco de "as of"; "hasta" fecha la situación sin ambigüedad.',
  },
  {
    preferred: 'metástasis (tumores que se habían extendido)',
    rejected: ['tumores extendidos', 'tumor extendido'],
    note: 'Un tumor no "se extiende" como adjetivo: se dice metástasis, explicada la primera vez.',
  },
  {
    preferred: 'los tumores de las pacientes',
    rejected: ['tumores de mujeres', 'muestras de mujeres'],
    note: 'Sin artículo, "de mujeres" suena a categoría ("ropa de mujeres"); son las 17 pacientes del estudio.',
  },
  {
    preferred: 'Se extirpó con cirugía el tumor original (primario)',
    rejected: ['primer tumor', 'se quitó', 'quitó'],
    note: '"Primer tumor" sugiere un orden en el tiempo; un tumor se "extirpa", no se "quita".',
  },
  {
    preferred: 'frente a (al comparar con grupos)',
    rejected: [/^\{words\} que \{arms\}$/u, /\bque (?:Control|Plerixafor|Inhibidores|Ambos)\b/u],
    note: '"Más células … que Control, Plerixafor e …" encadena dos "que"; "frente a" compara sin ambigüedad.',
  },
  {
    preferred: 'si aumentaron o disminuyeron',
    rejected: ['hacia dónde fueron', 'hacia dónde fue', 'hacia dónde'],
    note: '"Hacia dónde fueron los cambios" es un calco de "which way things went".',
  },
  {
    preferred: 'Número de veces respecto al grupo de referencia',
    rejected: ['veces el grupo de referencia'],
    note: '"Veces el grupo" no es una frase española completa.',
  },
  {
    preferred: 'el Instituto Nacional del Cáncer (NCI) de EE. UU.',
    rejected: [/Instituto Nacional del Cáncer(?! \(NCI\) de EE\. UU\.)/u, /(?<!\b(?:el|del) )Instituto Nacional del Cáncer/u],
    note: 'Un solo nombre, con su artículo y su país: en español hay otros institutos nacionales del cáncer.',
  },
  {
    preferred: 'un fármaco usado en trasplantes de médula ósea',
    rejected: ['fármaco para trasplantes', 'movilización de células madre', 'mueve células madre'],
    note: '"Fármaco para trasplantes" se lee como de trasplante de órganos; la fuente solo dice que se usa en trasplantes de médula ósea (C02).',
  },
];
