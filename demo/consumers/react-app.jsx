// A React 19 app using the elements from npm: React 19 passes object props (`data`) as
// properties and `onStep-change`-style handlers as event listeners on custom elements.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'study-explainers/define';
import { defaultExplainer } from 'study-explainers';

function App() {
  const [step, setStep] = useState(0);
  const [lang, setLang] = useState('en');
  return (
    <main>
      <h1>React consumer</h1>
      <button type="button" onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
        Switch language
      </button>
      <p id="react-step">Current step: {step}</p>
      <mechanism-stepper lang={lang} data={defaultExplainer} onstep-change={(event) => setStep(event.detail.index)} />
      <study-arms-chart lang={lang} view="table" />
      <evidence-badge lang={lang} variant="full" />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
