// A Vue 3 app using the elements from npm, with render functions (no template compiler):
// Vue sets `data` as a property because the element has that property.
import { createApp, h, ref } from 'vue';
import 'study-explainers/define';
import { defaultExplainer } from 'study-explainers';

createApp({
  setup() {
    const step = ref(0);
    const lang = ref('es');
    return () =>
      h('main', [
        h('h1', 'Vue consumer'),
        h('p', { id: 'vue-step' }, `Current step: ${step.value}`),
        h('mechanism-stepper', {
          lang: lang.value,
          data: defaultExplainer,
          'onStep-change': (event) => (step.value = event.detail.index),
        }),
        h('study-arms-chart', { lang: lang.value, audience: 'clinician' }),
        h('evidence-badge', { lang: lang.value }),
      ]);
  },
}).mount('#root');
