import { plerixaforEvidence } from './plerixafor-2019.evidence.js';

/** The Spanish document's evidence section (`<evidence-badge>`). */
export const plerixaforEvidenceEs = plerixaforEvidence({
  summary: {
    patient: 'Es una investigación temprana. El fármaco se probó en ratones, no en personas. El equipo también estudió muestras de tumores de 17 mujeres.',
    clinician: 'Preclínico: experimentos de tratamiento en tres modelos murinos (ratones) de cáncer de mama metastásico, más muestras tumorales pareadas de 17 mujeres.',
  },
  subjectsShort: 'En ratones',
  details: {
    mice: {
      patient: 'Ratones: tres modelos en ratones de cáncer de mama que se había extendido.',
      clinician: 'Tres modelos murinos de cáncer de mama metastásico; tumores primarios extirpados con cirugía; cuatro grupos de tratamiento una vez formadas las metástasis.',
    },
    samples: {
      patient: 'Muestras de tumores: de 17 mujeres con cáncer de mama que se había extendido al hígado o a los pulmones. Las muestras tenían tejido denso, y los tumores extendidos casi no tenían células inmunitarias que matan el cáncer.',
      clinician: 'Muestras pareadas de tumores primarios y metastásicos (hígado o pulmón) de 17 mujeres: ambos desmoplásicos, metástasis casi sin células inmunitarias citotóxicas y más CXCR4 que el tejido sano cercano.',
    },
    genes: {
      patient: 'Datos de genes: una búsqueda en una gran base de datos de genes del cáncer apuntó a una señal llamada CXCL12.',
      clinician: 'The Cancer Genome Atlas: CXCL12 estaba entre los genes muy expresados en tumores de mama que se asocian con la exclusión inmunitaria.',
    },
  },
  status: {
    untested: {
      patient: 'A marzo de 2019, el plerixafor junto con inhibidores de puntos de control, un tipo común de tratamiento inmunitario, no se había probado en personas con cáncer de mama.',
      clinician: 'A marzo de 2019, el plerixafor más inhibidores de puntos de control no se había probado en pacientes con cáncer de mama.',
    },
    trials: {
      patient: 'Se estaba estudiando hacer un ensayo en personas con cáncer de mama. Había ensayos en marcha en otros tipos de cáncer.',
      clinician: 'Se estaba explorando un ensayo en cáncer de mama; varios ensayos en otros cánceres iban a evaluar la seguridad y los efectos sobre las células inmunitarias del tumor.',
    },
    approved: {
      patient: 'El plerixafor está aprobado para otro uso: mueve células madre a la sangre antes de un trasplante.',
      clinician: 'El plerixafor (Mozobil) está aprobado por la FDA para otro uso: la movilización de células madre antes de un trasplante.',
    },
  },
  caveats: {
    sledge: {
      text: {
        patient: 'El tejido denso quizá no sea la única razón por la que fallan los inhibidores de puntos de control. Los resultados son una idea para probar en personas.',
        clinician: 'El estroma denso quizá no sea la única razón por la que fallan los inhibidores de puntos de control; los resultados «ofrecen una hipótesis que se puede probar en la clínica».',
      },
      attribution: 'George Sledge, Universidad de Stanford, en un comentario sobre el estudio',
    },
  },
  forReaders: {
    why: 'Los inhibidores de puntos de control no funcionan bien en la mayoría de las mujeres con cáncer de mama que se ha extendido. Este estudio buscó una forma de ayudar.',
    'in-mice': 'Las pruebas del tratamiento se hicieron en ratones, así que no cambiaron el tratamiento de los pacientes. Pregunte a su equipo médico por su propio tratamiento.',
  },
  definitions: {
    'peer-reviewed': 'Otros científicos revisaron el estudio antes de que la revista lo publicara.',
    experimental: 'Los investigadores dieron distintos tratamientos a grupos de ratones y los compararon.',
    observational: 'Los investigadores observaron muestras de tumores tal como eran, sin cambiar nada.',
    animals: 'Las pruebas del tratamiento se hicieron en ratones, no en personas.',
    'human-tissue-samples': 'Se estudiaron en el laboratorio muestras de tumores de 17 mujeres. Nadie recibió un tratamiento en este estudio.',
    preclinical: 'Investigación de laboratorio y en animales que se hace antes de las pruebas en personas.',
  },
});
