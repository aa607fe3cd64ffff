import { Stepper } from './stepper';

export default function Page() {
  return (
    <main>
      <h1>Client component</h1>
      <Stepper />
    </main>
  );
}
