// What every ledger query needs besides its filter.

export interface QueryEnv {
  /** Grid ids the query is limited to; null for the whole town. */
  scope: string[] | null;
  /** Today in China (YYYY-MM-DD), for ages. */
  today: string;
  /** Whether citizen IDs and phones may be searched by fragment (the role holds 'sensitive.read'). */
  searchSensitive: boolean;
  /** Whether returned citizen IDs and phones are masked. */
  mask: boolean;
  /**
   * Whether the scope holds more live people than a short (1–2 character) search may read one
   * by one (asked only by such a search, and worked out once per call); absent: it does not.
   */
  wide?: () => boolean;
  /**
   * The MATCH string of a trigram index's search for `text` (db/trigram-terms.ts trigramMatch:
   * null when the index cannot say); absent: searches read the scope's rows.
   */
  trigram?: (vocab: 'house_vocab' | 'household_vocab', text: string) => string | null;
  /** Above how many matches a page walks the grids in order (query-kit DENSE_MATCHES; tests lower it). */
  denseMatches?: number;
}
