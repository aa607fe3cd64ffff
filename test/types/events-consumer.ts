// addEventListener on the elements (and any element) gets typed details. Typechecked by `npm test`.
import 'study-explainers/define';

const stepper = document.querySelector('mechanism-stepper')!;
stepper.addEventListener('step-change', (event) => {
  const index: number = event.detail.index;
  const id: string = event.detail.id;
  console.log(index, id);
});
stepper.addEventListener('explainer-error', (event) => {
  const message: string = event.detail.message;
  const path: string = event.detail.path;
  console.log(message, path);
  // @ts-expect-error: no such detail field
  console.log(event.detail.nope);
});
document.body.addEventListener('explainer-ready', (event) => console.log(event.detail.origin, event.detail.lang));
document.querySelector('evidence-badge')!.addEventListener('badge-toggle', (event) => {
  const open: boolean = event.detail.open;
  console.log(open);
});
