// The documents of a meeting held through the methods, exported through the job service: the
// minutes as .docx and PDF (the town's name from the settings, attendance with the leave reason,
// the minutes and outcomes, the task), the agenda, the sign-in sheet and the slides (one per
// buildSlides entry, from the content frozen at the end); file names; each export audited; a
// meeting still running marked 未结束; a meeting that does not exist and a role without 查看例会
// refused with nothing audited.
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../../shared/api';
import { meetingContent } from '../../../../electron/core/meetings/meeting-content';
import { buildSlides } from '../../../../shared/meetings/slides';
import { docxOf, pdfOf, pptxOf } from './documents-read';
import { at, meetingTown } from './meeting-fixture';

function heldMeeting() {
  const town = meetingTown();
  const { t, director, create } = town;
  const d = create({ place: '镇综治中心三楼会议室', chairName: '王镇长', recorderName: '李秘书' });
  const id = d.meeting.id;
  const add = (name: string, unit: string) => t.h.call(director, 'meetings.addAttendee', { meetingId: id, name, unit });
  const zhang = add('张网格', '一网格');
  const qian = add('钱主任', '凤栖社区');
  t.h.call(director, 'meetings.start', { meetingId: id });
  // The accounts expected by default (director, dispatcher, department handler): one late, one absent, one never signed.
  const late = d.attendance[0]!;
  const absent = d.attendance[1]!;
  t.advance(at('2025-11-24', '08:40'));
  t.h.call(director, 'meetings.signIn', { attendanceId: late.id, status: 'late', reason: '路上堵车' });
  t.h.call(director, 'meetings.signIn', { attendanceId: absent.id, status: 'absent' });
  t.h.call(director, 'meetings.signIn', { attendanceId: zhang.id, status: 'present' });
  t.h.call(director, 'meetings.signIn', { attendanceId: qian.id, status: 'leave', reason: '外出培训' });
  const [first, second] = d.items as [MethodOutput<'meetings.get'>['items'][number], MethodOutput<'meetings.get'>['items'][number]];
  t.h.call(director, 'meetings.recordItem', { itemId: first.id, minutes: '本周新增事件情况已通报。', outcome: 'noted' });
  t.h.call(director, 'meetings.recordItem', { itemId: second.id, minutes: '二网格巡查不到位。', outcome: 'carry', outcomeNote: '下周复查' });
  t.h.call(director, 'meetings.addTask', { meetingId: id, itemId: second.id, title: '加强二网格巡查', ownerName: '张网格', deadline: '2025-11-28' });
  return { ...town, id, first, second };
}

describe('meeting documents through the job service', () => {
  it('exports the minutes (docx, pdf), the agenda, the sign-in sheet and the slides of a held meeting, each audited', async () => {
    const { t, director, id, second } = heldMeeting();
    t.advance(at('2025-11-24', '09:20'));
    const done = t.h.call(director, 'meetings.finish', { meetingId: id, undecidedNote: '其余议题下周再议' });
    const title = done.meeting.title;

    const docx = await t.h.job(director, 'meetings.exportMinutes', { meetingId: id, format: 'docx' });
    expect(docx.fileName).toBe(`会议纪要_${title}_2025-11-24.docx`);
    expect(docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const minutes = await docxOf(Buffer.from(docx.base64, 'base64'));
    expect(minutes.paragraphs[0]).toBe('青溪镇网格化服务管理中心周例会会议纪要');
    expect(minutes.rows).toContainEqual(['会议名称', title]);
    expect(minutes.rows).toContainEqual(['主持人', '王镇长']);
    const [late, absent, unsigned] = done.attendance.map((a) => a.name) as [string, string, string];
    expect(minutes.rows).toContainEqual(['参会人员', '应到5人，实到2人，请假1人，缺席1人']);
    expect(minutes.paragraphs).toContain('出席：张网格。');
    expect(minutes.paragraphs).toContain(`迟到：${late}。`);
    expect(minutes.paragraphs).toContain('请假：钱主任（外出培训）。');
    expect(minutes.paragraphs).toContain(`缺席：${absent}。`);
    expect(minutes.paragraphs).toContain(`未签到：${unsigned}。`);
    expect(minutes.paragraphs).toContain(`（二）${second.title}`);
    expect(minutes.paragraphs).toContain('会议记录：二网格巡查不到位。');
    expect(minutes.paragraphs).toContain('议定结果：未解决，下次再通报。下周复查');
    expect(minutes.rows).toContainEqual(['1', '加强二网格巡查', '张网格', '2025年11月28日', '—', '进行中']);
    expect(minutes.paragraphs.some((p) => p.includes('说明：其余议题下周再议'))).toBe(true);

    const pdfFile = await t.h.job(director, 'meetings.exportMinutes', { meetingId: id, format: 'pdf' });
    expect(pdfFile.fileName).toBe(`会议纪要_${title}_2025-11-24.pdf`);
    expect(pdfFile.mime).toBe('application/pdf');
    const pdf = await pdfOf(Buffer.from(pdfFile.base64, 'base64'));
    expect(pdf.text(0)).toContain('周例会会议纪要');
    expect(pdf.text(0)).toContain('请假：钱主任（外出培训）');

    const agenda = await t.h.job(director, 'meetings.exportAgenda', { meetingId: id });
    expect(agenda.fileName).toBe(`会议议程_${title}_2025-11-24.docx`);
    const agendaDoc = await docxOf(Buffer.from(agenda.base64, 'base64'));
    expect(agendaDoc.paragraphs[0]).toBe('青溪镇网格化服务管理中心周例会会议议程');
    expect(agendaDoc.rows).toContainEqual(['', '合计', '08:30', done.meeting.plannedEnd, String(done.meeting.plannedMinutes), '']);
    for (const item of done.items) expect(agendaDoc.rows).toContainEqual([String(item.position + 1), item.title, item.plannedStart, item.plannedEndTime, String(item.plannedMinutes), '—']);

    const signIn = await t.h.job(director, 'meetings.exportSignIn', { meetingId: id });
    expect(signIn.fileName).toBe(`会议签到表_${title}_2025-11-24.docx`);
    const sheet = await docxOf(Buffer.from(signIn.base64, 'base64'));
    expect(sheet.rows[0]).toEqual(['序号', '姓名', '单位/职务', '签到时间', '签名', '备注']);
    expect(sheet.rows.slice(1, 6)).toEqual([
      ['1', late, done.attendance[0]!.unit, '08:40', '', '迟到：路上堵车'],
      ['2', absent, done.attendance[1]!.unit, '', '', '缺席'],
      ['3', unsigned, done.attendance[2]!.unit, '', '', ''],
      ['4', '张网格', '一网格', '08:40', '', ''],
      ['5', '钱主任', '凤栖社区', '', '', '请假：外出培训'],
    ]);

    const pptx = await t.h.job(director, 'meetings.exportSlides', { meetingId: id });
    expect(pptx.fileName).toBe(`会议幻灯片_${title}_2025-11-24.pptx`);
    expect(pptx.mime).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const content = meetingContent(t.h.core.services.db, done, '2025-11-24', t.clock.now);
    expect(content.frozen).toBe(true);
    const expected = buildSlides(done, content);
    const { slides } = await pptxOf(Buffer.from(pptx.base64, 'base64'));
    expect(slides).toHaveLength(expected.length);
    expect(slides[0]!.text).toContain(title);
    expected.forEach((s, i) => expect(slides[i]!.text).toContain(s.title));
    expect(slides.some((s) => s.text.includes('加强二网格巡查'))).toBe(true);

    const audited = t.h.core.services.db.prepare("SELECT detail FROM audit_log WHERE action = 'meeting.export' ORDER BY seq").all() as { detail: string }[];
    expect(audited.map((a) => JSON.parse(a.detail) as { file: string; format: string })).toMatchObject([
      { file: 'minutes', format: 'docx', draft: false },
      { file: 'minutes', format: 'pdf' },
      { file: 'agenda', format: 'docx' },
      { file: 'signin', format: 'docx' },
      { file: 'slides', format: 'pptx' },
    ]);
  });

  it('marks the minutes of a meeting not finished, and refuses a missing meeting and a role without 查看例会 with nothing audited', async () => {
    const { t, director, id } = heldMeeting();
    const docx = await t.h.job(director, 'meetings.exportMinutes', { meetingId: id, format: 'docx' });
    expect(docx.fileName).toMatch(/_2025-11-24_未结束草稿\.docx$/);
    expect((await docxOf(Buffer.from(docx.base64, 'base64'))).paragraphs[1]).toBe('【未结束（草稿）】');

    const db = t.h.core.services.db;
    const count = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'meeting.export'").get() as { n: number }).n;
    const before = count();
    for (const method of ['meetings.exportAgenda', 'meetings.exportSlides', 'meetings.exportSignIn'] as const) {
      expect(await t.h.runJob(director, method, { meetingId: 'no-such-meeting' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '会议不存在' } });
      expect(await t.h.runJob(t.token('grid_worker'), method, { meetingId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await t.h.runJob(director, 'meetings.exportMinutes', { meetingId: 'no-such-meeting', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.h.runJob(director, 'meetings.exportMinutes', { meetingId: id, format: 'doc' } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(count()).toBe(before);
  });
});
