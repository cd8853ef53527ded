// The unacknowledged emergencies the wall's alarm and the board's map ask for on every refresh:
// case_emergency_unacked (migration 0018) held every emergency never acknowledged, closed ones
// included, and each was looked up in the table to drop the closed ones (3,000 of them in the
// county bench for 35 open). This partial index holds only the open ones (stage < 80: not done),
// so the alarm's count and list read those alone; it replaces the older one.
export const migration = {
  version: 28,
  name: 'emergency-open-unacked',
  sql: `
CREATE INDEX case_emergency_open_unacked ON case_record (received_at) WHERE handling_type = 'emergency' AND emergency_ack_at IS NULL AND stage < 80;
DROP INDEX case_emergency_unacked;
`,
};
