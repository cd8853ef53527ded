// The queue's free-text search (number, title, address), choosing its path from what was typed.
// Its answer is always exactly what `number LIKE %q% OR title LIKE %q% OR address LIKE %q%`
// gives (LIKE_TERM below, the rule the queues had before), only found faster:
// - a whole case number (2026-1015-XQ-0001) or a number's date part (2026-1015…): a range of the
//   number index (a number holds such a fragment only at its start), plus the title/address
//   trigram index for the rare title that quotes a number;
// - three characters or more: the trigram indexes (migration 0022) over the title and address
//   and over the number;
// - one or two characters (a two-character Chinese word such as 路灯): the trigrams of the
//   vocabulary that begin with the fragment, OR-ed (db/trigram-terms.ts); when a fragment begins
//   more than MAX_TERMS trigrams (a very common single character), the plain LIKE over the cases
//   is used instead.
// The trigram index folds letter case as Unicode does, LIKE only for ASCII letters: when the
// fragment holds a letter, the LIKE term is kept as a check on the index's candidates.
import { CASE_NUMBER_RE } from '../../../shared/cases/case-number';
import type { ReadDb } from '../db/read-db';
import { hasCase, phrase, termsStarting } from '../db/trigram-terms';

type Params = Record<string, string | number>;

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The rule the results follow (and the check kept with the index when letter case matters). */
export const LIKE_TERM = `(c.number LIKE @text ESCAPE '\\' OR c.title LIKE @text ESCAPE '\\' OR c.address LIKE @text ESCAPE '\\')`;

/** A case number's date part or more: 2026-1015, 2026-1015-X, … (found only at a number's start). */
const NUMBER_HEAD_RE = /^\d{4}-\d{4}(-[A-Za-z]{0,4}(-\d*)?)?$/;

export type SearchPath = 'number' | 'trigram' | 'short' | 'like';

export interface TextCondition {
  sql: string;
  path: SearchPath;
  /**
   * For a page when the fragment matches many cases: the same condition as a membership test
   * (`+c.rowid`), so the page walks its order's index and stops at the page's end instead of
   * fetching and sorting every match. Counts keep `sql`, which starts from the index's matches.
   */
  walk?: string;
  /**
   * The rowids of exactly the cases the condition holds, read from the search indexes alone
   * (every indexed row is a live case: triggers keep them), so they can be counted without
   * reading a case. Absent where the cases' own text must be checked (a fragment with letters).
   */
  matches?: string;
  /** How many cases `matches` holds, where counting the indexes already told it (see walking). */
  matched?: number;
}

/** More matches than this: a page walks its order's index (see TextCondition.walk). */
export const WALK_FROM = 1000;

/**
 * The search indexes' matches counted: with more than WALK_FROM, a page reads the condition as a
 * membership test of `c.rowid` (see TextCondition.walk). Where at most one index has matches,
 * their sum is the number of distinct cases (`matched`).
 */
function walking(db: ReadDb, sql: string, p: Params): Pick<TextCondition, 'walk' | 'matched'> {
  const counts: number[] = [];
  if (p.textFts) counts.push(db.cached('SELECT count(*) FROM case_text_fts WHERE case_text_fts MATCH ?').pluck().get(p.textFts) as number);
  if (p.numberFts) counts.push(db.cached('SELECT count(*) FROM case_number_fts WHERE case_number_fts MATCH ?').pluck().get(p.numberFts) as number);
  const sum = counts.reduce((a, b) => a + b, 0);
  return {
    walk: sum > WALK_FROM ? sql.replace('c.rowid IN (', '+c.rowid IN (') : undefined,
    matched: counts.filter((n) => n > 0).length <= 1 ? sum : undefined,
  };
}

/** The SQL condition on `case_record c` for the free text `text` (parameters added to `p`). */
export function textCondition(db: ReadDb, text: string, p: Params): TextCondition {
  p.text = `%${escapeLike(text)}%`;
  const check = hasCase(text) ? ` AND ${LIKE_TERM}` : '';
  const chars = [...text].length;
  if (CASE_NUMBER_RE.test(text) || NUMBER_HEAD_RE.test(text)) {
    // Numbers are minted upper case (shared/cases/case-number.ts); LIKE ignores ASCII case.
    p.numberLo = text.toUpperCase();
    p.numberHi = `${p.numberLo}~`;
    p.textFts = phrase(text);
    return {
      path: 'number',
      sql: `((c.number >= @numberLo AND c.number < @numberHi) OR c.rowid IN (SELECT rowid FROM case_text_fts WHERE case_text_fts MATCH @textFts)${check})`,
    };
  }
  if (chars >= 3) {
    p.textFts = phrase(text);
    p.numberFts = p.textFts;
    const matches = 'SELECT rowid FROM case_text_fts WHERE case_text_fts MATCH @textFts UNION SELECT rowid FROM case_number_fts WHERE case_number_fts MATCH @numberFts';
    const sql = `(c.rowid IN (${matches})${check})`;
    return { path: 'trigram', sql, ...walking(db, sql, p), matches: check ? undefined : matches };
  }
  // The vocabulary is folded by the index's rule; a fragment with a non-ASCII letter is searched as typed.
  if ([...text].some((ch) => ch.codePointAt(0)! > 0x7f) && hasCase(text)) return { path: 'like', sql: LIKE_TERM };
  const textTerms = termsStarting(db, 'case_text_vocab', text);
  const numberTerms = termsStarting(db, 'case_number_vocab', text);
  if (!textTerms || !numberTerms) return { path: 'like', sql: LIKE_TERM };
  const parts: string[] = [];
  if (textTerms.length) {
    p.textFts = textTerms.map(phrase).join(' OR ');
    parts.push('SELECT rowid FROM case_text_fts WHERE case_text_fts MATCH @textFts');
  }
  if (numberTerms.length) {
    p.numberFts = numberTerms.map(phrase).join(' OR ');
    parts.push('SELECT rowid FROM case_number_fts WHERE case_number_fts MATCH @numberFts');
  }
  if (!parts.length) return { path: 'short', sql: '0' };
  const matches = parts.join(' UNION ');
  const sql = `(c.rowid IN (${matches})${check})`;
  return { path: 'short', sql, ...walking(db, sql, p), matches: check ? undefined : matches };
}
