// A queue in "last updated" order filtered to a range of receipt dates (the closed queue over a
// year, its default order): no index served both, so the page walked the (done, updated_at)
// index from the newest update and skipped every case received after the range (county: 219,000
// closed cases for 2025, ~100 ms). This index keeps the cases in buckets of receipt time (2^31 ms,
// about 25 days), each in update order, so the page merges one ordered walk per bucket of the
// range (cases/case-received-buckets.ts). received_at is kept in the index so the buckets at the
// range's edges are cut without reading the table.
export const migration = {
  version: 29,
  name: 'case-received-buckets',
  sql: `
CREATE INDEX case_done_received_bucket_updated ON case_record (done, (received_at >> 31), updated_at, received_at);
`,
};
