// The printable handout: one tagged PDF of at most two A4 or Letter pages (headings, reading
// order, alt text on every picture, so a screen reader can read it), printed by Chromium from a
// page of plain HTML whose words come from words.js and whose pictures the stepper drew.
import { resolveDocument, RequestProblem } from './document.js';
import { withChromium, openPage } from './chromium.js';
import { handoutWords } from './words.js';
import { stepPictures } from './pictures.js';
import { qrSvg } from './qr.js';
import { bullets, escapeHtml, pageHtml, para } from './page.js';

const PAPERS = ['a4', 'letter'];
const MAX_PAGES = 2;

/** Tighter settings tried in turn until the handout fits on two pages; body text stays at 12 pt. */
const LAYOUTS = [
  { margin: '12mm 14mm', picture: '44mm', line: 1.3, gap: '3mm', h1: '20pt', h2: '15pt', lead: '14pt', space: '8pt', qr: '24mm' },
  { margin: '10mm 12mm', picture: '36mm', line: 1.22, gap: '2mm', h1: '19pt', h2: '14pt', lead: '13pt', space: '7pt', qr: '22mm' },
  { margin: '8mm 9mm', picture: '30mm', line: 1.12, gap: '1mm', h1: '17pt', h2: '13pt', lead: '13pt', space: '5pt', qr: '20mm' },
  // Last, the step text also runs under its picture.
  { margin: '7mm 8mm', picture: '30mm', line: 1.1, gap: '1mm', h1: '16pt', h2: '13pt', lead: '12pt', space: '4pt', qr: '16mm', wrap: true },
];

function css(paper, layout) {
  return `
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: ${layout.margin}; }
body { font-size: 12pt; line-height: ${layout.line}; color: #000; }
h1 { font-size: ${layout.h1}; line-height: 1.15; margin: 0 0 4pt; }
h2 { font-size: ${layout.h2}; margin: ${layout.space} 0 2pt; padding-bottom: 1pt; border-bottom: 1.5pt solid #000; break-after: avoid; }
h3 { font-size: 12pt; margin: 0; break-after: avoid; }
p { margin: 0 0 3pt; }
ul { margin: 0 0 3pt; padding-left: 14pt; }
.notice { font-weight: bold; border: 1.5pt dashed #000; padding: 2pt 6pt; }
.takeaway { font-size: ${layout.lead}; font-weight: bold; border-left: 5pt solid #000; padding-left: 8pt; margin: 6pt 0; }
.label { font-weight: bold; }
.steps { list-style: none; margin: 0; padding: 0; }
.step { display: grid; grid-template-columns: ${layout.picture} 1fr; gap: 0 4mm; margin-bottom: ${layout.gap}; break-inside: avoid; }
.step.text-only { grid-template-columns: 1fr; }
${layout.wrap ? `.step { display: flow-root; } .step figure { float: left; width: ${layout.picture}; margin: 1mm 3mm 0 0; }` : ''}
.step figure { margin: 0; }
.step img { display: block; width: 100%; height: auto; }
.count { font-weight: normal; }
/* The animals' mark is words in a box: never colour alone. */
.mark { border: 1.2pt solid #000; border-radius: 3pt; padding: 0 3pt; font-weight: bold; }
.outcomes { list-style: none; padding: 0; }
.outcomes li { margin-bottom: ${layout.gap}; break-inside: avoid; }
footer { margin-top: ${layout.space}; border-top: 1.5pt solid #000; padding-top: 4pt; display: flex; gap: 6mm; align-items: flex-start; break-inside: avoid; }
footer .link { word-break: break-all; }
footer img { width: ${layout.qr}; height: ${layout.qr}; flex: none; }
.online { display: flex; gap: 3mm; flex: 0 0 50%; }
footer p { margin: 0; }
`;
}

/** The handout's HTML. */
function handoutHtml(words, { pictures = [], url, paper = 'a4', layout = LAYOUTS[0], lang, scanToRead }) {
  const { evidence, mechanism, results, forYou, caveats, source } = words;
  const steps = mechanism.steps
    .map((step, i) => {
      const picture = pictures[i] ? `<figure><img src="${pictures[i]}" alt="${escapeHtml(step.alt)}"></figure>` : '';
      // "Step 1 of 8: Title", as the stepper's step heading reads.
      const heading = `<h3><span class="count">${escapeHtml(step.count)}:</span> ${escapeHtml(step.title)}</h3>`;
      const mark = step.mark ? `<span class="mark">${escapeHtml(step.mark)}</span> ` : '';
      return `<li class="step${picture ? '' : ' text-only'}">${picture}<div>${heading}<p>${mark}${escapeHtml(step.body)}</p></div></li>`;
    })
    .join('');
  const outcomes = results.outcomes
    .map(
      (o) =>
        `<li><p><strong>${escapeHtml(o.label)}.</strong> ${[o.summary, o.values, o.notReported].filter(Boolean).map(escapeHtml).join(' ')}</p></li>`,
    )
    .join('');
  // The source line as the widgets write it, the paper's address printed (a page has no link to click).
  const paperLink = source.paperUrl ? `${escapeHtml(words.readThePaper)}: <span class="link">${escapeHtml(source.paperUrl)}</span>` : '';
  const sourceLine = `<p>${[escapeHtml(source.source), paperLink, escapeHtml(source.newsText)].filter(Boolean).join(' · ')}</p>`;
  const online = url
    ? `<img src="data:image/svg+xml;base64,${Buffer.from(qrSvg(url)).toString('base64')}" alt="${escapeHtml(url)}"><div>${para(scanToRead)}<p class="link">${escapeHtml(url)}</p></div>`
    : '';
  const body = `<main>
${para(words.example, 'notice')}
<h1>${escapeHtml(words.title)}</h1>
${para(words.takeaway, 'takeaway')}
<section><h2>${escapeHtml(evidence.heading)}</h2>${para(evidence.label, 'label')}${para(evidence.summary)}${para(evidence.stage)}
<h3>${escapeHtml(evidence.statusHeading)}</h3>${bullets(evidence.status)}</section>
<section><h2>${escapeHtml(mechanism.heading)}</h2>${para(mechanism.intro)}<ol class="steps">${steps}</ol></section>
<section><h2>${escapeHtml(results.heading)}</h2>${para(results.summary)}<ul class="outcomes">${outcomes}</ul></section>
${forYou ? `<section><h2>${escapeHtml(forYou.heading)}</h2>${bullets(forYou.items)}</section>` : ''}
${caveats ? `<section><h2>${escapeHtml(caveats.heading)}</h2>${bullets(caveats.items)}</section>` : ''}
</main>
<footer><div>${sourceLine}</div>${online ? `<div class="online">${online}</div>` : ''}</footer>`;
  return pageHtml({ lang, title: words.title, css: css(paper, layout), body });
}

/** Pages in a PDF Chromium wrote: the page tree's root count (Skia writes it uncompressed). */
function pdfPageCount(pdf) {
  const text = pdf.toString('latin1');
  const root = /\/Type \/Catalog[\s\S]*?\/Pages (\d+) 0 R/.exec(text);
  const tree = root && new RegExp(`(?:^|\\n)${root[1]} 0 obj\\s*<<[\\s\\S]*?/Count (\\d+)`).exec(text);
  if (!tree) throw new Error('cannot read the page count of the PDF Chromium wrote');
  return Number(tree[1]);
}

/**
 * The PDF's creation and change dates set to the document's status date, so the same input gives
 * the same bytes (Chromium writes the time of printing; the dates keep their length, so every
 * offset in the file stays right).
 */
function fixPdfDates(pdf, isoDate) {
  const stamp = `D:${isoDate.replace(/-/g, '')}000000`;
  const text = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key) => `/${key} (${stamp}`);
  return Buffer.from(text, 'latin1');
}

/**
 * The handout PDF (a Buffer) for `{ document, lang, audience, paper, url }`. Rejects with a
 * RequestProblem for a bad request, or when even the tightest layout needs more than two pages.
 */
export async function handout(request = {}) {
  const paper = request.paper ?? 'a4';
  if (!PAPERS.includes(paper)) throw new RequestProblem(`paper '${paper}': one of ${PAPERS.join(', ')}`);
  if (request.url !== undefined && !/^https?:\/\/\S+$/.test(request.url)) throw new RequestProblem(`url '${request.url}': an http(s) address`);
  const context = resolveDocument(request);
  const words = handoutWords(context);
  return withChromium(async (browser) => {
    const pictures = await stepPictures(browser, context);
    let pages = 0;
    for (const layout of LAYOUTS) {
      const html = handoutHtml(words, { pictures, url: request.url, paper, layout, lang: context.lang, scanToRead: context.words.scanToRead });
      const page = await openPage(browser, html, { width: 800 });
      try {
        await page.emulateMediaType('print');
        const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }));
        pages = pdfPageCount(pdf);
        if (pages <= MAX_PAGES) return fixPdfDates(pdf, context.doc.evidence.statusAsOf);
      } finally {
        await page.close();
      }
    }
    throw new RequestProblem(`the handout needs ${pages} pages even at its tightest; at most ${MAX_PAGES} (shorten the document's text)`);
  });
}
