// RPC methods for records that share a natural key (docs/sync.md, "Natural keys"): two PCs
// apart registered the same person, unit or account under different ids, with different
// details, so sync kept both. An administrator sees them grouped by the key and merges them:
// the references are redirected to the record kept and the others are deleted.
// Spread into shared/api.ts.
import { z } from 'zod';
import { method, returns, type MethodDef } from '../rpc/contract';
import type { SyncedTableName } from '../db/tables';

/** The tables whose records carry a natural key (electron/core/sync/natural-keys.ts). */
export const DUPLICATE_TABLES = [
  'user_account', 'org_unit', 'department', 'case_category', 'calendar_year', 'case_record', 'person', 'facility', 'grid_neighbor', 'staff_assignment', 'work_log', 'household_visit', 'assessment_run', 'visit_verification',
  'dispute_screening', 'dispute_person', 'dispute_case', 'duty_roster', 'satisfaction_survey', 'meeting',
] as const satisfies readonly SyncedTableName[];
export type DuplicateTable = (typeof DUPLICATE_TABLES)[number];

export interface DuplicateRecord {
  id: string;
  /** A short description (a name, a title). */
  summary: string;
  /** When it was created (epoch ms; null when unknown). */
  createdAt: number | null;
  /** How many records refer to it. */
  references: number;
}

export interface DuplicateGroup {
  table: DuplicateTable;
  /** What the records are (人员, 组织单元 …). */
  tableLabel: string;
  /** What the key is called (身份证号, 用户名, 编码 …). */
  keyLabel: string;
  /** The shared value, masked for a personal key when the caller may not see it whole. */
  value: string;
  /** Why these cannot be merged here (null: they can). */
  notMergeable: string | null;
  /** Smallest id first. */
  records: DuplicateRecord[];
}

const recordId = z.string().min(1, '记录编号不能为空').max(64, '记录编号过长');

export const mergeDuplicatesInput = z.object({
  table: z.enum(DUPLICATE_TABLES, { message: '不支持合并这类记录' }),
  keepId: recordId,
  mergeIds: z.array(recordId).min(1, '请选择要并入的记录').max(50, '一次最多合并 50 条记录'),
});

export const duplicatesApi = {
  /** Groups of records sharing a natural key, kept both by sync, for a person to merge. */
  'sync.duplicates': method({
    input: z.object({}),
    output: returns<DuplicateGroup[]>(),
    access: 'users.manage',
    reads: [...DUPLICATE_TABLES],
  }),
  /** Merges records sharing a natural key into `keepId`: references redirected, the others deleted (one transaction). */
  'sync.mergeDuplicates': method({ input: mergeDuplicatesInput, output: returns<{ merged: number }>(), access: 'users.manage', writes: true }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
