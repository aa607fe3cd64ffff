import { plerixaforMechanism } from './plerixafor-2019.mechanism.js';
import { plerixaforSceneEs, plerixaforStepSceneEs } from './plerixafor-2019.scene.js';

/** The Spanish document's mechanism section (`<mechanism-stepper>`). */
export const plerixaforMechanismEs = plerixaforMechanism(plerixaforSceneEs, plerixaforStepSceneEs, {
  title: {
    patient: 'Cómo los tumores dejan fuera a las células inmunitarias, y qué cambió un fármaco en ratones',
    clinician: 'CXCL12/CXCR4, desmoplasia y exclusión inmunitaria, y qué cambió el bloqueo de CXCR4 en ratones',
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
    },
    plerixafor: {
      title: 'En ratones, el plerixafor adelgazó el tejido',
      body: {
        patient: 'En ratones, el plerixafor, un fármaco que bloquea CXCR4, redujo el tejido grueso. Los vasos quedaron menos apretados y entró más oxígeno en los tumores.',
        clinician: 'En ratones, el inhibidor de CXCR4 plerixafor redujo la desmoplasia y la compresión vascular y aumentó el oxígeno tumoral frente al control.',
      },
    },
    'immune-in': {
      title: 'En ratones, entraron más células inmunitarias',
      body: {
        patient: 'En ratones, con el tejido más fino, más células inmunitarias que matan el cáncer llegaron a los tumores.',
        clinician: 'En ratones, más células inmunitarias citotóxicas infiltraron los tumores, sobre todo con plerixafor más inhibidores de puntos de control.',
      },
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
    },
  },
});
