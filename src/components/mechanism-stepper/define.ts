import { defineElement } from '../../base/define.js';
import type { Tag } from '../../manifest/widgets.js';
import { MechanismStepper } from './mechanism-stepper.js';

defineElement('mechanism-stepper' satisfies Tag, MechanismStepper);

declare global {
  interface HTMLElementTagNameMap {
    'mechanism-stepper': MechanismStepper;
  }
}

export { MechanismStepper };
