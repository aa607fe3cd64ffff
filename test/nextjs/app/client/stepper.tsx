'use client';
// A client component with the React wrappers: `data` (the app's own study) and the listeners are
// set before the element loads anything, during hydration too.
import { useState } from 'react';
import type { ExplainerDocument } from 'study-explainers';
import { MechanismStepper } from 'study-explainers/react';
import myStudy from './my-study.json';

const study = myStudy as ExplainerDocument;

export function Stepper() {
  const [seen, setSeen] = useState<string[]>([]);
  return (
    <section>
      <MechanismStepper
        id="stepper"
        data={study}
        onExplainerReady={(event) => setSeen((s) => [...s, `explainer-ready:${event.detail.origin}`])}
        onStepChange={(event) => setSeen((s) => [...s, `step-change:${event.detail.index}`])}
      />
      <output id="seen">{seen.join(' ')}</output>
    </section>
  );
}
