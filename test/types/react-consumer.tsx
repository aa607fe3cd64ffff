// A React 19 app using the elements, as the README shows. Typechecked (never run) by `npm test`.
import type {} from 'study-explainers/types/react';
import { defaultExplainer } from 'study-explainers';
import 'study-explainers/define';

export function App({ onStep }: { onStep: (index: number) => void }) {
  return (
    <main>
      <mechanism-stepper
        lang="es"
        data={defaultExplainer}
        step={2}
        show-all
        heading-level="2"
        className="explainer"
        onstep-change={(event) => onStep(event.detail.index)}
        onexplainer-error={(event) => console.log(event.detail.path, event.detail.message)}
      />
      <study-arms-chart audience="clinician" view="table" outcome="metastases" highlight="combination" />
      <evidence-badge variant="full" open theme="dark" onbadge-toggle={(event) => console.log(event.detail.open)} />
      {/* @ts-expect-error: not a theme */}
      <evidence-badge theme="neon" />
      {/* @ts-expect-error: not a view */}
      <study-arms-chart view="pie" />
      {/* @ts-expect-error: step-change carries no `open` */}
      <mechanism-stepper onstep-change={(event) => event.detail.open} />
      {/* @ts-expect-error: data must be an explainer document */}
      <mechanism-stepper data={42} />
    </main>
  );
}
