// The minutes (会议纪要) of a hand-built weekly meeting as a .docx (word/document.xml read with
// jszip) and a PDF (text and page 1 through mupdf): the title with the centre's name, the time as
// held, place, chair and recorder, attendance with the absence on leave and its reason, the items
// in order with their minutes and outcome, the carry-over's 第2次通报, the decisions and the tasks
// with owners and deadlines, the undecided note, the signature line; the draft mark of an
// unfinished meeting; the clear failure with no Chinese font.
import { describe, expect, it } from 'vitest';
import { cjkFontFiles } from '../../../../electron/core/io/cjk-font';
import { meetingDocx } from '../../../../electron/core/meetings/minutes-docx';
import { buildMinutes } from '../../../../electron/core/meetings/minutes-model';
import { meetingPdf, NO_CJK_FONT } from '../../../../electron/core/meetings/minutes-pdf';
import { weeklyDetail } from './documents-fixture';
import { docxOf, pdfOf } from './documents-read';

const CENTRE = '青溪镇网格化服务管理中心';

describe('meeting minutes documents', () => {
  it('builds the model: title, time as held, attendance with reasons, items with outcomes and carry-over, decisions, tasks, undecided note', () => {
    const m = buildMinutes(weeklyDetail(), CENTRE);
    expect(m.titleLines).toEqual([CENTRE, '周例会会议纪要']);
    expect(m.draftMark).toBeNull();
    expect(m.meta).toEqual([
      ['会议名称', '2026年第49周周例会'],
      ['会议时间', '2026年11月30日（星期一）08:32—09:22'],
      ['会议地点', '镇综治中心三楼会议室'],
      ['主持人', '王镇长'],
      ['记录人', '李秘书'],
      ['参会人员', '应到4人，实到2人，请假1人，缺席1人'],
    ]);
    expect(m.attendanceLines).toEqual(['出席：张网格', '迟到：赵队长', '请假：钱主任（外出培训）', '缺席：孙站长']);
    expect(m.items.map((i) => [i.number, i.title, i.outcome, i.carry])).toEqual([
      ['一', '本周工作数据（与上周对比）', '已通报', null],
      ['二', '凤栖苑1幢楼道堆物', '未解决，下次再通报', '第2次通报（首次 2026-11-23）'],
      ['三', '老旧小区加装电梯意见征集', '未议定', null],
    ]);
    expect(m.decisions).toEqual([
      '凤栖苑1幢楼道堆物：未解决，下次再通报，下周前清理完毕',
      '督促物业清理楼道堆物，由凤栖社区负责，2026年12月4日前完成。',
      '汇总各网格电梯加装意向，由张网格负责，2026年12月7日前完成。',
    ]);
    expect(m.tasks.map((t) => [t.title, t.owner, t.deadline, t.link, t.status])).toEqual([
      ['督促物业清理楼道堆物', '凤栖社区', '2026年12月4日', '事件 QX-2026-0012', '进行中'],
      ['汇总各网格电梯加装意向', '张网格', '2026年12月7日', '一网格', '进行中'],
    ]);
    expect(m.undecided).toBe('未议定议题：「老旧小区加装电梯意见征集」。说明：需征求住建部门意见后再议');
    // The item where a problem was first raised (linked to its carry at the end) is not marked 第1次通报.
    const first = weeklyDetail();
    first.items[1] = { ...first.items[1]!, timesRaised: 1, firstRaisedDate: '2026-11-30' };
    expect(buildMinutes(first, CENTRE).items[1]!.carry).toBeNull();
  });

  it('writes the .docx: title, particulars table, attendance, items in order, tasks table, signature', async () => {
    const { paragraphs, rows } = await docxOf(await meetingDocx(buildMinutes(weeklyDetail(), CENTRE)));
    expect(paragraphs[0]).toBe(`${CENTRE}周例会会议纪要`);
    expect(paragraphs).not.toContain('【未结束（草稿）】');
    expect(rows).toContainEqual(['会议时间', '2026年11月30日（星期一）08:32—09:22']);
    expect(rows).toContainEqual(['主持人', '王镇长']);
    const headings = paragraphs.filter((p) => /^[一二三四五]、/.test(p));
    expect(headings).toEqual(['一、参会情况', '二、会议议题', '三、议定事项', '四、未议定事项']);
    expect(paragraphs).toContain('请假：钱主任（外出培训）。');
    expect(paragraphs).toContain('缺席：孙站长。');
    const at = (s: string) => paragraphs.indexOf(s);
    expect(at('（一）本周工作数据（与上周对比）')).toBeGreaterThan(at('二、会议议题'));
    expect(at('（二）凤栖苑1幢楼道堆物')).toBeGreaterThan(at('（一）本周工作数据（与上周对比）'));
    expect(at('（三）老旧小区加装电梯意见征集')).toBeGreaterThan(at('（二）凤栖苑1幢楼道堆物'));
    expect(paragraphs).toContain('第2次通报（首次 2026-11-23），关联事件 QX-2026-0012。');
    expect(paragraphs).toContain('会议记录：物业已清理一半。');
    expect(paragraphs).toContain('议定结果：未解决，下次再通报。下周前清理完毕');
    expect(rows).toContainEqual(['序号', '任务', '责任人（单位）', '完成时限', '关联', '状态']);
    expect(rows).toContainEqual(['1', '督促物业清理楼道堆物', '凤栖社区', '2026年12月4日', '事件 QX-2026-0012', '进行中']);
    expect(paragraphs).toContain('未议定议题：「老旧小区加装电梯意见征集」。说明：需征求住建部门意见后再议');
    expect(paragraphs).toContain('记录人：李秘书\u3000\u3000\u3000\u3000主持人（签字）：＿＿＿＿＿＿');
    expect(paragraphs.slice(-2)).toEqual([CENTRE, '2026年11月30日']);
  });

  it('states the day a meeting was held when it was not the day planned, and an end on another day', () => {
    const held = (s: string) => new Date(`${s}+08:00`).getTime();
    const moved = buildMinutes(weeklyDetail({ startedAt: held('2026-12-01T14:05:00'), endedAt: held('2026-12-01T15:10:00') }), CENTRE);
    expect(moved.meta[1]).toEqual(['会议时间', '2026年12月1日（星期二）14:05—15:10']);
    const late = buildMinutes(weeklyDetail({ startedAt: held('2026-11-30T23:30:00'), endedAt: held('2026-12-01T00:20:00') }), CENTRE);
    expect(late.meta[1]).toEqual(['会议时间', '2026年11月30日（星期一）23:30—2026年12月1日（星期二）00:20']);
  });

  it('marks a meeting not yet finished as a draft, with the planned end and no undecided section', async () => {
    const detail = weeklyDetail({ status: 'running', endedAt: null, undecidedNote: '' });
    const m = buildMinutes(detail, CENTRE);
    expect(m.draftMark).toBe('【未结束（草稿）】');
    expect(m.meta[1]).toEqual(['会议时间', '2026年11月30日（星期一）08:32—09:05（预计）']);
    expect(m.undecided).toBeNull();
    const { paragraphs } = await docxOf(await meetingDocx(m));
    expect(paragraphs[1]).toBe('【未结束（草稿）】');
    expect(paragraphs).not.toContain('四、未议定事项');
  });

  it('writes the PDF with a Chinese font found on the machine: the same headings and values, page 1 drawn, the font subset', async () => {
    const fonts = cjkFontFiles();
    expect(fonts.length).toBeGreaterThan(0);
    const buf = await meetingPdf(buildMinutes(weeklyDetail(), CENTRE), fonts);
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    // The subset keeps the file small (the font file itself is some 20 MB).
    expect(buf.length).toBeLessThan(400_000);
    const pdf = await pdfOf(buf);
    const all = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i)).join('\n').replace(/\n/g, '');
    const first = pdf.text(0);
    expect(first).toContain(CENTRE);
    expect(first).toContain('周例会会议纪要');
    expect(first).toContain('2026年11月30日（星期一）08:32—09:22');
    expect(first).toContain('一、参会情况');
    expect(first).toContain('请假：钱主任（外出培训）。');
    for (const s of ['二、会议议题', '（二）凤栖苑1幢楼道堆物', '第2次通报（首次 2026-11-23）', '三、议定事项', '督促物业清理楼道堆物', '凤栖社区', '四、未议定事项', '主持人（签字）']) {
      expect(all).toContain(s);
    }
    const png = pdf.png(0);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('fails with a clear message when no Chinese font is found', async () => {
    await expect(meetingPdf(buildMinutes(weeklyDetail(), CENTRE), [])).rejects.toMatchObject({ code: 'INVALID_STATE', message: NO_CJK_FONT });
    await expect(meetingPdf(buildMinutes(weeklyDetail(), CENTRE), [{ file: '/nonexistent/font.ttc', family: 'X', postscriptName: 'X' }])).rejects.toMatchObject({ message: NO_CJK_FONT });
  });
});
