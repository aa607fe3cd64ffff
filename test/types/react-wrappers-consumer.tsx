// A React 19 app using study-explainers/react, as README "Next.js and other server-rendered apps"
// shows. Typechecked (never run) by `npm test`: wrong values and event details must not compile.
import { useRef } from 'react';
import { defaultExplainer } from 'study-explainers';
import { EvidenceBadge, MechanismStepper, StudyArmsChart } from 'study-explainers/react';
import { MechanismStepper as OnlyTheStepper } from 'study-explainers/react/mechanism-stepper';

export function App({ onStep }: { onStep: (index: number) => void }) {
  const stepper = useRef<HTMLElementTagNameMap['mechanism-stepper']>(null);
  return (
    <main>
      <MechanismStepper
        ref={stepper}
        lang="es"
        data={defaultExplainer}
        step={2}
        show-all
        heading-level="2"
        className="explainer"
        onStepChange={(event) => onStep(event.detail.index)}
        onExplainerReady={(event) => console.log(event.detail.origin, event.detail.lang)}
        onExplainerError={(event) => console.log(event.detail.reason, event.detail.path)}
      />
      <StudyArmsChart audience="clinician" view="table" outcome="metastases" highlight="combination" />
      <EvidenceBadge variant="full" open theme="dark" onBadgeToggle={(event) => console.log(event.detail.open)} />
      <OnlyTheStepper step={1} />
      {/* @ts-expect-error: not a theme */}
      <EvidenceBadge theme="neon" />
      {/* @ts-expect-error: not a view */}
      <StudyArmsChart view="pie" />
      {/* @ts-expect-error: step-change carries no `open` */}
      <MechanismStepper onStepChange={(event) => event.detail.open} />
      {/* @ts-expect-error: the chart fires no step-change */}
      <StudyArmsChart onStepChange={() => undefined} />
      {/* @ts-expect-error: data must be an explainer document */}
      <MechanismStepper data={42} />
    </main>
  );
}
