// The demo town's meetings (例会): the last three weeks' 周例会 and the last three working days'
// 早例会 held and finished — attendance with a leave and a late arrival, minutes on every item,
// one problem carried over at each weekly meeting (raised three times, still open), another
// resolved at its second raising, decisions as tasks (one cleared, one overdue, one still due) —
// and the next 周例会 and the coming 早例会 planned, where the carry comes back a fourth time and
// the overdue task shows. Written through the same writes as the meetings' methods
// (meetings/meeting-writes.ts and the files beside it). Runs after the cases, which it links.
import type { ItemOutcome } from '../../../shared/meetings/meeting-types';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import { holidayCalendar } from '../calendar/calendar-store';
import type { WriteTx } from '../db/change-writer';
import { signInTx } from '../meetings/attendance';
import type { MeetingActor } from '../meetings/meeting-guards';
import { scheduledMeetings } from '../meetings/meeting-schedule';
import { agendaItems, getMeeting, attendanceOf } from '../meetings/meeting-store';
import { addTaskTx, clearTaskTx } from '../meetings/meeting-tasks';
import { createMeetingTx, finishTx, recordItemTx, saveItemTx, startTx } from '../meetings/meeting-writes';

export interface DemoMeetingsSummary {
  finished: number;
  planned: number;
  tasks: number;
}

const MINUTE = 60_000;
const PLACE = '中心三楼会议室';

/** The first working day on or after `date`. */
function workingDayFrom(tx: WriteTx, date: string): string {
  const cal = holidayCalendar(tx.db);
  let d = date;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export function seedDemoMeetings(tx: WriteTx, opts: { now: number }): DemoMeetingsSummary {
  const { db } = tx;
  const summary: DemoMeetingsSummary = { finished: 0, planned: 0, tasks: 0 };
  const user = (role: string) => db.cached('SELECT id, display_name AS name FROM user_account WHERE role = ? ORDER BY created_at, id LIMIT 1').get(role) as MeetingActor | undefined;
  const director = user('director');
  const recorder = user('dispatcher') ?? director;
  if (!director || !recorder) return summary;
  const today = shanghaiDate(opts.now);
  const cal = holidayCalendar(db);
  const past = scheduledMeetings(cal, addDays(today, -21), addDays(today, -1));
  const weekly = past.filter((m) => m.kind === 'weekly').slice(-3);
  const morning = scheduledMeetings(cal, addDays(today, -7), today).filter((m) => m.kind === 'morning' && shanghaiInstant(m.date, '09:00').getTime() < opts.now).slice(-3);
  // An open case the first weekly meeting raises (still open today, so the carry stays open).
  const first = weekly[0];
  const stuck = first
    ? (db
        .cached("SELECT id, number FROM case_record WHERE status NOT IN ('closed', 'rejected', 'merged') AND received_at < ? ORDER BY received_at, id LIMIT 1")
        .get(shanghaiInstant(first.date, '08:00').getTime()) as { id: string; number: string } | undefined)
    : undefined;
  const village = db.cached("SELECT id, name FROM org_unit WHERE kind = 'village' AND archived = 0 ORDER BY code LIMIT 1").get() as { id: string; name: string } | undefined;
  const grid = db.cached("SELECT id, name FROM org_unit WHERE kind = 'grid' AND archived = 0 ORDER BY code LIMIT 1").get() as { id: string; name: string } | undefined;

  const hold = (kind: 'weekly' | 'morning', date: string, index: number) => {
    const at = (clock: string, plus = 0) => shanghaiInstant(date, clock).getTime() + plus * MINUTE;
    const id = createMeetingTx(tx, { kind, date, startTime: '08:30', place: PLACE, chairName: director.name, recorderName: recorder.name }, director, at('08:00'));
    if (kind === 'weekly' && index === 0) {
      saveItemTx(tx, { meetingId: id, title: stuck ? `${stuck.number} 反复投诉未办结` : '集镇农贸市场周边占道经营', plannedMinutes: 5, ...(stuck && { caseRef: stuck.number }) }, at('08:05'));
      saveItemTx(tx, { meetingId: id, title: '冬季防火巡查安排', plannedMinutes: 5 }, at('08:06'));
    }
    startTx(tx, id, director, at('08:30'));
    attendanceOf(db, id).forEach((a, i) => {
      const status = i === 1 && kind === 'weekly' ? 'leave' : i === 2 && index === 1 ? 'late' : 'present';
      signInTx(tx, a.id, status, status === 'leave' ? '参加县里业务培训' : status === 'late' ? '处置现场事件' : undefined, recorder, at('08:25', status === 'late' ? 12 : 0));
    });
    let clock = 0;
    for (const item of agendaItems(db, getMeeting(db, id))) {
      clock += item.plannedMinutes;
      let outcome: ItemOutcome = 'noted';
      let note = '';
      if (item.section === 'custom' || item.section === 'carry_over') {
        const fire = item.title.includes('防火');
        outcome = fire && index === 1 ? 'resolved' : 'carry';
        note = outcome === 'resolved' ? '防火巡查表已下发各村，每周一报' : '责任单位仍在协调，下周再通报';
      }
      recordItemTx(tx, { itemId: item.id, minutes: `${item.title}：已逐项通报，与会人员无异议。`, outcome, outcomeNote: note }, recorder, at('08:30', clock));
    }
    if (kind === 'weekly') {
      const deadline = (days: number) => workingDayFrom(tx, addDays(date, days));
      const owner = village?.name ?? '各村（社区）';
      const task = (title: string, days: number, extra: { gridId?: string; caseRef?: string } = {}) =>
        addTaskTx(tx, { meetingId: id, title, ownerName: owner, ...(village && { ownerUnitId: village.id }), deadline: deadline(days), ...extra }, director, at('08:30', clock));
      if (index === 0) {
        const cleared = task('清理村道两侧堆积杂物', 2, grid ? { gridId: grid.id } : {});
        clearTaskTx(tx, cleared, '已清理完毕，网格员拍照回传', recorder, shanghaiInstant(deadline(1), '16:00').getTime());
        task('排查独居老人家中取暖用电隐患', 3);
        summary.tasks += 2;
      } else if (index === 2) {
        task('落实春节前矛盾纠纷集中排查', 21, stuck ? { caseRef: stuck.number } : {});
        summary.tasks += 1;
      }
    }
    finishTx(tx, id, undefined, director, at('08:30', clock + 2));
    summary.finished += 1;
  };

  weekly.forEach((m, i) => hold('weekly', m.date, i));
  morning.forEach((m, i) => hold('morning', m.date, i + 10));

  // Planned: the next 周例会 and the next 早例会 not yet held.
  const ahead = scheduledMeetings(cal, today, addDays(today, 14));
  const nextWeekly = ahead.find((m) => m.kind === 'weekly' && m.date > (weekly.at(-1)?.date ?? ''));
  const nextMorning = ahead.find((m) => m.kind === 'morning' && !morning.some((p) => p.date === m.date));
  for (const m of [nextMorning, nextWeekly]) {
    if (!m) continue;
    createMeetingTx(tx, { kind: m.kind, date: m.date, startTime: m.time, place: PLACE, chairName: director.name, recorderName: recorder.name }, director, opts.now - 30 * MINUTE);
    summary.planned += 1;
  }
  return summary;
}
