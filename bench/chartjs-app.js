// The arms chart as a developer would draw it with Chart.js instead (bundled by bench/run.js).
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
const chart = new Chart(document.getElementById('chart'), {
  type: 'bar',
  data: {
    labels: ['Checkpoint inhibitors alone', 'Both drugs'],
    datasets: [{ label: 'Long-term remission rate (× checkpoint inhibitors alone)', data: [1, 2] }],
  },
  options: { animation: false, responsive: false },
});
// Same signal the widgets give, so "time to rendered" means the same thing. Without animation
// the chart has drawn by now; record.js then waits for the next painted frame, as for the widgets.
document.dispatchEvent(new CustomEvent('explainer-ready', { detail: { chart: !!chart } }));
