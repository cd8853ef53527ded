// Household visits for the verification tests, written straight into the synced tables (one
// household per visit) on the routine town: the supervisor account supervises the village
// (grids 1–3); the community grid is outside its area.
import type { HouseholdClass } from '../../../../shared/routine/visit-classes';
import { at, routineTown, type RoutineTown } from './routine-fixture';

export interface VisitTown {
  r: RoutineTown;
  supervisor: string;
  supervisorStaff: string;
  /** Records a visit by `staffId` in `gridId` (one household per visit) and returns its id. */
  visit: (staffId: string, gridId: string, date: string, cls: HouseholdClass) => string;
}

export function visitTown(start = at('2025-12-20', '09:00')): VisitTown {
  const r = routineTown(start);
  const { h } = r.t;
  let n = 0;
  const visit: VisitTown['visit'] = (staffId, gridId, date, cls) => {
    n++;
    const householdId = `hh-${n}`;
    const id = `visit-${String(n).padStart(5, '0')}`;
    h.core.services.writer.transaction(null, (tx) => {
      tx.insert('household', { id: householdId, grid_id: gridId, household_no: `H${n}`, address: `${n}号`, notes: '', archived: 0 });
      tx.insert('household_visit', {
        id,
        household_id: householdId,
        grid_id: gridId,
        visit_date: date,
        staff_id: staffId,
        household_class: cls,
        class_kind: cls === 2 ? 'vulnerable' : cls === 1 ? 'elderly' : 'other',
        met_name: '户主',
        situation: '正常',
        created_at: r.t.clock.now,
        updated_at: r.t.clock.now,
      });
    });
    return id;
  };
  const supervisorStaff = (h.core.services.db.prepare("SELECT staff_id FROM user_account WHERE username = 'u_supervisor'").get() as { staff_id: string }).staff_id;
  return { r, supervisor: r.t.token('supervisor'), supervisorStaff, visit };
}

