// 会议: a month's meetings and the schedule's meetings not yet held (meetings.calendar), by
// day — the ones to come first, the past below. 「开会」 on a scheduled slot creates the
// meeting with its generated agenda; 「新建会议」 for any other.
import { FundProjectionScreenOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, List, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MEETING_KIND_LABELS } from '../../../../shared/meetings/meeting-kinds';
import { MEETING_STATUS_LABELS, type MeetingRow, type MeetingSlot } from '../../../../shared/meetings/meeting-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtMeetingDay, MEETING_STATUS_COLORS, meetingPath, monthRange, openPresenter, todayShanghai } from './meeting-format';
import { NewMeetingModal } from './new-meeting-modal';

export type Entry = { date: string; startTime: string } & ({ meeting: MeetingRow; slot?: undefined } | { slot: MeetingSlot; meeting?: undefined });

/** A calendar's meetings and slots as one list, by day and time (`desc` for the latest first). */
export function calendarEntries(meetings: MeetingRow[], slots: MeetingSlot[], desc = false): Entry[] {
  const entries: Entry[] = [
    ...meetings.map((m) => ({ date: m.date, startTime: m.startTime, meeting: m })),
    ...slots.map((s) => ({ date: s.date, startTime: s.startTime, slot: s })),
  ];
  const sign = desc ? -1 : 1;
  return entries.sort((a, b) => sign * (a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)));
}

const slotKey = (s: MeetingSlot) => `${s.kind}-${s.date}`;

/**
 * A meeting (opens it) or a scheduled slot (「开会」 creates the meeting of the schedule and opens it).
 * `present`: a 放映 button on today's meetings (the presenter's start screen).
 */
export function MeetingEntry({ entry, today, present = false }: { entry: Entry; today: string; present?: boolean }) {
  const navigate = useNavigate();
  const { can } = useSession();
  const create = useRpcMutation('meetings.create');
  if (entry.meeting) {
    const m = entry.meeting;
    return (
      <List.Item className="tgm-entry tgm-clickable" onClick={() => void navigate(meetingPath(m.id))} data-testid={`meeting-row-${m.id}`}>
        <div className="tgm-entry-time tg-num">
          {m.startTime}–{m.plannedEnd}
        </div>
        <div className="tgm-entry-main">
          <div className="tgm-entry-title">
            <Tag color="geekblue">{MEETING_KIND_LABELS[m.kind]}</Tag>
            {m.title}
          </div>
          <div className="tg-muted">
            {m.scopeName}
            {m.place ? ` · ${m.place}` : ''}
            {m.chairName ? ` · 主持：${m.chairName}` : ''}
          </div>
        </div>
        <Tag color={MEETING_STATUS_COLORS[m.status]}>{MEETING_STATUS_LABELS[m.status]}</Tag>
        {present && m.date === today && m.status !== 'cancelled' ? (
          <Button
            size="small"
            icon={<FundProjectionScreenOutlined />}
            onClick={(e) => {
              e.stopPropagation();
              openPresenter(m.id);
            }}
            data-testid={`meeting-present-${m.id}`}
          >
            放映
          </Button>
        ) : null}
      </List.Item>
    );
  }
  const s = entry.slot;
  return (
    <List.Item className="tgm-entry tgm-slot" data-testid={`meeting-slot-${slotKey(s)}`}>
      <div className="tgm-entry-time tg-num">{s.startTime}</div>
      <div className="tgm-entry-main">
        <div className="tgm-entry-title">
          <Tag>{MEETING_KIND_LABELS[s.kind]}</Tag>
          {s.title}
        </div>
        <div className="tg-muted">{s.date < today ? '按日程应召开，未建立会议' : '按日程召开，尚未建立会议'}</div>
      </div>
      {can('meetings.write') ? (
        <Button
          size="small"
          type={s.date === today ? 'primary' : 'default'}
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { kind: s.kind, date: s.date, startTime: s.startTime, place: '', chairName: '', recorderName: '' },
              { onSuccess: (d) => void navigate(meetingPath(d.meeting.id)) },
            )
          }
          data-testid={`meeting-slot-open-${slotKey(s)}`}
        >
          开会
        </Button>
      ) : null}
    </List.Item>
  );
}

export function DayGroups({ entries, today, empty, testId, present = false }: { entries: Entry[]; today: string; empty: string; testId: string; present?: boolean }) {
  const days = [...new Set(entries.map((e) => e.date))];
  if (!days.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <div data-testid={testId}>
      {days.map((day) => (
        <div key={day} className="tgm-day">
          <div className={`tgm-day-head ${day === today ? 'tgm-today' : ''}`}>
            {fmtMeetingDay(day)}
            {day === today ? <Tag color="red">今天</Tag> : null}
          </div>
          <List<Entry>
            size="small"
            dataSource={entries.filter((e) => e.date === day)}
            renderItem={(e) => <MeetingEntry entry={e} today={today} present={present} />}
          />
        </div>
      ))}
    </div>
  );
}

export function MeetingsList() {
  const navigate = useNavigate();
  const { can } = useSession();
  const [today] = useState(todayShanghai);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [creating, setCreating] = useState(false);
  const range = monthRange(`${month}-01`);
  const calendar = useRpcQuery('meetings.calendar', range);
  const entries = calendarEntries(calendar.data?.meetings ?? [], calendar.data?.slots ?? []);
  // Past slots are meetings that were not held: they are listed with the past ones.
  const upcoming = entries.filter((e) => e.date >= today && e.meeting?.status !== 'finished' && e.meeting?.status !== 'cancelled');
  const past = entries.filter((e) => !upcoming.includes(e)).reverse();
  const shift = (n: number) => setMonth(dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM'));
  return (
    <div data-testid="meetings-list">
      <div className="tgm-toolbar">
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => shift(-1)} aria-label="上个月" data-testid="meetings-prev-month" />
          <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} format="YYYY年M月" />
          <Button icon={<RightOutlined />} onClick={() => shift(1)} aria-label="下个月" data-testid="meetings-next-month" />
          {month !== today.slice(0, 7) ? <Button onClick={() => setMonth(today.slice(0, 7))}>本月</Button> : null}
        </Space>
        {can('meetings.write') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-new">
            新建会议
          </Button>
        ) : null}
      </div>
      <div className="tgm-columns">
        <section>
          <h3 className="tgm-h">待召开</h3>
          {calendar.isPending ? <List loading /> : <DayGroups entries={upcoming} today={today} empty="本月没有待召开的会议" testId="meetings-upcoming" />}
        </section>
        <section>
          <h3 className="tgm-h">已召开与未召开</h3>
          {calendar.isPending ? <List loading /> : <DayGroups entries={past} today={today} empty="本月此前没有会议" testId="meetings-past" />}
        </section>
      </div>
      <NewMeetingModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => void navigate(meetingPath(id))} />
    </div>
  );
}
