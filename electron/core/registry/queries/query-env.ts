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
}
