// The agenda (.docx) and the printable sign-in sheet (.docx) of a hand-built weekly meeting, read
// with jszip: the agenda's items with their planned start, end and minutes, the carry-over mark,
// the total and the computed end; the sign-in sheet's columns, a row per expected participant
// with the signing time, an empty 签名 cell and the leave reason in 备注, blank rows after them.
import { describe, expect, it } from 'vitest';
import { agendaDocument } from '../../../../electron/core/meetings/agenda-docx';
import { meetingDocx } from '../../../../electron/core/meetings/minutes-docx';
import { signInDocument } from '../../../../electron/core/meetings/signin-sheet';
import { weeklyDetail } from './documents-fixture';
import { docxOf } from './documents-read';

const CENTRE = '青溪镇网格化服务管理中心';

describe('meeting agenda and sign-in sheet', () => {
  it('lists the agenda with each item planned start, end and minutes and the computed end', async () => {
    const { paragraphs, rows } = await docxOf(await meetingDocx(agendaDocument(weeklyDetail(), CENTRE)));
    expect(paragraphs[0]).toBe(`${CENTRE}周例会会议议程`);
    expect(rows).toContainEqual(['会议时间', '2026年11月30日（星期一）08:30—09:05']);
    expect(rows).toContainEqual(['会议地点', '镇综治中心三楼会议室']);
    const head = rows.findIndex((r) => r[0] === '序号');
    expect(rows[head]).toEqual(['序号', '议题', '开始', '结束', '时长（分钟）', '备注']);
    expect(rows.slice(head + 1)).toEqual([
      ['1', '本周工作数据（与上周对比）', '08:30', '08:40', '10', '—'],
      ['2', '凤栖苑1幢楼道堆物', '08:40', '08:55', '15', '第2次通报（首次 2026-11-23），事件 QX-2026-0012'],
      ['3', '老旧小区加装电梯意见征集', '08:55', '09:05', '10', '—'],
      ['', '合计', '08:30', '09:05', '35', ''],
    ]);
    expect(paragraphs).toContain('共3项议题，计划35分钟，预计09:05结束。');
  });

  it('prints a sign-in sheet with a row per expected participant, an empty signature cell and the leave reason', async () => {
    const { paragraphs, rows, xml } = await docxOf(await meetingDocx(signInDocument(weeklyDetail(), CENTRE)));
    expect(paragraphs[0]).toBe(`${CENTRE}周例会会议签到表`);
    expect(paragraphs).toContain('会议名称：2026年第49周周例会');
    expect(paragraphs).toContain('会议时间：2026年11月30日（星期一）08:30—09:05');
    expect(paragraphs).toContain('会议地点：镇综治中心三楼会议室');
    expect(rows[0]).toEqual(['序号', '姓名', '单位/职务', '签到时间', '签名', '备注']);
    expect(rows.slice(1)).toEqual([
      ['1', '张网格', '一网格', '08:30', '', ''],
      ['2', '赵队长', '城管中队', '08:40', '', '迟到：路上堵车'],
      ['3', '钱主任', '凤栖社区', '', '', '请假：外出培训'],
      ['4', '孙站长', '农业服务中心', '', '', '缺席'],
      ['5', '', '', '', '', ''],
      ['6', '', '', '', '', ''],
      ['7', '', '', '', '', ''],
    ]);
    // Rows tall enough to sign by hand (0.9 cm).
    expect(xml).toContain('<w:trHeight w:val="510" w:hRule="atLeast"/>');
    expect(paragraphs).toContain('应到4人\u3000\u3000实到＿＿人\u3000\u3000请假1人');
  });
});
