// 我的今天: a grid worker's log of the day — patrol on/off, times, places picked from its
// grids' buildings (or typed), 民情, notes; 「发现问题，登记事件」 opens the intake drawer
// prefilled with the grid and place, and the case is linked to the log. Ctrl+Enter submits.
// Below: its last 14 days with their completeness.
import { Alert, App, Button, Form, Input, Select, Space, Switch, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { LogPlace, MyDay, WorkLog } from '../../../../shared/routine/routine-types';
import type { SaveLogInput } from '../../../../shared/routine/routine-inputs';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { errorMessage } from '../../app/api-error';
import { invoke } from '../../app/api-client';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { useIntake } from '../cases/intake-launcher';
import { DayLogDrawer } from './day-log-drawer';
import { DayStrip } from './day-strip';
import { RoutineFormButton } from './routine-form-button';
import { monthRange } from './routine-format';
import { onCtrlEnter } from '../../ui/ctrl-enter';

interface LogValues {
  patrolled: boolean;
  patrolStart?: string;
  patrolEnd?: string;
  places: string[];
  addressGrid?: string;
  observations?: string;
  notes?: string;
}

const FIELDS = ['patrolStart', 'patrolEnd', 'places', 'observations', 'notes'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A place in the form's Select: `b:<buildingId>` for a building, `a:<gridId>:<text>` for a typed address. */
function placeKey(p: LogPlace): string {
  return p.buildingId ? `b:${p.buildingId}` : `a:${p.gridId}:${p.name}`;
}

function valuesOf(log: WorkLog | null, firstGrid: string | undefined): LogValues {
  if (!log) return { patrolled: true, places: [], addressGrid: firstGrid, observations: '', notes: '' };
  return {
    patrolled: log.patrolled,
    patrolStart: log.patrolStart ?? undefined,
    patrolEnd: log.patrolEnd ?? undefined,
    places: log.places.map(placeKey),
    addressGrid: firstGrid,
    observations: log.observations,
    notes: log.notes,
  };
}

export function MyDayView() {
  const day = useRpcQuery('routine.myDay', {});
  if (day.isPending) return <div className="tg-muted">正在读取…</div>;
  if (day.error) return <Alert type="warning" showIcon title={errorMessage(day.error)} data-testid="myday-error" />;
  return <MyDayForm day={day.data} />;
}

function MyDayForm({ day }: { day: MyDay }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LogValues>();
  const intake = useIntake();
  const save = useRpcMutation('routine.saveLog', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<string | null>(null);
  const buildings = useRpcQuery('registry.buildings', { limit: 1000 });
  const gridIds = useMemo(() => new Set(day.grids.map((g) => g.id)), [day.grids]);
  const gridName = useMemo(() => new Map(day.grids.map((g) => [g.id, g.covering ? `${g.name}（替${g.covering}）` : g.name])), [day.grids]);
  const patrolled = Form.useWatch('patrolled', form) ?? true;

  useEffect(() => {
    form.setFieldsValue(valuesOf(day.log, day.grids[0]?.id));
  }, [day.log, day.grids, form]);

  const placeOptions = useMemo(() => {
    const rows = (buildings.data?.rows ?? []).filter((b) => gridIds.has(b.gridId) && !b.archived);
    const typed = (day.log?.places ?? []).filter((p) => !p.buildingId).map((p) => ({ value: placeKey(p), label: `${p.name}（${gridName.get(p.gridId) ?? ''}）` }));
    return [
      ...day.grids.map((g) => ({
        label: gridName.get(g.id)!,
        options: rows.filter((b) => b.gridId === g.id).map((b) => ({ value: `b:${b.id}`, label: b.name })),
      })),
      ...(typed.length ? [{ label: '填写的地址', options: typed }] : []),
    ];
  }, [buildings.data, gridIds, day.grids, day.log, gridName]);

  const toPlaces = (v: LogValues): SaveLogInput['places'] => {
    const byId = new Map((buildings.data?.rows ?? []).map((b) => [b.id, b]));
    return v.places.map((key) => {
      if (key.startsWith('b:')) {
        const b = byId.get(key.slice(2));
        return { gridId: b?.gridId ?? '', buildingId: key.slice(2) };
      }
      if (key.startsWith('a:')) {
        const [, gridId, ...rest] = key.split(':');
        return { gridId: gridId!, buildingId: null, name: rest.join(':') };
      }
      // Typed just now: an address in the chosen grid.
      return { gridId: v.addressGrid ?? day.grids[0]?.id ?? '', buildingId: null, name: key };
    });
  };

  const run = async (submit: boolean): Promise<WorkLog | null> => {
    setError(null);
    const v = form.getFieldsValue(true) as LogValues;
    for (const [name, value] of [['patrolStart', v.patrolStart], ['patrolEnd', v.patrolEnd]] as const) {
      if (v.patrolled && value && !CLOCK.test(value)) {
        form.setFields([{ name, errors: ['时间格式应为HH:MM，如08:30'] }]);
        return null;
      }
    }
    form.setFields(FIELDS.map((name) => ({ name: name as keyof LogValues, errors: [] })));
    try {
      const log = await save.mutateAsync({
        id: day.log?.id,
        date: day.today,
        patrolled: v.patrolled,
        patrolStart: v.patrolled ? v.patrolStart || null : null,
        patrolEnd: v.patrolled ? v.patrolEnd || null : null,
        places: toPlaces(v),
        observations: v.observations ?? '',
        notes: v.notes ?? '',
        submit,
      });
      void message.success(submit ? '今日日志已提交' : '已保存草稿');
      return log;
    } catch (err) {
      showFieldErrors(form, err, FIELDS);
      setError(errorMessage(err));
      return null;
    }
  };

  const raiseCase = async () => {
    const log = day.log ?? (await run(false));
    if (!log) return;
    const v = form.getFieldsValue(true) as LogValues;
    const first = toPlaces(v)[0];
    const firstName = first ? (first.buildingId ? (buildings.data?.rows.find((b) => b.id === first.buildingId)?.name ?? '') : (first.name ?? '')) : '';
    intake.open({
      title: '登记巡查发现的事件',
      preset: { source: 'patrol', gridId: first?.gridId ?? day.grids[0]?.id, address: firstName },
      register: (input) => invoke('routine.raiseCase', { logId: log.id, case: input }).then((r) => ({ id: r.caseId, number: r.number })),
    });
  };

  const onKeyDown = onCtrlEnter(() => run(true));

  const submitted = day.log?.status === 'submitted';
  const col = day.todayColumn;

  return (
    <div className="tgr-myday" data-testid="myday">
      <div className="tgr-myday-main">
        <div className="tgr-myday-head">
          <span className="tgr-today">
            {day.today} {col.working ? '工作日' : `休息日${col.holidayName ? `（${col.holidayName}）` : ''}`}
          </span>
          <span className="tg-muted">{day.staffName} · {day.grids.map((g) => gridName.get(g.id)).join('、') || '未分配网格'}</span>
          {submitted ? <Tag color="green" data-testid="myday-status">已提交</Tag> : day.log ? <Tag color="orange" data-testid="myday-status">草稿</Tag> : <Tag data-testid="myday-status">未填写</Tag>}
          <RoutineFormButton form="routine.logForm" staffId={day.staffId} {...monthRange(day.today)} label="导出本月工作日志" />
        </div>
        {day.onLeave ? (
          <Alert
            type="info"
            showIcon
            data-testid="myday-leave"
            title={`今天请假（${day.onLeave.fromDate}至${day.onLeave.toDate}${day.onLeave.reason ? `，${day.onLeave.reason}` : ''}），无需填写日志`}
            description={day.onLeave.coverStaffName ? `替岗：${day.onLeave.coverStaffName}` : '未安排替岗'}
          />
        ) : (
          <div onKeyDown={onKeyDown}>
            {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="myday-error" /> : null}
            <Form<LogValues> form={form} layout="vertical" disabled={save.isPending} className="tgr-form">
              <Space size="large" align="start" wrap>
                <Form.Item name="patrolled" label="今日巡查" valuePropName="checked">
                  <Switch checkedChildren="已巡查" unCheckedChildren="未巡查" data-testid="log-patrolled" />
                </Form.Item>
                <Form.Item name="patrolStart" label="开始时间">
                  <Input placeholder="08:30" maxLength={5} style={{ width: 90 }} disabled={!patrolled || save.isPending} data-testid="log-start" autoFocus />
                </Form.Item>
                <Form.Item name="patrolEnd" label="结束时间">
                  <Input placeholder="11:00" maxLength={5} style={{ width: 90 }} disabled={!patrolled || save.isPending} data-testid="log-end" />
                </Form.Item>
                {day.grids.length > 1 ? (
                  <Form.Item name="addressGrid" label="手填地址所在网格">
                    <Select style={{ width: 220 }} options={day.grids.map((g) => ({ value: g.id, label: gridName.get(g.id) }))} data-testid="log-address-grid" />
                  </Form.Item>
                ) : null}
              </Space>
              <Form.Item name="places" label="巡查地点（选择楼栋，或输入地址后回车）">
                <Select mode="tags" options={placeOptions} placeholder="输入楼栋名称筛选，或直接输入地址" tokenSeparators={['，', ',']} data-testid="log-places" optionFilterProp="label" />
              </Form.Item>
              <Form.Item name="observations" label="民情（走访巡查中看到、听到的情况）">
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder="无异常可填“无异常”" data-testid="log-observations" />
              </Form.Item>
              <Form.Item name="notes" label="备注">
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid="log-notes" />
              </Form.Item>
            </Form>
            <div className="tgr-actions">
              <Space>
                {!submitted ? (
                  <Button onClick={() => void run(false)} loading={save.isPending} data-testid="log-draft">
                    保存草稿
                  </Button>
                ) : null}
                <Button type="primary" onClick={() => void run(true)} loading={save.isPending} data-testid="log-submit">
                  {submitted ? '保存修改' : '提交日志'} <span className="tgc-key">Ctrl+Enter</span>
                </Button>
              </Space>
              {intake.allowed ? (
                <Button danger onClick={() => void raiseCase()} data-testid="log-raise-case">
                  发现问题，登记事件
                </Button>
              ) : null}
            </div>
            {day.log && day.log.cases.length > 0 ? (
              <div className="tgr-cases" data-testid="log-cases">
                <span className="tg-muted">巡查中登记的事件：</span>
                {day.log.cases.map((c) => (
                  <Link key={c.id} to={`/cases/${c.id}`} className="tgr-case-link">
                    <span className="tg-num">{c.number}</span> {c.title} <Tag>{CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status}</Tag>
                  </Link>
                ))}
              </div>
            ) : null}
          </div>
        )}
      </div>
      <div className="tgr-recent">
        <div className="tgr-recent-title">
          近14天 <span className="tg-muted">应填{day.recentTotals.due}天 · 已提交{day.recentTotals.done}天 · 请假{day.recentTotals.leave}天 · 缺{day.recentTotals.missing}天</span>
        </div>
        <DayStrip days={day.recent} onOpen={(c) => setDrill(c.date)} />
      </div>
      <DayLogDrawer staffId={drill ? day.staffId : null} date={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
