// A desk's acknowledgement of an emergency (突发事件确认收到), synced with the case: when and by
// whom a dispatching desk took note of a 突发性 case. Until then the wall boards show the alarm
// (board/board-emergencies.ts). Cells of case_record merge last-writer-wins like the case's
// other non-workflow columns. The partial index finds the unacknowledged emergencies directly.
export const migration = {
  version: 18,
  name: 'emergency-ack',
  sql: `
ALTER TABLE case_record ADD COLUMN emergency_ack_at INTEGER;
ALTER TABLE case_record ADD COLUMN emergency_ack_by TEXT;
ALTER TABLE case_record ADD COLUMN emergency_ack_by_name TEXT;
CREATE INDEX case_emergency_unacked ON case_record (received_at) WHERE handling_type = 'emergency' AND emergency_ack_at IS NULL;
`,
};
