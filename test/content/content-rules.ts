/**
 * The content rules (shared/design/content.md) as functions. Each takes a document and
 * returns problems as "path: message" lines naming the field, so a test can prove that
 * breaking a rule in a copy of a document is reported at that field.
 */
import { validateExplainer, formatProblem } from '../../src/content/validate.js';
import type { Audience, ExplainerDocument, Text } from '../../src/content/types.js';
import { fernandezHuerta, fleschKincaidGrade } from './readability.js';

export type Widget = 'stepper' | 'chart' | 'badge';
export const WIDGETS: readonly Widget[] = ['stepper', 'chart', 'badge'];

/** One piece of reader text at a JSON path; `audience` is undefined when every reader sees it. */
export interface TextEntry {
  path: string;
  text: string;
  audience?: Audience;
}

function pushText(out: TextEntry[], path: string, text: Text | undefined) {
  if (text === undefined) return;
  if (typeof text === 'string') out.push({ path, text });
  else if (text && typeof text === 'object') {
    out.push({ path: `${path}.patient`, text: text.patient, audience: 'patient' });
    out.push({ path: `${path}.clinician`, text: text.clinician, audience: 'clinician' });
  }
}

/** The reader text each widget shows, in reading order. */
export function widgetTexts(doc: ExplainerDocument, widget: Widget): TextEntry[] {
  const out: TextEntry[] = [];
  if (widget === 'badge') {
    const ev = doc.evidence;
    pushText(out, 'study.headline', doc.study.headline);
    pushText(out, 'evidence.summary.text', ev.summary.text);
    pushText(out, 'evidence.subjectsShort', ev.subjectsShort);
    ev.details.forEach((s, i) => pushText(out, `evidence.details[${i}].text`, s.text));
    ev.status.forEach((s, i) => pushText(out, `evidence.status[${i}].text`, s.text));
    ev.caveats.forEach((s, i) => pushText(out, `evidence.caveats[${i}].text`, s.text));
    ev.forReaders?.forEach((s, i) => pushText(out, `evidence.forReaders[${i}].text`, s.text));
    for (const [label, text] of Object.entries(ev.definitions)) pushText(out, `evidence.definitions.${label}`, text);
  } else if (widget === 'stepper') {
    const m = doc.mechanism;
    pushText(out, 'mechanism.title', m.title);
    pushText(out, 'mechanism.intro.text', m.intro?.text);
    m.steps.forEach((s, i) => {
      pushText(out, `mechanism.steps[${i}].title`, s.title);
      pushText(out, `mechanism.steps[${i}].body`, s.body);
    });
  } else {
    const a = doc.arms;
    pushText(out, 'arms.title', a.title);
    pushText(out, 'arms.takeaway.text', a.takeaway?.text);
    pushText(out, 'arms.summary.text', a.summary.text);
    pushText(out, 'arms.design.text', a.design.text);
    a.arms.forEach((arm, i) => {
      pushText(out, `arms.arms[${i}].label`, arm.label);
      pushText(out, `arms.arms[${i}].shortLabel`, arm.shortLabel);
      pushText(out, `arms.arms[${i}].description`, arm.description);
    });
    a.outcomes.forEach((o, i) => {
      pushText(out, `arms.outcomes[${i}].label`, o.label);
      pushText(out, `arms.outcomes[${i}].summary`, o.summary);
      pushText(out, `arms.outcomes[${i}].unit`, o.unit);
      for (const [k, v] of Object.entries(o.directionWords ?? {})) pushText(out, `arms.outcomes[${i}].directionWords.${k}`, v);
      o.results.forEach((r, j) => pushText(out, `arms.outcomes[${i}].results[${j}].note`, r.note));
    });
  }
  return out;
}

/** Every piece of reader text: the three widgets plus the paper's title, funding and caveat attributions. */
export function allTexts(doc: ExplainerDocument): TextEntry[] {
  const out: TextEntry[] = [{ path: 'study.title', text: doc.study.title }];
  pushText(out, 'study.funding.text', doc.study.funding?.text);
  doc.evidence.caveats.forEach((c, i) => pushText(out, `evidence.caveats[${i}].attribution`, c.attribution));
  for (const widget of WIDGETS) out.push(...widgetTexts(doc, widget));
  return out;
}

/** The text a patient (or a clinician) reads: shared strings plus that audience's versions. */
export function audienceTexts(entries: TextEntry[], audience: Audience): TextEntry[] {
  return entries.filter((e) => e.audience === undefined || e.audience === audience);
}

const lower = (lang: string) => (lang.startsWith('es') ? 'es' : 'en');

// Rule 0 and 1 ---------------------------------------------------------------------------

/** The document passes the run-time validator (with the ledger's ids, when given). */
export function checkValid(doc: unknown, claimIds?: Iterable<string>): string[] {
  return validateExplainer(doc, claimIds ? { claimIds } : {}).problems.map(formatProblem);
}

/**
 * Rule 1: every `claims` list anywhere in the document is non-empty and names only ids
 * of the ledger; every health statement (an object with `text`) has claims.
 */
export function checkClaims(doc: ExplainerDocument, ledgerIds: Iterable<string>): string[] {
  const known = new Set(ledgerIds);
  const problems: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if ('text' in obj && !('claims' in obj) && path !== 'ledger') problems.push(`${path}: a statement without claim ids`);
      for (const [key, v] of Object.entries(obj)) {
        const p = path ? `${path}.${key}` : key;
        if (key === 'ledger') continue;
        if (key === 'claims') {
          if (!Array.isArray(v) || v.length === 0) problems.push(`${p}: no claim ids`);
          else v.forEach((id, i) => {
            if (!known.has(id as string)) problems.push(`${p}[${i}]: unknown claim id '${String(id)}'`);
          });
        } else walk(v, p);
      }
    }
  };
  walk(doc, '');
  return problems;
}

// Rule 2 ---------------------------------------------------------------------------------

const NUMBER_WORDS: Record<'en' | 'es', Record<string, string>> = {
  en: {
    zero: '0', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
    eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
    eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
    thousand: '1000', million: '1000000', percent: '%', half: '0.5×', halved: '0.5×', double: '2×', doubled: '2×',
    doubling: '2×', twice: '2×', triple: '3×', tripled: '3×', thrice: '3×', quadrupled: '4×',
  },
  es: {
    cero: '0', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10',
    once: '11', doce: '12', trece: '13', catorce: '14', quince: '15', dieciséis: '16', diecisiete: '17',
    dieciocho: '18', diecinueve: '19', veinte: '20', treinta: '30', cuarenta: '40', cincuenta: '50', cien: '100',
    ciento: '100', mil: '1000', millón: '1000000', millones: '1000000', porcentaje: '%', mitad: '0.5×',
    doble: '2×', duplicó: '2×', duplica: '2×', duplicar: '2×', triple: '3×', triplicó: '3×', cuádruple: '4×',
  },
};

/**
 * Rule 2: every number in reader text (digits, "%", "×", number words such as "five" or
 * "double") is one the source states. `stated` lists them ("17", "3", "2×", dates' parts);
 * `names` are names with digits (CXCR4) that are not numbers.
 */
export function checkNoInventedNumbers(doc: ExplainerDocument, stated: readonly string[], names: readonly string[] = []): string[] {
  const allowed = new Set(stated);
  const words = NUMBER_WORDS[lower(doc.lang)];
  const problems: string[] = [];
  for (const { path, text } of allTexts(doc)) {
    let rest = text;
    for (const name of names) rest = rest.split(name).join(' ');
    for (const m of rest.matchAll(/\d+(?:[.,]\d+)*(?:\s?(%|×|x\b|-fold))?/g)) {
      const raw = m[0];
      const core = raw.replace(/\s?(%|×|x|-fold)$/, '');
      const value = m[1] === '%' ? `${core}%` : m[1] ? `${core}×` : core;
      if (!allowed.has(value)) problems.push(`${path}: number '${raw.trim()}' not in the source`);
    }
    for (const m of rest.toLowerCase().matchAll(/\p{L}+/gu)) {
      const value = words[m[0]];
      if (value !== undefined && !allowed.has(value)) problems.push(`${path}: number word '${m[0]}' not in the source`);
    }
  }
  return problems;
}

// Rule 3 ---------------------------------------------------------------------------------

const MICE: Record<'en' | 'es', RegExp> = {
  en: /(?<!\p{L})(mice|mouse)(?!\p{L})/iu,
  es: /(?<!\p{L})(ratones|ratón|raton)(?!\p{L})/iu,
};

function textsOf(text: Text | undefined): Array<[string, string]> {
  if (text === undefined) return [];
  return typeof text === 'string' ? [['', text]] : [['.patient', text.patient], ['.clinician', text.clinician]];
}

/**
 * Rule 3: "mice" (es: "ratones"/"ratón") in every outcome (label or summary), in the
 * title and first sentence of every step marked `inMice`, and in the badge summary;
 * every step that shows the drug is marked `inMice`.
 */
export function checkSaysMice(doc: ExplainerDocument): string[] {
  const re = MICE[lower(doc.lang)];
  const word = lower(doc.lang) === 'es' ? 'ratones' : 'mice';
  const problems: string[] = [];
  const says = (s: string) => re.test(s);
  doc.arms.outcomes.forEach((o, i) => {
    for (const audience of ['patient', 'clinician'] as const) {
      const pick = (t: Text | undefined) => (t === undefined ? '' : typeof t === 'string' ? t : t[audience]);
      if (!says(pick(o.label)) && !says(pick(o.summary))) {
        const where = o.summary === undefined ? 'label' : `summary${typeof o.summary === 'string' ? '' : `.${audience}`}`;
        problems.push(`arms.outcomes[${i}].${where}: neither label nor summary says "${word}" (${audience})`);
      }
    }
  });
  doc.mechanism.steps.forEach((s, i) => {
    const drugs = new Set((doc.mechanism.scene?.actors ?? []).filter((a) => a.kind === 'drug').map((a) => a.id));
    if (s.scene?.show.some((id) => drugs.has(id)) && !s.inMice) problems.push(`mechanism.steps[${i}].inMice: the step shows the drug but is not marked as seen in mice`);
    if (!s.inMice) return;
    for (const [suffix, t] of textsOf(s.title)) if (!says(t)) problems.push(`mechanism.steps[${i}].title${suffix}: does not say "${word}"`);
    for (const [suffix, t] of textsOf(s.body)) {
      const first = t.split(/(?<=[.!?])\s+/)[0];
      if (!says(first)) problems.push(`mechanism.steps[${i}].body${suffix}: first sentence does not say "${word}"`);
    }
  });
  for (const [suffix, t] of textsOf(doc.evidence.summary.text)) {
    if (!says(t)) problems.push(`evidence.summary.text${suffix}: does not say "${word}"`);
  }
  return problems;
}

// Rule 4 ---------------------------------------------------------------------------------

export const BANNED: Record<'en' | 'es', RegExp[]> = {
  en: [
    /\bcur(?:e|es|ed|ing|ative)\b/i, /\bbreakthroughs?\b/i, /\bmiracle\w*/i, /\bgame[- ]?changers?\b/i, /\bhope for patients\b/i,
    /\bwonder drug/i, /\brevolutionary\b/i, /\bmagic bullet/i,
  ],
  es: [
    /(?<!\p{L})cur(?:a|as|ar|ará|an|ación|ativo|ativa)(?!\p{L})/iu, /avances? revolucionari/iu, /revolucionari[oa]/iu,
    /(?<!\p{L})milagr\p{L}*/iu, /esperanza para (?:los|las) pacientes/iu, /cambi(?:a|o) (?:de|el) juego/iu, /fármaco maravilla/iu,
  ],
};

/** Rule 4, plerixafor: phrases that would make plerixafor a breast cancer treatment. */
export const NOT_A_TREATMENT: Record<'en' | 'es', RegExp[]> = {
  en: [/(?<!not )\b(?:treats|treating|a treatment for|approved (?:for|to treat)) (?:metastatic )?breast cancer/i],
  es: [/(?<!no )(?:trata|tratamiento (?:para|del|contra)|aprobado (?:para|contra)) (?:el )?cáncer de mama/iu],
};

/** Rule 4: no banned word or phrase (and the study's extra patterns) in any reader text. */
export function checkBannedWords(doc: ExplainerDocument, extra: Partial<Record<'en' | 'es', RegExp[]>> = {}): string[] {
  const lang = lower(doc.lang);
  const patterns = [...BANNED[lang], ...(extra[lang] ?? [])];
  const problems: string[] = [];
  for (const { path, text } of allTexts(doc)) {
    for (const re of patterns) {
      const m = text.match(re);
      if (m) problems.push(`${path}: banned wording '${m[0]}'`);
    }
  }
  return problems;
}

// Rule 5 ---------------------------------------------------------------------------------

/** Rule 5: a status statement names the month and year of `statusAsOf` ("March 2019", "marzo de 2019"). */
export function checkDatedStatus(doc: ExplainerDocument, expected?: string): string[] {
  const problems: string[] = [];
  const asOf = doc.evidence.statusAsOf;
  if (expected && asOf !== expected) problems.push(`evidence.statusAsOf: expected ${expected}, got ${asOf}`);
  const date = new Date(`${asOf}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return [...problems, `evidence.statusAsOf: not a date`];
  const monthYear = new Intl.DateTimeFormat(doc.lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date).toLowerCase();
  for (const audience of ['patient', 'clinician'] as const) {
    const texts = doc.evidence.status.map((s) => (typeof s.text === 'string' ? s.text : s.text[audience]).toLowerCase());
    if (!texts.some((t) => t.includes(monthYear))) problems.push(`evidence.status: no ${audience} status says "${monthYear}"`);
  }
  return problems;
}

// Rule 6 ---------------------------------------------------------------------------------

export interface ReadingGrades {
  /** English: Flesch–Kincaid grade; Spanish: Fernández-Huerta score. */
  formula: 'Flesch–Kincaid grade' | 'Fernández-Huerta';
  scores: Record<Widget, number>;
  problems: string[];
}

/** The highest Flesch–Kincaid grade allowed for each widget's English patient text. */
export const MAX_GRADE_EN = 8;
/** The lowest Fernández-Huerta score allowed for each widget's Spanish patient text (60 = "normal", about grade 8). */
export const MIN_SCORE_ES = 60;

/**
 * Rule 6: the patient text of each widget reads at grade 8 or lower (English, Flesch–
 * Kincaid), or scores at least 60 (Spanish, Fernández-Huerta). English needs
 * `loadEnglishSyllables()` first.
 */
export function checkReadability(doc: ExplainerDocument): ReadingGrades {
  const es = lower(doc.lang) === 'es';
  const scores = {} as Record<Widget, number>;
  const problems: string[] = [];
  for (const widget of WIDGETS) {
    const fields = audienceTexts(widgetTexts(doc, widget), 'patient').map((e) => e.text);
    const score = es ? fernandezHuerta(fields) : fleschKincaidGrade(fields);
    scores[widget] = Math.round(score * 10) / 10;
    const bad = es ? !(score >= MIN_SCORE_ES) : !(score <= MAX_GRADE_EN);
    if (bad) {
      const what = es ? `Fernández-Huerta ${scores[widget]} below ${MIN_SCORE_ES}` : `Flesch–Kincaid grade ${scores[widget]} above ${MAX_GRADE_EN}`;
      problems.push(`${widget} (patient text): ${what}`);
    }
  }
  return { formula: es ? 'Fernández-Huerta' : 'Flesch–Kincaid grade', scores, problems };
}

/** A technical term and the words that explain it (one must be in the sentence of its first use). */
export interface Term {
  term: RegExp;
  explained: RegExp;
}

/**
 * Rule 6: in each widget's patient text, the sentence where a technical term first appears
 * also explains it ("a receptor, a kind of docking spot, called CXCR4").
 */
export function checkTermsExplained(doc: ExplainerDocument, terms: Term[]): string[] {
  const problems: string[] = [];
  for (const widget of WIDGETS) {
    const entries = audienceTexts(widgetTexts(doc, widget), 'patient');
    for (const { term, explained } of terms) {
      for (const entry of entries) {
        const sentence = entry.text.split(/(?<=[.!?])\s+/).find((s) => term.test(s));
        if (!sentence) continue;
        if (!explained.test(sentence)) problems.push(`${entry.path}: '${sentence.match(term)?.[0]}' is not explained at first use in the ${widget}`);
        break;
      }
    }
  }
  return problems;
}

// Rule 7 ---------------------------------------------------------------------------------

/** Fields whose values are data, not language: equal in every translation. */
const STRUCTURAL = new Set([
  'schemaVersion', 'id', 'example', 'peerReview', 'studyTypes', 'subjects', 'stage', 'statusAsOf', 'published', 'date',
  'doi', 'pmid', 'pmcid', 'citation', 'authors', 'url', 'claims', 'inMice', 'arm', 'kind', 'relation', 'to',
  'ratio', 'value', 'n', 'interval', 'better', 'comparison', 'journalShort', 'publisherShort',
  // The picture: where actors are and how they look is data; their labels and each step's alt are words.
  'x', 'y', 'shape', 'mark', 'count', 'radius', 'length', 'state', 'show', 'focus', 'states',
]);

/**
 * Rule 7: two translations have the same structure (same fields, list lengths, text
 * shapes) and the same data, claim ids included, in the same places. The built-in study
 * shares its facts between languages (src/content/default), so for it this checks what
 * its text tables' types do not: a text split by audience in one language only, an
 * optional text (an arm's description) in one language only.
 */
export function checkSameStructure(a: unknown, b: unknown): string[] {
  const problems: string[] = [];
  const walk = (x: unknown, y: unknown, path: string, structural: boolean) => {
    const label = path || '(document)';
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y)) return void problems.push(`${label}: a list in one language only`);
      if (x.length !== y.length) problems.push(`${label}: ${x.length} items in one language, ${y.length} in the other`);
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) walk(x[i], y[i], `${path}[${i}]`, structural);
    } else if (x && typeof x === 'object' && y && typeof y === 'object') {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const key of keys) {
        const p = path ? `${path}.${key}` : key;
        const xo = x as Record<string, unknown>;
        const yo = y as Record<string, unknown>;
        if (!(key in xo) || !(key in yo)) problems.push(`${p}: present in one language only`);
        else if (key !== 'lang') walk(xo[key], yo[key], p, structural || STRUCTURAL.has(key));
      }
    } else if (typeof x !== typeof y) problems.push(`${label}: ${typeof x} in one language, ${typeof y} in the other`);
    else if (structural && x !== y) problems.push(`${label}: '${String(x)}' differs from '${String(y)}'`);
    else if (!structural && typeof x !== 'string' && x !== y) problems.push(`${label}: ${String(x)} differs from ${String(y)}`);
  };
  walk(a, b, '', false);
  return problems;
}
