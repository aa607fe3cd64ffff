import { plerixaforMechanism } from './plerixafor-2019.mechanism.js';
import { plerixaforSceneEn, plerixaforStepSceneEn } from './plerixafor-2019.scene.js';

/** The English document's mechanism section (`<mechanism-stepper>`). */
export const plerixaforMechanismEn = plerixaforMechanism(plerixaforSceneEn, plerixaforStepSceneEn, {
  title: {
    patient: 'How tumors keep immune cells out, and what a drug changed in mice',
    clinician: 'CXCL12/CXCR4, desmoplasia and immune exclusion, and what CXCR4 blockade changed in mice',
  },
  steps: {
    fibroblasts: {
      title: {
        patient: 'Support cells called fibroblasts build a mesh',
        clinician: 'Fibroblasts build the collagen matrix',
      },
      body: {
        patient: 'Fibroblasts are cells that build support tissue. They make a mesh of fibers, such as collagen, that holds up the tumor. When they make too much, the mesh can block immune cells.',
        clinician: 'Fibroblasts lay down a collagen meshwork that supports the tumor. Cancer-associated fibroblasts that overproduce it can physically block immune cells.',
      },
    },
    signal: {
      title: {
        patient: 'A signal calls in more fibroblasts',
        clinician: 'CXCL12 recruits fibroblasts',
      },
      body: {
        patient: 'Cancer cells and fibroblasts send out a signal called CXCL12. It draws fibroblasts in and makes them build more collagen.',
        clinician: 'CXCL12, made by cancer cells and fibroblasts, draws fibroblasts toward its source and raises their collagen output.',
      },
    },
    receptor: {
      title: {
        patient: 'Tumors from women had many CXCR4 receptors; so did fibroblasts in mice',
        clinician: 'CXCR4 is high in human tumors and, in mice, in their fibroblasts',
      },
      body: {
        patient: 'Cells pick up the signal with a receptor, a kind of docking spot, called CXCR4. Tumor samples from women had more CXCR4 than nearby healthy tissue. Fibroblasts in mouse tumors had a lot of it too.',
        clinician: 'Paired human tumors expressed more CXCR4, the CXCL12 receptor, than adjacent healthy tissue. In a desmoplastic mouse model, cancer-associated fibroblasts were CXCR4-high.',
      },
    },
    squeeze: {
      title: {
        patient: 'Thick tissue squeezes blood vessels',
        clinician: 'Desmoplasia compresses vessels and causes hypoxia',
      },
      body: {
        patient: 'Too much of this tissue is called desmoplasia. It presses on blood vessels, so less oxygen gets in. Low oxygen makes cancer-killing immune cells less active.',
        clinician: 'Desmoplasia compresses blood vessels and limits oxygen delivery; hypoxia dampens cytotoxic immune cells.',
      },
    },
    'kept-out': {
      title: {
        patient: 'Immune cells are kept out',
        clinician: 'Cytotoxic immune cells are excluded',
      },
      body: {
        patient: 'The thick tissue acts like a wall. It keeps cancer-killing immune cells away. Fibroblasts may also call in the wrong immune cells. In the samples from women, the spread tumors had almost no cancer-killing immune cells.',
        clinician: 'The matrix is a physical barrier, and fibroblast cytokines may recruit tumor-promoting immune cells while blocking cytotoxic ones. Metastases in the paired samples were nearly devoid of cytotoxic immune cells.',
      },
    },
    plerixafor: {
      title: 'In mice, plerixafor thinned the tissue',
      body: {
        patient: 'In mice, plerixafor, a drug that blocks CXCR4, cut down the thick tissue. Blood vessels were less squeezed, and more oxygen got into the tumors.',
        clinician: 'In mice, the CXCR4 inhibitor plerixafor reduced desmoplasia and vessel compression and raised tumor oxygen compared with control.',
      },
    },
    'immune-in': {
      title: 'In mice, more immune cells got in',
      body: {
        patient: 'In mice, with the tissue thinner, more cancer-killing immune cells reached the tumors.',
        clinician: 'In mice, more cytotoxic immune cells infiltrated the tumors, most with plerixafor plus checkpoint inhibitors.',
      },
    },
    checkpoint: {
      title: {
        patient: 'In mice, the drug helped an immune treatment',
        clinician: 'In mice, plerixafor improved checkpoint blockade',
      },
      body: {
        patient: 'In mice, adding plerixafor to checkpoint inhibitors, a common kind of immune treatment, led to fewer lung tumors and longer lives. The rate of long-term remission was double the rate with checkpoint inhibitors alone.',
        clinician: 'In mice, plerixafor plus checkpoint inhibitors also decreased lung metastases and extended survival (the article names no comparison group for these outcomes) and doubled the long-term remission rate of checkpoint inhibitors alone.',
      },
    },
  },
});
