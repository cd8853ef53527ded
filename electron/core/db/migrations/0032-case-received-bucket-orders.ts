// The other orders of a queue over a range of receipt dates (issue 15): 全部 or 已办结 over a year
// sorted by deadline or by number walked the deadline or number index from its end past every
// case received after the range (county: 70–150 ms). As migration 0029 did for "last updated",
// these indexes keep each receipt bucket (2^31 ms) in deadline and in number order, so such a
// page merges one ordered walk per bucket (cases/case-received-buckets.ts).
export const migration = {
  version: 32,
  name: 'case-received-bucket-orders',
  sql: `
CREATE INDEX case_done_received_bucket_deadline ON case_record (done, (received_at >> 31), deadline_at, received_at);
CREATE INDEX case_done_received_bucket_number ON case_record (done, (received_at >> 31), number, received_at);
`,
};
