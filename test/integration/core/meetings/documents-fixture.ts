// A weekly meeting's detail built by hand (the shape meetingDetail returns) for the document
// tests: four participants (present, late, on leave with a reason, absent), a generated item, a
// carry-over raised the second time with its case, a custom item left undecided, two tasks.
import type { SectionContent } from '../../../../shared/meetings/agenda-types';
import type { AgendaItemRow, MeetingContent, MeetingDetail, MeetingRow } from '../../../../shared/meetings/meeting-types';

const base = Date.UTC(2026, 10, 30, 0, 30); // 2026-11-30 08:30 China time

export function weeklyDetail(over: Partial<MeetingRow> = {}): MeetingDetail {
  const meeting: MeetingRow = {
    id: 'M1',
    kind: 'weekly',
    title: '2026年第49周周例会',
    date: '2026-11-30',
    startTime: '08:30',
    place: '镇综治中心三楼会议室',
    scopeUnitId: 'T1',
    scopeName: '青溪镇',
    chairName: '王镇长',
    recorderName: '李秘书',
    status: 'finished',
    startedAt: base + 2 * 60_000,
    endedAt: base + 52 * 60_000,
    undecidedNote: '需征求住建部门意见后再议',
    plannedMinutes: 35,
    plannedEnd: '09:05',
    createdAt: base - 86_400_000,
    updatedAt: base + 52 * 60_000,
    ...over,
  };
  const item = (i: number, p: Partial<AgendaItemRow>): AgendaItemRow => ({
    id: `I${i}`,
    meetingId: 'M1',
    position: i,
    section: 'custom',
    title: '',
    plannedMinutes: 5,
    plannedStart: '08:30',
    plannedEndTime: '08:35',
    notes: '',
    minutes: '',
    outcome: 'pending',
    outcomeNote: '',
    caseId: null,
    caseNumber: null,
    carryId: null,
    timesRaised: null,
    firstRaisedDate: null,
    ...p,
  });
  return {
    meeting,
    items: [
      item(0, { section: 'week_figures', title: '本周工作数据（与上周对比）', plannedMinutes: 10, plannedStart: '08:30', plannedEndTime: '08:40', notes: '先讲新增', minutes: '本周新增事件12件，较上周增加3件。', outcome: 'noted' }),
      item(1, {
        section: 'carry_over',
        title: '凤栖苑1幢楼道堆物',
        plannedMinutes: 15,
        plannedStart: '08:40',
        plannedEndTime: '08:55',
        minutes: '物业已清理一半。',
        outcome: 'carry',
        outcomeNote: '下周前清理完毕',
        caseId: 'C1',
        caseNumber: 'QX-2026-0012',
        carryId: 'K1',
        timesRaised: 2,
        firstRaisedDate: '2026-11-23',
      }),
      item(2, { title: '老旧小区加装电梯意见征集', plannedMinutes: 10, plannedStart: '08:55', plannedEndTime: '09:05', minutes: '各方意见不一。' }),
    ],
    attendance: [
      { id: 'A1', meetingId: 'M1', userId: null, staffId: null, name: '张网格', unit: '一网格', status: 'present', reason: '', signedAt: base },
      { id: 'A2', meetingId: 'M1', userId: null, staffId: null, name: '赵队长', unit: '城管中队', status: 'late', reason: '路上堵车', signedAt: base + 600_000 },
      { id: 'A3', meetingId: 'M1', userId: null, staffId: null, name: '钱主任', unit: '凤栖社区', status: 'leave', reason: '外出培训', signedAt: null },
      { id: 'A4', meetingId: 'M1', userId: null, staffId: null, name: '孙站长', unit: '农业服务中心', status: 'absent', reason: '', signedAt: null },
    ],
    tasks: [
      {
        id: 'T1', meetingId: 'M1', meetingTitle: meeting.title, meetingDate: meeting.date, itemId: 'I1', title: '督促物业清理楼道堆物', ownerName: '凤栖社区', ownerUserId: null,
        ownerDepartmentId: null, ownerUnitId: null, deadline: '2026-12-04', caseId: 'C1', caseNumber: 'QX-2026-0012', gridId: null, gridName: null, status: 'open', doneAt: null,
        doneByName: null, doneNote: '', overdue: false,
      },
      {
        id: 'T2', meetingId: 'M1', meetingTitle: meeting.title, meetingDate: meeting.date, itemId: null, title: '汇总各网格电梯加装意向', ownerName: '张网格', ownerUserId: null,
        ownerDepartmentId: null, ownerUnitId: null, deadline: '2026-12-07', caseId: null, caseNumber: null, gridId: 'G1', gridName: '一网格', status: 'open', doneAt: null,
        doneByName: null, doneNote: '', overdue: false,
      },
    ],
    history: [],
  };
}

/** Content for the detail's items: figures with the week before, a bar chart and a 10-row table (two slides), nothing for the others. */
export function weeklyContent(detail: MeetingDetail): MeetingContent {
  const figures: SectionContent = {
    section: 'week_figures',
    title: '本周工作数据（与上周对比）',
    period: '11月23日—11月29日',
    figures: [
      { label: '新增事件', value: 12, unit: '件', previous: 9 },
      { label: '超期事件', value: 2, unit: '件', previous: 4, lowerIsBetter: true },
    ],
    table: {
      columns: [{ key: 'grid', label: '网格' }, { key: 'n', label: '新增', align: 'right' }],
      rows: Array.from({ length: 10 }, (_, i) => ({ grid: `${i + 1}网格`, n: i })),
    },
    chart: { type: 'bar', title: '各网格新增事件', categories: ['一网格', '二网格'], series: [{ name: '新增', values: [7, 5] }], unit: '件' },
    summary: '较上周增加 3 件',
    empty: null,
  };
  return { meetingId: detail.meeting.id, asOf: detail.meeting.endedAt ?? 0, frozen: true, items: { [detail.items[0]!.id]: figures } };
}
