import { plerixaforArms } from './plerixafor-2019.arms.js';

/** The English document's arms section (`<study-arms-chart>`). */
export const plerixaforArmsEn = plerixaforArms({
  title: 'What happened in each group of mice',
  summary: {
    patient: 'All of these results are from mice. The article says which way things went, not by how much. It gives one size: with plerixafor plus checkpoint inhibitors, a common kind of immune treatment, long-term remission was double the rate with checkpoint inhibitors alone.',
    clinician: 'All outcomes are from mouse models. The source reports directions only, except one ratio: the combination doubled the long-term remission rate of checkpoint inhibitors alone.',
  },
  takeaway: {
    patient: 'In mice, plerixafor plus checkpoint inhibitors (a common kind of immune treatment) doubled the rate of long-term remission seen with checkpoint inhibitors alone.',
    clinician: 'In three mouse models of metastatic breast cancer, plerixafor plus checkpoint inhibitors doubled the long-term remission rate of checkpoint inhibitors alone.',
  },
  design: {
    patient: 'Three mouse models of breast cancer. The first tumor was removed by surgery. Once the cancer had spread, each mouse got one of four treatments.',
    clinician: 'Three mouse models of metastatic breast cancer; primary tumors surgically removed; after metastases formed, four groups.',
  },
  arms: {
    control: {
      label: 'Control',
      shortLabel: 'Control',
      description: 'The comparison (control) group.',
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
      summary: 'Mice given both drugs had fewer tumors spread to the lungs. The article does not say compared with which groups.',
      direction: {
        patient: 'fewer lung tumors',
        clinician: 'fewer lung metastases',
      },
    },
    survival: {
      label: 'How long the mice lived',
      summary: 'Mice given both drugs lived longer. The article does not say compared with which groups.',
      direction: 'longer survival',
    },
    'immune-cells': {
      label: {
        patient: 'Cancer-killing immune cells in tumors of mice',
        clinician: 'Cytotoxic immune cells in metastases (mice)',
      },
      summary: 'Mice given both drugs had more cancer-killing immune cells in their tumors.',
      direction: 'more cancer-killing immune cells',
    },
    fibroblasts: {
      label: {
        patient: 'Support cells (fibroblasts) in tumors of mice',
        clinician: 'Cancer-associated fibroblasts in metastases (mice)',
      },
      summary: 'Mice given both drugs had fewer fibroblasts in their tumors.',
      direction: 'fewer fibroblasts',
    },
    desmoplasia: {
      label: {
        patient: 'Thick tissue in tumors of mice',
        clinician: 'Desmoplasia in metastases (mice)',
      },
      summary: 'Mice given both drugs had less thick tissue in their tumors.',
      direction: {
        patient: 'less thick tissue',
        clinician: 'less desmoplasia',
      },
    },
    'pl-tissue': {
      label: {
        patient: 'Thick tissue in mice: plerixafor vs control',
        clinician: 'Desmoplasia in mice: plerixafor vs control',
      },
      summary: 'In a separate test in mice, plerixafor alone cut down the thick tissue compared with a control treatment.',
      direction: {
        patient: 'less thick tissue',
        clinician: 'less desmoplasia',
      },
    },
    'pl-vessels': {
      label: 'Squeezed blood vessels in mice: plerixafor vs control',
      summary: 'In a separate test in mice, blood vessels were less squeezed with plerixafor than with a control treatment.',
      direction: 'less squeezed vessels',
    },
    'pl-oxygen': {
      label: 'Oxygen in tumors of mice: plerixafor vs control',
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
});
