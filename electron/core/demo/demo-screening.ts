// The demo town's 矛盾纠纷排查: a year of half-monthly screenings of every grid up to today, with
// realistic gaps (most grids screen every half month, a few less diligent ones skip some, a few
// are recorded late), mostly 「未发现矛盾纠纷」; now and then disputes found — of the registry's
// kinds, with a risk level, linked to a resident of the grid and sometimes to one of its
// 矛盾纠纷 cases — and their 调解 records (most mediated successfully, some referred, some still
// being handled). The current half month is partly done (not for the demo grid worker's grids,
// left for it to record). Deterministic for a seed and a time.
import { monotonicFactory } from 'ulid';
import type { DisputeKind } from '../../../shared/registry/registry-types';
import { halfMonthOf, halfMonthRange, halfMonthsBetween, nextHalfMonth } from '../../../shared/routine/half-month';
import type { MediationOutcome, RiskLevel } from '../../../shared/routine/screening-types';
import { addDays, shanghaiDate, shanghaiInstant } from '../calendar';
import type { NewRow, WriteTx } from '../db/change-writer';
import { allWorkers } from '../routine/routine-scope';
import { SeededRandom } from './seeded-random';

export interface DemoScreeningSummary {
  screenings: number;
  disputes: number;
  mediations: number;
}

const STORIES: readonly { kind: DisputeKind; summary: string; process: string; agreement: string }[] = [
  { kind: 'neighbour', summary: '两户因宅前排水沟堵塞、雨水倒灌发生争执', process: '现场查看排水沟走向，召集两户协商疏通方案', agreement: '双方各承担一半疏通费用，由村里统一安排施工' },
  { kind: 'neighbour', summary: '楼上住户空调外机滴水至楼下阳台，多次沟通未果', process: '上门了解情况，联系物业协调加装冷凝水管', agreement: '楼上住户自费加装冷凝水管，三日内完成' },
  { kind: 'homestead', summary: '相邻两户因翻建房屋的地基边界产生分歧', process: '调取宅基地审批资料，会同自然资源所现场测量', agreement: '按审批红线确定边界，超出部分退让0.3米' },
  { kind: 'family', summary: '兄弟三人对父母赡养费用分摊意见不一', process: '召集兄弟三人及老人座谈，讲解赡养义务相关法律', agreement: '三人每月各支付赡养费600元，轮流照料老人' },
  { kind: 'labour', summary: '务工人员反映某装修队拖欠工资两个月', process: '联系装修队负责人核对工时，告知拖欠工资的法律后果', agreement: '装修队于本月20日前一次性结清所欠工资' },
  { kind: 'land', summary: '两个村民小组因山林界址不清发生争议', process: '查阅林权证和历史界址图，组织两组代表现场踏勘', agreement: '以山脊线为界，立界桩为凭，双方签字确认' },
  { kind: 'property', summary: '业主对物业费上涨和小区停车管理有意见', process: '组织业主代表与物业公司面对面沟通，公开收支情况', agreement: '物业费暂缓上涨，增设临时停车位20个' },
  { kind: 'debt', summary: '两村民之间借款到期未还引发争吵', process: '核对借条，分别做双方工作，提出分期还款方案', agreement: '借款人分三个月还清，每月15日前支付' },
  { kind: 'damage', summary: '电动车剐蹭行人致轻伤，双方对赔偿金额有分歧', process: '查看监控视频，参照医疗票据计算损失', agreement: '电动车主一次性赔偿医疗费及误工费共2800元' },
  { kind: 'demolition', summary: '征地范围内一户对附属物补偿标准有异议', process: '会同征迁办逐项核对附属物清单，解释补偿政策', agreement: '补登漏计的果树12株，按标准补偿' },
];

const MEDIATORS = ['村调委会', '社区人民调解委员会', '镇司法所', '镇综治中心', '网格员、村调解员'];

export function seedDemoScreening(tx: WriteTx, opts: { seed: number; now: number }): DemoScreeningSummary {
  const db = tx.db;
  const rng = new SeededRandom(opts.seed);
  const newId = monotonicFactory(rng.fork().asFunction());
  const today = shanghaiDate(opts.now);
  const current = halfMonthOf(today);
  // The grids of the demo grid worker's account keep the current half month open for it to record.
  const keptOpen = new Set(
    allWorkers(db)
      .filter((w) => db.cached("SELECT 1 FROM user_account WHERE role = 'grid_worker' AND staff_id = ?").get(w.staffId))
      .flatMap((w) => w.grids.map((g) => g.id)),
  );
  // A year: the current half month and the 23 before it.
  const start = halfMonthRange(nextHalfMonth(`${Number(current.slice(0, 4)) - 1}${current.slice(4)}`)).from;
  const summary: DemoScreeningSummary = { screenings: 0, disputes: 0, mediations: 0 };
  const grids = db.cached("SELECT id FROM org_unit WHERE kind = 'grid' AND archived = 0 ORDER BY code").all() as { id: string }[];
  if (grids.length === 0) return summary;
  // Who screens a grid: its first worker (the A post), else nobody named.
  const screener = new Map<string, string>();
  for (const w of allWorkers(db)) for (const g of w.grids) if (!screener.has(g.id)) screener.set(g.id, w.staffId);
  const residents = db.cached('SELECT id FROM person WHERE grid_id = ? AND archived = 0 ORDER BY id LIMIT 200');
  const disputeCases = db.cached(
    `SELECT c.id FROM case_record c JOIN case_category k ON k.id = c.category_id
     WHERE k.name = '矛盾纠纷' AND c.grid_id = ? AND c.status <> 'merged' ORDER BY c.id`,
  );
  const surname = () => rng.pick(['王', '李', '张', '刘', '陈', '杨', '黄', '吴', '徐', '孙', '朱', '胡', '郑', '何']);

  for (const { id: gridId } of grids) {
    const diligence = rng.chance(0.1) ? rng.range(0.6, 0.8) : rng.range(0.9, 0.99);
    const staffId = screener.get(gridId) ?? null;
    const people = (residents.all(gridId) as { id: string }[]).map((r) => r.id);
    const cases = (disputeCases.all(gridId) as { id: string }[]).map((r) => r.id);
    for (const period of halfMonthsBetween(start, today)) {
      const { from, to } = halfMonthRange(period);
      if (period === current) {
        if (keptOpen.has(gridId) || today < addDays(from, 4) || !rng.chance(0.5)) continue;
      } else if (!rng.chance(diligence)) continue;
      const last = to < today ? to : today;
      const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(from)) / 86_400_000));
      const date = addDays(from, rng.int(Math.min(span, 3), span));
      const late = period !== current && rng.chance(0.06);
      const createdAt = shanghaiInstant(late ? addDays(to, rng.int(1, 5)) : date, '16:00').getTime() + rng.int(0, 90) * 60_000;
      const found = rng.chance(0.1) ? rng.weighted([[1, 6], [2, 2]] as const) : 0;
      const screeningId = newId();
      tx.insert('dispute_screening', {
        id: screeningId,
        grid_id: gridId,
        period,
        screen_date: date,
        staff_id: staffId,
        none_found: found === 0 ? 1 : 0,
        notes: '',
        created_by: null,
        created_at: Math.min(createdAt, opts.now),
      });
      summary.screenings++;
      for (let k = 0; k < found; k++) {
        const story = rng.pick(STORIES);
        const parties = `${surname()}某某、${surname()}某某`;
        const risk: RiskLevel = rng.weighted([['low', 6], ['medium', 3], ['high', 1]] as const);
        const disputeId = newId();
        // How it went: most mediated successfully within weeks, some referred, the recent ones still open.
        const age = Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000);
        const rounds = age < 5 ? 0 : rng.int(1, 2);
        const final: MediationOutcome = age < 20 && rng.chance(0.5) ? 'failed' : rng.weighted([['success', 8], ['referred', 1], ['failed', 1]] as const);
        let status: 'open' | 'resolved' | 'referred' = 'open';
        let resolvedDate: string | null = null;
        let mediator: string | null = null;
        let result: string | null = null;
        const mediations: NewRow<'dispute_mediation'>[] = [];
        let day = date;
        for (let m = 1; m <= rounds; m++) {
          day = addDays(day, rng.int(1, 6));
          if (day > today) break;
          const outcome: MediationOutcome = m < rounds ? 'failed' : final;
          const who = rng.pick(MEDIATORS);
          mediations.push({
            id: newId(),
            dispute_id: disputeId,
            mediation_date: day,
            mediators: who,
            parties,
            process: outcome === 'referred' ? `${story.process}，双方分歧较大，移交镇综治中心处理` : story.process,
            outcome,
            agreement: outcome === 'success' ? story.agreement : '',
            created_by: null,
            created_at: Math.min(shanghaiInstant(day, '17:00').getTime(), opts.now),
          });
          mediator = who;
          if (outcome === 'success') [status, resolvedDate, result] = ['resolved', day, story.agreement];
          if (outcome === 'referred') [status, resolvedDate, result] = ['referred', day, '移交镇综治中心'];
        }
        tx.insert('dispute', {
          id: disputeId,
          grid_id: gridId,
          found_date: date,
          parties,
          kind: story.kind,
          summary: story.summary,
          status,
          mediator,
          result,
          resolved_date: resolvedDate,
          archived: 0,
          screening_id: screeningId,
          risk_level: risk,
        });
        summary.disputes++;
        for (const m of mediations) {
          tx.insert('dispute_mediation', m);
          summary.mediations++;
        }
        if (people.length && rng.chance(0.7)) tx.insert('dispute_person', { id: newId(), dispute_id: disputeId, person_id: rng.pick(people) });
        if (cases.length && rng.chance(0.25)) tx.insert('dispute_case', { id: newId(), dispute_id: disputeId, case_id: rng.pick(cases) });
      }
    }
  }
  return summary;
}
