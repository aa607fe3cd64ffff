import { defineElement } from '../../base/define.js';
import { MechanismStepper } from './mechanism-stepper.js';

defineElement('mechanism-stepper', MechanismStepper);

declare global {
  interface HTMLElementTagNameMap {
    'mechanism-stepper': MechanismStepper;
  }
}

export { MechanismStepper };
