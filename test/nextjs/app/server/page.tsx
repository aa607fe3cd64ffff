// A server component: the widget is rendered in Node into the page's HTML (declarative shadow DOM),
// drawn before any script runs; <DefineExplainers /> then loads the elements in the browser.
import { render } from 'study-explainers/server';
import { DefineExplainers } from './define-explainers';

export default function Page() {
  const badge = render({ tag: 'evidence-badge', lang: 'es' });
  return (
    <main>
      <h1>Server component</h1>
      <div style={{ display: 'contents' }} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: badge }} />
      <DefineExplainers />
    </main>
  );
}
