/**
 * Content rules about wording (issue #24): a comparison only where the source names one, short
 * patient sentences, and the Spanish glossary. Like content-rules.ts, each takes a document (or
 * texts) and returns "path: message" lines naming the field.
 */
import type { Audience, ExplainerDocument, SceneActor, StepScene, Text } from '../../src/content/types.js';
import type { GlossaryEntry } from '../../src/content/default/glossary.es.js';
import { allTexts, audienceTexts, type TextEntry } from './content-rules.js';
import type { AltWords } from './scene-alt-words.js';

type Lang = 'en' | 'es';
const langOf = (doc: ExplainerDocument): Lang => (doc.lang.startsWith('es') ? 'es' : 'en');

/** Sentences of a text: split after . ! ? followed by a space. */
export const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

/** Words of a sentence: runs of letters or digits (a hyphenated word counts once). */
export const wordCount = (sentence: string): number => (sentence.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;

function pushText(out: TextEntry[], path: string, text: Text | undefined, audience?: Audience) {
  if (text === undefined) return;
  if (typeof text === 'string') out.push({ path, text, audience });
  else {
    out.push({ path: `${path}.patient`, text: text.patient, audience: 'patient' });
    out.push({ path: `${path}.clinician`, text: text.clinician, audience: 'clinician' });
  }
}

/**
 * Every reader text of a document: allTexts() (what the widgets show) plus what a screen reader
 * reads of the picture: each step's `scene.alt` and the actors' labels. Both audiences hear those.
 */
export function readerTexts(doc: ExplainerDocument): TextEntry[] {
  const out = allTexts(doc);
  (doc.mechanism.scene?.actors ?? []).forEach((a, i) => pushText(out, `mechanism.scene.actors[${i}].label`, a.label));
  doc.mechanism.steps.forEach((s, i) => pushText(out, `mechanism.steps[${i}].scene.alt`, s.scene?.alt));
  return out;
}

// Sentence length -------------------------------------------------------------------------

/**
 * The longest patient sentence, in words. content.md asks for "about 20". English gets 20;
 * Spanish gets 22, because it says the same thing with about a tenth more words (articles and
 * "de" that English leaves out: "el tumor original", "células que matan el cáncer"), and the
 * readability formulas already hold both languages to grade 8.
 */
export const MAX_SENTENCE_WORDS: Record<Lang, number> = { en: 20, es: 22 };

/** Sentence length: no sentence of a patient's reader text (picture descriptions included) runs over the language's limit. */
export function checkSentenceLength(doc: ExplainerDocument, max = MAX_SENTENCE_WORDS[langOf(doc)]): string[] {
  const problems: string[] = [];
  for (const { path, text } of audienceTexts(readerTexts(doc), 'patient')) {
    for (const sentence of sentences(text)) {
      const n = wordCount(sentence);
      if (n > max) problems.push(`${path}: a sentence of ${n} words (at most ${max}): "${sentence}"`);
    }
  }
  return problems;
}

// Comparisons the source does not make --------------------------------------------------------

/**
 * Words that name or imply a comparison group: "than", "compared with", "alone", "adding X to
 * Y" (the same as Y without X), "the other groups", "best"; in Spanish "frente a", "comparado
 * con", "más/menos … que el/los…", "solos", "sumar/añadir", "los otros grupos", "el mejor".
 */
export const COMPARATORS: Record<Lang, RegExp[]> = {
  en: [
    /\bthan\b/i, /\bcompared (?:with|to)\b/i, /\bversus\b|\bvs\.?(?=\s)/i, /\balone\b/i, /\badd(?:s|ed|ing)?\b/i,
    /\b(?:the )?other (?:three |two )?groups?\b/i, /\b(?:did|the) best\b/i, /\bmost\b/i,
  ],
  es: [
    /(?<!\p{L})frente a(?!\p{L})/iu, /(?<!\p{L})(?:comparad[oa]s?|en comparación) con(?!\p{L})/iu,
    /(?<!\p{L})(?:sumar|sumarle|sumarles|añadir|agregar)(?!\p{L})/iu, /(?<!\p{L})sol[oa]s(?!\p{L})|(?<!\p{L})solo con(?!\p{L})/iu,
    /(?<!\p{L})(?:los|las) (?:otros|otras|demás)(?!\p{L})/iu, /(?<!\p{L})(?:el|la|los|las) mejor(?:es)?(?!\p{L})/iu,
    // "más/menos … que el/los …": the comparative "que", not the relative one ("células que matan").
    /(?<!\p{L})(?:más|menos|mayor|menor|mejor|peor)(?!\p{L})[^.;]*?(?<!\p{L})que (?:el|la|los|las|con|sin|en|un|una)(?!\p{L})/iu,
  ],
};

/** An outcome the source reports with no comparison group, and the words that name it in each language. */
export interface UncomparedOutcome {
  /** The outcome's id in `arms.outcomes`: its results must carry `comparison: 'not-stated'`. */
  id: string;
  /** Words that mention the outcome in a sentence ("lung", "lived"). */
  topic: Record<Lang, RegExp>;
  /**
   * Claims under which the source does compare the same topic with a named group (C19: plerixafor
   * alone against a placebo): statements resting on them may compare.
   */
  comparedBy: readonly string[];
}

/** A statement of the document: its reader text and the claims it rests on. */
interface Claimed extends TextEntry {
  claims: readonly string[];
}

/** Every statement with its claims: mechanism steps (title, body, picture), the chart's texts and outcomes, the badge's statements. */
function claimedTexts(doc: ExplainerDocument): Claimed[] {
  const out: Claimed[] = [];
  const push = (path: string, text: Text | undefined, claims: readonly string[]) => {
    const entries: TextEntry[] = [];
    pushText(entries, path, text);
    out.push(...entries.map((e) => ({ ...e, claims })));
  };
  doc.mechanism.steps.forEach((s, i) => {
    push(`mechanism.steps[${i}].title`, s.title, s.claims);
    push(`mechanism.steps[${i}].body`, s.body, s.claims);
    push(`mechanism.steps[${i}].scene.alt`, s.scene?.alt, s.claims);
  });
  const a = doc.arms;
  push('arms.summary.text', a.summary.text, a.summary.claims);
  if (a.takeaway) push('arms.takeaway.text', a.takeaway.text, a.takeaway.claims);
  push('arms.design.text', a.design.text, a.design.claims);
  a.outcomes.forEach((o, i) => {
    push(`arms.outcomes[${i}].label`, o.label, o.claims);
    push(`arms.outcomes[${i}].summary`, o.summary, o.claims);
    for (const [k, v] of Object.entries(o.directionWords ?? {})) push(`arms.outcomes[${i}].directionWords.${k}`, v, o.claims);
  });
  const ev = doc.evidence;
  push('evidence.summary.text', ev.summary.text, ev.summary.claims);
  for (const [list, items] of [['details', ev.details], ['status', ev.status], ['caveats', ev.caveats], ['forReaders', ev.forReaders ?? []]] as const) {
    items.forEach((s, i) => push(`evidence.${list}[${i}].text`, s.text, s.claims));
  }
  return out;
}

/**
 * Comparator rule. For each outcome the source reports with no comparison group (C21: lung
 * metastases and survival; its results carry `comparison: 'not-stated'`), no reader text may
 * compare it with a group:
 * - the outcome's own label, summary and direction words: no comparator word at all;
 * - every other statement, sentence by sentence: a sentence that mentions the outcome (its
 *   `topic`) uses no comparator word, unless the statement rests on a claim that does compare
 *   that topic (`comparedBy`: C19, plerixafor against a placebo). Sentences about other results
 *   stay free to compare: remission "with checkpoint inhibitors alone" (C22), in the same step.
 * Word lists cannot read meaning: "fewer" and "longer" alone pass (the source's own "decreased"
 * and "extended"); what is caught is a named or implied group ("than", "alone", "adding … to").
 */
export function checkNoComparator(doc: ExplainerDocument, outcomes: readonly UncomparedOutcome[]): string[] {
  const lang = langOf(doc);
  const problems: string[] = [];
  const comparatorIn = (text: string) => COMPARATORS[lang].map((re) => text.match(re)?.[0]).find((m) => m !== undefined);
  const own = new Map<string, string>();
  for (const { id } of outcomes) {
    const index = doc.arms.outcomes.findIndex((o) => o.id === id);
    const outcome = doc.arms.outcomes[index];
    if (!outcome) {
      problems.push(`arms.outcomes: no outcome '${id}'`);
      continue;
    }
    if (!outcome.results.some((r) => r.kind === 'relation' && r.comparison === 'not-stated')) {
      problems.push(`arms.outcomes[${index}].results: '${id}' is listed as uncompared but no result says comparison: 'not-stated'`);
    }
    own.set(`arms.outcomes[${index}].`, id);
  }
  for (const { path, text, claims } of claimedTexts(doc)) {
    const ownId = [...own].find(([prefix]) => path.startsWith(prefix))?.[1];
    const m = ownId === undefined ? undefined : comparatorIn(text);
    if (ownId !== undefined) {
      if (m) problems.push(`${path}: '${m}' compares '${ownId}', for which the source names no comparison group`);
      continue;
    }
    for (const sentence of sentences(text)) {
      const about = outcomes.find((o) => o.topic[lang].test(sentence) && !o.comparedBy.some((c) => claims.includes(c)));
      const found = about && comparatorIn(sentence);
      if (about && found) problems.push(`${path}: '${found}' compares '${about.id}', for which the source names no comparison group: "${sentence}"`);
    }
  }
  return problems;
}

// Glossary ---------------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asPattern = (v: string | RegExp) => (typeof v === 'string' ? new RegExp(`(?<!\\p{L})${escape(v).replace(/ /g, '\\s+')}(?!\\p{L})`, 'iu') : v);

/** Glossary rule: no text uses a variant the glossary rejects; each problem names the preferred words. */
export function checkGlossary(texts: readonly TextEntry[], glossary: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const { path, text } of texts) {
    for (const entry of glossary) {
      for (const variant of entry.rejected) {
        const m = text.match(asPattern(variant));
        if (m) problems.push(`${path}: '${m[0]}' (glossary: use "${entry.preferred}")`);
      }
    }
  }
  return problems;
}

/** Every UI string of a strings table as text entries, with its key path ("chart.than"). */
export function stringEntries(tables: Record<string, object>): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(tables, '');
  return out;
}

// Picture descriptions -------------------------------------------------------------------------

/**
 * Picture rule: each step's `scene.alt` says what that step draws and nothing more, in the
 * language's words for the picture (scene-alt-words.ts). It need not list every actor (a long
 * description is tiring to hear), but:
 * - it names every actor the step is about (`focus`);
 * - every shown actor it names is described as drawn: its state's phrase with its count ("two
 *   fibroblasts drawn in bold"), where it is ("below the ring"), and no other state's phrase
 *   ("thick ring" when the ring is thin);
 * - it names no actor the step does not draw (or, when a drawn actor shares the noun, not its place);
 * - it uses none of the contact or change words a still picture of separate actors cannot show.
 */
export function checkSceneAlts(doc: ExplainerDocument, words: AltWords): string[] {
  const problems: string[] = [];
  const actors = doc.mechanism.scene?.actors ?? [];
  doc.mechanism.steps.forEach((step, i) => {
    const scene = step.scene;
    if (!scene) return;
    const alts: TextEntry[] = [];
    pushText(alts, `mechanism.steps[${i}].scene.alt`, scene.alt);
    for (const { path, text } of alts) problems.push(...altProblems(path, text, scene, actors, words));
  });
  return problems;
}

/** Whole words only: "células T" is not in "células tumorales". */
const phraseIn = (phrase: string, text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
/** A noun, singular or plural: "fibroblast" names "fibroblasts". */
const nounIn = (noun: string, text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(noun)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** The picture rule for one description (`alt`) of one step. */
function altProblems(path: string, alt: string, scene: StepScene, actors: readonly SceneActor[], words: AltWords): string[] {
  const problems: string[] = [];
  const has = (phrase: string) => phraseIn(phrase, alt);
  const shown = actors.filter((a) => scene.show.includes(a.id));
  // An actor is named when its noun is in the alt outside the other actors' places ("above the fibroblasts" places the receptors).
  const places = shown.map((a) => words.actors[a.id]?.where).filter((w): w is string => w !== undefined);
  const named = (actorId: string, noun: string) => {
    const own = words.actors[actorId]?.where;
    const rest = places.filter((w) => w !== own).reduce((t, w) => t.replace(new RegExp(escape(w), 'giu'), ' '), alt);
    return nounIn(noun, rest);
  };
  for (const actor of shown) {
    const w = words.actors[actor.id];
    if (!w) {
      problems.push(`${path}: no words for actor '${actor.id}' in the table`);
      continue;
    }
    if (!named(actor.id, w.noun)) {
      if (scene.focus?.includes(actor.id)) problems.push(`${path}: the step is about '${actor.id}' but does not name it ("${w.noun}")`);
      continue;
    }
    const state = scene.states?.[actor.id] ?? actor.state ?? 'normal';
    const count = 'count' in actor ? (actor.count ?? 1) : 1;
    const fill = (phrase: string) => phrase.replace('{n}', words.counts[count] ?? String(count));
    const expected = w.states[state];
    if (expected === undefined) problems.push(`${path}: no words for '${actor.id}' drawn '${state}' in the table`);
    else if (!has(fill(expected))) problems.push(`${path}: '${actor.id}' is drawn '${state}' (count ${count}): say "${fill(expected)}"`);
    if (w.where && !has(w.where)) problems.push(`${path}: '${actor.id}' is drawn ${w.where}: say so`);
    for (const [other, phrase] of Object.entries(w.states)) {
      if (other === state || expected === undefined || fill(expected).toLowerCase().includes(fill(phrase).toLowerCase())) continue;
      if (has(fill(phrase))) problems.push(`${path}: '${fill(phrase)}' but '${actor.id}' is drawn '${state}'`);
    }
  }
  for (const actor of actors.filter((a) => !scene.show.includes(a.id))) {
    const w = words.actors[actor.id];
    if (!w) continue;
    const sharedNoun = shown.some((a) => words.actors[a.id]?.noun === w.noun);
    if (!sharedNoun && nounIn(w.noun, alt)) problems.push(`${path}: names '${w.noun}', which this step does not draw`);
    if (sharedNoun && w.where && has(w.where)) problems.push(`${path}: '${w.where}', but '${actor.id}' is not drawn at this step`);
  }
  for (const phrase of words.never) if (has(phrase)) problems.push(`${path}: '${phrase}' is not in the picture`);
  return problems;
}
