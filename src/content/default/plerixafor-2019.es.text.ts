import type { StudyWords } from './plerixafor-2019.sections.js';

/**
 * Every word of the built-in study in Spanish: one text table per section, keyed by the ids of
 * the facts (plerixafor-2019.<section>.ts), so a missing or extra key fails to compile. The
 * per-language section modules the loader fetches are generated from it (scripts/generate.js).
 */
export const words: StudyWords = {
  study: {
    headline: {
      patient: 'En ratones, un fármaco para trasplantes ayudó a que un tratamiento inmunitario funcionara mejor contra el cáncer de mama que se ha extendido (metastásico).',
      clinician: 'En modelos murinos de cáncer de mama metastásico, el bloqueo de CXCR4 con plerixafor mejoró la respuesta a los inhibidores de puntos de control.',
    },
    funding: 'Financiado por el Instituto Nacional del Cáncer de EE. UU. (NCI). Dirigido por Rakesh K. Jain, de la Facultad de Medicina de Harvard y el Hospital General de Massachusetts.',
  },
  evidence: {
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
      tcellsOut: 'Células inmunitarias (T)',
      tcellsIn: 'Células inmunitarias (T)',
      checkpoint: 'Inhibidores de puntos de control',
    },
    steps: {
      fibroblasts: {
        title: {
          patient: 'Unas células llamadas fibroblastos tejen una malla',
          clinician: 'Los fibroblastos forman la matriz de colágeno',
        },
        body: {
          patient: 'Los fibroblastos son células que forman tejido de sostén. Tejen una malla de fibras, como el colágeno, que sostiene al tumor. Si hacen demasiada, la malla puede frenar a las células inmunitarias.',
          clinician: 'Los fibroblastos depositan una malla de colágeno que sostiene al tumor. Los fibroblastos asociados al cáncer que la producen en exceso pueden bloquear físicamente a las células inmunitarias.',
        },
        alt: 'Células tumorales dentro de un anillo fino de fibras de colágeno, con fibroblastos en el anillo. Abajo hay un vaso sanguíneo abierto con oxígeno.',
      },
      signal: {
        title: {
          patient: 'Una señal atrae a más fibroblastos',
          clinician: 'CXCL12 atrae a los fibroblastos',
        },
        body: {
          patient: 'Las células del cáncer y los fibroblastos envían una señal llamada CXCL12. La señal atrae a los fibroblastos y hace que fabriquen más colágeno.',
          clinician: 'CXCL12, producida por las células tumorales y los fibroblastos, atrae a los fibroblastos hacia su origen y aumenta su producción de colágeno.',
        },
        alt: 'Puntos de la señal CXCL12 cerca del tumor. Hay más fibroblastos y el anillo de colágeno es grueso.',
      },
      receptor: {
        title: {
          patient: 'Los tumores de mujeres tenían muchos receptores CXCR4; también los fibroblastos en ratones',
          clinician: 'CXCR4 está elevado en tumores humanos y, en ratones, en sus fibroblastos',
        },
        body: {
          patient: 'Las células captan la señal con un receptor, una especie de punto de anclaje, llamado CXCR4. Las muestras de tumores de mujeres tenían más CXCR4 que el tejido sano cercano. Los fibroblastos de tumores de ratón también tenían mucho.',
          clinician: 'Los tumores humanos pareados expresaban más CXCR4, el receptor de CXCL12, que el tejido sano adyacente. En un modelo murino desmoplásico, los fibroblastos asociados al cáncer tenían CXCR4 alto.',
        },
        alt: 'Los fibroblastos muestran ahora receptores CXCR4 junto a la señal CXCL12. El anillo de colágeno es grueso.',
      },
      squeeze: {
        title: {
          patient: 'El tejido grueso aprieta los vasos',
          clinician: 'La desmoplasia comprime los vasos y causa hipoxia',
        },
        body: {
          patient: 'El exceso de este tejido se llama desmoplasia. Aprieta los vasos de sangre, y así entra menos oxígeno. Con poco oxígeno, las células inmunitarias que matan el cáncer rinden menos.',
          clinician: 'La desmoplasia comprime los vasos sanguíneos y limita el aporte de oxígeno; la hipoxia amortigua a las células inmunitarias citotóxicas.',
        },
        alt: 'El anillo grueso de colágeno aprieta el vaso sanguíneo de abajo. El vaso es estrecho y hay poco oxígeno.',
      },
      'kept-out': {
        title: {
          patient: 'Las células inmunitarias se quedan fuera',
          clinician: 'Se excluye a las células inmunitarias citotóxicas',
        },
        body: {
          patient: 'El tejido grueso es como un muro. Deja fuera a las células inmunitarias que matan el cáncer. Los fibroblastos, además, pueden atraer a las células inmunitarias equivocadas. En las muestras de mujeres, los tumores extendidos casi no tenían células que matan el cáncer.',
          clinician: 'La matriz es una barrera física, y las citocinas de los fibroblastos pueden reclutar células inmunitarias que favorecen al tumor y bloquear a las citotóxicas. Las metástasis de las muestras pareadas casi no tenían células inmunitarias citotóxicas.',
        },
        alt: 'Las células T del sistema inmunitario esperan fuera del anillo grueso de colágeno, frenadas por barras. El vaso sigue estrecho.',
      },
      plerixafor: {
        title: 'En ratones, el plerixafor adelgazó el tejido',
        body: {
          patient: 'En ratones, el plerixafor, un fármaco que bloquea CXCR4, redujo el tejido grueso. Los vasos quedaron menos apretados y entró más oxígeno en los tumores.',
          clinician: 'En ratones, el inhibidor de CXCR4 plerixafor redujo la desmoplasia y la compresión vascular y aumentó el oxígeno tumoral frente al control.',
        },
        alt: 'En ratones: el plerixafor se une a los receptores CXCR4. El anillo de colágeno es fino, el vaso está abierto y vuelve el oxígeno.',
      },
      'immune-in': {
        title: 'En ratones, entraron más células inmunitarias',
        body: {
          patient: 'En ratones, con el tejido más fino, más células inmunitarias que matan el cáncer llegaron a los tumores.',
          clinician: 'En ratones, más células inmunitarias citotóxicas infiltraron los tumores, sobre todo con plerixafor más inhibidores de puntos de control.',
        },
        alt: 'En ratones: con el anillo de colágeno fino, las células T del sistema inmunitario están ahora entre las células tumorales.',
      },
      checkpoint: {
        title: {
          patient: 'En ratones, el fármaco ayudó a un tratamiento inmunitario',
          clinician: 'En ratones, el plerixafor mejoró el bloqueo de puntos de control',
        },
        body: {
          patient: 'En ratones, sumar plerixafor a los inhibidores de puntos de control, un tipo común de tratamiento inmunitario, hizo que hubiera menos tumores en los pulmones y que los ratones vivieran más. La tasa de remisión a largo plazo fue el doble que solo con los inhibidores.',
          clinician: 'En ratones, el plerixafor más inhibidores de puntos de control también redujo las metástasis pulmonares y prolongó la supervivencia (el artículo no nombra un grupo de comparación para estos resultados) y duplicó la tasa de remisión a largo plazo de los inhibidores solos.',
        },
        alt: 'En ratones: marcas de inhibidores de puntos de control junto a las células T, entre las células tumorales. El plerixafor sigue bloqueando los receptores.',
      },
    },
  },
  arms: {
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
  },
};
