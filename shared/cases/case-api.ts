// RPC methods of the cases domain (事件闭环), the catalogue and time limits; spread into
// shared/api.ts.
//
// Transitions go through one method, `cases.act`, whose input names the action; the core
// checks the action's own permission (TRANSITIONS in case-workflow.ts) and the case's state.
import { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { JobStarted } from '../jobs/job-types';
import type { CaseCategory, SlaPreview, SlaRuleRow } from './catalogue-types';
import {
  bulkActionInput,
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

/** Tables a case view depends on. */
const CASE_READS = ['case_record', 'case_event', 'case_alert', 'case_category', 'org_unit', 'department', 'calendar_year'] as const;

export interface CaseQueuePage {
  rows: CaseRow[];
  total: number;
}

export const caseApi = {
  'cases.register': method({ input: registerInput, output: returns<CaseDetail>(), access: 'cases.intake', writes: true }),
  'cases.get': method({ input: zId, output: returns<CaseDetail>(), access: 'cases.read', reads: CASE_READS }),
  'cases.act': method({
    input: z.object({ id: z.string().min(1), action: caseActionInput }),
    output: returns<CaseDetail>(),
    access: 'cases.read',
    writes: true,
  }),
  'cases.bulk': method({
    input: z.object({ ids: z.array(z.string().min(1)).min(1, '请选择事件').max(500, '一次最多处理500件'), action: bulkActionInput }),
    output: returns<{ count: number; numbers: string[] }>(),
    access: 'cases.read',
    writes: true,
  }),
  'cases.queue': method({ input: caseQueueInput, output: returns<CaseQueuePage>(), access: 'cases.read', reads: CASE_READS }),
  'cases.queueCounts': method({
    input: z.object({ filter: caseFilterInput }),
    output: returns<Record<CaseQueue, number>>(),
    access: 'cases.read',
    reads: CASE_READS,
  }),
  /** Starts a job exporting the queue's filtered view (CSV or .xlsx); its result is a FileResult. */
  'cases.export': method({ input: caseExportInput, output: returns<JobStarted>(), access: 'cases.read', reads: CASE_READS, job: true }),
  'cases.duplicateHints': method({
    input: duplicateHintsInput,
    output: returns<DuplicateHint[]>(),
    access: 'cases.read',
    reads: ['case_record'],
  }),
  'cases.locate': method({ input: locateInput, output: returns<LocateResult>(), access: 'cases.read', reads: ['org_unit'] }),
  'cases.alerts': method({
    input: z.object({ unitId: z.string().min(1).optional(), includeAcknowledged: z.boolean().optional() }),
    output: returns<CaseAlertRow[]>(),
    access: 'cases.read',
    reads: ['case_alert', 'case_record', 'org_unit'],
  }),
  /** Grid workers may acknowledge only their own units' alerts; other roles need 处置 or 派遣 (checked in the handler). */
  'cases.ackAlert': method({ input: zId, output: returns<CaseAlertRow>(), access: 'cases.read', writes: true }),
  /** Active accounts that can handle cases (承办人), for naming the handling person at 派遣. */
  'cases.assignees': method({ input: emptyInput, output: returns<CaseAssignee[]>(), access: 'cases.dispatch', reads: ['user_account', 'department'] }),
  /** A case's id from its number (合并 to a named case). */
  'cases.byNumber': method({
    input: z.object({ number: z.string().trim().min(1, '请输入事件编号').max(40) }),
    output: returns<{ id: string }>(),
    access: 'cases.read',
    reads: ['case_record'],
  }),
  /**
   * 拨打/查看号码: the reporter's phone in full, once, for someone who handles the case and sees
   * it masked (audited; never part of a list or a cached read).
   */
  'cases.revealPhone': method({
    input: zId,
    output: returns<{ phone: string }>(),
    access: 'cases.handle',
    reads: ['case_record'],
  }),
  'cases.attachment': method({
    input: zId,
    output: returns<{ id: string; name: string; mime: string; dataBase64: string }>(),
    access: 'cases.read',
    reads: ['case_attachment'],
  }),

  'catalogue.tree': method({
    input: z.object({ includeArchived: z.boolean().optional() }),
    output: returns<CaseCategory[]>(),
    access: 'cases.read',
    reads: ['case_category', 'sla_rule', 'department'],
  }),
  'catalogue.saveCategory': method({ input: categorySaveInput, output: returns<CaseCategory>(), access: 'catalogue.write', writes: true }),
  'sla.rules': method({ input: emptyInput, output: returns<SlaRuleRow[]>(), access: 'cases.read', reads: ['sla_rule', 'case_category'] }),
  'sla.saveRule': method({ input: slaRuleSaveInput, output: returns<SlaRuleRow>(), access: 'catalogue.write', writes: true }),
  'sla.removeRule': method({ input: zId, output: returns<{ ok: true }>(), access: 'catalogue.write', writes: true }),
  'sla.preview': method({
    input: slaPreviewInput,
    output: returns<SlaPreview>(),
    access: 'cases.read',
    reads: ['sla_rule', 'case_category', 'calendar_year'],
  }),

} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
