// 跨部门协调事项 on the 季度联席会议 agenda (docs/meetings.md "议程自动生成"): the scope's cases
// received in the quarter so far that needed more than one unit with a town department among
// them — dispatched (派遣, case_event 'dispatch') to two or more different targets, at least one a
// town department (reassigned between departments, or a department plus a village, grid or the
// county). By department: how many such cases it took part in and which are still open.
import { periodInstants, periodLabel, quarterPeriod } from './agenda-periods';
import { sectionContent, type SectionBuilder } from './agenda-section';

interface DispatchRow {
  id: string;
  number: string;
  done: number;
  data: string | null;
}

interface Target {
  kind: string;
  unitId: string | null;
  departmentId: string | null;
  label: string;
}

export const coordination: SectionBuilder = (ctx) => {
  const quarter = quarterPeriod(ctx.meeting.date);
  const { from, until } = periodInstants(quarter);
  const period = periodLabel(quarter);
  const rows = ctx.db
    .cached(
      // The quarter's cases by their received index, then each one's timeline by its own index
      // (left to itself, SQLite walks every dispatch the town ever made).
      `SELECT c.id, c.number, c.done, e.data FROM case_record c JOIN case_event e INDEXED BY case_event_case ON e.case_id = c.id AND e.action = 'dispatch'
       WHERE c.received_at >= @from AND c.received_at < @until AND c.status NOT IN ('merged', 'rejected') AND ${ctx.scope.caseWhere}
       ORDER BY c.number, e.at`,
    )
    .all({ from, until, scope: ctx.scope.unitId }) as DispatchRow[];
  const byCase = new Map<string, { number: string; open: boolean; targets: Map<string, Target> }>();
  for (const r of rows) {
    const target = r.data ? (JSON.parse(r.data) as { target?: Target }).target : undefined;
    if (!target) continue;
    const c = byCase.get(r.id) ?? { number: r.number, open: r.done === 0, targets: new Map<string, Target>() };
    c.targets.set(`${target.kind}:${target.departmentId ?? target.unitId ?? target.label}`, target);
    byCase.set(r.id, c);
  }
  const crossing = [...byCase.values()].filter((c) => c.targets.size >= 2 && [...c.targets.values()].some((t) => t.kind === 'department'));
  if (crossing.length === 0) return sectionContent(ctx, { period, empty: `${period}无需跨部门协调的事件` });
  const deptName = ctx.db.cached('SELECT name FROM department WHERE id = ?');
  const byDept = new Map<string, { name: string; cases: number; open: string[] }>();
  for (const c of crossing) {
    for (const t of c.targets.values()) {
      if (t.kind !== 'department' || !t.departmentId) continue;
      const d = byDept.get(t.departmentId) ?? { name: (deptName.get(t.departmentId) as { name: string } | undefined)?.name ?? t.label, cases: 0, open: [] };
      d.cases++;
      if (c.open) d.open.push(c.number);
      byDept.set(t.departmentId, d);
    }
  }
  const depts = [...byDept.values()].sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh-CN'));
  const open = crossing.filter((c) => c.open).length;
  return sectionContent(ctx, {
    period,
    figures: [
      { label: '跨部门协调事件', value: crossing.length, unit: '件' },
      { label: '其中未办结', value: open, unit: '件', lowerIsBetter: true },
      { label: '涉及部门', value: depts.length, unit: '个' },
    ],
    table: {
      columns: [
        { key: 'department', label: '部门', width: 1.4 },
        { key: 'cases', label: '协调事件', align: 'right', width: 0.8 },
        { key: 'open', label: '未办结', align: 'right', width: 0.8 },
        { key: 'openNumbers', label: '未办结事件编号', width: 2.4 },
      ],
      rows: depts.map((d) => ({ department: d.name, cases: d.cases, open: d.open.length, openNumbers: d.open.join('、') || '—' })),
      caseIds: depts.map(() => null),
      total: depts.length,
    },
    chart: { type: 'bar', title: '各部门参与协调的事件', categories: depts.map((d) => d.name), series: [{ name: '协调事件', values: depts.map((d) => d.cases) }, { name: '未办结', values: depts.map((d) => d.open.length) }], unit: '件' },
    summary: `${period}需跨部门协调的事件${crossing.length}件，其中未办结${open}件，涉及${depts.length}个部门。`,
  });
};
