import type { Language } from './languages.js';

/** UI strings every element uses. Templates fill `{name}` slots with `format()`. */
export interface CommonStrings {
  /**
   * Shown in the element's box when content cannot be used, by reason: the document is
   * incomplete (fails validation), cannot be read (not JSON, too large), or never arrived (src).
   * Readers never see paths; those go to the console and the `explainer-error` event.
   */
  errorIncomplete: string;
  errorUnreadable: string;
  errorUnloaded: string;
  loading: string;
  /** Shown on documents flagged `example: true`. */
  exampleNotice: string;
  source: string;
  readThePaper: string;
  /** "{publisher}, {date}" */
  newsSource: string;
  statusAsOf: string;
}

/** The UI strings of every element in every language of src/i18n/languages.ts: a missing one fails to compile. */
export const commonStrings: Readonly<Record<Language, CommonStrings>> = {
  en: {
    errorIncomplete: 'This explainer could not be shown: its study data is incomplete.',
    errorUnreadable: 'This explainer could not be shown: its study data could not be read.',
    errorUnloaded: 'This explainer could not be shown: its study data could not be loaded.',
    loading: 'Loading the explainer…',
    exampleNotice: 'Example only: this study is made up.',
    source: 'Source',
    readThePaper: 'Read the paper',
    newsSource: 'Reported by {publisher}, {date}',
    statusAsOf: 'As of {date}',
  },
  es: {
    errorIncomplete: 'Esta explicación no se pudo mostrar: faltan datos del estudio.',
    errorUnreadable: 'Esta explicación no se pudo mostrar: los datos del estudio no se pudieron leer.',
    errorUnloaded: 'Esta explicación no se pudo mostrar: los datos del estudio no se pudieron cargar.',
    loading: 'Cargando la explicación…',
    exampleNotice: 'Solo un ejemplo: este estudio es inventado.',
    source: 'Fuente',
    readThePaper: 'Leer el estudio',
    newsSource: 'Publicado por {publisher}, {date}',
    statusAsOf: 'Hasta {date}',
  },
};

/**
 * The iframe embed page's own words (src/embed/embed.ts), for a query it cannot show: kept apart
 * from the elements' strings, so the elements' bundles leave them out.
 */
export const embedPageStrings: Readonly<Record<Language, { notShown: string }>> = {
  en: { notShown: 'This explainer could not be shown.' },
  es: { notShown: 'Esta explicación no se pudo mostrar.' },
};

/**
 * The words the WordPress plugin's text fallback adds to the document's (generated into the
 * plugin's includes/widgets.php): `reported` fills `%1$s` publisher, `%2$s` title, `%3$s` date.
 */
export const wordpressFallbackStrings: Readonly<Record<Language, { source: string; reported: string; etAl: string }>> = {
  en: { source: 'Source:', reported: 'Reported by %1$s: “%2$s”, %3$s.', etAl: 'et al.' },
  es: { source: 'Fuente:', reported: 'Publicado por %1$s: «%2$s», %3$s.', etAl: 'et al.' },
};

/**
 * The off-page outputs' own words (bin/offpage/: the printed handout, the newsletter snippet):
 * kept apart from the elements' strings, so the elements' bundles leave them out.
 */
export interface OffPageStrings {
  /** Beside the handout's QR code, above the link it holds. */
  scanToRead: string;
  /** The newsletter snippet's link under the image. */
  readOnline: string;
}

export const offPageStrings: Readonly<Record<Language, OffPageStrings>> = {
  en: { scanToRead: 'Scan the code or type the link to read this online.', readOnline: 'Read the full explainer online' },
  es: { scanToRead: 'Para leerlo en internet, escanee el código o escriba el enlace.', readOnline: 'Lea la explicación completa en internet' },
};
