// Every table of the database with its columns, as the migrations leave them: the one typed
// list that the contract's `reads`, the change writer's insert/update/remove, the synced-table
// lists and the renderer's live-refresh map are checked against by the compiler.
// `synced` tables are replicated between the centre's PCs and written only through the change
// writer; the others are local to one PC (meta, change log, record history, sessions, audit log).
// test/unit/core/db/table-list.test.ts fails when this list and the migrated schema differ:
// a migration that adds a table or column adds it here too.

export const TABLES = {
  meta: { synced: false, columns: ['key', 'value'] },
  // The change log (docs/sync.md): stamps of records and cells, and its dictionaries.
  sync_device: { synced: false, columns: ['id', 'device_id', 'max_hlc'] },
  sync_table: { synced: false, columns: ['id', 'name'] },
  sync_column: { synced: false, columns: ['id', 'table_id', 'col'] },
  sync_row: { synced: false, columns: ['id', 'table_id', 'row_id', 'hlc', 'device', 'seq', 'deleted'] },
  sync_cell: { synced: false, columns: ['row_ref', 'col_id', 'hlc', 'device', 'seq'] },
  // Each record's history (who, when, the values before), insert-only.
  row_history: { synced: false, columns: ['id', 'row_ref', 'hlc', 'device', 'actor', 'action'] },
  row_history_cell: { synced: false, columns: ['entry', 'col_id', 'prior'] },
  // When each grid's ledger (person, household) last changed: kept by triggers (migration 0020).
  ledger_grid_change: { synced: false, columns: ['grid_id', 'changed_at'] },
  // Per-grid counts of live ledger records and the age cuts they were counted at: derived, kept by triggers (migration 0021).
  ledger_age_cut: { synced: false, columns: ['age', 'cut'] },
  ledger_grid_count: {
    synced: false,
    columns: [
      'grid_id', 'p_all', 'p_res_registered', 'p_res_floating', 'p_res_separated', 'p_res_foreign', 'p_tag_elderly', 'p_tag_empty_nest',
      'p_tag_living_alone', 'p_tag_disabled', 'p_tag_low_income', 'p_tag_extreme_poverty', 'p_tag_entitled', 'p_tag_left_behind_child',
      'p_tag_hard_to_employ', 'p_tag_unemployed', 'p_tag_seriously_ill', 'p_pol_party_member', 'p_pol_probationary', 'p_pol_league',
      'p_pol_democratic', 'p_pol_masses', 'p_born', 'p_age_6', 'p_age_15', 'p_age_16', 'p_age_18', 'p_age_50', 'p_age_60', 'p_f_all',
      'p_f_born', 'p_f_age_6', 'p_f_age_15', 'p_f_age_16', 'p_f_age_18', 'p_f_age_50', 'p_f_age_60', 'hh_all', 'ho_all', 'ho_rental',
      'ho_use_residential', 'ho_use_shop', 'ho_use_mixed', 'ho_use_factory', 'ho_use_warehouse', 'ho_use_other', 'b_all', 'o_all',
      'o_kind_enterprise', 'o_kind_individual', 'o_kind_small_school', 'o_kind_small_clinic', 'o_kind_small_shop',
      'o_kind_small_restaurant', 'o_kind_small_hotel', 'o_kind_small_entertainment', 'o_kind_small_internet', 'o_kind_small_beauty',
      'o_kind_small_workshop', 'o_kind_live_work', 'o_kind_social', 'o_kind_party', 'o_kind_public_institution', 'o_kind_culture_sport',
      'o_grade_A', 'o_grade_B', 'o_grade_C', 'o_grade_D', 'o_key', 'f_all', 'f_kind_road', 'f_kind_street_light', 'f_kind_drain',
      'f_kind_manhole', 'f_kind_hydrant', 'f_kind_camera', 'f_kind_bridge', 'f_kind_trash', 'f_kind_sign', 'f_kind_fitness', 'f_kind_other',
      'f_cond_good', 'f_cond_damaged', 'f_cond_missing', 'f_cond_repairing', 's_all', 's_st_active', 's_st_ended', 's_kind_released',
      's_kind_correction', 's_kind_drug', 's_kind_mental', 's_kind_youth', 's_kind_petition', 's_active_kind_released',
      's_active_kind_correction', 's_active_kind_drug', 's_active_kind_mental', 's_active_kind_youth', 's_active_kind_petition',
      's_map_active', 'd_all', 'd_st_open', 'd_st_resolved', 'd_st_referred',
    ],
  },
  // Derived from case_record by triggers (migration 0022): per-facet case tallies and the trigram
  // search indexes (FTS5 tables, their shadow tables and vocabularies) over the title/address and the number.
  case_tally: { synced: false, columns: ['facet', 'key', 'status', 'done', 'n'] },
  case_text_fts: { synced: false, columns: ['body'] },
  case_text_fts_data: { synced: false, columns: ['id', 'block'] },
  case_text_fts_idx: { synced: false, columns: ['segid', 'term', 'pgno'] },
  case_text_fts_docsize: { synced: false, columns: ['id', 'sz', 'origin'] },
  case_text_fts_config: { synced: false, columns: ['k', 'v'] },
  case_text_vocab: { synced: false, columns: ['term', 'doc', 'cnt'] },
  case_number_fts: { synced: false, columns: ['body'] },
  case_number_fts_data: { synced: false, columns: ['id', 'block'] },
  case_number_fts_idx: { synced: false, columns: ['segid', 'term', 'pgno'] },
  case_number_fts_docsize: { synced: false, columns: ['id', 'sz', 'origin'] },
  case_number_fts_config: { synced: false, columns: ['k', 'v'] },
  case_number_vocab: { synced: false, columns: ['term', 'doc', 'cnt'] },
  // The people search's trigram index over person's text (FTS5, external content; kept by
  // triggers, migration 0024) and the shadow tables FTS5 keeps it in.
  person_fts: { synced: false, columns: ['name', 'address', 'household_address', 'employer', 'citizen_id', 'phone'] },
  person_fts_data: { synced: false, columns: ['id', 'block'] },
  person_fts_idx: { synced: false, columns: ['segid', 'term', 'pgno'] },
  person_fts_config: { synced: false, columns: ['k', 'v'] },
  // The houses' and households' search indexes (FTS5, contentless; kept by triggers, migrations
  // 0030 and 0037), their shadow tables and vocabularies.
  house_fts: { synced: false, columns: ['address', 'landlord_name', 'room', 'landlord_phone', 'landlord_citizen_id'] },
  house_fts_data: { synced: false, columns: ['id', 'block'] },
  house_fts_idx: { synced: false, columns: ['segid', 'term', 'pgno'] },
  house_fts_docsize: { synced: false, columns: ['id', 'sz', 'origin'] },
  house_fts_config: { synced: false, columns: ['k', 'v'] },
  house_vocab: { synced: false, columns: ['term', 'doc', 'cnt'] },
  household_fts: { synced: false, columns: ['body'] },
  household_fts_data: { synced: false, columns: ['id', 'block'] },
  household_fts_idx: { synced: false, columns: ['segid', 'term', 'pgno'] },
  household_fts_docsize: { synced: false, columns: ['id', 'sz', 'origin'] },
  household_fts_config: { synced: false, columns: ['k', 'v'] },
  household_vocab: { synced: false, columns: ['term', 'doc', 'cnt'] },
  session: { synced: false, columns: ['token_hash', 'user_id', 'created_at', 'last_seen'] },
  account_secret: { synced: false, columns: ['user_id', 'password_hash', 'must_change', 'changed_at'] },
  // LAN sync: each peer's address and the position of its log received here; records held for a clock ahead.
  sync_link: { synced: false, columns: ['fingerprint', 'address', 'received_upto', 'last_seen'] },
  sync_quarantine: { synced: false, columns: ['id', 'fingerprint', 'held_at', 'stamp_ms', 'tbl', 'record'] },
  audit_log: {
    synced: false,
    columns: ['seq', 'at', 'device_id', 'actor', 'actor_name', 'role', 'action', 'tbl', 'record_id', 'detail', 'hash'],
  },

  setting: { synced: true, columns: ['id', 'value'] },
  user_account: {
    synced: true,
    columns: ['id', 'username', 'display_name', 'role', 'disabled', 'staff_id', 'department_id', 'created_at'],
  },
  org_unit: {
    synced: true,
    columns: [
      'id', 'parent_id', 'kind', 'level', 'code', 'name', 'grid_type', 'households', 'population_registered', 'population_floating',
      'area_km2', 'boundary', 'archived', 'created_at',
    ],
  },
  grid_neighbor: { synced: true, columns: ['id', 'unit_id', 'neighbor_id'] },
  staff: { synced: true, columns: ['id', 'name', 'phone', 'gender', 'title', 'on_duty', 'archived', 'created_at'] },
  staff_assignment: { synced: true, columns: ['id', 'staff_id', 'unit_id', 'team_role', 'post'] },
  department: { synced: true, columns: ['id', 'code', 'name', 'phone', 'categories', 'archived'] },

  calendar_year: { synced: true, columns: ['id', 'year', 'schedule', 'updated_at', 'updated_by'] },
  case_category: {
    synced: true,
    columns: ['id', 'parent_id', 'code', 'name', 'department_id', 'default_department_code', 'default_handling_type', 'sort_order', 'archived'],
  },
  sla_rule: { synced: true, columns: ['id', 'category_id', 'handling_type', 'level', 'days', 'note'] },
  case_record: {
    synced: true,
    columns: [
      'id', 'number', 'title', 'description', 'source', 'external_ref', 'category_id', 'subcategory_id', 'handling_type', 'urgency', 'level',
      'grid_id', 'village_id', 'address', 'lon', 'lat', 'reporter_name', 'reporter_phone', 'status', 'stage', 'epoch', 'received_at',
      'registered_by', 'registered_by_name', 'assignee_kind', 'assignee_unit_id', 'assignee_department_id', 'assignee_user_id',
      'assignee_label', 'sla_days', 'deadline_at', 'extension_state', 'extension_days', 'extension_reason', 'extension_count',
      'rework_count', 'urge_count', 'reopen_count', 'supervised', 'supervise_note', 'satisfaction', 'result', 'handled_at', 'verified_at',
      'closed_at', 'on_time', 'merged_into_id', 'reject_reason', 'updated_at', 'sync_conflict', 'emergency_ack_at', 'emergency_ack_by',
      'emergency_ack_by_name',
    ],
  },
  case_event: {
    synced: true,
    columns: ['id', 'case_id', 'at', 'actor_id', 'actor_name', 'action', 'from_status', 'to_status', 'epoch', 'note', 'data', 'attachments'],
  },
  case_attachment: { synced: true, columns: ['id', 'case_id', 'event_id', 'name', 'mime', 'size', 'data', 'created_at'] },
  case_alert: {
    synced: true,
    columns: ['id', 'case_id', 'unit_id', 'source_unit_id', 'created_at', 'acknowledged_at', 'acknowledged_by', 'acknowledged_by_name'],
  },

  building: { synced: true, columns: ['id', 'grid_id', 'name', 'address', 'floors', 'notes', 'archived'] },
  house: {
    synced: true,
    columns: [
      'id', 'grid_id', 'building_id', 'address', 'address_key', 'unit', 'room', 'area_m2', 'structure', 'ownership', 'usage', 'is_rental',
      'rental_use', 'landlord_person_id', 'landlord_name', 'landlord_phone', 'landlord_citizen_id', 'occupants', 'notes', 'archived',
    ],
  },
  household: { synced: true, columns: ['id', 'grid_id', 'household_no', 'house_id', 'head_person_id', 'address', 'notes', 'archived'] },
  person: {
    synced: true,
    columns: [
      'id', 'citizen_id', 'name', 'name_py', 'dob_override', 'gender_override', 'ethnicity', 'phone', 'residence_type', 'household_address',
      'address', 'house_id', 'household_id', 'relation_to_head', 'employer', 'occupation', 'political_status', 'care_tags', 'arrival_date',
      'residence_reason', 'permit_no', 'nationality', 'notes', 'grid_id', 'archived',
    ],
  },
  special_person: {
    synced: true,
    columns: [
      'id', 'person_id', 'grid_id', 'kind', 'supervision_level', 'start_date', 'end_date', 'helper_name', 'helper_phone', 'status', 'notes',
      'archived',
    ],
  },
  special_visit: { synced: true, columns: ['id', 'special_id', 'visit_date', 'visitor', 'method', 'content', 'finding', 'created_at'] },
  organisation: {
    synced: true,
    columns: [
      'id', 'grid_id', 'name', 'name_py', 'kind', 'address', 'legal_person', 'phone', 'credit_code', 'employees', 'area_m2', 'safety_grade',
      'key_supervision', 'notes', 'archived',
    ],
  },
  facility: {
    synced: true,
    columns: ['id', 'grid_id', 'kind', 'code', 'name', 'location', 'lon', 'lat', 'condition', 'custodian', 'notes', 'archived'],
  },
  dispute: {
    synced: true,
    columns: [
      'id', 'grid_id', 'found_date', 'parties', 'kind', 'summary', 'status', 'mediator', 'result', 'resolved_date', 'notes', 'archived',
      'screening_id', 'risk_level',
    ],
  },
  staff_photo: { synced: true, columns: ['id', 'mime', 'data'] },
  // Grid-worker routine (日清周结): daily work logs, the cases raised from them, leave with A/B cover.
  work_log: {
    synced: true,
    columns: [
      'id', 'staff_id', 'work_date', 'patrolled', 'patrol_start', 'patrol_end', 'places', 'observations', 'notes', 'status', 'submitted_at',
      'created_by', 'created_at', 'updated_at',
    ],
  },
  work_log_case: { synced: true, columns: ['id', 'log_id', 'case_id'] },
  staff_leave: { synced: true, columns: ['id', 'staff_id', 'from_date', 'to_date', 'reason', 'cover_staff_id', 'cancelled', 'created_by', 'created_at'] },
  // Household visits (入户走访) with the household's class at the time.
  household_visit: {
    synced: true,
    columns: [
      'id', 'household_id', 'grid_id', 'visit_date', 'staff_id', 'household_class', 'class_kind', 'met_person_id', 'met_name', 'situation', 'needs',
      'follow_up', 'case_id', 'created_by', 'created_at', 'updated_at',
    ],
  },
  // 入户核实: a visit drawn into a quarter's verification sample and its outcome.
  visit_verification: {
    synced: true,
    columns: ['id', 'visit_id', 'quarter', 'drawn_by', 'drawn_at', 'outcome', 'note', 'verified_on', 'verifier_id', 'verifier_name', 'updated_at'],
  },
  // Assessment (考核评价): scheme versions, runs with their frozen snapshot, manual items, run history.
  assessment_scheme: {
    synced: true,
    columns: ['id', 'family_id', 'version', 'name', 'level', 'period_kind', 'total', 'items', 'grades', 'is_default', 'retired', 'created_by', 'created_at'],
  },
  assessment_run: {
    synced: true,
    columns: ['id', 'level', 'period_key', 'period_from', 'period_to', 'scheme_id', 'status', 'snapshot', 'frozen_at', 'frozen_by', 'created_by', 'created_at', 'updated_at'],
  },
  assessment_adjustment: {
    synced: true,
    columns: [
      'id', 'run_id', 'subject_id', 'kind', 'points', 'reason', 'evidence_kind', 'evidence_ref', 'evidence_label', 'status', 'entered_by', 'entered_by_name',
      'entered_at', 'decided_by', 'decided_by_name', 'decided_at',
    ],
  },
  assessment_event: { synced: true, columns: ['id', 'run_id', 'at', 'actor_id', 'actor_name', 'action', 'note'] },
  // Half-yearly satisfaction surveys (满意度测评) per grid: score 0–100 and sample size.
  satisfaction_survey: {
    synced: true,
    columns: ['id', 'grid_id', 'half_year', 'score', 'sample_size', 'survey_date', 'note', 'created_by', 'created_at', 'updated_at'],
  },
  // Dispute screening every half month (矛盾纠纷排查), mediation records (调解), the people and cases a dispute involves.
  dispute_screening: {
    synced: true,
    columns: ['id', 'grid_id', 'period', 'screen_date', 'staff_id', 'none_found', 'notes', 'created_by', 'created_at'],
  },
  dispute_mediation: {
    synced: true,
    columns: ['id', 'dispute_id', 'mediation_date', 'mediators', 'parties', 'process', 'outcome', 'agreement', 'created_by', 'created_at'],
  },
  dispute_person: { synced: true, columns: ['id', 'dispute_id', 'person_id'] },
  dispute_case: { synced: true, columns: ['id', 'dispute_id', 'case_id'] },
  // The centre's duty roster (值班表): the leader on duty and the duty officer of each day.
  duty_roster: { synced: true, columns: ['id', 'duty_date', 'leader_staff_id', 'officer_staff_id', 'notes', 'updated_by', 'updated_at'] },
  // Meetings (例会): the meeting, its agenda items, attendance, tasks, carried-over problems, history, the slide on show.
  meeting: {
    synced: true,
    columns: [
      'id', 'kind', 'title', 'meeting_date', 'start_time', 'place', 'scope_unit_id', 'chair_name', 'recorder_name', 'status', 'started_at', 'ended_at',
      'undecided_note', 'created_by', 'created_at', 'updated_at',
    ],
  },
  meeting_item: {
    synced: true,
    columns: [
      'id', 'meeting_id', 'position', 'section', 'title', 'planned_minutes', 'notes', 'minutes', 'outcome', 'outcome_note', 'case_id', 'carry_id', 'content',
      'updated_at',
    ],
  },
  meeting_attendance: { synced: true, columns: ['id', 'meeting_id', 'user_id', 'staff_id', 'name', 'unit', 'status', 'reason', 'signed_at'] },
  meeting_task: {
    synced: true,
    columns: [
      'id', 'meeting_id', 'item_id', 'title', 'owner_name', 'owner_user_id', 'owner_department_id', 'owner_unit_id', 'deadline', 'case_id', 'grid_id',
      'status', 'done_at', 'done_by', 'done_by_name', 'done_note', 'created_by', 'created_at',
    ],
  },
  meeting_carry: {
    synced: true,
    columns: [
      'id', 'kind', 'scope_unit_id', 'title', 'case_id', 'first_meeting_id', 'first_date', 'status', 'resolved_at', 'resolved_by', 'resolved_by_name',
      'resolved_note', 'created_at',
    ],
  },
  meeting_event: { synced: true, columns: ['id', 'meeting_id', 'at', 'actor_id', 'actor_name', 'action', 'note'] },
  meeting_presentation: { synced: true, columns: ['id', 'slide', 'item_id', 'item_started_at', 'updated_at', 'updated_by_name'] },
  // The wall board's pages, playlists and the one row of the walls' state (active playlist, pin).
  board_page: { synced: true, columns: ['id', 'name', 'canvas', 'panels', 'position', 'archived', 'updated_at', 'updated_by_name'] },
  board_playlist: { synced: true, columns: ['id', 'name', 'page_ids', 'interval_seconds', 'archived', 'updated_at', 'updated_by_name'] },
  board_wall: { synced: true, columns: ['id', 'active_playlist_id', 'pin_page_id', 'pinned_at', 'pinned_by_name', 'updated_at'] },
  // Each account's read marks and notification settings (the feed itself is derived, docs/notifications.md).
  notification_read: { synced: true, columns: ['id', 'user_id', 'item_key', 'read_at'] },
  notification_setting: { synced: true, columns: ['id', 'user_id', 'muted_kinds', 'sound', 'desktop', 'read_before', 'updated_at'] },
  // The devices paired into the centre (LAN sync), by certificate fingerprint.
  sync_peer: { synced: true, columns: ['id', 'fingerprint', 'device_id', 'name', 'status', 'changed_at', 'changed_by', 'note'] },

  // Records merged into another (duplicates of a natural key): `id` is '<table>/<merged id>'.
  merged_record: { synced: true, columns: ['id', 'tbl', 'merged_id', 'kept_id'] },
} as const satisfies Record<string, { synced: boolean; columns: readonly string[] }>;

export type TableName = keyof typeof TABLES;

/** Tables replicated between PCs (written only through the change writer). */
export type SyncedTableName = { [T in TableName]: (typeof TABLES)[T]['synced'] extends true ? T : never }[TableName];

/** Tables local to one PC, each written by its own owner (device identity, change writer, sessions, audit log). */
export type LocalTableName = Exclude<TableName, SyncedTableName>;

export type ColumnOf<T extends TableName> = (typeof TABLES)[T]['columns'][number];

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}
