// Synced tables of the assessment (every write goes through the change writer).
import type { SyncedTableName } from '../../../shared/db/tables';

export const ASSESSMENT_TABLES = ['assessment_scheme', 'assessment_run', 'assessment_adjustment', 'assessment_event', 'satisfaction_survey'] as const satisfies readonly SyncedTableName[];
