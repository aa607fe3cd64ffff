import type { NewsSource, StudyRecord } from '../types.js';
import { AUTHORS } from '../limits.js';
import { fields, type Checker } from './checker.js';
import { anyString, listOf, matching, optional } from './checks.js';

/** Checks `study`: the paper, its identifiers and the news report. */
export function checkStudy(c: Checker, value: unknown, path: string) {
  fields<StudyRecord>(c, value, path, {
    title: 'string',
    headline: 'text',
    journal: 'string',
    journalShort: '?string',
    citation: '?string',
    published: 'date',
    doi: optional(matching(/^10\.\d{4,9}\/\S+$/, 'DOI')),
    pmid: optional(matching(/^\d{1,10}$/, 'PMID')),
    pmcid: optional(matching(/^PMC\d{1,10}$/, 'PMCID')),
    authors: listOf(anyString, 1, AUTHORS),
    funding: '?statement',
    url: 'url',
    news: optional((c, news, path) => fields<NewsSource>(c, news, path, { title: 'string', publisher: 'string', date: 'date', url: 'url' })),
  });
}
