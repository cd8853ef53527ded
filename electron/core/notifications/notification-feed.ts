// The notification feed, derived at read time (docs/notifications.md): nothing is written when
// a case moves. Items come from
// - the case timeline (派遣, 催办, 督办, 退回重办) of the last FEED_DAYS days, through the
//   (action, at) index;
// - the deadlines of running cases (今日到期, 已超期 within OVERDUE_DAYS), through the
//   (status, deadline_at) index;
// - the 17:00 digest of the cases due on the next working day (the latest working day's);
// each filtered by the reader's audience (notification-audience.ts). A dispatch made on another
// PC therefore notifies here as soon as its rows arrive by sync, and an item's key is the same
// on every PC (a timeline row's id, a case and its deadline, a date), so nothing is doubled.
import type { NotificationFeed, NotificationItem, NotificationKind } from '../../../shared/notifications/notification-types';
import { ACTIVE_STATUSES } from '../../../shared/cases/case-workflow';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import { holidayCalendar, workingTime } from '../calendar/calendar-store';
import type { ReadDb } from '../db/read-db';
import type { Audience, SqlParams } from './notification-audience';
import { readMarks, type NotificationPrefs } from './notification-state';

const DAY = 86_400_000;
/** How far back timeline items are listed. */
export const FEED_DAYS = 30;
/** How long a case that went overdue stays in the feed. */
export const OVERDUE_DAYS = 7;
/** At most this many items of each source are read (the newest). */
const SOURCE_CAP = 200;
/** The digest's time of day (Asia/Shanghai). */
export const DIGEST_CLOCK = '17:00';

const EVENT_KIND: Record<string, NotificationKind> = { dispatch: 'dispatched', urge: 'urged', supervise: 'supervised', rework: 'rework' };
const ACTIVE = ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ');

/** "12月3日 17:30". */
function dayTime(t: number): string {
  const d = shanghaiDate(t);
  const hm = new Date(t + 8 * 3_600_000).toISOString().slice(11, 16);
  return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日 ${hm}`;
}

const withNote = (note: string) => (note.trim() ? `：${note.trim()}` : '');

interface EventDbRow {
  id: string;
  action: string;
  at: number;
  actor_name: string;
  note: string;
  data: string | null;
  case_id: string;
  number: string;
  title: string;
}

function eventText(r: EventDbRow): string {
  const data = (r.data ? JSON.parse(r.data) : {}) as { target?: { label?: string }; deadlineAt?: number; urgeCount?: number };
  switch (r.action) {
    case 'dispatch':
      return `${r.actor_name}派遣至${data.target?.label ?? '承办单位'}${data.deadlineAt ? `，${dayTime(data.deadlineAt)}前办结` : ''}`;
    case 'urge':
      return `${r.actor_name}催办${data.urgeCount ? `（第${data.urgeCount}次）` : ''}${withNote(r.note)}`;
    case 'supervise':
      return `${r.actor_name}挂牌督办${withNote(r.note)}`;
    default:
      return `${r.actor_name}退回重办${withNote(r.note)}`;
  }
}

function eventItems(db: ReadDb, a: Audience, kinds: ReadonlySet<NotificationKind>, now: number): NotificationItem[] {
  const actions = Object.keys(EVENT_KIND).filter((act) => kinds.has(EVENT_KIND[act]!));
  if (!actions.length) return [];
  // No upper bound: a row stamped by a PC whose clock runs ahead still shows at once.
  const p: SqlParams = { ...a.params, since: now - FEED_DAYS * DAY, cap: SOURCE_CAP };
  actions.forEach((act, i) => (p[`act${i}`] = act));
  const dispatchTerm = actions.includes('dispatch') ? `AND (e.action <> 'dispatch' OR ${a.dispatchedTo})` : '';
  const rows = db
    .cached(
      `SELECT e.id, e.action, e.at, e.actor_name, e.note, e.data, c.id AS case_id, c.number, c.title
       FROM case_event e JOIN case_record c ON c.id = e.case_id
       WHERE e.action IN (${actions.map((_, i) => `@act${i}`).join(', ')}) AND e.at >= @since
         AND (e.actor_id IS NULL OR e.actor_id <> @nMe) ${dispatchTerm}
         ${a.cases ? `AND ${a.cases}` : ''}
       ORDER BY e.at DESC, e.id DESC LIMIT @cap`,
    )
    .all(p) as EventDbRow[];
  return rows.map((r) => ({
    key: `e:${r.id}`,
    kind: EVENT_KIND[r.action]!,
    at: r.at,
    caseId: r.case_id,
    caseNumber: r.number,
    caseTitle: r.title,
    text: eventText(r),
    read: false,
  }));
}

interface DueDbRow {
  id: string;
  number: string;
  title: string;
  deadline_at: number;
}

function dueRows(db: ReadDb, a: Audience, from: number, until: number, order: 'ASC' | 'DESC'): DueDbRow[] {
  const p: SqlParams = { ...a.params, from, until, cap: SOURCE_CAP };
  return db
    .cached(
      `SELECT c.id, c.number, c.title, c.deadline_at FROM case_record c
       WHERE c.status IN (${ACTIVE}) AND c.deadline_at >= @from AND c.deadline_at < @until ${a.cases ? `AND ${a.cases}` : ''}
       ORDER BY c.deadline_at ${order}, c.id LIMIT @cap`,
    )
    .all(p) as DueDbRow[];
}

function deadlineItems(db: ReadDb, a: Audience, kinds: ReadonlySet<NotificationKind>, now: number): NotificationItem[] {
  const out: NotificationItem[] = [];
  const today = shanghaiDate(now);
  const todayStart = shanghaiInstant(today).getTime();
  if (kinds.has('due_today')) {
    for (const r of dueRows(db, a, todayStart, shanghaiInstant(addDays(today, 1)).getTime(), 'ASC')) {
      out.push({ key: `due:${r.id}:${r.deadline_at}`, kind: 'due_today', at: todayStart, caseId: r.id, caseNumber: r.number, caseTitle: r.title, text: `今天${dayTime(r.deadline_at).slice(-5)}前到期`, read: false });
    }
  }
  if (kinds.has('overdue')) {
    for (const r of dueRows(db, a, now - OVERDUE_DAYS * DAY, now, 'DESC')) {
      out.push({ key: `overdue:${r.id}:${r.deadline_at}`, kind: 'overdue', at: r.deadline_at, caseId: r.id, caseNumber: r.number, caseTitle: r.title, text: `已超期（期限${dayTime(r.deadline_at)}）`, read: false });
    }
  }
  if (kinds.has('digest')) {
    const digest = digestItem(db, a, now);
    if (digest) out.push(digest);
  }
  return out;
}

/** The working day whose 17:00 digest is the latest at `now` (looking back a week), or null. */
export function digestDay(isWorkingDay: (date: string) => boolean, now: number): string | null {
  let day = shanghaiDate(now);
  for (let i = 0; i < 7; i++, day = addDays(day, -1)) {
    if (isWorkingDay(day) && shanghaiInstant(day, DIGEST_CLOCK).getTime() <= now) return day;
  }
  return null;
}

function digestItem(db: ReadDb, a: Audience, now: number): NotificationItem | null {
  const cal = holidayCalendar(db);
  const day = digestDay((d) => cal.isWorkingDay(d), now);
  if (!day) return null;
  const next = workingTime(db).nextWorkingDay(day);
  const rows = dueRows(db, a, shanghaiInstant(next).getTime(), shanghaiInstant(addDays(next, 1)).getTime(), 'ASC');
  if (!rows.length) return null;
  const shown = rows.slice(0, 3).map((r) => r.number).join('、');
  const label = `${Number(next.slice(5, 7))}月${Number(next.slice(8, 10))}日`;
  return {
    key: `digest:${day}`,
    kind: 'digest',
    at: shanghaiInstant(day, DIGEST_CLOCK).getTime(),
    caseId: null,
    caseNumber: null,
    caseTitle: null,
    text: `下一工作日（${label}）有${rows.length >= SOURCE_CAP ? `${SOURCE_CAP}件以上` : `${rows.length}件`}事件到期：${shown}${rows.length > 3 ? '等' : ''}`,
    read: false,
  };
}

/** Every item of the reader's feed (newest first), read marks applied. */
export function feedItems(db: ReadDb, a: Audience, prefs: NotificationPrefs, now: number): NotificationItem[] {
  const kinds = new Set([...a.kinds].filter((k) => !prefs.mutedKinds.includes(k)));
  const items = [...eventItems(db, a, kinds, now), ...deadlineItems(db, a, kinds, now)];
  items.sort((x, y) => y.at - x.at || (x.key < y.key ? 1 : -1));
  const marked = readMarks(db, a.userId, items.filter((i) => i.at > prefs.readBefore).map((i) => i.key));
  for (const i of items) i.read = i.at <= prefs.readBefore || marked.has(i.key);
  return items;
}

export function feedOf(items: NotificationItem[], limit: number): NotificationFeed {
  return { items: items.slice(0, limit), unread: items.filter((i) => !i.read).length };
}
