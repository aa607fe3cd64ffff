// Every word an off-page output shows, worked out by the widgets' own functions from the document
// and the UI strings tables: the badge's pill words, the stepper's step mark, the chart's facts
// (which never compute a number the document does not hold), the source line. Nothing is typed here.
import { format } from '../../dist/util/format.js';
import { formatDate, formatList } from '../../dist/i18n/locale.js';
import { pillWords } from '../../dist/components/evidence-badge/pill-words.js';
import { stepMark } from '../../dist/components/mechanism-stepper/step-mark.js';
import { buildPanel } from '../../dist/components/study-arms-chart/facts.js';
import { sourceWords } from '../../dist/base/source-words.js';

/** The takeaway, as the chart shows it first: the document's takeaway, else its summary. */
export const takeaway = ({ doc, t }) => t(doc.arms.takeaway?.text ?? doc.arms.summary.text);

/** The badge's one-line pill, as it reads: "Early research · Experimental study · In mice · Peer-reviewed". */
const evidenceLabel = ({ doc, ui, t }) => pillWords(doc.evidence, ui.badge, t).join(' · ');

/** The source line's parts, as every widget writes them. */
export const source = ({ doc, ui, lang }) => sourceWords(doc.study, ui.common, lang);

/** One outcome in words: its label and summary, the document's own values, and the groups it does not report. */
function outcomeWords(context, outcome) {
  const { ui, lang, t } = context;
  const panel = buildPanel({ ...context, strings: ui }, outcome);
  const values = panel.rows.filter((row) => row.value).map((row) => `${row.arm.shortLabel}: ${row.value}`);
  const missing = panel.rows.filter((row) => row.words === ui.chart.notReported).map((row) => row.arm.shortLabel);
  return {
    label: t(outcome.label),
    summary: t(outcome.summary),
    values: values.length ? `${values.join(' · ')}.` : '',
    notReported: missing.length ? `${ui.chart.notReported}: ${formatList(missing, lang)}.` : '',
  };
}

/** One step as the stepper shows it: its count ("Step 2 of 8"), its animals' mark, title, body and picture's alt text. */
export function stepWords({ doc, ui, t }, index) {
  const steps = doc.mechanism.steps;
  const step = steps[index];
  return {
    count: format(ui.stepper.stepOf, { n: index + 1, total: steps.length }),
    mark: step.inMice ? t(stepMark(doc)) : '',
    title: t(step.title),
    body: t(step.body),
    alt: t(step.scene?.alt),
  };
}

/** The handout's content, in reading order. */
export function handoutWords(context) {
  const { doc, ui, lang, audience, t } = context;
  const ev = doc.evidence;
  const steps = doc.mechanism.steps;
  const hasTakeaway = Boolean(doc.arms.takeaway);
  return {
    title: t(doc.study.headline),
    takeaway: takeaway(context),
    example: doc.example ? ui.common.exampleNotice : '',
    evidence: {
      heading: ui.badge.question,
      label: evidenceLabel(context),
      summary: t(ev.summary.text),
      stage: `${ui.badge.ladderHeading} ${ui.badge[ev.stage]}`,
      statusHeading: format(ui.badge.statusHeading, { date: formatDate(ev.statusAsOf, lang, 'month') }),
      status: ev.status.map((s) => t(s.text)),
    },
    mechanism: {
      heading: t(doc.mechanism.title),
      intro: t(doc.mechanism.intro?.text),
      steps: steps.map((_, i) => stepWords(context, i)),
    },
    results: {
      heading: t(doc.arms.title),
      // Said once: the summary is the takeaway above when the document has no takeaway.
      summary: hasTakeaway ? t(doc.arms.summary.text) : '',
      outcomes: doc.arms.outcomes.map((outcome) => outcomeWords(context, outcome)),
    },
    forYou:
      audience === 'patient' && ev.forReaders?.length ? { heading: ui.badge.forYouHeading, items: ev.forReaders.map((s) => t(s.text)) } : undefined,
    caveats: ev.caveats.length
      ? { heading: ui.badge.caveatsHeading, items: ev.caveats.map((c) => `${t(c.text)} ${format(ui.badge.attribution, { name: c.attribution })}`) }
      : undefined,
    source: source(context),
    readThePaper: ui.common.readThePaper,
  };
}

/** The social card's words (and its alt text): takeaway, evidence label, the animals' mark, the source. */
export function cardWords(context) {
  const { doc, t } = context;
  const { source: line, newsText } = source(context);
  const mark = doc.mechanism.steps.some((step) => step.inMice) ? t(stepMark(doc)) : '';
  const label = evidenceLabel(context);
  return {
    takeaway: takeaway(context),
    // The pill names the animals already when the document's short words are the step mark.
    mark: mark && !label.split(' · ').includes(mark) ? mark : '',
    label,
    source: [line, newsText].filter(Boolean).join(' · '),
    example: doc.example ? context.ui.common.exampleNotice : '',
  };
}
