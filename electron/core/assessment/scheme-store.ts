// Stored schemes and their versions (docs/assessment.md): a scheme a run used is never changed —
// saving it writes the next version and retires the old one; the built-in default of a level
// is stored the first time a run needs it.
import { ulid } from 'ulid';
import type { SchemeRow } from '../../../shared/assessment/assessment-types';
import { defaultScheme } from '../../../shared/assessment/default-schemes';
import type { PeriodKind, SchemeInput, SubjectLevel } from '../../../shared/assessment/scheme';
import { AppError } from '../../../shared/rpc/errors';
import type { WriteTx } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';

interface SchemeDbRow {
  id: string;
  family_id: string;
  version: number;
  name: string;
  level: SubjectLevel;
  period_kind: PeriodKind;
  total: 100 | 1000;
  items: string;
  grades: string;
  is_default: number;
  retired: number;
  created_at: number;
  in_use: number;
}

const SELECT = `SELECT s.*, EXISTS (SELECT 1 FROM assessment_run r WHERE r.scheme_id = s.id) AS in_use FROM assessment_scheme s`;

function toRow(r: SchemeDbRow): SchemeRow {
  return {
    id: r.id,
    familyId: r.family_id,
    version: r.version,
    name: r.name,
    level: r.level,
    periodKind: r.period_kind,
    total: r.total,
    items: JSON.parse(r.items) as SchemeInput['items'],
    grades: JSON.parse(r.grades) as SchemeInput['grades'],
    isDefault: r.is_default === 1,
    retired: r.retired === 1,
    inUse: r.in_use === 1,
    createdAt: r.created_at,
  };
}

export function listSchemes(db: ReadDb): SchemeRow[] {
  return (db.cached(`${SELECT} ORDER BY s.level, s.period_kind, s.family_id, s.version DESC`).all() as SchemeDbRow[]).map(toRow);
}

export function getScheme(db: ReadDb, id: string): SchemeRow {
  const r = db.cached(`${SELECT} WHERE s.id = ?`).get(id) as SchemeDbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '考核方案不存在');
  return toRow(r);
}

function insertScheme(tx: WriteTx, s: SchemeInput, family: { id: string; version: number }, isDefault: boolean, actorId: string | null, now: number): string {
  const id = ulid();
  if (isDefault) {
    const others = tx.db.cached('SELECT id FROM assessment_scheme WHERE level = ? AND period_kind = ? AND is_default = 1').all(s.level, s.periodKind) as { id: string }[];
    for (const o of others) tx.update('assessment_scheme', o.id, { is_default: 0 });
  }
  tx.insert('assessment_scheme', {
    id,
    family_id: family.id,
    version: family.version,
    name: s.name,
    level: s.level,
    period_kind: s.periodKind,
    total: s.total,
    items: JSON.stringify(s.items),
    grades: JSON.stringify(s.grades),
    is_default: isDefault ? 1 : 0,
    retired: 0,
    created_by: actorId,
    created_at: now,
  });
  return id;
}

/**
 * Saves a scheme: a new one; over an unused one; or, for one a run used, as its next version
 * (the old version retired, kept for its runs). Returns the id of the version saved.
 */
export function saveScheme(tx: WriteTx, input: { id?: string; isDefault: boolean; scheme: SchemeInput }, actorId: string | null, now: number): string {
  if (!input.id) return insertScheme(tx, input.scheme, { id: ulid(), version: 1 }, input.isDefault, actorId, now);
  const current = getScheme(tx.db, input.id);
  if (current.retired) throw new AppError('INVALID_STATE', `“${current.name}”第${current.version}版已被新版本取代，请修改最新版本`);
  if (current.level !== input.scheme.level) throw new AppError('BAD_INPUT', '不能更改方案的考核对象，请新建方案');
  if (!current.inUse) {
    if (input.isDefault && !current.isDefault) insertDefaultFlag(tx, current, input.scheme);
    tx.update('assessment_scheme', current.id, {
      name: input.scheme.name,
      period_kind: input.scheme.periodKind,
      total: input.scheme.total,
      items: JSON.stringify(input.scheme.items),
      grades: JSON.stringify(input.scheme.grades),
      is_default: input.isDefault ? 1 : 0,
    });
    return current.id;
  }
  tx.update('assessment_scheme', current.id, { retired: 1, is_default: 0 });
  return insertScheme(tx, input.scheme, { id: current.familyId, version: current.version + 1 }, input.isDefault || current.isDefault, actorId, now);
}

/** Clears the default mark of the level's other schemes before this one takes it. */
function insertDefaultFlag(tx: WriteTx, current: SchemeRow, next: SchemeInput): void {
  const others = tx.db
    .cached('SELECT id FROM assessment_scheme WHERE level = ? AND period_kind = ? AND is_default = 1 AND id <> ?')
    .all(current.level, next.periodKind, current.id) as { id: string }[];
  for (const o of others) tx.update('assessment_scheme', o.id, { is_default: 0 });
}

/** The scheme a new run of this level and period kind takes: the default stored, else the built-in one (stored now). */
export function schemeForRun(tx: WriteTx, level: SubjectLevel, kind: PeriodKind, actorId: string | null, now: number): SchemeRow {
  const row = tx.db.cached('SELECT id FROM assessment_scheme WHERE level = ? AND period_kind = ? AND is_default = 1 AND retired = 0').get(level, kind) as
    | { id: string }
    | undefined;
  if (row) return getScheme(tx.db, row.id);
  const id = insertScheme(tx, defaultScheme(level, kind), { id: ulid(), version: 1 }, true, actorId, now);
  return getScheme(tx.db, id);
}
