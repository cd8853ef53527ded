// Searching a trigram full-text index (FTS5, tokenize = 'trigram') for any fragment. The index
// knows no token shorter than three characters, so a 1- or 2-character fragment is looked up in
// the index's vocabulary (an fts5vocab 'row' table): the trigrams that begin with it. Every
// indexed value ends in two separators (char 31, never typed), so every occurrence of a short
// fragment begins some trigram, and the search is the OR of those trigrams. Used by the case
// queues' search (cases/case-search.ts) and the houses' and households' ledgers.
import type { ReadDb } from './read-db';

/** More trigrams than this for a 1–2 character fragment: the caller reads the rows instead. */
export const MAX_TERMS = 400;

/** An FTS5 string (a phrase of the trigram tokenizer): the fragment, quotes doubled. */
export const phrase = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Letters whose case the index folds while LIKE may not (any letter: ASCII ones stay checked too, against Unicode folds such as K → k). */
export const hasCase = (s: string): boolean => [...s].some((ch) => ch.toLowerCase() !== ch.toUpperCase());

/** The trigrams of an index's vocabulary that begin with `fragment` (1–2 characters, folded); null when more than MAX_TERMS. */
export function termsStarting(db: ReadDb, vocab: string, fragment: string): string[] | null {
  const lo = fragment.toLowerCase();
  const last = lo.codePointAt(lo.length - 1)!;
  const hi = lo.slice(0, lo.length - String.fromCodePoint(last).length) + String.fromCodePoint(last + 1);
  const terms = db.cached(`SELECT term FROM ${vocab} WHERE term >= ? AND term < ? LIMIT ${MAX_TERMS + 1}`).pluck().all(lo, hi) as string[];
  return terms.length > MAX_TERMS ? null : terms;
}

/**
 * The MATCH string that finds every value holding `text` (a superset where letter case folds:
 * the caller keeps its LIKE as the check): the phrase for three characters or more, the OR of the
 * vocabulary's trigrams for one or two ('' when none: nothing holds it). Null when the index
 * cannot say: a short fragment beginning more than MAX_TERMS trigrams, or one with a non-ASCII
 * letter (the vocabulary is folded by the index's rule).
 */
export function trigramMatch(db: ReadDb, vocab: string, text: string): string | null {
  if ([...text].length >= 3) return phrase(text);
  if ([...text].some((ch) => ch.codePointAt(0)! > 0x7f) && hasCase(text)) return null;
  const terms = termsStarting(db, vocab, text);
  return terms === null ? null : terms.map(phrase).join(' OR ');
}
