// RPC methods of the cases domain (事件闭环), the catalogue and time limits, the working-day
// calendar and the board's case figures; spread into shared/api.ts.
//
// Transitions go through one method, `cases.act`, whose input names the action; the core
// checks the action's own permission (TRANSITIONS in case-workflow.ts) and the case's state.
import { z } from 'zod';
import { method, type MethodDef } from '../rpc/contract';
import type { BoardCases } from './board-cases-types';
import type { CalendarDay, CalendarStatus, CalendarYearRow } from './calendar-types';
import type { CaseCategory, SlaPreview, SlaRuleRow } from './catalogue-types';
import {
  bulkActionInput,
  calendarDaysInput,
  calendarImportInput,
  caseActionInput,
  caseExportInput,
  caseFilterInput,
  caseQueueInput,
  categorySaveInput,
  duplicateHintsInput,
  locateInput,
  registerInput,
  slaPreviewInput,
  slaRuleSaveInput,
  type CaseQueue,
} from './case-inputs';
import type { CaseAlertRow, CaseAssignee, CaseDetail, CaseRow, DuplicateHint, LocateResult } from './case-types';

const zId = z.object({ id: z.string().min(1) });
const zEmpty = z.object({});
type Empty = typeof zEmpty;

/** Tables a case view depends on. */
const CASE_READS = ['case_record', 'case_event', 'case_alert', 'case_category', 'org_unit', 'department', 'calendar_year'] as const;

export interface CaseQueuePage {
  rows: CaseRow[];
  total: number;
}

export interface CaseExportResult {
  jobId: string;
  /** CSV is ready at once; an .xlsx is built in the background: poll `cases.exportResult` or wait for the `progress` event. */
  status: 'done' | 'pending' | 'failed';
  filename: string;
  mime: string;
  rows: number;
  dataBase64: string | null;
  message: string | null;
}

export const caseApi = {
  'cases.register': method<typeof registerInput, CaseDetail>({ input: registerInput, access: 'cases.intake', writes: true }),
  'cases.get': method<typeof zId, CaseDetail>({ input: zId, access: 'cases.read', reads: CASE_READS }),
  'cases.act': method<z.ZodType<{ id: string; action: z.output<typeof caseActionInput> }, { id: string; action: z.input<typeof caseActionInput> }>, CaseDetail>({
    input: z.object({ id: z.string().min(1), action: caseActionInput }),
    access: 'cases.read',
    writes: true,
  }),
  'cases.bulk': method<
    z.ZodType<{ ids: string[]; action: z.output<typeof bulkActionInput> }, { ids: string[]; action: z.input<typeof bulkActionInput> }>,
    { count: number; numbers: string[] }
  >({
    input: z.object({ ids: z.array(z.string().min(1)).min(1, '请选择事件').max(500, '一次最多处理500件'), action: bulkActionInput }),
    access: 'cases.read',
    writes: true,
  }),
  'cases.queue': method<typeof caseQueueInput, CaseQueuePage>({ input: caseQueueInput, access: 'cases.read', reads: CASE_READS }),
  'cases.queueCounts': method<z.ZodType<{ filter: z.output<typeof caseFilterInput> }, { filter?: z.input<typeof caseFilterInput> }>, Record<CaseQueue, number>>({
    input: z.object({ filter: caseFilterInput }),
    access: 'cases.read',
    reads: CASE_READS,
  }),
  'cases.export': method<typeof caseExportInput, CaseExportResult>({ input: caseExportInput, access: 'cases.read', reads: CASE_READS }),
  'cases.exportResult': method<z.ZodType<{ jobId: string }>, CaseExportResult>({
    input: z.object({ jobId: z.string().min(1) }),
    access: 'cases.read',
  }),
  'cases.duplicateHints': method<typeof duplicateHintsInput, DuplicateHint[]>({
    input: duplicateHintsInput,
    access: 'cases.read',
    reads: ['case_record'],
  }),
  'cases.locate': method<typeof locateInput, LocateResult>({ input: locateInput, access: 'cases.read', reads: ['org_unit'] }),
  'cases.alerts': method<z.ZodType<{ unitId?: string; includeAcknowledged?: boolean }>, CaseAlertRow[]>({
    input: z.object({ unitId: z.string().min(1).optional(), includeAcknowledged: z.boolean().optional() }),
    access: 'cases.read',
    reads: ['case_alert', 'case_record', 'org_unit'],
  }),
  /** Grid workers may acknowledge only their own units' alerts; other roles need 处置 or 派遣 (checked in the handler). */
  'cases.ackAlert': method<typeof zId, CaseAlertRow>({ input: zId, access: 'cases.read', writes: true }),
  /** Active accounts that can handle cases (承办人), for naming the handling person at 派遣. */
  'cases.assignees': method<Empty, CaseAssignee[]>({ input: zEmpty, access: 'cases.dispatch', reads: ['user_account', 'department'] }),
  /** A case's id from its number (合并 to a named case). */
  'cases.byNumber': method<z.ZodType<{ number: string }>, { id: string }>({
    input: z.object({ number: z.string().trim().min(1, '请输入事件编号').max(40) }),
    access: 'cases.read',
    reads: ['case_record'],
  }),
  'cases.attachment': method<typeof zId, { id: string; name: string; mime: string; dataBase64: string }>({
    input: zId,
    access: 'cases.read',
    reads: ['case_attachment'],
  }),

  'catalogue.tree': method<z.ZodType<{ includeArchived?: boolean }>, CaseCategory[]>({
    input: z.object({ includeArchived: z.boolean().optional() }),
    access: 'cases.read',
    reads: ['case_category', 'sla_rule', 'department'],
  }),
  'catalogue.saveCategory': method<typeof categorySaveInput, CaseCategory>({ input: categorySaveInput, access: 'catalogue.write', writes: true }),
  'sla.rules': method<Empty, SlaRuleRow[]>({ input: zEmpty, access: 'cases.read', reads: ['sla_rule', 'case_category'] }),
  'sla.saveRule': method<typeof slaRuleSaveInput, SlaRuleRow>({ input: slaRuleSaveInput, access: 'catalogue.write', writes: true }),
  'sla.removeRule': method<typeof zId, { ok: true }>({ input: zId, access: 'catalogue.write', writes: true }),
  'sla.preview': method<typeof slaPreviewInput, SlaPreview>({
    input: slaPreviewInput,
    access: 'cases.read',
    reads: ['sla_rule', 'case_category', 'calendar_year'],
  }),

  'calendar.status': method<Empty, CalendarStatus>({ input: zEmpty, access: 'session', reads: ['calendar_year'] }),
  'calendar.years': method<Empty, CalendarYearRow[]>({ input: zEmpty, access: 'session', reads: ['calendar_year'] }),
  'calendar.days': method<typeof calendarDaysInput, CalendarDay[]>({ input: calendarDaysInput, access: 'session', reads: ['calendar_year'] }),
  'calendar.importYear': method<typeof calendarImportInput, CalendarYearRow>({ input: calendarImportInput, access: 'calendar.write', writes: true }),
  'calendar.removeYear': method<z.ZodType<{ year: number }>, { ok: true }>({
    input: z.object({ year: z.number().int() }),
    access: 'calendar.write',
    writes: true,
  }),

  'board.cases': method<Empty, BoardCases>({
    input: zEmpty,
    access: 'board.read',
    reads: ['case_record', 'case_category', 'case_alert', 'org_unit', 'calendar_year'],
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
