import type { Arms } from '../types.js';
import { combinationComparisonNotStated, combinationVsOthers, plerixaforVsControl } from './plerixafor-2019.results.js';

/** Cells of the groups that were not in the separate single-drug test. */
const NOT_IN_THIS_TEST = 'Not part of this separate test';

/** The English document's arms section (`<study-arms-chart>`). */
export const plerixaforArmsEn: Arms = {
  title: 'What happened in each group of mice',
  summary: {
    text: {
      patient: 'All of these results are from mice. The article says which way things went, not by how much. It gives one size: with plerixafor plus checkpoint inhibitors, a common kind of immune treatment, long-term remission was double the rate with checkpoint inhibitors alone.',
      clinician: 'All outcomes are from mouse models. The source reports directions only, except one ratio: the combination doubled the long-term remission rate of checkpoint inhibitors alone.',
    },
    claims: ['C21', 'C22'],
  },
  takeaway: {
    text: {
      patient: 'In mice, plerixafor plus checkpoint inhibitors (a common kind of immune treatment) doubled the rate of long-term remission seen with checkpoint inhibitors alone.',
      clinician: 'In three mouse models of metastatic breast cancer, plerixafor plus checkpoint inhibitors doubled the long-term remission rate of checkpoint inhibitors alone.',
    },
    claims: ['C20', 'C22'],
  },
  design: {
    text: {
      patient: 'Three mouse models of breast cancer. The first tumor was removed by surgery. Once the cancer had spread, each mouse got one of four treatments.',
      clinician: 'Three mouse models of metastatic breast cancer; primary tumors surgically removed; after metastases formed, four groups.',
    },
    claims: ['C20'],
  },
  arms: [
    { id: 'control', label: 'Control', shortLabel: 'Control', description: 'The comparison (control) group.' },
    { id: 'plerixafor', label: 'Plerixafor alone', shortLabel: 'Plerixafor' },
    {
      id: 'icb',
      label: 'Checkpoint inhibitors alone',
      shortLabel: 'Checkpoint inhibitors',
      description: { patient: 'A mix of checkpoint inhibitors, a common kind of immune treatment.', clinician: 'A combination of immune checkpoint inhibitors.' },
    },
    { id: 'combination', label: 'Plerixafor plus checkpoint inhibitors', shortLabel: 'Both' },
  ],
  outcomes: [
    {
      id: 'remission',
      label: 'Long-term remission in mice',
      summary: 'In all three mouse models, long-term remission was twice as common with both drugs as with checkpoint inhibitors alone.',
      better: 'more',
      directionWords: { more: 'more long-term remissions' },
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
      label: { patient: 'Lung tumors in mice', clinician: 'Lung metastases in mice' },
      summary: 'Mice given both drugs had fewer tumors spread to the lungs. The article does not say compared with which groups.',
      better: 'less',
      directionWords: { less: { patient: 'fewer lung tumors', clinician: 'fewer lung metastases' } },
      claims: ['C21'],
      results: combinationComparisonNotStated('less'),
    },
    {
      id: 'survival',
      label: 'How long the mice lived',
      summary: 'Mice given both drugs lived longer. The article does not say compared with which groups.',
      better: 'more',
      directionWords: { more: 'longer survival' },
      claims: ['C21'],
      results: combinationComparisonNotStated('more'),
    },
    {
      id: 'immune-cells',
      label: { patient: 'Cancer-killing immune cells in tumors of mice', clinician: 'Cytotoxic immune cells in metastases (mice)' },
      summary: 'Mice given both drugs had more cancer-killing immune cells in their tumors.',
      better: 'more',
      directionWords: { more: 'more cancer-killing immune cells' },
      claims: ['C21'],
      results: combinationVsOthers('more'),
    },
    {
      id: 'fibroblasts',
      label: { patient: 'Support cells (fibroblasts) in tumors of mice', clinician: 'Cancer-associated fibroblasts in metastases (mice)' },
      summary: 'Mice given both drugs had fewer fibroblasts in their tumors.',
      better: 'less',
      directionWords: { less: 'fewer fibroblasts' },
      claims: ['C21'],
      results: combinationVsOthers('less'),
    },
    {
      id: 'desmoplasia',
      label: { patient: 'Thick tissue in tumors of mice', clinician: 'Desmoplasia in metastases (mice)' },
      summary: 'Mice given both drugs had less thick tissue in their tumors.',
      better: 'less',
      directionWords: { less: { patient: 'less thick tissue', clinician: 'less desmoplasia' } },
      claims: ['C21'],
      results: combinationVsOthers('less'),
    },
    {
      id: 'pl-tissue',
      label: { patient: 'Thick tissue in mice: plerixafor vs control', clinician: 'Desmoplasia in mice: plerixafor vs control' },
      summary: 'In a separate test in mice, plerixafor alone cut down the thick tissue compared with a control treatment.',
      better: 'less',
      directionWords: { less: { patient: 'less thick tissue', clinician: 'less desmoplasia' } },
      claims: ['C17'],
      results: plerixaforVsControl('less', 'C17', NOT_IN_THIS_TEST),
    },
    {
      id: 'pl-vessels',
      label: 'Squeezed blood vessels in mice: plerixafor vs control',
      summary: 'In a separate test in mice, blood vessels were less squeezed with plerixafor than with a control treatment.',
      better: 'less',
      directionWords: { less: 'less squeezed vessels' },
      claims: ['C17'],
      results: plerixaforVsControl('less', 'C17', NOT_IN_THIS_TEST),
    },
    {
      id: 'pl-oxygen',
      label: 'Oxygen in tumors of mice: plerixafor vs control',
      summary: 'In a separate test in mice, more oxygen got into the tumors with plerixafor than with a control treatment.',
      better: 'more',
      directionWords: { more: 'more oxygen' },
      claims: ['C17'],
      results: plerixaforVsControl('more', 'C17', NOT_IN_THIS_TEST),
    },
    {
      id: 'pl-lung-metastases',
      label: { patient: 'Lung tumors in mice: plerixafor vs a dummy treatment (placebo)', clinician: 'Lung metastases in mice: plerixafor vs placebo' },
      summary: 'In a separate test in mice, plerixafor alone led to fewer lung tumors than a placebo.',
      better: 'less',
      directionWords: { less: { patient: 'fewer lung tumors', clinician: 'fewer lung metastases' } },
      claims: ['C19'],
      results: plerixaforVsControl('less', 'C19', NOT_IN_THIS_TEST, 'Placebo'),
    },
    {
      id: 'pl-survival',
      label: 'How long mice lived: plerixafor vs placebo',
      summary: 'In a separate test in mice, plerixafor alone led to longer lives than a placebo.',
      better: 'more',
      directionWords: { more: 'longer survival' },
      claims: ['C19'],
      results: plerixaforVsControl('more', 'C19', NOT_IN_THIS_TEST, 'Placebo'),
    },
  ],
};
