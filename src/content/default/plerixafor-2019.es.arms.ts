import type { Arms } from '../types.js';
import { combinationComparisonNotStated, combinationVsOthers, plerixaforVsControl } from './plerixafor-2019.results.js';

/** Celdas de los grupos que no formaron parte de la prueba aparte con un solo fármaco. */
const NO_EN_ESTA_PRUEBA = 'No formó parte de esta prueba aparte';

/** The Spanish document's arms section (`<study-arms-chart>`). */
export const plerixaforArmsEs: Arms = {
  title: 'Qué pasó en cada grupo de ratones',
  summary: {
    text: {
      patient: 'Todos estos resultados son en ratones. El artículo dice hacia dónde fueron los cambios, no cuánto. Solo da una cifra: con plerixafor más inhibidores de puntos de control, un tipo común de tratamiento inmunitario, la remisión a largo plazo fue el doble que solo con los inhibidores.',
      clinician: 'Todos los resultados son de modelos murinos. La fuente solo da direcciones, salvo una proporción: la combinación duplicó la tasa de remisión a largo plazo de los inhibidores de puntos de control solos.',
    },
    claims: ['C21', 'C22'],
  },
  takeaway: {
    text: {
      patient: 'En ratones, el plerixafor más inhibidores de puntos de control (un tratamiento inmunitario) duplicó la remisión a largo plazo frente a los inhibidores solos.',
      clinician: 'En tres modelos en ratones de cáncer de mama metastásico, el plerixafor más inhibidores de puntos de control duplicó la tasa de remisión a largo plazo de los inhibidores solos.',
    },
    claims: ['C20', 'C22'],
  },
  design: {
    text: {
      patient: 'Tres modelos en ratones de cáncer de mama. Se quitó el primer tumor con cirugía. Cuando el cáncer ya se había extendido, cada ratón recibió uno de cuatro tratamientos.',
      clinician: 'Tres modelos murinos de cáncer de mama metastásico; tumores primarios extirpados con cirugía; tras formarse las metástasis, cuatro grupos.',
    },
    claims: ['C20'],
  },
  arms: [
    { id: 'control', label: 'Control', shortLabel: 'Control', description: 'El grupo de comparación (control).' },
    { id: 'plerixafor', label: 'Solo plerixafor', shortLabel: 'Plerixafor' },
    {
      id: 'icb',
      label: 'Solo inhibidores de puntos de control',
      shortLabel: 'Inhibidores de puntos de control',
      description: { patient: 'Una mezcla de inhibidores de puntos de control, un tipo común de tratamiento inmunitario.', clinician: 'Una combinación de inhibidores de puntos de control inmunitario.' },
    },
    { id: 'combination', label: 'Plerixafor más inhibidores de puntos de control', shortLabel: 'Ambos' },
  ],
  outcomes: [
    {
      id: 'remission',
      label: 'Remisión a largo plazo en ratones',
      summary: 'En los tres modelos en ratones, la remisión a largo plazo fue el doble de frecuente con ambos fármacos que solo con los inhibidores.',
      better: 'more',
      directionWords: { more: 'más remisiones a largo plazo' },
      claims: ['C22'],
      results: [
        { arm: 'control', kind: 'not-reported' },
        { arm: 'plerixafor', kind: 'not-reported' },
        { arm: 'icb', kind: 'relation', relation: 'reference', claims: ['C22'] },
        { arm: 'combination', kind: 'relation', relation: 'more', to: ['icb'], ratio: 2, claims: ['C22'] },
      ],
    },
    {
      id: 'lung-metastases',
      label: { patient: 'Tumores en los pulmones de los ratones', clinician: 'Metástasis pulmonares en ratones' },
      summary: 'Los ratones con ambos fármacos tuvieron menos tumores extendidos a los pulmones. El artículo no dice frente a qué grupos.',
      better: 'less',
      directionWords: { less: { patient: 'menos tumores en los pulmones', clinician: 'menos metástasis pulmonares' } },
      claims: ['C21'],
      results: combinationComparisonNotStated('less'),
    },
    {
      id: 'survival',
      label: 'Cuánto vivieron los ratones',
      summary: 'Los ratones con ambos fármacos vivieron más tiempo. El artículo no dice frente a qué grupos.',
      better: 'more',
      directionWords: { more: 'mayor supervivencia' },
      claims: ['C21'],
      results: combinationComparisonNotStated('more'),
    },
    {
      id: 'immune-cells',
      label: { patient: 'Células que matan el cáncer en tumores de ratones', clinician: 'Células inmunitarias citotóxicas en metástasis (ratones)' },
      summary: 'Los ratones con ambos fármacos tuvieron más células inmunitarias que matan el cáncer en sus tumores.',
      better: 'more',
      directionWords: { more: 'más células que matan el cáncer' },
      claims: ['C21'],
      results: combinationVsOthers('more'),
    },
    {
      id: 'fibroblasts',
      label: { patient: 'Células de sostén (fibroblastos) en tumores de ratones', clinician: 'Fibroblastos asociados al cáncer en metástasis (ratones)' },
      summary: 'Los ratones con ambos fármacos tuvieron menos fibroblastos en sus tumores.',
      better: 'less',
      directionWords: { less: 'menos fibroblastos' },
      claims: ['C21'],
      results: combinationVsOthers('less'),
    },
    {
      id: 'desmoplasia',
      label: { patient: 'Tejido grueso en tumores de ratones', clinician: 'Desmoplasia en metástasis (ratones)' },
      summary: 'Los ratones con ambos fármacos tuvieron menos tejido grueso en sus tumores.',
      better: 'less',
      directionWords: { less: { patient: 'menos tejido grueso', clinician: 'menos desmoplasia' } },
      claims: ['C21'],
      results: combinationVsOthers('less'),
    },
    {
      id: 'pl-tissue',
      label: { patient: 'Tejido grueso en ratones: plerixafor frente a control', clinician: 'Desmoplasia en ratones: plerixafor frente a control' },
      summary: 'En una prueba aparte en ratones, el plerixafor por sí solo redujo el tejido grueso frente a un tratamiento de control.',
      better: 'less',
      directionWords: { less: { patient: 'menos tejido grueso', clinician: 'menos desmoplasia' } },
      claims: ['C17'],
      results: plerixaforVsControl('less', 'C17', NO_EN_ESTA_PRUEBA),
    },
    {
      id: 'pl-vessels',
      label: 'Vasos apretados en ratones: plerixafor frente a control',
      summary: 'En una prueba aparte en ratones, los vasos de sangre estaban menos apretados con plerixafor que con un tratamiento de control.',
      better: 'less',
      directionWords: { less: 'vasos menos apretados' },
      claims: ['C17'],
      results: plerixaforVsControl('less', 'C17', NO_EN_ESTA_PRUEBA),
    },
    {
      id: 'pl-oxygen',
      label: 'Oxígeno en tumores de ratones: plerixafor frente a control',
      summary: 'En una prueba aparte en ratones, entró más oxígeno en los tumores con plerixafor que con un tratamiento de control.',
      better: 'more',
      directionWords: { more: 'más oxígeno' },
      claims: ['C17'],
      results: plerixaforVsControl('more', 'C17', NO_EN_ESTA_PRUEBA),
    },
    {
      id: 'pl-lung-metastases',
      label: { patient: 'Tumores en los pulmones de ratones: plerixafor frente a un tratamiento simulado (placebo)', clinician: 'Metástasis pulmonares en ratones: plerixafor frente a placebo' },
      summary: 'En una prueba aparte en ratones, el plerixafor por sí solo hizo que hubiera menos tumores en los pulmones que con un placebo.',
      better: 'less',
      directionWords: { less: { patient: 'menos tumores en los pulmones', clinician: 'menos metástasis pulmonares' } },
      claims: ['C19'],
      results: plerixaforVsControl('less', 'C19', NO_EN_ESTA_PRUEBA, 'Placebo'),
    },
    {
      id: 'pl-survival',
      label: 'Cuánto vivieron los ratones: plerixafor frente a placebo',
      summary: 'En una prueba aparte en ratones, los ratones que recibieron solo plerixafor vivieron más que los que recibieron un placebo.',
      better: 'more',
      directionWords: { more: 'mayor supervivencia' },
      claims: ['C19'],
      results: plerixaforVsControl('more', 'C19', NO_EN_ESTA_PRUEBA, 'Placebo'),
    },
  ],
};
