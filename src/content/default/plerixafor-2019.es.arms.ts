import { plerixaforArms } from './plerixafor-2019.arms.js';

/** The Spanish document's arms section (`<study-arms-chart>`). */
export const plerixaforArmsEs = plerixaforArms({
  title: 'Qué pasó en cada grupo de ratones',
  summary: {
    patient: 'Todos estos resultados son en ratones. El artículo dice hacia dónde fueron los cambios, no cuánto. Solo da una cifra: con plerixafor más inhibidores de puntos de control, un tipo común de tratamiento inmunitario, la remisión a largo plazo fue el doble que solo con los inhibidores.',
    clinician: 'Todos los resultados son de modelos murinos. La fuente solo da direcciones, salvo una proporción: la combinación duplicó la tasa de remisión a largo plazo de los inhibidores de puntos de control solos.',
  },
  takeaway: {
    patient: 'En ratones, el plerixafor más inhibidores de puntos de control (un tratamiento inmunitario) duplicó la remisión a largo plazo frente a los inhibidores solos.',
    clinician: 'En tres modelos en ratones de cáncer de mama metastásico, el plerixafor más inhibidores de puntos de control duplicó la tasa de remisión a largo plazo de los inhibidores solos.',
  },
  design: {
    patient: 'Tres modelos en ratones de cáncer de mama. Se quitó el primer tumor con cirugía. Cuando el cáncer ya se había extendido, cada ratón recibió uno de cuatro tratamientos.',
    clinician: 'Tres modelos murinos de cáncer de mama metastásico; tumores primarios extirpados con cirugía; tras formarse las metástasis, cuatro grupos.',
  },
  arms: {
    control: {
      label: 'Control',
      shortLabel: 'Control',
      description: 'El grupo de comparación (control).',
    },
    plerixafor: {
      label: 'Solo plerixafor',
      shortLabel: 'Plerixafor',
    },
    icb: {
      label: 'Solo inhibidores de puntos de control',
      shortLabel: 'Inhibidores de puntos de control',
      description: {
        patient: 'Una mezcla de inhibidores de puntos de control, un tipo común de tratamiento inmunitario.',
        clinician: 'Una combinación de inhibidores de puntos de control inmunitario.',
      },
    },
    combination: {
      label: 'Plerixafor más inhibidores de puntos de control',
      shortLabel: 'Ambos',
    },
  },
  outcomes: {
    remission: {
      label: 'Remisión a largo plazo en ratones',
      summary: 'En los tres modelos en ratones, la remisión a largo plazo fue el doble de frecuente con ambos fármacos que solo con los inhibidores.',
      direction: 'más remisiones a largo plazo',
    },
    'lung-metastases': {
      label: {
        patient: 'Tumores en los pulmones de los ratones',
        clinician: 'Metástasis pulmonares en ratones',
      },
      summary: 'Los ratones con ambos fármacos tuvieron menos tumores extendidos a los pulmones. El artículo no dice frente a qué grupos.',
      direction: {
        patient: 'menos tumores en los pulmones',
        clinician: 'menos metástasis pulmonares',
      },
    },
    survival: {
      label: 'Cuánto vivieron los ratones',
      summary: 'Los ratones con ambos fármacos vivieron más tiempo. El artículo no dice frente a qué grupos.',
      direction: 'mayor supervivencia',
    },
    'immune-cells': {
      label: {
        patient: 'Células que matan el cáncer en tumores de ratones',
        clinician: 'Células inmunitarias citotóxicas en metástasis (ratones)',
      },
      summary: 'Los ratones con ambos fármacos tuvieron más células inmunitarias que matan el cáncer en sus tumores.',
      direction: 'más células que matan el cáncer',
    },
    fibroblasts: {
      label: {
        patient: 'Células de sostén (fibroblastos) en tumores de ratones',
        clinician: 'Fibroblastos asociados al cáncer en metástasis (ratones)',
      },
      summary: 'Los ratones con ambos fármacos tuvieron menos fibroblastos en sus tumores.',
      direction: 'menos fibroblastos',
    },
    desmoplasia: {
      label: {
        patient: 'Tejido grueso en tumores de ratones',
        clinician: 'Desmoplasia en metástasis (ratones)',
      },
      summary: 'Los ratones con ambos fármacos tuvieron menos tejido grueso en sus tumores.',
      direction: {
        patient: 'menos tejido grueso',
        clinician: 'menos desmoplasia',
      },
    },
    'pl-tissue': {
      label: {
        patient: 'Tejido grueso en ratones: plerixafor frente a control',
        clinician: 'Desmoplasia en ratones: plerixafor frente a control',
      },
      summary: 'En una prueba aparte en ratones, el plerixafor por sí solo redujo el tejido grueso frente a un tratamiento de control.',
      direction: {
        patient: 'menos tejido grueso',
        clinician: 'menos desmoplasia',
      },
    },
    'pl-vessels': {
      label: 'Vasos apretados en ratones: plerixafor frente a control',
      summary: 'En una prueba aparte en ratones, los vasos de sangre estaban menos apretados con plerixafor que con un tratamiento de control.',
      direction: 'vasos menos apretados',
    },
    'pl-oxygen': {
      label: 'Oxígeno en tumores de ratones: plerixafor frente a control',
      summary: 'En una prueba aparte en ratones, entró más oxígeno en los tumores con plerixafor que con un tratamiento de control.',
      direction: 'más oxígeno',
    },
    'pl-lung-metastases': {
      label: {
        patient: 'Tumores en los pulmones de ratones: plerixafor frente a un tratamiento simulado (placebo)',
        clinician: 'Metástasis pulmonares en ratones: plerixafor frente a placebo',
      },
      summary: 'En una prueba aparte en ratones, el plerixafor por sí solo hizo que hubiera menos tumores en los pulmones que con un placebo.',
      direction: {
        patient: 'menos tumores en los pulmones',
        clinician: 'menos metástasis pulmonares',
      },
    },
    'pl-survival': {
      label: 'Cuánto vivieron los ratones: plerixafor frente a placebo',
      summary: 'En una prueba aparte en ratones, los ratones que recibieron solo plerixafor vivieron más que los que recibieron un placebo.',
      direction: 'mayor supervivencia',
    },
  },
  notes: {
    notInThisTest: 'No formó parte de esta prueba aparte',
    placebo: 'Placebo',
  },
});
