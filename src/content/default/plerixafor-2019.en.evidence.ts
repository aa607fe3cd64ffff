import { plerixaforEvidence } from './plerixafor-2019.evidence.js';

/** The English document's evidence section (`<evidence-badge>`). */
export const plerixaforEvidenceEn = plerixaforEvidence({
  summary: {
    patient: 'Early research. The drug was tested in mice, not people. The team also studied tumor samples from 17 women.',
    clinician: 'Preclinical: treatment experiments in three mouse models of metastatic breast cancer, plus paired tumor samples from 17 women.',
  },
  subjectsShort: 'In mice',
  details: {
    mice: {
      patient: 'Mice: three mouse models of breast cancer that had spread.',
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
      patient: 'As of March 2019, plerixafor with checkpoint inhibitors, a common kind of immune treatment, had not been tested in people with breast cancer.',
      clinician: 'As of March 2019, plerixafor plus checkpoint inhibitors had not been tested in patients with breast cancer.',
    },
    trials: {
      patient: 'A trial in people with breast cancer was being explored. Trials in other cancers were under way.',
      clinician: 'A breast cancer trial was being explored; several trials in other cancers planned to assess safety and effects on tumor immune cells.',
    },
    approved: {
      patient: 'Plerixafor is approved for another use: it moves stem cells into the blood before a transplant.',
      clinician: 'Plerixafor (Mozobil) is FDA-approved for another use: stem cell mobilization before transplant.',
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
});
