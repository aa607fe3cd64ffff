import type { NewsSource, StudyRecord } from '../types.js';
import { AUTHORS } from '../limits.js';
import { fields, type Checker } from './checker.js';
import { anyString, listOf, matching, optional } from './checks.js';

/**
 * A DOI, bare or as authors copy it (a doi.org link, `doi:`); doiUrl (text.ts) links each form
 * to https://doi.org/ by dropping what comes before its first digit.
 */
const DOI = /^(https?:\/\/(dx\.)?doi\.org\/|doi:)?10\.\d{4,9}\/\S+$/i;

/** Checks `study`: the paper, its identifiers and the news report. */
export function checkStudy(c: Checker, value: unknown, path: string) {
  fields<StudyRecord>(c, value, path, {
    title: 'string',
    headline: 'text',
    journal: 'string',
    journalShort: '?string',
    citation: '?string',
    published: 'date',
    doi: optional(matching(DOI, 'DOI')),
    pmid: optional(matching(/^\d{1,10}$/, 'PMID')),
    // PubMed Central prints PMC; copied ids are often in lower case.
    pmcid: optional(matching(/^PMC\d{1,10}$/i, 'PMCID')),
    authors: listOf(anyString, 1, AUTHORS),
    funding: '?statement',
    url: 'url',
    news: optional((c, news, path) => fields<NewsSource>(c, news, path, { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url' })),
  });
}
