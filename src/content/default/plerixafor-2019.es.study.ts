import { plerixaforStudy } from './plerixafor-2019.study.js';

/** The Spanish document's study record: what every element shows (source line, dates). */
export const plerixaforStudyEs = plerixaforStudy('es', {
  headline: {
    patient: 'En ratones, un fármaco para trasplantes ayudó a que un tratamiento inmunitario funcionara mejor contra el cáncer de mama que se ha extendido (metastásico).',
    clinician: 'En modelos murinos de cáncer de mama metastásico, el bloqueo de CXCR4 con plerixafor mejoró la respuesta a los inhibidores de puntos de control.',
  },
  funding: 'Financiado por el Instituto Nacional del Cáncer de EE. UU. (NCI). Dirigido por Rakesh K. Jain, de la Facultad de Medicina de Harvard y el Hospital General de Massachusetts.',
});
