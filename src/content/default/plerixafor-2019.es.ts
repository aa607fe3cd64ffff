import type { ExplainerDocument } from '../types.js';
import { plerixaforStudyEs } from './plerixafor-2019.es.study.js';
import { plerixaforEvidenceEs } from './plerixafor-2019.es.evidence.js';
import { plerixaforMechanismEs } from './plerixafor-2019.es.mechanism.js';
import { plerixaforArmsEs } from './plerixafor-2019.es.arms.js';

/**
 * El estudio de PNAS de 2019 sobre el plerixafor, en español. Los hechos (identificadores,
 * afirmaciones del ledger `../ledger/plerixafor-2019.ledger.ts`, resultados, fechas) son los
 * del documento en inglés (`plerixafor-2019.<sección>.ts`); los módulos en español solo dan el texto.
 *
 * Un módulo por sección (registro del estudio, evidencia, mecanismo, grupos): el cargador
 * trae solo las secciones que muestran los elementos de la página.
 */
export const plerixafor2019Es: ExplainerDocument = {
  ...plerixaforStudyEs,
  evidence: plerixaforEvidenceEs,
  mechanism: plerixaforMechanismEs,
  arms: plerixaforArmsEs,
};
