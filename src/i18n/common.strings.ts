/** UI strings every element uses. Templates fill `{name}` slots with `format()`. */
export interface CommonStrings {
  /** Shown in the element's box when content cannot be used. */
  errorMessage: string;
  /** Prefix of the technical detail under the error ("Problem at {path}"). */
  errorDetail: string;
  loading: string;
  /** Marks results seen in mice. */
  inMice: string;
  /** Shown on documents flagged `example: true`. */
  exampleNotice: string;
  source: string;
  readThePaper: string;
  /** "{publisher}, {date}" */
  newsSource: string;
  statusAsOf: string;
}

export const commonEn: CommonStrings = {
  errorMessage: 'This explainer could not load its data.',
  errorDetail: 'Problem at {path}: {message}',
  loading: 'Loading the explainer…',
  inMice: 'In mice',
  exampleNotice: 'Example only: this study is made up.',
  source: 'Source',
  readThePaper: 'Read the paper',
  newsSource: 'Reported by {publisher}, {date}',
  statusAsOf: 'As of {date}',
};

export const commonEs: CommonStrings = {
  errorMessage: 'Esta explicación no pudo cargar sus datos.',
  errorDetail: 'Problema en {path}: {message}',
  loading: 'Cargando la explicación…',
  inMice: 'En ratones',
  exampleNotice: 'Solo un ejemplo: este estudio es inventado.',
  source: 'Fuente',
  readThePaper: 'Leer el artículo científico',
  newsSource: 'Publicado por {publisher}, {date}',
  statusAsOf: 'A {date}',
};
