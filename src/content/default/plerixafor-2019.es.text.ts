import type { StudyWords } from './plerixafor-2019.sections.js';

/**
 * Every word of the built-in study in Spanish: one text table per section, keyed by the ids of
 * the facts (plerixafor-2019.<section>.ts), so a missing or extra key fails to compile. The
 * per-language section modules the loader fetches are generated from it (scripts/generate.js).
 */
export const words: StudyWords = {
  study: {
    headline: {
      patient: 'En ratones con cáncer de mama que se había extendido, un fármaco usado en trasplantes de médula ósea reforzó un tratamiento inmunitario.',
      clinician: 'En modelos murinos de cáncer de mama metastásico, el bloqueo de CXCR4 con plerixafor mejoró la respuesta a los inhibidores de puntos de control.',
    },
    funding: 'Financiado por el Instituto Nacional del Cáncer (NCI) de EE. UU. Dirigido por Rakesh K. Jain, de la Facultad de Medicina de Harvard y el Hospital General de Massachusetts.',
  },
  evidence: {
    summary: {
      patient: 'Es una investigación temprana. El fármaco se probó en ratones, no en personas, y se estudiaron tumores de 17 mujeres.',
      clinician: 'Preclínico: experimentos de tratamiento en tres modelos murinos (ratones) de cáncer de mama metastásico y muestras tumorales pareadas de 17 mujeres.',
    },
    subjectsShort: 'En ratones',
    details: {
      mice: {
        patient: 'Ratones: tres modelos de ratón de cáncer de mama que se había extendido. Un modelo de ratón es un ratón de laboratorio con una enfermedad parecida a la de las personas.',
        clinician: 'Tres modelos murinos de cáncer de mama metastásico; tumores primarios extirpados con cirugía; cuatro grupos de tratamiento una vez formadas las metástasis.',
      },
      samples: {
        patient: 'Muestras de tumores: de 17 mujeres con cáncer de mama que se había extendido al hígado o a los pulmones. Las muestras tenían tejido denso. Las metástasis (tumores que se habían extendido) casi no tenían células inmunitarias que matan el cáncer.',
        clinician: 'Muestras pareadas de tumores primarios y metastásicos (hígado o pulmón) de 17 mujeres: ambos desmoplásicos, metástasis casi sin células inmunitarias citotóxicas y más CXCR4 que el tejido sano cercano.',
      },
      genes: {
        patient: 'Datos de genes: una búsqueda en una gran base de datos de genes del cáncer apuntó a una señal llamada CXCL12.',
        clinician: 'The Cancer Genome Atlas: CXCL12 estaba entre los genes muy expresados en tumores de mama que se asocian con la exclusión inmunitaria.',
      },
    },
    status: {
      untested: {
        patient: 'Hasta marzo de 2019, se estaba estudiando la posibilidad de hacer un ensayo con plerixafor en personas con cáncer de mama. En este estudio, el plerixafor junto con inhibidores de puntos de control, un tipo común de tratamiento inmunitario, se probó en ratones.',
        clinician: 'Hasta marzo de 2019, se estaba explorando un ensayo en pacientes con cáncer de mama; en este estudio, el plerixafor más inhibidores de puntos de control solo se probó en modelos murinos.',
      },
      trials: {
        patient: 'Había ensayos del plerixafor en marcha en personas con otros tipos de cáncer. Algunos iban a evaluar su seguridad y su efecto en las células inmunitarias del tumor.',
        clinician: 'Había varios ensayos del plerixafor en marcha en otros cánceres; varios iban a evaluar la seguridad y los efectos sobre las células inmunitarias del microambiente tumoral.',
      },
      approved: {
        patient: 'El plerixafor ya está aprobado para otro uso: se usa en los trasplantes de médula ósea (de células madre).',
        clinician: 'El plerixafor (Mozobil) está aprobado por la FDA para otro uso: ya se emplea en los trasplantes de médula ósea (de células madre).',
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
      why: 'Los inhibidores de puntos de control no suelen funcionar bien en las mujeres con cáncer de mama que se ha extendido. Este estudio buscó una forma de ayudar.',
      'in-mice': 'Las pruebas del tratamiento se hicieron en ratones, así que no cambiaron el tratamiento de las personas. Pregunte a su equipo médico por su propio tratamiento.',
    },
    definitions: {
      'peer-reviewed': 'Otros científicos revisaron el estudio antes de que la revista lo publicara.',
      experimental: 'Los investigadores dieron distintos tratamientos a grupos de ratones y los compararon.',
      observational: 'Los investigadores observaron muestras de tumores tal como eran, sin cambiar nada.',
      animals: 'Las pruebas del tratamiento se hicieron en ratones, no en personas.',
      'human-tissue-samples': 'Se estudiaron en el laboratorio muestras de tumores de 17 mujeres. Nadie recibió un tratamiento en este estudio.',
      preclinical: 'Investigación de laboratorio y en animales que se hace antes de las pruebas en personas.',
    },
  },
  mechanism: {
    title: {
      patient: 'Cómo los tumores dejan fuera a las células inmunitarias, y qué cambió un fármaco en ratones',
      clinician: 'CXCL12/CXCR4, desmoplasia y exclusión inmunitaria, y qué cambió el bloqueo de CXCR4 en ratones',
    },
    picture: {
      tumour: 'Células tumorales',
      collagen: 'Fibras de colágeno',
      fibroblasts: 'Fibroblastos',
      signal: 'Señal CXCL12',
      receptors: 'Receptores CXCR4',
      drug: 'Plerixafor',
      vessel: 'Vaso sanguíneo',
      oxygen: 'Oxígeno',
      tcellsOut: 'Células T inmunitarias',
      tcellsIn: 'Células T inmunitarias',
      checkpoint: 'Inhibidores de puntos de control',
    },
    steps: {
      fibroblasts: {
        title: {
          patient: 'Unas células llamadas fibroblastos tejen una malla',
          clinician: 'Los fibroblastos forman la matriz de colágeno',
        },
        body: {
          patient: 'Los fibroblastos son células que forman tejido de sostén. Tejen una malla de fibras, como el colágeno, que sostiene al tumor. Si producen demasiada, la malla puede impedir el paso de las células inmunitarias.',
          clinician: 'Los fibroblastos depositan una malla de colágeno que sostiene al tumor. Los fibroblastos asociados al cáncer que la producen en exceso pueden bloquear físicamente a las células inmunitarias.',
        },
        alt: 'Células tumorales dentro de un anillo fino de colágeno, con dos fibroblastos debajo del anillo. Abajo, un vaso sanguíneo abierto.',
      },
      signal: {
        title: {
          patient: 'Una señal atrae a los fibroblastos',
          clinician: 'CXCL12 atrae a los fibroblastos',
        },
        body: {
          patient: 'Las células del cáncer y los fibroblastos envían una señal llamada CXCL12. La señal atrae a los fibroblastos y hace que fabriquen más colágeno.',
          clinician: 'CXCL12, producida por las células tumorales y los fibroblastos, atrae a los fibroblastos hacia su origen y aumenta su producción de colágeno.',
        },
        alt: 'Puntos de la señal CXCL12 arriba a la derecha. Ahora, un anillo grueso de colágeno, con dos fibroblastos en trazo grueso debajo del anillo.',
      },
      receptor: {
        title: {
          patient: 'Los tumores de las pacientes tenían más receptores CXCR4 que el tejido sano cercano',
          clinician: 'CXCR4 está más elevado en los tumores humanos que en el tejido sano cercano, y alto en los fibroblastos de ratón',
        },
        body: {
          patient: 'Las células captan la señal con un receptor, una especie de punto de anclaje, llamado CXCR4. Las muestras de tumores de las pacientes tenían más CXCR4 que el tejido sano cercano. Los fibroblastos de tumores de ratón también tenían mucho.',
          clinician: 'Los tumores humanos pareados expresaban más CXCR4, el receptor de CXCL12, que el tejido sano adyacente. En un modelo murino desmoplásico, los fibroblastos asociados al cáncer tenían CXCR4 alto.',
        },
        alt: 'Dos receptores CXCR4 encima de los fibroblastos, lejos de la señal CXCL12, que está arriba a la derecha.',
      },
      squeeze: {
        title: {
          patient: 'El tejido denso comprime los vasos sanguíneos',
          clinician: 'La desmoplasia comprime los vasos y causa hipoxia',
        },
        body: {
          patient: 'El exceso de este tejido se llama desmoplasia. Comprime los vasos sanguíneos, y así llega menos oxígeno. Con poco oxígeno, las células inmunitarias que matan el cáncer son menos activas.',
          clinician: 'La desmoplasia comprime los vasos sanguíneos y limita el aporte de oxígeno; la hipoxia atenúa la actividad de las células inmunitarias citotóxicas.',
        },
        alt: 'En la parte de abajo, un vaso sanguíneo estrecho con poco oxígeno encima, bien separado de un anillo grueso de colágeno.',
      },
      'kept-out': {
        title: {
          patient: 'Las células inmunitarias se quedan fuera',
          clinician: 'Se excluye a las células inmunitarias citotóxicas',
        },
        body: {
          patient: 'El tejido denso es como un muro. Deja fuera a las células que matan el cáncer, como las células T (marcadas con una T en el dibujo). Además, los fibroblastos pueden atraer a células inmunitarias equivocadas. En las muestras de las pacientes, las metástasis (tumores que se habían extendido) casi no tenían esas células.',
          clinician: 'La matriz es una barrera física, y las citocinas de los fibroblastos pueden reclutar células inmunitarias que favorecen al tumor y bloquear a las citotóxicas. Las metástasis de las muestras pareadas casi no tenían células inmunitarias citotóxicas.',
        },
        alt: 'Tres células T frenadas por barras esperan fuera del anillo, arriba a la izquierda.',
      },
      plerixafor: {
        title: 'En ratones, el plerixafor redujo el tejido denso',
        body: {
          patient: 'En ratones, el plerixafor, un fármaco que bloquea CXCR4, redujo el tejido denso. Los vasos sanguíneos quedaron menos comprimidos y entró más oxígeno en los tumores. Esto se comparó con un tratamiento de control, sin plerixafor.',
          clinician: 'En ratones, el inhibidor de CXCR4 plerixafor redujo la desmoplasia y la compresión vascular y aumentó el oxígeno tumoral frente al control.',
        },
        alt: 'En ratones: el plerixafor está sobre dos receptores CXCR4 bloqueados, encima de los fibroblastos. Ahora, un anillo fino de colágeno, un vaso sanguíneo abierto y más oxígeno. Tres células T fuera del anillo, ya sin barras.',
      },
      'immune-in': {
        title: 'En ratones, entraron más células inmunitarias',
        body: {
          patient: 'En ratones, con menos tejido denso, más células inmunitarias que matan el cáncer llegaron a los tumores.',
          clinician: 'En ratones, más células inmunitarias citotóxicas infiltraron los tumores, sobre todo con plerixafor más inhibidores de puntos de control.',
        },
        alt: 'En ratones: tres células T están ahora entre las células tumorales, dentro de un anillo fino de colágeno.',
      },
      checkpoint: {
        title: {
          patient: 'En ratones, el fármaco ayudó a un tratamiento inmunitario',
          clinician: 'En ratones, el plerixafor mejoró el bloqueo de puntos de control',
        },
        body: {
          patient: 'En ratones, el plerixafor también se dio con inhibidores de puntos de control, una inmunoterapia común. Con ambos, hubo menos tumores en los pulmones y los ratones vivieron más; el artículo no nombra un grupo de comparación. La remisión a largo plazo fue el doble de frecuente que con los inhibidores solos.',
          clinician: 'En ratones, el plerixafor más inhibidores de puntos de control también redujo las metástasis pulmonares y prolongó la supervivencia; el artículo no nombra un grupo de comparación para estos resultados. La combinación duplicó la tasa de remisión a largo plazo de los inhibidores solos.',
        },
        alt: 'En ratones: dos inhibidores de puntos de control arriba a la izquierda del anillo. Tres células T en trazo grueso entre las células tumorales.',
      },
    },
  },
  arms: {
    title: 'Qué pasó en cada grupo de ratones',
    summary: {
      patient: 'Todos estos resultados son en ratones. En la mayoría, el artículo solo dice si aumentaron o disminuyeron, no cuánto. Da una sola cifra: la remisión a largo plazo fue el doble de frecuente con ambos fármacos que con los inhibidores solos.',
      clinician: 'Todos los resultados son de modelos murinos. La fuente solo indica si aumentaron o disminuyeron, salvo una proporción: la combinación duplicó la tasa de remisión a largo plazo de los inhibidores de puntos de control solos.',
    },
    takeaway: {
      patient: 'En ratones, sumar plerixafor a los inhibidores de puntos de control (inmunoterapia) duplicó la remisión a largo plazo (sin signos de cáncer).',
      clinician: 'En tres modelos murinos de cáncer de mama metastásico, el plerixafor más inhibidores de puntos de control duplicó la tasa de remisión a largo plazo de los inhibidores solos.',
    },
    design: {
      patient: 'Se usaron tres modelos de ratón: ratones de laboratorio con un cáncer de mama parecido al de las personas. Se extirpó con cirugía el tumor original (primario). Cuando el cáncer ya se había extendido, cada ratón recibió uno de cuatro tratamientos.',
      clinician: 'Tres modelos murinos de cáncer de mama metastásico; tumores primarios extirpados con cirugía; tras formarse las metástasis, cuatro grupos.',
    },
    arms: {
      control: {
        label: 'Control',
        shortLabel: 'Control',
        description: 'Ratones con un tratamiento de control: sin los fármacos estudiados, para poder comparar.',
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
        summary: 'En los tres modelos de ratón, la remisión a largo plazo se duplicó con ambos fármacos frente a los inhibidores solos.',
        direction: 'más remisiones a largo plazo',
      },
      'lung-metastases': {
        label: {
          patient: 'Tumores en los pulmones de los ratones',
          clinician: 'Metástasis pulmonares en ratones',
        },
        summary: 'En los ratones con ambos fármacos disminuyeron los tumores en los pulmones. El artículo no nombra un grupo de comparación para este resultado.',
        direction: {
          patient: 'menos tumores en los pulmones',
          clinician: 'menos metástasis pulmonares',
        },
      },
      survival: {
        label: 'Cuánto vivieron los ratones',
        summary: 'Los ratones con ambos fármacos vivieron más tiempo. El artículo no nombra un grupo de comparación para este resultado.',
        direction: 'mayor supervivencia',
      },
      'immune-cells': {
        label: {
          patient: 'Células que matan el cáncer en tumores de ratones',
          clinician: 'Células inmunitarias citotóxicas en metástasis (ratones)',
        },
        summary: 'Con ambos fármacos, los tumores de los ratones tenían más células inmunitarias que matan el cáncer, frente a los otros tres grupos.',
        direction: 'más células que matan el cáncer',
      },
      fibroblasts: {
        label: {
          patient: 'Células de sostén (fibroblastos) en tumores de ratones',
          clinician: 'Fibroblastos asociados al cáncer en metástasis (ratones)',
        },
        summary: 'Con ambos fármacos, los tumores de los ratones tenían menos fibroblastos que en los otros tres grupos.',
        direction: 'menos fibroblastos',
      },
      desmoplasia: {
        label: {
          patient: 'Tejido denso en tumores de ratones',
          clinician: 'Desmoplasia en metástasis (ratones)',
        },
        summary: 'Con ambos fármacos, los tumores de los ratones tenían menos tejido denso que en los otros tres grupos.',
        direction: {
          patient: 'menos tejido denso',
          clinician: 'menos desmoplasia',
        },
      },
      'pl-tissue': {
        label: {
          patient: 'Tejido denso en ratones: plerixafor frente a control',
          clinician: 'Desmoplasia en ratones: plerixafor frente a control',
        },
        shortLabel: {
          patient: 'Tejido denso en ratones',
          clinician: 'Desmoplasia en ratones',
        },
        summary: 'En una prueba aparte en ratones, el plerixafor por sí solo redujo el tejido denso frente a un tratamiento de control.',
        direction: {
          patient: 'menos tejido denso',
          clinician: 'menos desmoplasia',
        },
      },
      'pl-vessels': {
        label: 'Vasos comprimidos en ratones: plerixafor frente a control',
        shortLabel: 'Vasos comprimidos en ratones',
        summary: 'En una prueba aparte en ratones, los vasos sanguíneos estaban menos comprimidos con plerixafor que con un tratamiento de control.',
        direction: 'vasos menos comprimidos',
      },
      'pl-oxygen': {
        label: 'Oxígeno en tumores de ratones: plerixafor frente a control',
        shortLabel: 'Oxígeno en tumores de ratones',
        summary: 'En una prueba aparte en ratones, entró más oxígeno en los tumores con plerixafor que con un tratamiento de control.',
        direction: 'más oxígeno',
      },
      'pl-lung-metastases': {
        label: {
          patient: 'Tumores en los pulmones de ratones: plerixafor frente a un tratamiento simulado (placebo)',
          clinician: 'Metástasis pulmonares en ratones: plerixafor frente a placebo',
        },
        summary: 'En una prueba aparte en ratones, hubo menos tumores en los pulmones con plerixafor solo que con un placebo.',
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
  },
};
