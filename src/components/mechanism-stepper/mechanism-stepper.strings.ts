/** UI strings of <mechanism-stepper>. Templates fill `{name}` slots with `format()`. */
export interface StepperStrings {
  /** Accessible name of the step picker (the numbered list of steps). */
  label: string;
  /** In each step heading and in the progress line. */
  stepOf: string;
  /** Announced (politely) after each change of step. */
  announce: string;
  /** Name of a step-picker button ("Step {n}: {title}"); its visible text is the number. */
  goToStep: string;
  previous: string;
  next: string;
  /** The Next button's text on the last step. */
  startAgain: string;
  /** The toggle that lists every step (with `aria-expanded`). */
  showAll: string;
  /** Accessible name of the illustration. */
  picture: string;
  /** Labels in the picture (a document's `mechanism.sceneLabels` win). */
  sceneTumour: string;
  sceneFibroblasts: string;
  sceneCollagen: string;
  sceneCollagenDense: string;
  sceneVessel: string;
  sceneVesselSqueezed: string;
  sceneOxygen: string;
  sceneOxygenLow: string;
  sceneImmune: string;
  sceneSignal: string;
  sceneReceptors: string;
  sceneDrug: string;
  sceneCheckpoint: string;
}

export const stepperEn: StepperStrings = {
  label: 'Steps',
  stepOf: 'Step {n} of {total}',
  announce: 'Step {n} of {total}: {title}',
  goToStep: 'Step {n}: {title}',
  previous: 'Previous',
  next: 'Next',
  startAgain: 'Start again',
  showAll: 'Show all steps',
  picture: 'Illustration for step {n}: {title}',
  sceneTumour: 'Tumor cells',
  sceneFibroblasts: 'Fibroblasts',
  sceneCollagen: 'Collagen fibers',
  sceneCollagenDense: 'Dense collagen',
  sceneVessel: 'Blood vessel',
  sceneVesselSqueezed: 'Squeezed blood vessel',
  sceneOxygen: 'Oxygen',
  sceneOxygenLow: 'Low oxygen',
  sceneImmune: 'T cells',
  sceneSignal: 'CXCL12 signal',
  sceneReceptors: 'CXCR4 receptor',
  sceneDrug: 'Plerixafor',
  sceneCheckpoint: 'Checkpoint inhibitors',
};

export const stepperEs: StepperStrings = {
  label: 'Pasos',
  stepOf: 'Paso {n} de {total}',
  announce: 'Paso {n} de {total}: {title}',
  goToStep: 'Paso {n}: {title}',
  previous: 'Anterior',
  next: 'Siguiente',
  startAgain: 'Volver al inicio',
  showAll: 'Mostrar todos los pasos',
  picture: 'Ilustración del paso {n}: {title}',
  sceneTumour: 'Células tumorales',
  sceneFibroblasts: 'Fibroblastos',
  sceneCollagen: 'Fibras de colágeno',
  sceneCollagenDense: 'Colágeno denso',
  sceneVessel: 'Vaso sanguíneo',
  sceneVesselSqueezed: 'Vaso sanguíneo comprimido',
  sceneOxygen: 'Oxígeno',
  sceneOxygenLow: 'Poco oxígeno',
  sceneImmune: 'Linfocitos T',
  sceneSignal: 'Señal CXCL12',
  sceneReceptors: 'Receptor CXCR4',
  sceneDrug: 'Plerixafor',
  sceneCheckpoint: 'Inhibidores de puntos de control',
};
