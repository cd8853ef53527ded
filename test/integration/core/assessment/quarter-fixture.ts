// The fourth quarter of 2025 on the routine town: households of each class with their visits,
// drawn and verified visits, and screenings (written straight into the synced tables); 丙 also
// serves grid 2. The figures are worked by hand in routine-indicators.test.ts.
import { at, routineTown } from '../routine/routine-fixture';

export const Q4 = { from: '2025-10-01', to: '2025-12-31' };
export const TODAY = '2026-01-05';
const HALF_MONTHS = ['2025-10-1', '2025-10-2', '2025-11-1', '2025-11-2', '2025-12-1', '2025-12-2'];

export function quarterTown() {
  const r = routineTown(at('2025-09-29', '08:00'));
  const { t } = r;
  const { h } = t;
  t.h.call(h.adminToken, 'staff.assign', { staffId: r.staff.bing, unitId: t.grids[1]!, teamRole: 'worker_full', post: null });
  const now = t.clock.now;
  let n = 0;
  h.core.services.writer.transaction(null, (tx) => {
    const household = (id: string, gridId: string, member: { care?: string; born: string } | null) => {
      tx.insert('household', { id, grid_id: gridId, household_no: id, address: `${id}号`, notes: '', archived: 0, head_person_id: member ? `${id}-head` : null });
      if (member) {
        tx.insert('person', {
          id: `${id}-head`,
          citizen_id: `X-${id}`,
          name: `户主${id}`,
          residence_type: 'registered',
          household_id: id,
          grid_id: gridId,
          care_tags: member.care ? JSON.stringify([member.care]) : null,
          dob_override: member.born,
          archived: 0,
        });
      }
    };
    household('H1', t.grids[0]!, { care: 'low_income', born: '1980-05-01' });
    household('H2', t.grids[0]!, { born: '1950-05-01' });
    household('H3', t.grids[0]!, null);
    household('H4', t.grids[2]!, null);
    const visit = (hh: string, date: string, staff: string, cls: 1 | 2 | 3, outcome?: 'accurate' | 'inaccurate' | 'unverified' | null) => {
      const id = `V${++n}`;
      tx.insert('household_visit', {
        id,
        household_id: hh,
        grid_id: t.grids[0]!,
        visit_date: date,
        staff_id: staff,
        household_class: cls,
        class_kind: cls === 2 ? 'vulnerable' : cls === 1 ? 'elderly' : 'other',
        met_name: '户主',
        situation: '正常',
        created_at: now,
        updated_at: now,
      });
      if (outcome !== undefined) {
        tx.insert('visit_verification', { id: `VV${n}`, visit_id: id, quarter: '2025Q4', drawn_by: null, drawn_at: now, outcome, note: '', updated_at: now });
      }
    };
    const { jia, yi } = r.staff;
    visit('H1', '2025-09-30', jia, 2, 'accurate');
    visit('H1', '2025-10-05', jia, 2, 'accurate');
    visit('H1', '2025-10-20', yi, 2, 'inaccurate');
    visit('H1', '2025-11-03', jia, 2, 'unverified');
    visit('H1', '2025-12-01', yi, 2, 'accurate');
    visit('H1', '2025-12-02', yi, 2);
    visit('H1', '2025-12-03', yi, 2);
    visit('H2', '2025-11-11', jia, 1, 'accurate');
    visit('H3', '2025-10-10', jia, 3, null);
    const screening = (gridId: string, period: string) =>
      tx.insert('dispute_screening', { id: `S-${gridId}-${period}`, grid_id: gridId, period, screen_date: `${period.slice(0, 7)}-${period.endsWith('1') ? '10' : '25'}`, staff_id: null, none_found: 1, notes: '', created_by: null, created_at: now });
    for (const p of HALF_MONTHS) {
      if (p !== '2025-11-2') screening(t.grids[0]!, p);
      if (p === '2025-10-1' || p === '2025-11-1') screening(t.grids[2]!, p);
      screening(t.communityGrid, p);
    }
  });
  t.advance(at(TODAY, '09:00'));
  return { r, db: h.core.services.db };
}

