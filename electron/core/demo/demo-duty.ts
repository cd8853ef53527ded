// The demo town's 值班表: the town's leaders who lead the duty (带班领导) and the command centre's
// duty officers (值班员), as staff records without a grid, and the roster of last month, this
// month and next month — leaders by the week, officers taking turns by the day. Deterministic
// for a seed and a time.
import { monotonicFactory } from 'ulid';
import { addDays, shanghaiDate } from '../calendar';
import type { WriteTx } from '../db/change-writer';
import { randomPersonName } from './chinese-names';
import { MobileNumbers } from './mobile-numbers';
import { SeededRandom } from './seeded-random';

export interface DemoDutySummary {
  staff: number;
  days: number;
}

const LEADER_TITLES = ['镇党委书记', '镇长', '镇党委副书记', '镇人大主席', '副镇长', '副镇长', '镇党委委员、政法委员', '镇党委委员、组织委员'];
const OFFICERS = 6;

export function seedDemoDuty(tx: WriteTx, opts: { seed: number; now: number }): DemoDutySummary {
  const db = tx.db;
  const rng = new SeededRandom(opts.seed);
  const newId = monotonicFactory(rng.fork().asFunction());
  const phones = new MobileNumbers(rng);
  const taken = new Set((db.cached('SELECT phone FROM staff').all() as { phone: string }[]).map((r) => r.phone));
  const createdAt = new Date(opts.now).toISOString();
  const person = (title: string): string => {
    const { name, gender } = randomPersonName(rng, { gender: rng.chance(title.startsWith('镇党委书记') ? 0.2 : 0.4) ? 'F' : 'M', generation: 'older' });
    let phone = phones.next();
    while (taken.has(phone)) phone = phones.next();
    const id = newId();
    tx.insert('staff', { id, name, phone, gender, title, on_duty: 1, archived: 0, created_at: createdAt });
    return id;
  };
  const leaders = LEADER_TITLES.map(person);
  const officers = Array.from({ length: OFFICERS }, () => person('指挥中心值班员'));

  const today = shanghaiDate(opts.now);
  const [y, m] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y!, m! - 2, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(y!, m! + 1, 0)).toISOString().slice(0, 10);
  let days = 0;
  let leaderTurn = rng.int(0, leaders.length - 1);
  let officerTurn = rng.int(0, officers.length - 1);
  for (let d = first, i = 0; d <= last; d = addDays(d, 1), i++) {
    if (i > 0 && i % 7 === 0) leaderTurn++;
    tx.insert('duty_roster', {
      id: newId(),
      duty_date: d,
      leader_staff_id: leaders[leaderTurn % leaders.length]!,
      officer_staff_id: officers[officerTurn++ % officers.length]!,
      notes: '',
      updated_by: null,
      updated_at: opts.now,
    });
    days++;
  }
  return { staff: leaders.length + officers.length, days };
}
