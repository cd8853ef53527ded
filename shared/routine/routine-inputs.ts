// Inputs of the routine methods (zod): work logs, leave, the completeness table and summaries.
import { z } from 'zod';
import { isoDate } from '../calendar/calendar-api';
import { registerInput } from '../cases/case-inputs';
import { ROUTINE_IMPORT_KINDS } from '../registry/registry-types';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为HH:MM');

export const logPlaceInput = z.object({
  gridId: z.string().min(1, '请选择网格'),
  buildingId: z.string().min(1).nullable().optional(),
  name: z.string().trim().max(100, '地点名称最多100字').optional(),
});

export const saveLogInput = z.object({
  /** The log being edited; none for a new one. */
  id: z.string().min(1).optional(),
  /** Whose log (administrators entering a paper log); a grid worker always writes its own. */
  staffId: z.string().min(1).optional(),
  date: isoDate,
  patrolled: z.boolean(),
  patrolStart: clock.nullable().optional(),
  patrolEnd: clock.nullable().optional(),
  places: z.array(logPlaceInput).max(60, '一天最多记录60个巡查地点'),
  observations: z.string().max(4000, '民情记录最多4000字'),
  notes: z.string().max(2000, '备注最多2000字'),
  /** true: submit (counts for completeness); false: keep as draft. */
  submit: z.boolean(),
});
export type SaveLogInput = z.input<typeof saveLogInput>;

export const periodInput = z.object({
  from: isoDate,
  to: isoDate,
  villageId: z.string().min(1).optional(),
  gridId: z.string().min(1).optional(),
});

export const dayLogInput = z.object({ staffId: z.string().min(1), date: isoDate });

export const weeklyInput = z.object({ staffId: z.string().min(1), date: isoDate });

export const raiseCaseInput = z.object({ logId: z.string().min(1), case: registerInput });

export const saveLeaveInput = z.object({
  id: z.string().min(1).optional(),
  staffId: z.string().min(1, '请选择请假人'),
  fromDate: isoDate,
  toDate: isoDate,
  reason: z.string().trim().max(200, '请假事由最多200字'),
  coverStaffId: z.string().min(1).nullable(),
});
export type SaveLeaveInput = z.input<typeof saveLeaveInput>;

export const leavesInput = z.object({ from: isoDate, to: isoDate });

/** Paper records to check before importing (the registry's preview: mapping, bad rows, nothing written). */
export const routineImportInput = z.object({
  kind: z.enum(ROUTINE_IMPORT_KINDS),
  fileBase64: z.string().min(1, '请选择文件').max(20_000_000, '文件过大（上限约15MB）'),
  fileName: z.string().max(255).optional(),
  /** Field key → column index; omitted fields keep the suggested column. */
  mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
});

export const importCommitInput = z.object({ jobId: z.string().min(1), excludeRows: z.array(z.number().int().min(1)).max(100_000).default([]) });

/** 工作日志 form of one worker over a period (at most a year). */
export const logFormInput = z.object({ staffId: z.string().min(1), from: isoDate, to: isoDate });
