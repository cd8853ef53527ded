// Synced tables of the cases domain (every write goes through the change writer).
export const CASE_TABLES: readonly string[] = [
  'calendar_year',
  'case_category',
  'sla_rule',
  'case_record',
  'case_event',
  'case_attachment',
  'case_alert',
];
