// Dispute screening (矛盾纠纷排查) every half month per grid, and mediation records (调解工作记录).
// A screening is one per grid and half month: the disputes it found become records of the
// registry's 矛盾纠纷 ledger (with the screening, a risk level, and the persons and cases
// involved); none found is recorded as such (「未发现矛盾纠纷」). A mediation's outcome moves its
// dispute on: 调解成功 → 已化解, 移交 → 已移交, 未成功 → still 调处中. Each save is one transaction;
// refused input writes nothing (docs/routine.md).
import { ulid } from 'ulid';
import type { z } from 'zod';
import type { DisputeKind, DisputeStatus } from '../../../shared/registry/registry-types';
import { DISPUTE_STATUS_LABELS } from '../../../shared/registry/registry-types';
import { halfMonthLabel, halfMonthOf } from '../../../shared/routine/half-month';
import type { saveMediationInput, saveScreeningInput } from '../../../shared/routine/screening-inputs';
import { MEDIATION_OUTCOME_LABELS, type MediationOutcome, type MediationRecord, type RiskLevel, type ScreenedDispute, type ScreeningDetail } from '../../../shared/routine/screening-types';
import { AppError } from '../../../shared/rpc/errors';
import { isValidDate } from '../calendar';
import type { ChangeWriter } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { disputePatch, insertRow } from '../registry/registry-columns';

/** The grids a caller may screen and read (null: the whole town), and what else it may link. */
export interface ScreeningAccess {
  grids: string[] | null;
  /** Whether a person may be linked (the caller's registry scope). */
  personVisible: (gridId: string) => boolean;
  /** Throws NOT_FOUND unless the case is in the caller's case scope. */
  requireCase: (caseId: string) => void;
}

export interface ScreeningEnv {
  db: ReadDb;
  writer: ChangeWriter;
  actorId: string | null;
  now: number;
  today: string;
}

const inGrids = (grids: string[] | null, gridId: string) => grids === null || grids.includes(gridId);

interface ScreeningDbRow {
  id: string;
  grid_id: string;
  grid_name: string;
  period: string;
  screen_date: string;
  staff_id: string | null;
  staff_name: string | null;
  none_found: number;
  notes: string;
  created_at: number;
}

const SCREENING_SQL = `SELECT s.id, s.grid_id, g.name AS grid_name, s.period, s.screen_date, s.staff_id, st.name AS staff_name, s.none_found, s.notes, s.created_at
  FROM dispute_screening s JOIN org_unit g ON g.id = s.grid_id LEFT JOIN staff st ON st.id = s.staff_id`;

interface MediationDbRow {
  id: string;
  dispute_id: string;
  mediation_date: string;
  mediators: string;
  parties: string;
  process: string;
  outcome: MediationOutcome;
  agreement: string;
}

function toMediation(r: MediationDbRow): MediationRecord {
  return { id: r.id, disputeId: r.dispute_id, date: r.mediation_date, mediators: r.mediators, parties: r.parties, process: r.process, outcome: r.outcome, agreement: r.agreement };
}

/** A dispute with its people, cases and mediations (the caller sees the dispute's grid). */
export function screenedDispute(db: ReadDb, id: string): ScreenedDispute {
  const d = db
    .cached('SELECT id, kind, parties, summary, risk_level, status, found_date, resolved_date FROM dispute WHERE id = ?')
    .get(id) as { id: string; kind: DisputeKind; parties: string; summary: string; risk_level: RiskLevel | null; status: DisputeStatus; found_date: string; resolved_date: string | null };
  const persons = db.cached('SELECT p.id, p.name FROM dispute_person k JOIN person p ON p.id = k.person_id WHERE k.dispute_id = ? ORDER BY p.name').all(id) as ScreenedDispute['persons'];
  const cases = db
    .cached('SELECT c.id, c.number, c.title FROM dispute_case k JOIN case_record c ON c.id = k.case_id WHERE k.dispute_id = ? ORDER BY c.received_at')
    .all(id) as ScreenedDispute['cases'];
  const mediations = (db.cached('SELECT * FROM dispute_mediation WHERE dispute_id = ? ORDER BY mediation_date, id').all(id) as MediationDbRow[]).map(toMediation);
  return {
    id: d.id,
    kind: d.kind,
    parties: d.parties,
    summary: d.summary,
    riskLevel: d.risk_level,
    status: d.status,
    foundDate: d.found_date,
    resolvedDate: d.resolved_date,
    persons,
    cases,
    mediations,
  };
}

/** A screening with its disputes; NOT_FOUND when missing or outside the caller's grids. */
export function getScreening(db: ReadDb, grids: string[] | null, id: string): ScreeningDetail {
  const r = db.cached(`${SCREENING_SQL} WHERE s.id = ?`).get(id) as ScreeningDbRow | undefined;
  if (!r || !inGrids(grids, r.grid_id)) throw new AppError('NOT_FOUND', '排查记录不存在，或不在本账号的查看范围内');
  const disputes = (db.cached('SELECT id FROM dispute WHERE screening_id = ? AND archived = 0 ORDER BY id').all(id) as { id: string }[]).map((d) => screenedDispute(db, d.id));
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    period: r.period,
    periodLabel: halfMonthLabel(r.period),
    screenDate: r.screen_date,
    staffId: r.staff_id,
    staffName: r.staff_name,
    noneFound: r.none_found === 1,
    notes: r.notes,
    createdAt: r.created_at,
    disputes,
  };
}

/** The screening of a grid and half month (the smallest id, should sync have left two), or null. */
export function screeningOf(db: ReadDb, gridId: string, period: string): { id: string; screen_date: string } | null {
  return (db.cached('SELECT id, screen_date FROM dispute_screening WHERE grid_id = ? AND period = ? ORDER BY id LIMIT 1').get(gridId, period) as
    | { id: string; screen_date: string }
    | undefined) ?? null;
}

type ParsedScreening = z.output<typeof saveScreeningInput>;

function checkDate(date: string, today: string, what: string): void {
  if (!isValidDate(date)) throw new AppError('BAD_INPUT', `日期无效（${date}）`, [{ path: 'date', message: '日期无效' }]);
  if (date > today) throw new AppError('BAD_INPUT', `不能登记未来日期（${date}）的${what}`, [{ path: 'date', message: '不能是未来日期' }]);
}

/**
 * Records a grid's screening of the half month holding `input.date`, with the disputes found.
 * `staffId`: who screened (already checked against the caller). Returns the new screening's id.
 */
export function saveScreening(env: ScreeningEnv, access: ScreeningAccess, staffId: string | null, input: ParsedScreening): string {
  const { db } = env;
  checkDate(input.date, env.today, '矛盾纠纷排查');
  const grid = db.cached("SELECT id, name, archived FROM org_unit WHERE id = ? AND kind = 'grid'").get(input.gridId) as { id: string; name: string; archived: number } | undefined;
  if (!grid || grid.archived) throw new AppError('NOT_FOUND', '网格不存在或已归档');
  if (!inGrids(access.grids, grid.id)) throw new AppError('FORBIDDEN', `${grid.name}不在本账号的管理范围内，只能登记本人负责网格的矛盾纠纷排查`);
  const period = halfMonthOf(input.date);
  const prior = screeningOf(db, grid.id, period);
  if (prior) throw new AppError('CONFLICT', `${grid.name}${halfMonthLabel(period)}的矛盾纠纷排查已于${prior.screen_date}登记，同一网格每半月登记一次`);
  if (staffId) {
    const s = db.cached('SELECT archived FROM staff WHERE id = ?').get(staffId) as { archived: number } | undefined;
    if (!s || s.archived) throw new AppError('NOT_FOUND', '排查人不存在或已离岗');
  }
  input.disputes.forEach((d, i) => {
    for (const pid of d.personIds) {
      const p = db.cached('SELECT grid_id, archived FROM person WHERE id = ?').get(pid) as { grid_id: string; archived: number } | undefined;
      if (!p || p.archived || !access.personVisible(p.grid_id)) throw new AppError('NOT_FOUND', `第${i + 1}件纠纷的关联人员不存在，或不在本账号的管理范围内`);
    }
    for (const cid of d.caseIds) access.requireCase(cid);
  });
  const id = ulid();
  env.writer.transaction(env.actorId, (tx) => {
    tx.insert('dispute_screening', {
      id,
      grid_id: grid.id,
      period,
      screen_date: input.date,
      staff_id: staffId,
      none_found: input.disputes.length === 0 ? 1 : 0,
      notes: input.notes,
      created_by: env.actorId,
      created_at: env.now,
    });
    for (const d of input.disputes) {
      const disputeId = ulid();
      tx.insert(
        'dispute',
        insertRow(disputeId, {
          ...disputePatch({ gridId: grid.id, foundDate: input.date, parties: d.parties, kind: d.kind, summary: d.summary, status: 'open' }),
          screening_id: id,
          risk_level: d.riskLevel,
          archived: 0,
        }),
      );
      for (const pid of new Set(d.personIds)) tx.insert('dispute_person', { id: ulid(), dispute_id: disputeId, person_id: pid });
      for (const cid of new Set(d.caseIds)) tx.insert('dispute_case', { id: ulid(), dispute_id: disputeId, case_id: cid });
    }
  });
  return id;
}

type ParsedMediation = z.output<typeof saveMediationInput>;

/** Records a mediation of a dispute in the caller's grids and moves the dispute's status on; returns it. */
export function saveMediation(env: ScreeningEnv, access: ScreeningAccess, input: ParsedMediation): MediationRecord {
  const { db } = env;
  const d = db.cached('SELECT id, grid_id, found_date, status, archived FROM dispute WHERE id = ?').get(input.disputeId) as
    | { id: string; grid_id: string; found_date: string; status: DisputeStatus; archived: number }
    | undefined;
  if (!d || d.archived || !inGrids(access.grids, d.grid_id)) throw new AppError('NOT_FOUND', '该矛盾纠纷不存在，或不在本账号的管理范围内');
  checkDate(input.date, env.today, '调解记录');
  if (input.date < d.found_date) throw new AppError('BAD_INPUT', `调解日期不能早于纠纷发现日期（${d.found_date}）`, [{ path: 'date', message: '早于发现日期' }]);
  if (d.status !== 'open') throw new AppError('INVALID_STATE', `该纠纷${DISPUTE_STATUS_LABELS[d.status]}，不能再登记调解`);
  if (input.outcome === 'success' && !input.agreement) {
    throw new AppError('BAD_INPUT', '调解成功请填写达成的协议内容', [{ path: 'agreement', message: '请填写协议内容' }]);
  }
  const id = ulid();
  const row = {
    id,
    dispute_id: d.id,
    mediation_date: input.date,
    mediators: input.mediators,
    parties: input.parties,
    process: input.process,
    outcome: input.outcome,
    agreement: input.agreement,
    created_by: env.actorId,
    created_at: env.now,
  };
  env.writer.transaction(env.actorId, (tx) => {
    tx.insert('dispute_mediation', row);
    const result = input.agreement || `${MEDIATION_OUTCOME_LABELS[input.outcome]}：${input.process}`.slice(0, 500);
    if (input.outcome === 'success') tx.update('dispute', d.id, { status: 'resolved', resolved_date: input.date, mediator: input.mediators, result });
    else if (input.outcome === 'referred') tx.update('dispute', d.id, { status: 'referred', resolved_date: input.date, mediator: input.mediators, result });
    else tx.update('dispute', d.id, { mediator: input.mediators });
  });
  return toMediation(row);
}
