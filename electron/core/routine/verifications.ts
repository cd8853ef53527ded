// 入户核实 (docs/routine.md): drawing a quarter's sample of an area's household visits into
// `visit_verification` and recording what the supervisor found. The draw order is
// verification-sample.ts; the figures over the records are verification-queries.ts.
import { AppError } from '../../../shared/rpc/errors';
import {
  DEFAULT_VERIFICATION_RATES,
  quarterLabel,
  quarterRange,
  type VerificationOutcome,
  type VerificationRates,
  type VerificationRow,
} from '../../../shared/routine/verification-types';
import type { HouseholdClass } from '../../../shared/routine/visit-classes';
import type { ChangeWriter } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { readSetting, SETTING_KEYS } from '../settings/settings-repo';
import { sampleSeed, visitsToDraw, type SampleVisit } from './verification-sample';

/** The configured rates (administrator's setting, or the defaults). */
export function verificationRates(db: ReadDb): VerificationRates {
  return { ...DEFAULT_VERIFICATION_RATES, ...readSetting<Partial<VerificationRates>>(db, SETTING_KEYS.verificationRates, {}) };
}

/** A quarter that has begun by `today`; a later one is refused in Chinese. */
export function checkQuarterBegun(quarter: string, today: string): { from: string; to: string } {
  const range = quarterRange(quarter);
  if (range.from > today) throw new AppError('BAD_INPUT', `${quarterLabel(quarter)}尚未开始，不能抽取核实样本`);
  return range;
}

/**
 * The condition on `v` (a household visit) for an area's visits in a period, and its parameters:
 * by grid and date through the (grid_id, visit_date) index, or by date alone for the whole town
 * (null). Two statements, not `@grids IS NULL OR …`, which makes SQLite scan every visit.
 */
export function inArea(gridIds: readonly string[] | null, from: string, to: string): { sql: string; params: Record<string, string> } {
  return gridIds === null
    ? { sql: 'v.visit_date BETWEEN @from AND @to', params: { from, to } }
    : { sql: 'v.grid_id IN (SELECT value FROM json_each(@grids)) AND v.visit_date BETWEEN @from AND @to', params: { from, to, grids: JSON.stringify(gridIds) } };
}

/** The visits of an area in a period, with their class. */
export function areaVisits(db: ReadDb, from: string, to: string, gridIds: readonly string[] | null): SampleVisit[] {
  const area = inArea(gridIds, from, to);
  const rows = db.cached(`SELECT v.id, v.household_class AS cls FROM household_visit v WHERE ${area.sql}`).all(area.params) as { id: string; cls: HouseholdClass }[];
  return rows.map((r) => ({ id: r.id, householdClass: r.cls }));
}

/** The outcome of each drawn visit of an area in a period (null: drawn, not yet recorded). */
export function drawnOutcomes(db: ReadDb, from: string, to: string, gridIds: readonly string[] | null): Map<string, VerificationOutcome | null> {
  const area = inArea(gridIds, from, to);
  const rows = db
    .cached(`SELECT vv.visit_id, vv.outcome FROM household_visit v JOIN visit_verification vv ON vv.visit_id = v.id WHERE ${area.sql}`)
    .all(area.params) as { visit_id: string; outcome: VerificationOutcome | null }[];
  return new Map(rows.map((r) => [r.visit_id, r.outcome]));
}

/** The visits a draw would add now. */
export function pendingDraw(db: ReadDb, quarter: string, gridIds: readonly string[] | null): string[] {
  const { from, to } = quarterRange(quarter);
  return visitsToDraw(areaVisits(db, from, to, gridIds), drawnOutcomes(db, from, to, gridIds), verificationRates(db), sampleSeed(quarter, gridIds));
}

/**
 * Draws (or tops up) the area's sample of the quarter in one transaction: stores the visits the
 * rule adds, each as a record whose id is its visit's. Returns how many were added.
 */
export function drawVerification(writer: ChangeWriter, actorId: string | null, now: number, quarter: string, gridIds: readonly string[] | null): number {
  return writer.transaction(actorId, (tx) => {
    const add = pendingDraw(tx.db, quarter, gridIds);
    for (const visitId of add) {
      tx.insert('visit_verification', { id: visitId, visit_id: visitId, quarter, drawn_by: actorId, drawn_at: now, outcome: null, note: '', updated_at: now });
    }
    return add.length;
  });
}

interface RowDb {
  id: string;
  visit_id: string;
  visit_date: string;
  household_class: HouseholdClass;
  household_id: string;
  household_no: string | null;
  address: string | null;
  grid_id: string;
  grid_name: string | null;
  staff_id: string;
  staff_name: string | null;
  met_name: string;
  situation: string;
  outcome: VerificationOutcome | null;
  note: string;
  verified_on: string | null;
  verifier_name: string | null;
}

const ROW_SQL = `SELECT vv.id, vv.visit_id, v.visit_date, v.household_class, v.household_id, h.household_no, h.address, v.grid_id, g.name AS grid_name,
    v.staff_id, s.name AS staff_name, v.met_name, v.situation, vv.outcome, vv.note, vv.verified_on, vv.verifier_name
  FROM visit_verification vv
  JOIN household_visit v ON v.id = vv.visit_id
  LEFT JOIN household h ON h.id = v.household_id
  LEFT JOIN org_unit g ON g.id = v.grid_id
  LEFT JOIN staff s ON s.id = v.staff_id`;

function toRow(r: RowDb): VerificationRow {
  return {
    id: r.id,
    visitId: r.visit_id,
    visitDate: r.visit_date,
    householdClass: r.household_class,
    householdId: r.household_id,
    householdLabel: [r.household_no, r.address].filter(Boolean).join(' '),
    gridId: r.grid_id,
    gridName: r.grid_name ?? '',
    workerId: r.staff_id,
    workerName: r.staff_name ?? '',
    metName: r.met_name,
    situation: r.situation,
    outcome: r.outcome,
    note: r.note,
    verifiedOn: r.verified_on,
    verifierName: r.verifier_name,
  };
}

/** The drawn visits of an area in a period, by visit date and worker (a recorded one keeps its place in the list). */
export function sampleRows(db: ReadDb, from: string, to: string, gridIds: readonly string[] | null): VerificationRow[] {
  const area = inArea(gridIds, from, to);
  const rows = db.cached(`${ROW_SQL} WHERE ${area.sql} ORDER BY v.visit_date, s.name, vv.id`).all(area.params) as RowDb[];
  return rows.map(toRow);
}

export function getVerification(db: ReadDb, visitId: string): VerificationRow | null {
  const r = db.cached(`${ROW_SQL} WHERE vv.visit_id = ? ORDER BY vv.id LIMIT 1`).get(visitId) as RowDb | undefined;
  return r ? toRow(r) : null;
}

export interface RecordInput {
  visitId: string;
  outcome: VerificationOutcome;
  note: string;
  verifiedOn: string;
}

/** The checks of an outcome that need no scope: a note where one is required, the day. */
export function checkOutcome(input: RecordInput, visitDate: string, today: string): void {
  if (input.outcome !== 'accurate' && input.note.trim() === '') {
    throw new AppError('BAD_INPUT', `核实结果为“${input.outcome === 'inaccurate' ? '不属实' : '未核实'}”时须填写说明`, [{ path: 'note', message: '请填写说明' }]);
  }
  if (input.verifiedOn > today) throw new AppError('BAD_INPUT', `核实日期不能晚于今天（${today}）`, [{ path: 'verifiedOn', message: '不能是未来日期' }]);
  if (input.verifiedOn < visitDate) throw new AppError('BAD_INPUT', `核实日期不能早于走访日期（${visitDate}）`, [{ path: 'verifiedOn', message: '不能早于走访日期' }]);
}

/** Writes the outcome on the drawn visit's record (one transaction). */
export function recordOutcome(writer: ChangeWriter, actor: { id: string | null; name: string | null }, now: number, recordId: string, input: RecordInput): void {
  writer.transaction(actor.id, (tx) =>
    tx.update('visit_verification', recordId, {
      outcome: input.outcome,
      note: input.note.trim(),
      verified_on: input.verifiedOn,
      verifier_id: actor.id,
      verifier_name: actor.name,
      updated_at: now,
    }),
  );
}
