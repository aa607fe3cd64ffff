/** UI strings of <mechanism-stepper>. Templates fill `{name}` slots with `format()`. */
export interface StepperStrings {
  /** Accessible name of the element's region. */
  label: string;
}

export const stepperEn: StepperStrings = {
  label: 'mechanism-stepper',
};

export const stepperEs: StepperStrings = {
  label: 'mechanism-stepper',
};
