// 走访: the households to visit by class — 逾期 (a period ended short), 本周应访 (planned by
// Sunday), 待走访 (the rest due this period), 已完成 — and the visits made. A grid worker sees its
// grids' households and records visits beside the list (a row's 走访 puts the household in the
// form); a supervisor its area's list, narrowed to a worker; the centre picks a worker. Paper
// 走访记录 import from Excel (the log import's modal) and the month's 走访记录 form export.
import { Alert, Button, Segmented, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState } from 'react';
import { ruleText, VISIT_CLASS_KIND_LABELS, type HouseholdClass } from '../../../../shared/routine/visit-classes';
import { PLAN_STATUS_LABELS, type PlanHousehold, type PlanStatus, type VisitPlanView } from '../../../../shared/routine/visit-types';
import { errorMessage } from '../../app/api-error';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { VisitForm, type VisitFormHandle } from './visit-form';
import { VisitList } from './visit-list';
import { monthRange, plusDays, shortDate } from './routine-format';
import { RoutineFormButton } from './routine-form-button';
import { RoutineImportModal } from './routine-import-modal';

type Filter = 'overdue' | 'week' | 'due' | 'done' | 'visits';

const STATUS_COLORS: Record<PlanStatus, string> = { overdue: 'red', due: 'orange', done: 'green' };
const CLASS_COLORS: Record<HouseholdClass, string> = { 1: 'gold', 2: 'magenta', 3: 'blue' };

function inFilter(h: PlanHousehold, f: Filter, weekEnd: string): boolean {
  if (f === 'overdue') return h.status === 'overdue';
  if (f === 'week') return h.status === 'due' && !!h.nextBy && h.nextBy <= weekEnd;
  if (f === 'due') return h.status === 'due';
  return h.status === 'done';
}

export function VisitView({ today }: { today: string }) {
  const { user, can } = useSession();
  const isWorker = user?.role === 'grid_worker';
  const workers = useRpcQuery('routine.workers', {}, { enabled: !isWorker });
  const [staffId, setStaffId] = useState<string | undefined>();
  const centre = !isWorker && user?.role !== 'supervisor';
  const chosen = staffId ?? (centre ? workers.data?.[0]?.staffId : undefined);
  const plan = useRpcQuery('routine.visitPlan', { staffId: chosen }, { enabled: isWorker || !centre || !!chosen, placeholderData: (prev) => prev });
  const canRecord = isWorker && can('routine.write');
  const myDay = useRpcQuery('routine.myDay', {}, { enabled: isWorker && can('routine.write') });
  /** Whose 走访记录 form the export makes: the worker's own, or the worker chosen. */
  const formStaff = isWorker ? myDay.data?.staffId : chosen;
  const [importing, setImporting] = useState(false);
  return (
    <div className={canRecord ? 'tgr-visits tgr-visits-worker' : 'tgr-visits'} data-testid="visit-view">
      <div className="tgr-visits-main">
        <Space className="tgr-toolbar" wrap>
          {!isWorker ? (
            <>
              <span>网格员</span>
              <Select
                style={{ width: 260 }}
                showSearch
                optionFilterProp="label"
                allowClear={!centre}
                placeholder="本辖区全部网格员"
                value={chosen}
                onChange={(v) => setStaffId(v)}
                options={(workers.data ?? []).map((w) => ({ value: w.staffId, label: `${w.name}（${w.grids.map((g) => g.name).join('、')}）` }))}
                data-testid="visit-worker"
              />
            </>
          ) : null}
          {formStaff ? <RoutineFormButton form="routine.visitForm" staffId={formStaff} {...monthRange(today)} label="导出本月走访记录" /> : null}
          {can('routine.import') ? (
            <Button onClick={() => setImporting(true)} data-testid="visit-import-open">
              导入纸质走访记录
            </Button>
          ) : null}
        </Space>
        {plan.error ? <Alert type="warning" showIcon title={errorMessage(plan.error)} /> : null}
        {plan.data ? <PlanLists plan={plan.data} today={today} staffId={isWorker ? undefined : chosen} canRecord={canRecord} /> : null}
      </div>
      <RoutineImportModal kind="visit" open={importing} onClose={() => setImporting(false)} onImported={() => void plan.refetch()} />
    </div>
  );
}

function PlanLists({ plan, today, staffId, canRecord }: { plan: VisitPlanView; today: string; staffId?: string; canRecord: boolean }) {
  const [filter, setFilter] = useState<Filter>('overdue');
  const formRef = useRef<VisitFormHandle>(null);
  const counts = useMemo(() => {
    const c = { overdue: 0, week: 0, due: 0, done: 0 };
    for (const h of plan.households) for (const f of ['overdue', 'week', 'due', 'done'] as const) if (inFilter(h, f, plan.weekEnd)) c[f]++;
    return c;
  }, [plan]);
  const rows = filter === 'visits' ? [] : plan.households.filter((h) => inFilter(h, filter, plan.weekEnd));
  const columns: ColumnsType<PlanHousehold> = [
    { title: '户号', dataIndex: 'householdNo', width: 130, render: (v: string) => <span className="tg-num">{v}</span> },
    { title: '户主', dataIndex: 'headName', width: 90 },
    { title: '地址', dataIndex: 'address', ellipsis: true },
    {
      title: '类别',
      key: 'class',
      width: 150,
      render: (_, h) => (
        <Tag color={CLASS_COLORS[h.householdClass]} title={ruleText(h.rule)}>
          {VISIT_CLASS_KIND_LABELS[h.classKind]}
        </Tag>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 210,
      render: (_, h) => (
        <span>
          <Tag color={STATUS_COLORS[h.status]}>{PLAN_STATUS_LABELS[h.status]}</Tag>
          {h.missed ? (
            <span className="tg-muted">
              {shortDate(h.missed.start)}–{shortDate(h.missed.end)} 仅{h.missed.done}/{h.missed.required}次
            </span>
          ) : (
            <span className="tg-muted">
              本期 {h.done}/{h.required}
            </span>
          )}
        </span>
      ),
    },
    {
      title: '计划走访',
      dataIndex: 'nextBy',
      width: 100,
      render: (v: string | null) => (v ? <span className={v < today ? 'tgr-bad' : undefined}>{v === today ? '今天' : `${shortDate(v)}前`}</span> : '—'),
    },
    { title: '上次走访', key: 'last', width: 130, render: (_, h) => (h.lastVisit ? `${shortDate(h.lastVisit)} ${h.lastVisitBy ?? ''}` : <span className="tg-muted">无记录</span>) },
    ...(canRecord
      ? [
          {
            title: '',
            key: 'act',
            width: 70,
            render: (_: unknown, h: PlanHousehold) => (
              <Button size="small" onClick={() => formRef.current?.pick(h.householdId)} data-testid={`visit-pick-${h.householdNo}`}>
                走访
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <div className={canRecord ? 'tgr-visit-layout' : undefined}>
      <div className="tgr-visit-lists">
        <div className="tgr-visit-head">
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'overdue', label: `逾期 ${counts.overdue}` },
              { value: 'week', label: `本周应访 ${counts.week}` },
              { value: 'due', label: `本期待走访 ${counts.due}` },
              { value: 'done', label: `本期已完成 ${counts.done}` },
              { value: 'visits', label: '走访记录' },
            ]}
            data-testid="visit-filter"
          />
          <span className="tg-muted">
            共{plan.households.length}户 · 本周至{shortDate(plan.weekEnd)} · 一类{ruleText(plan.settings.rules.elderly)}（空巢独居{ruleText(plan.settings.rules.elderly_alone)}） · 二类
            {ruleText(plan.settings.rules.vulnerable)} · 三类{ruleText(plan.settings.rules.other)}
          </span>
        </div>
        {filter === 'visits' ? (
          <VisitList filter={{ staffId, from: plusDays(today, -92), to: today }} testId="visit-records" />
        ) : (
          <Table<PlanHousehold>
            rowKey="householdId"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: '没有户' }}
            data-testid="visit-plan-table"
          />
        )}
      </div>
      {canRecord ? <VisitForm ref={formRef} today={today} households={plan.households} /> : null}
    </div>
  );
}
