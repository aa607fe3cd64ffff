import type { Language } from '../../i18n/languages.js';
/** UI strings of <mechanism-stepper>. Templates fill `{name}` slots with `format()`. */
export interface StepperStrings {
  /** Accessible name of the step picker (the numbered list of steps). */
  label: string;
  /** In each step heading (the one place the count is shown). */
  stepOf: string;
  /** Accessible name of the picture's figure (the picture itself is named by the step's scene alt). */
  picture: string;
  /** Announced (politely) after each change of step. */
  announce: string;
  /** Name of a step-picker button ("Step {n}: {title}"); its visible text is the number. */
  goToStep: string;
  previous: string;
  next: string;
  /** The Next button's text on the last step. */
  startAgain: string;
  /** The toggle that lists every step (with `aria-expanded`); short, to share the row with Previous and Next on a phone... */
  showAll: string;
  /** ...and its text while every step is listed. */
  showOne: string;
}

/** The UI strings of <mechanism-stepper> in every language of src/i18n/languages.ts: a missing one fails to compile. */
export const stepperStrings: Readonly<Record<Language, StepperStrings>> = {
  en: {
    label: 'Steps',
    stepOf: 'Step {n} of {total}',
    picture: 'Picture of step {n}',
    announce: 'Step {n} of {total}: {title}',
    goToStep: 'Step {n}: {title}',
    previous: 'Previous',
    next: 'Next',
    startAgain: 'Restart',
    showAll: 'All steps',
    showOne: 'One step at a time',
  },
  es: {
    label: 'Pasos',
    stepOf: 'Paso {n} de {total}',
    picture: 'Imagen del paso {n}',
    announce: 'Paso {n} de {total}: {title}',
    goToStep: 'Paso {n}: {title}',
    previous: 'Anterior',
    next: 'Siguiente',
    startAgain: 'Al inicio',
    showAll: 'Ver todos',
    showOne: 'Un paso a la vez',
  },
};
