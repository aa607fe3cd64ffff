import type { Language } from '../../i18n/languages.js';
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
  /** The toggle that lists every step (with `aria-expanded`)... */
  showAll: string;
  /** ...and its text while every step is listed. */
  showOne: string;
}

/** The UI strings of <mechanism-stepper> in every language of src/i18n/languages.ts: a missing one fails to compile. */
export const stepperStrings: Readonly<Record<Language, StepperStrings>> = {
  en: {
    label: 'Steps',
    stepOf: 'Step {n} of {total}',
    announce: 'Step {n} of {total}: {title}',
    goToStep: 'Step {n}: {title}',
    previous: 'Previous',
    next: 'Next',
    startAgain: 'Start again',
    showAll: 'Show all steps',
    showOne: 'Show one step at a time',
  },
  es: {
    label: 'Pasos',
    stepOf: 'Paso {n} de {total}',
    announce: 'Paso {n} de {total}: {title}',
    goToStep: 'Paso {n}: {title}',
    previous: 'Anterior',
    next: 'Siguiente',
    startAgain: 'Volver al inicio',
    showAll: 'Mostrar todos los pasos',
    showOne: 'Mostrar un paso a la vez',
  },
};
