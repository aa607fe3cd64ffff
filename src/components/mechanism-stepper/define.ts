import { defineElement } from '../../base/define.js';
import { setContentSources } from '../../base/content-sources.js';
import { staticSources } from '../../base/static-sources.js';
import type { Tag } from '../../manifest/widgets.js';
import { MechanismStepper } from './mechanism-stepper.js';

// The whole built-in study and the validator come with this entry (the loader injects lazy ones).
setContentSources(staticSources);
defineElement('mechanism-stepper' satisfies Tag, MechanismStepper);

declare global {
  interface HTMLElementTagNameMap {
    'mechanism-stepper': MechanismStepper;
  }
}

export { MechanismStepper };
