import type { StudyWords } from './plerixafor-2019.sections.js';

/**
 * Every word of the built-in study in English: one text table per section, keyed by the ids of
 * the facts (plerixafor-2019.<section>.ts), so a missing or extra key fails to compile. The
 * per-language section modules the loader fetches are generated from it (scripts/generate.js).
 */
export const words: StudyWords = {
  study: {
    headline: {
      patient: 'In mice with breast cancer that had spread, a drug used in bone marrow transplants boosted an immune treatment.',
      clinician: 'In mouse models of metastatic breast cancer, CXCR4 blockade with plerixafor improved response to checkpoint inhibitors.',
    },
    funding: 'Funded by the National Cancer Institute (NCI). Led by Rakesh K. Jain, Harvard Medical School and Massachusetts General Hospital.',
  },
  evidence: {
    summary: {
      patient: 'Early research. The drug was tested in mice, not people. The team also studied tumor samples from 17 women.',
      clinician: 'Preclinical: treatment experiments in three mouse models of metastatic breast cancer, plus paired tumor samples from 17 women.',
    },
    subjectsShort: 'In mice',
    details: {
      mice: {
        patient: 'Mice: three mouse models of breast cancer that had spread. A mouse model is a lab mouse that gets a disease much like the one in people.',
        clinician: 'Three mouse models of metastatic breast cancer; primary tumors surgically removed; four treatment groups once metastases formed.',
      },
      samples: {
        patient: 'Tumor samples: from 17 women whose breast cancer had spread to the liver or lungs. The samples had dense tissue, and the spread tumors had almost no cancer-killing immune cells.',
        clinician: 'Paired primary and metastatic (liver or lung) tumor samples from 17 women: both desmoplastic, metastases nearly devoid of cytotoxic immune cells, CXCR4 higher than in nearby healthy tissue.',
      },
      genes: {
        patient: 'Gene data: a search of a large cancer gene database pointed to a signal called CXCL12.',
        clinician: 'The Cancer Genome Atlas: CXCL12 was among genes highly expressed in breast tumors that track with immune exclusion.',
      },
    },
    status: {
      untested: {
        patient: 'As of March 2019, a trial of plerixafor in people with breast cancer was being explored. In this study, plerixafor with checkpoint inhibitors, a common kind of immune treatment, was tested in mice.',
        clinician: 'As of March 2019, a trial in patients with breast cancer was being explored; in this study, plerixafor plus checkpoint inhibitors was tested in mouse models only.',
      },
      trials: {
        patient: 'Trials of plerixafor in people with other cancers were under way. Some were to check its safety and its effects on immune cells in tumors.',
        clinician: 'Several trials of plerixafor in other cancers were ongoing; several were to assess safety and effects on immune cells in the tumor microenvironment.',
      },
      approved: {
        patient: 'Plerixafor is already approved for another use: it is used in bone marrow (stem cell) transplants.',
        clinician: 'Plerixafor (Mozobil) is FDA-approved for another use: it is already used in bone marrow (stem cell) transplants.',
      },
    },
    caveats: {
      sledge: {
        text: {
          patient: 'Dense tissue may not be the only reason checkpoint inhibitors fail. The results are an idea to test in people.',
          clinician: 'Dense stroma may not be the only reason checkpoint inhibitors fail; the results "offer a clinically testable hypothesis."',
        },
        attribution: 'George Sledge, Stanford University, in a commentary on the study',
      },
    },
    forReaders: {
      why: 'Checkpoint inhibitors do not work well for most women with breast cancer that has spread. This study looked for a way to help.',
      'in-mice': 'The treatment tests were done in mice, so they did not change care for people. Ask your care team about your own treatment.',
    },
    definitions: {
      'peer-reviewed': 'Other scientists checked the study before the journal printed it.',
      experimental: 'The researchers gave different treatments to groups of mice and compared them.',
      observational: 'The researchers looked at tumor samples as they were, without changing anything.',
      animals: 'The treatment tests were done in mice, not in people.',
      'human-tissue-samples': 'Tumor samples from 17 women were studied in the lab. No one was given a treatment in this study.',
      preclinical: 'Lab and animal research that comes before tests in people.',
    },
  },
  mechanism: {
    title: {
      patient: 'How tumors keep immune cells out, and what a drug changed in mice',
      clinician: 'CXCL12/CXCR4, desmoplasia and immune exclusion, and what CXCR4 blockade changed in mice',
    },
    picture: {
      tumour: 'Tumor cells',
      collagen: 'Collagen fibers',
      fibroblasts: 'Fibroblasts',
      signal: 'CXCL12 signal',
      receptors: 'CXCR4 receptors',
      drug: 'Plerixafor',
      vessel: 'Blood vessel',
      oxygen: 'Oxygen',
      tcellsOut: 'Immune T cells',
      tcellsIn: 'Immune T cells',
      checkpoint: 'Checkpoint inhibitors',
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
        alt: 'Tumor cells inside a thin ring of collagen, with two fibroblasts below the ring. An open blood vessel at the bottom.',
      },
      signal: {
        title: {
          patient: 'A signal draws in fibroblasts',
          clinician: 'CXCL12 recruits fibroblasts',
        },
        body: {
          patient: 'Cancer cells and fibroblasts send out a signal called CXCL12. It draws fibroblasts in and makes them build more collagen.',
          clinician: 'CXCL12, made by cancer cells and fibroblasts, draws fibroblasts toward its source and raises their collagen output.',
        },
        alt: 'Dots of the CXCL12 signal at the top right. Now a thick ring of collagen, with two fibroblasts drawn in bold below the ring.',
      },
      receptor: {
        title: {
          patient: 'Tumors from women had more CXCR4 receptors than nearby healthy tissue',
          clinician: 'CXCR4 is higher in human tumors than in nearby healthy tissue, and high in fibroblasts in mice',
        },
        body: {
          patient: 'Cells pick up the signal with a receptor, a kind of docking spot, called CXCR4. Tumor samples from women had more CXCR4 than nearby healthy tissue. Fibroblasts in mouse tumors had a lot of it too.',
          clinician: 'Paired human tumors expressed more CXCR4, the CXCL12 receptor, than adjacent healthy tissue. In a desmoplastic mouse model, cancer-associated fibroblasts were CXCR4-high.',
        },
        alt: 'Two CXCR4 receptors above the fibroblasts, far from the CXCL12 signal at the top right.',
      },
      squeeze: {
        title: {
          patient: 'Dense tissue squeezes blood vessels',
          clinician: 'Desmoplasia compresses vessels and causes hypoxia',
        },
        body: {
          patient: 'Too much of this tissue is called desmoplasia. It presses on blood vessels, so less oxygen gets in. Low oxygen makes cancer-killing immune cells less active.',
          clinician: 'Desmoplasia compresses blood vessels and limits oxygen delivery; hypoxia dampens cytotoxic immune cells.',
        },
        alt: 'At the bottom, a narrow blood vessel with little oxygen above it, well below a thick ring of collagen.',
      },
      'kept-out': {
        title: {
          patient: 'Immune cells are kept out',
          clinician: 'Cytotoxic immune cells are excluded',
        },
        body: {
          patient: 'The dense tissue acts like a wall. It keeps out cancer-killing immune cells, such as T cells (marked T in the picture). Fibroblasts may also call in the wrong immune cells. In the samples from women, the tumors that had spread had almost no cancer-killing immune cells.',
          clinician: 'The matrix is a physical barrier, and fibroblast cytokines may recruit tumor-promoting immune cells while blocking cytotoxic ones. Metastases in the paired samples were nearly devoid of cytotoxic immune cells.',
        },
        alt: 'Three T cells held back by bars wait outside the ring, at the top left.',
      },
      plerixafor: {
        title: 'In mice, plerixafor thinned the tissue',
        body: {
          patient: 'In mice, plerixafor, a drug that blocks CXCR4, cut down the dense tissue. Blood vessels were less squeezed, and more oxygen got into the tumors. This was compared with a control treatment, one without plerixafor.',
          clinician: 'In mice, the CXCR4 inhibitor plerixafor reduced desmoplasia and vessel compression and raised tumor oxygen compared with control.',
        },
        alt: 'In mice: plerixafor sits on two blocked CXCR4 receptors above the fibroblasts. Now a thin ring of collagen, an open blood vessel and more oxygen. Three T cells outside the ring, no longer held back by bars.',
      },
      'immune-in': {
        title: 'In mice, more immune cells got in',
        body: {
          patient: 'In mice, with less dense tissue, more cancer-killing immune cells reached the tumors.',
          clinician: 'In mice, more cytotoxic immune cells infiltrated the tumors, most with plerixafor plus checkpoint inhibitors.',
        },
        alt: 'In mice: three T cells are now among the tumor cells, inside a thin ring of collagen.',
      },
      checkpoint: {
        title: {
          patient: 'In mice, the drug helped an immune treatment',
          clinician: 'In mice, plerixafor improved checkpoint blockade',
        },
        body: {
          patient: 'In mice, plerixafor was also given with checkpoint inhibitors, a common immune treatment. With both, lung tumors went down and the mice lived longer; the article names no comparison group for these. Long-term remission (no signs of cancer for a long time) was twice as common as with checkpoint inhibitors alone.',
          clinician: 'In mice, plerixafor plus checkpoint inhibitors also decreased lung metastases and extended survival; the article names no comparison group for these outcomes. The combination doubled the long-term remission rate of checkpoint inhibitors alone.',
        },
        alt: 'In mice: two checkpoint inhibitors at the top left of the ring. Three T cells drawn in bold among the tumor cells.',
      },
    },
  },
  arms: {
    title: 'What happened in each group of mice',
    summary: {
      patient: 'All of these results are from mice. For most, the article says only whether they went up or down, not by how much. It gives one number: long-term remission was twice as common with both drugs as with checkpoint inhibitors alone.',
      clinician: 'All outcomes are from mouse models. The source reports directions only, except one ratio: the combination doubled the long-term remission rate of checkpoint inhibitors alone.',
    },
    takeaway: {
      patient: 'In mice, plerixafor added to checkpoint inhibitors (an immune treatment) doubled long-term remission: no cancer signs for a long time.',
      clinician: 'In three mouse models of metastatic breast cancer, plerixafor plus checkpoint inhibitors doubled the long-term remission rate of checkpoint inhibitors alone.',
    },
    design: {
      patient: 'The tests used three mouse models: lab mice that get a breast cancer much like the one in people. The original (primary) tumor was removed by surgery. Once the cancer had spread, each mouse got one of four treatments.',
      clinician: 'Three mouse models of metastatic breast cancer; primary tumors surgically removed; after metastases formed, four groups.',
    },
    arms: {
      control: {
        label: 'Control',
        shortLabel: 'Control',
        description: 'Mice given a control treatment: one without the drugs being tested, used for comparison.',
      },
      plerixafor: {
        label: 'Plerixafor alone',
        shortLabel: 'Plerixafor',
      },
      icb: {
        label: 'Checkpoint inhibitors alone',
        shortLabel: 'Checkpoint inhibitors',
        description: {
          patient: 'A mix of checkpoint inhibitors, a common kind of immune treatment.',
          clinician: 'A combination of immune checkpoint inhibitors.',
        },
      },
      combination: {
        label: 'Plerixafor plus checkpoint inhibitors',
        shortLabel: 'Both',
      },
    },
    outcomes: {
      remission: {
        label: 'Long-term remission in mice',
        summary: 'In all three mouse models, long-term remission was twice as common with both drugs as with checkpoint inhibitors alone.',
        direction: 'more long-term remissions',
      },
      'lung-metastases': {
        label: {
          patient: 'Lung tumors in mice',
          clinician: 'Lung metastases in mice',
        },
        summary: 'Lung tumors went down in mice given both drugs. The article names no comparison group for this result.',
        direction: {
          patient: 'fewer lung tumors',
          clinician: 'fewer lung metastases',
        },
      },
      survival: {
        label: 'How long the mice lived',
        summary: 'Mice given both drugs lived longer. The article names no comparison group for this result.',
        direction: 'longer survival',
      },
      'immune-cells': {
        label: {
          patient: 'Cancer-killing immune cells in tumors of mice',
          clinician: 'Cytotoxic immune cells in metastases (mice)',
        },
        summary: 'Mice given both drugs had more cancer-killing immune cells in their tumors than mice in the other three groups.',
        direction: 'more cancer-killing immune cells',
      },
      fibroblasts: {
        label: {
          patient: 'Support cells (fibroblasts) in tumors of mice',
          clinician: 'Cancer-associated fibroblasts in metastases (mice)',
        },
        summary: 'Mice given both drugs had fewer fibroblasts in their tumors than mice in the other three groups.',
        direction: 'fewer fibroblasts',
      },
      desmoplasia: {
        label: {
          patient: 'Dense tissue in tumors of mice',
          clinician: 'Desmoplasia in metastases (mice)',
        },
        summary: 'Mice given both drugs had less dense tissue in their tumors than mice in the other three groups.',
        direction: {
          patient: 'less dense tissue',
          clinician: 'less desmoplasia',
        },
      },
      'pl-tissue': {
        label: {
          patient: 'Dense tissue in mice: plerixafor vs control',
          clinician: 'Desmoplasia in mice: plerixafor vs control',
        },
        shortLabel: {
          patient: 'Dense tissue in mice',
          clinician: 'Desmoplasia in mice',
        },
        summary: 'In a separate test in mice, plerixafor alone cut down the dense tissue compared with a control treatment.',
        direction: {
          patient: 'less dense tissue',
          clinician: 'less desmoplasia',
        },
      },
      'pl-vessels': {
        label: 'Squeezed blood vessels in mice: plerixafor vs control',
        shortLabel: 'Squeezed blood vessels in mice',
        summary: 'In a separate test in mice, blood vessels were less squeezed with plerixafor than with a control treatment.',
        direction: 'less squeezed vessels',
      },
      'pl-oxygen': {
        label: 'Oxygen in tumors of mice: plerixafor vs control',
        shortLabel: 'Oxygen in tumors of mice',
        summary: 'In a separate test in mice, more oxygen got into the tumors with plerixafor than with a control treatment.',
        direction: 'more oxygen',
      },
      'pl-lung-metastases': {
        label: {
          patient: 'Lung tumors in mice: plerixafor vs a dummy treatment (placebo)',
          clinician: 'Lung metastases in mice: plerixafor vs placebo',
        },
        summary: 'In a separate test in mice, plerixafor alone led to fewer lung tumors than a placebo.',
        direction: {
          patient: 'fewer lung tumors',
          clinician: 'fewer lung metastases',
        },
      },
      'pl-survival': {
        label: 'How long mice lived: plerixafor vs placebo',
        summary: 'In a separate test in mice, plerixafor alone led to longer lives than a placebo.',
        direction: 'longer survival',
      },
    },
    notes: {
      notInThisTest: 'Not part of this separate test',
      placebo: 'Placebo',
    },
  },
};
