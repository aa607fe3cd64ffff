import { MechanismStepper as MechanismStepperElement } from '../components/mechanism-stepper/define.js';
import { wrapElement } from './wrap.js';

/** `<mechanism-stepper>` for React: typed props and `on<Event>` callbacks, `data` applied from the first render. */
export const MechanismStepper = wrapElement('mechanism-stepper', MechanismStepperElement, 'MechanismStepper');
