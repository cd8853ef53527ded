// Handlers of 入户核实 (docs/routine.md): the supervisor's quarter sample, the draw, recording an
// outcome, the figures and the configured rates. The area is the routine scope's
// (routine-scope.ts: a supervisor's assigned grids, the whole town for a supervisor without an
// assignment and for the administrator); a grid worker holds no routine.verify and is refused
// at the door. A verifier never checks its own visits. Nothing is written on a refusal.
import type { verificationApi } from '../../../shared/routine/verification-api';
import { AppError } from '../../../shared/rpc/errors';
import { quarterRange, type VerificationSample } from '../../../shared/routine/verification-types';
import { audit } from '../audit/audit-log';
import type { ReadDb } from '../db/read-db';
import type { CallContext, Handlers } from '../rpc/handler-types';
import { callToday } from '../rpc/call-today';
import { SETTING_KEYS, writeSetting } from '../settings/settings-repo';
import { routineScopeOf } from './routine-scope';
import { classSampling, workerVerifications } from './verification-queries';
import { checkOutcome, checkQuarterBegun, drawVerification, getVerification, pendingDraw, recordOutcome, sampleRows, verificationRates } from './verifications';

type VerificationMethod = keyof typeof verificationApi;

/** How an area reads: 全镇, the grids' names, or the first ones and how many. */
function areaLabel(db: ReadDb, gridIds: readonly string[] | null): string {
  if (gridIds === null) return '全镇';
  const names = (db.cached("SELECT name FROM org_unit WHERE id IN (SELECT value FROM json_each(?)) ORDER BY code").all(JSON.stringify(gridIds)) as { name: string }[]).map(
    (g) => g.name,
  );
  if (names.length === 0) return '（未分配网格）';
  return names.length <= 3 ? names.join('、') : `${names.slice(0, 2).join('、')}等${names.length}个网格`;
}

/** The quarter's sample of the area, with its figures. */
function sampleOf(db: ReadDb, quarter: string, gridIds: readonly string[] | null): VerificationSample {
  const { from, to } = quarterRange(quarter);
  const rates = verificationRates(db);
  return {
    quarter,
    from,
    to,
    gridIds: gridIds === null ? null : [...gridIds],
    areaLabel: areaLabel(db, gridIds),
    rates,
    classes: classSampling(db, { from, to }, gridIds, rates),
    toDraw: pendingDraw(db, quarter, gridIds).length,
    rows: sampleRows(db, from, to, gridIds),
    workers: workerVerifications(db, { from, to }, gridIds),
  };
}

function areaOf(ctx: CallContext) {
  return routineScopeOf(ctx.core.db, ctx.session, callToday(ctx));
}

/** The caller's grids narrowed to a village's or one grid (never wider than its scope). */
function narrowed(db: ReadDb, grids: readonly string[] | null, narrow: { villageId?: string; gridId?: string }): string[] | null {
  if (!narrow.villageId && !narrow.gridId) return grids === null ? null : [...grids];
  const wanted = narrow.gridId
    ? [narrow.gridId]
    : (db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND parent_id = ?").all(narrow.villageId) as { id: string }[]).map((r) => r.id);
  return wanted.filter((g) => grids === null || grids.includes(g));
}

interface VisitFacts {
  id: string;
  grid_id: string;
  staff_id: string;
  visit_date: string;
}

export const verificationHandlers: Pick<Handlers, VerificationMethod> = {
  'routine.verificationSample': ({ quarter }, ctx) => {
    checkQuarterBegun(quarter, callToday(ctx));
    return sampleOf(ctx.core.db, quarter, areaOf(ctx).grids);
  },

  'routine.drawVerification': ({ quarter }, ctx) => {
    const { db } = ctx.core;
    checkQuarterBegun(quarter, callToday(ctx));
    const grids = areaOf(ctx).grids;
    const added = drawVerification(ctx.core.writer, ctx.actor, ctx.core.now(), quarter, grids);
    if (added > 0) audit(ctx, { action: 'verification.draw', table: 'visit_verification', detail: { quarter, added, grids } });
    return { added, sample: sampleOf(db, quarter, grids) };
  },

  'routine.recordVerification': (input, ctx) => {
    const { db } = ctx.core;
    const today = callToday(ctx);
    const scope = areaOf(ctx);
    const visit = db.cached('SELECT id, grid_id, staff_id, visit_date FROM household_visit WHERE id = ?').get(input.visitId) as VisitFacts | undefined;
    if (!visit || (scope.grids !== null && !scope.grids.includes(visit.grid_id))) {
      throw new AppError('NOT_FOUND', '走访记录不存在，或不在本账号的核实范围内');
    }
    if (scope.ownStaff !== null && scope.ownStaff === visit.staff_id) throw new AppError('FORBIDDEN', '不能核实本人的走访记录');
    const record = getVerification(db, visit.id);
    if (!record) throw new AppError('INVALID_STATE', '该走访记录未抽入核实样本，请先抽取本季度样本');
    const parsed = { visitId: visit.id, outcome: input.outcome, note: input.note, verifiedOn: input.verifiedOn ?? today };
    checkOutcome(parsed, visit.visit_date, today);
    recordOutcome(ctx.core.writer, { id: ctx.actor, name: ctx.session?.displayName ?? null }, ctx.core.now(), record.id, parsed);
    audit(ctx, { action: 'verification.record', table: 'visit_verification', recordId: record.id, detail: { outcome: parsed.outcome, verifiedOn: parsed.verifiedOn } });
    return getVerification(db, visit.id)!;
  },

  'routine.verificationFigures': ({ quarter, villageId, gridId }, ctx) => {
    const { db } = ctx.core;
    const range = quarterRange(quarter);
    const grids = narrowed(db, areaOf(ctx).grids, { villageId, gridId });
    return { quarter, classes: classSampling(db, range, grids, verificationRates(db)), workers: workerVerifications(db, range, grids) };
  },

  'routine.verificationRates': (_input, ctx) => verificationRates(ctx.core.db),

  'routine.setVerificationRates': (input, ctx) => {
    ctx.core.writer.transaction(ctx.actor, (tx) => writeSetting(tx, SETTING_KEYS.verificationRates, input));
    audit(ctx, { action: 'verification.rates', table: 'setting', recordId: SETTING_KEYS.verificationRates, detail: input });
    return verificationRates(ctx.core.db);
  },
};
