// What not to do: study-explainers/define in a server component defines nothing in the browser
// (the tag below stays empty there); the package says so in the server's log.
import type {} from 'study-explainers/types/react';
import 'study-explainers/define';

export default function Page() {
  return (
    <main>
      <h1>define in a server component</h1>
      <evidence-badge lang="en" />
    </main>
  );
}
