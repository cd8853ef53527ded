// The slides of a hand-built weekly meeting as a .pptx (read with jszip): one slide per entry of
// buildSlides (the list presenter mode shows), 16:9, the cover's title, the agenda's items, the
// figures with their change against the previous period, a native chart part with the section's
// categories and values, the table split over 「（续）」 slides as the slide list has it, the
// carry-over's 第2次通报, the tasks, and the presenter's notes as speaker notes.
import { describe, expect, it } from 'vitest';
import { slidesPptx } from '../../../../electron/core/meetings/slides-pptx';
import { buildSlides, figureDelta } from '../../../../shared/meetings/slides';
import { weeklyContent, weeklyDetail } from './documents-fixture';
import { pptxOf } from './documents-read';

describe('meeting slides as .pptx', () => {
  it('has one slide per presenter slide with their headings, figures, chart, table, notes', async () => {
    const detail = weeklyDetail();
    const slides = buildSlides(detail, weeklyContent(detail));
    // cover, agenda, figures (10 rows: 2 pages), carry-over, custom item, tasks, end
    expect(slides.map((s) => s.kind)).toEqual(['cover', 'agenda', 'item', 'item', 'item', 'item', 'tasks', 'end']);
    const buf = await slidesPptx(slides, { title: detail.meeting.title, author: '青溪镇网格化服务管理中心' });
    const { slides: got, zip } = await pptxOf(buf);
    expect(got).toHaveLength(slides.length);
    // 16:9 (LAYOUT_WIDE 13.33 × 7.5 in)
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);

    const [cover, agenda, figures, figures2, carry, custom, tasks, end] = got as [typeof got[0], ...typeof got];
    expect(cover!.text).toContain('2026年第49周周例会');
    expect(cover!.text).toContain('2026-11-30 08:30');
    expect(cover!.text).toContain('主持：王镇长');
    expect(agenda!.text).toContain('会议议程');
    for (const title of ['本周工作数据（与上周对比）', '凤栖苑1幢楼道堆物', '老旧小区加装电梯意见征集']) expect(agenda!.text).toContain(title);
    expect(agenda!.notes).toContain('预计 35 分钟，09:05 结束');

    expect(figures!.text).toContain('本周工作数据（与上周对比）');
    expect(figures!.text).toMatch(/12 件 新增事件 较上期 ▲ 3件 （上期 9件）/);
    expect(figures!.text).toMatch(/2 件 超期事件 较上期 ▼ 2件 （上期 4件）/);
    expect(figures!.notes).toMatch(/^先讲新增/);
    expect(figures!.charts).toHaveLength(1);
    const chartXml = await zip.file(figures!.charts[0]!)!.async('string');
    expect(chartXml).toContain('<c:barChart>');
    expect(chartXml).toContain('一网格');
    expect(chartXml).toMatch(/<c:v>7<\/c:v>/);
    // The table's first 8 rows on the first page, the other 2 on the 「（续）」 page, without figures or chart.
    expect(figures!.text).toContain('8网格');
    expect(figures!.text).not.toContain('9网格');
    expect(figures2!.text).toContain('本周工作数据（与上周对比）（续）');
    expect(figures2!.text).toContain('9网格');
    expect(figures2!.text).toContain('10网格');
    expect(figures2!.charts).toHaveLength(0);
    expect(figures2!.text).not.toContain('新增事件');

    expect(carry!.text).toContain('凤栖苑1幢楼道堆物');
    expect(carry!.text).toContain('第2次通报（首次 2026-11-23）');
    expect(custom!.text).toContain('老旧小区加装电梯意见征集');
    expect(tasks!.text).toContain('会议议定事项');
    expect(tasks!.text).toContain('督促物业清理楼道堆物');
    expect(tasks!.text).toContain('2026-12-04');
    expect(end!.text).toContain('谢谢');
  });

  it('words the change of a figure by whether higher is better, as the presenter slide does', () => {
    expect(figureDelta({ label: '新增', value: 12, unit: '件', previous: 9 })).toEqual({ text: '较上期 ▲ 3件', better: true, previous: '上期 9件' });
    expect(figureDelta({ label: '超期', value: 5, unit: '件', previous: 2, lowerIsBetter: true })).toEqual({ text: '较上期 ▲ 3件', better: false, previous: '上期 2件' });
    expect(figureDelta({ label: '按期率', value: 90.5, unit: '%', previous: 92 })).toEqual({ text: '较上期 ▼ 1.5个百分点', better: false, previous: '上期 92%' });
    expect(figureDelta({ label: '办结', value: 3, unit: '件', previous: 3 })).toMatchObject({ text: '与上期持平', better: null });
    expect(figureDelta({ label: '办结', value: 3, unit: '件' })).toBeNull();
  });
});
