// 入户核实: the supervisor's quarter — draw the sample of its area's visits, record each drawn
// visit's outcome from the keyboard (↑/↓ to move, 1 属实 / 2 不属实 / 3 未核实, the note, Enter to
// save and go to the next one), the rates achieved against the configured ones and each
// worker's 属实率. Without 入户核实 permission only the figures are shown. The administrator
// edits the rates here.
import { Button, Empty, Input, InputNumber, Popover, Radio, Select, Space, Table, Tag } from 'antd';
import type { InputRef } from 'antd';
import type { TableRef } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  previousQuarter,
  quarterLabel,
  quarterOf,
  VERIFICATION_OUTCOME_LABELS,
  type VerificationOutcome,
  type VerificationRates,
  type VerificationRow,
} from '../../../../shared/routine/verification-types';
import { HOUSEHOLD_CLASS_LABELS } from '../../../../shared/routine/visit-classes';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { ClassSamplingTable, WorkerTrueRateTable } from './verification-figures';

const OUTCOME_KEYS: Record<string, VerificationOutcome> = { '1': 'accurate', '2': 'inaccurate', '3': 'unverified' };
const OUTCOME_COLORS: Record<VerificationOutcome, string> = { accurate: 'green', inaccurate: 'red', unverified: 'gold' };

/** This quarter and the seven before it, newest first. */
function quarterOptions(today: string) {
  const out: { value: string; label: string }[] = [];
  for (let q = quarterOf(today), i = 0; i < 8; i++, q = previousQuarter(q)) out.push({ value: q, label: quarterLabel(q) });
  return out;
}

export function VerificationView({ today }: { today: string }) {
  const { can } = useSession();
  const [quarter, setQuarter] = useState(() => quarterOf(today));
  const head = (
    <Select value={quarter} onChange={setQuarter} options={quarterOptions(today)} style={{ width: 160 }} data-testid="verification-quarter" />
  );
  return can('routine.verify') ? <SampleView quarter={quarter} head={head} /> : <FiguresOnly quarter={quarter} head={head} />;
}

function FiguresOnly({ quarter, head }: { quarter: string; head: React.ReactNode }) {
  const figures = useRpcQuery('routine.verificationFigures', { quarter }, { placeholderData: (prev) => prev });
  return (
    <div data-testid="verification-view">
      <div className="tgr-toolbar">
        <Space>{head}<span className="tg-muted">督导员按季度抽查走访记录入户核实；以下为本账号范围内的核实情况。</span></Space>
      </div>
      <ClassSamplingTable classes={figures.data?.classes ?? []} loading={figures.isPending} />
      <div className="tgr-section-title">网格员入户核实属实率</div>
      <WorkerTrueRateTable workers={figures.data?.workers ?? []} loading={figures.isPending} />
    </div>
  );
}

function SampleView({ quarter, head }: { quarter: string; head: React.ReactNode }) {
  const { can } = useSession();
  const sample = useRpcQuery('routine.verificationSample', { quarter }, { placeholderData: (prev) => prev });
  const draw = useRpcMutation('routine.drawVerification');
  const data = sample.data;
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const [picked, setSelected] = useState<string | null>(null);
  // The visit picked, or else the first not yet recorded (when the list arrives or the quarter changes).
  const selected = rows.some((r) => r.visitId === picked) ? picked : (rows.find((r) => r.outcome === null)?.visitId ?? rows[0]?.visitId ?? null);
  const current = rows.find((r) => r.visitId === selected) ?? null;

  const move = (dir: 1 | -1) => {
    const i = rows.findIndex((r) => r.visitId === selected);
    const next = rows[Math.min(rows.length - 1, Math.max(0, i + dir))];
    if (next) setSelected(next.visitId);
  };
  const nextPending = (after: string) => {
    const i = rows.findIndex((r) => r.visitId === after);
    const next = [...rows.slice(i + 1), ...rows.slice(0, i)].find((r) => r.outcome === null);
    setSelected(next?.visitId ?? after);
  };

  return (
    <div data-testid="verification-view">
      <div className="tgr-toolbar">
        <Space>
          {head}
          <span data-testid="verification-area">核实范围：{data?.areaLabel ?? '…'}</span>
        </Space>
        <Space>
          {can('settings.write') && data ? <RatesEditor rates={data.rates} /> : null}
          <Button
            type="primary"
            disabled={!data || data.toDraw === 0}
            loading={draw.isPending}
            onClick={() => draw.mutate({ quarter })}
            data-testid="verification-draw"
          >
            {data && data.toDraw > 0 ? `抽取样本（${data.toDraw}户次）` : '样本已抽足'}
          </Button>
        </Space>
      </div>
      <ClassSamplingTable classes={data?.classes ?? []} loading={sample.isPending} />
      <div className="tgr-verify">
        <div>
          <div className="tgr-section-title">
            抽查样本（{rows.length}户次，待核实{rows.filter((r) => r.outcome === null).length}）
            <span className="tg-muted"> ↑↓ 选择，1 属实 / 2 不属实 / 3 未核实，回车保存</span>
          </div>
          <SampleTable rows={rows} selected={selected} onSelect={setSelected} loading={sample.isPending} />
        </div>
        <OutcomePanel key={current?.visitId ?? 'none'} row={current} onMove={move} onSaved={nextPending} />
      </div>
      <div className="tgr-section-title">网格员入户核实属实率</div>
      <WorkerTrueRateTable workers={data?.workers ?? []} loading={sample.isPending} />
    </div>
  );
}

function SampleTable({ rows, selected, onSelect, loading }: { rows: VerificationRow[]; selected: string | null; onSelect: (id: string) => void; loading: boolean }) {
  const ref = useRef<TableRef>(null);
  // Keep the visit being recorded in view as the keyboard moves through a long sample.
  useEffect(() => {
    if (selected) ref.current?.scrollTo({ key: selected });
  }, [selected]);
  return (
    <Table<VerificationRow>
      ref={ref}
      virtual
      rowKey="visitId"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 720, y: 420 }}
      data-testid="verification-sample"
      locale={{ emptyText: <Empty description="尚未抽取样本" /> }}
      rowClassName={(r) => (r.visitId === selected ? 'tgr-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect(r.visitId) })}
      columns={[
        { title: '走访日期', dataIndex: 'visitDate', width: 100 },
        { title: '户类', key: 'cls', width: 80, render: (_, r) => HOUSEHOLD_CLASS_LABELS[r.householdClass].slice(0, 3) },
        { title: '网格', dataIndex: 'gridName', width: 120, ellipsis: true },
        { title: '网格员', dataIndex: 'workerName', width: 80 },
        { title: '户', dataIndex: 'householdLabel', ellipsis: true },
        { title: '见到', dataIndex: 'metName', width: 72, ellipsis: true },
        {
          title: '核实结果',
          key: 'outcome',
          width: 100,
          render: (_, r) => (r.outcome ? <Tag color={OUTCOME_COLORS[r.outcome]}>{VERIFICATION_OUTCOME_LABELS[r.outcome]}</Tag> : <span className="tg-muted">待核实</span>),
        },
      ]}
    />
  );
}

function OutcomePanel({ row, onMove, onSaved }: { row: VerificationRow | null; onMove: (dir: 1 | -1) => void; onSaved: (visitId: string) => void }) {
  const record = useRpcMutation('routine.recordVerification', { silent: true });
  const [outcome, setOutcome] = useState<VerificationOutcome | null>(row?.outcome ?? null);
  const [note, setNote] = useState(row?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<InputRef>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  if (!row) return <div className="tgr-verify-panel tg-muted">选择一条抽查记录登记核实结果</div>;

  const save = async () => {
    if (!outcome) {
      setError('请选择核实结果：属实、不属实或未核实');
      return;
    }
    try {
      await record.mutateAsync({ visitId: row.visitId, outcome, note });
      setError(null);
      onSaved(row.visitId);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const choose = (o: VerificationOutcome) => {
    setOutcome(o);
    setError(null);
    // A note is needed for 不属实 and 未核实: go straight to it.
    if (o !== 'accurate') setTimeout(() => noteRef.current?.focus(), 0);
  };

  return (
    <div
      className="tgr-verify-panel"
      tabIndex={-1}
      ref={panelRef}
      data-testid="verification-panel"
      onKeyDown={(e) => {
        const inNote = (e.target as HTMLElement).tagName === 'TEXTAREA' || (e.target as HTMLElement).tagName === 'INPUT';
        if (!inNote && OUTCOME_KEYS[e.key]) {
          e.preventDefault();
          choose(OUTCOME_KEYS[e.key]!);
        } else if (!inNote && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
          e.preventDefault();
          onMove(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div className="tgr-verify-head">
        {row.visitDate} {row.workerName} 走访 {row.householdLabel || '（户已不在台账）'}
      </div>
      <div className="tg-muted">
        {row.gridName} · 见到：{row.metName || '—'}
      </div>
      <div className="tgr-verify-situation">{row.situation || '（未填写走访情况）'}</div>
      <Radio.Group value={outcome} onChange={(e) => choose(e.target.value as VerificationOutcome)} data-testid="verification-outcome">
        {(['accurate', 'inaccurate', 'unverified'] as const).map((o, i) => (
          <Radio.Button key={o} value={o}>
            {i + 1} {VERIFICATION_OUTCOME_LABELS[o]}
          </Radio.Button>
        ))}
      </Radio.Group>
      <Input.TextArea
        ref={noteRef}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={outcome && outcome !== 'accurate' ? '请填写说明（不属实、未核实须填写）' : '说明（可不填）'}
        data-testid="verification-note"
        style={{ marginTop: 10 }}
      />
      {error ? (
        <div className="tgr-bad" data-testid="verification-error">
          {error}
        </div>
      ) : null}
      <div className="tgr-actions">
        <span className="tg-muted">{row.verifiedOn ? `${row.verifiedOn} ${row.verifierName ?? ''}已登记` : ''}</span>
        <Button type="primary" onClick={() => void save()} loading={record.isPending} data-testid="verification-save">
          保存（回车）
        </Button>
      </div>
    </div>
  );
}

function RatesEditor({ rates }: { rates: VerificationRates }) {
  const save = useRpcMutation('routine.setVerificationRates');
  const [value, setValue] = useState(rates);
  const [open, setOpen] = useState(false);
  const field = (key: keyof VerificationRates, label: string) => (
    <div className="tgr-rate-field">
      <span>{label}</span>
      <InputNumber min={1} max={100} precision={0} value={value[key]} onChange={(v) => setValue({ ...value, [key]: v ?? 1 })} addonAfter="%" />
    </div>
  );
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(rates);
      }}
      trigger="click"
      title="抽查比例（不低于）"
      content={
        <div data-testid="verification-rates">
          {field('class1', '一类户')}
          {field('class2', '二类户')}
          {field('class3', '三类户')}
          <Button type="primary" size="small" loading={save.isPending} onClick={() => save.mutate(value, { onSuccess: () => setOpen(false) })}>
            保存
          </Button>
        </div>
      }
    >
      <Button>抽查比例 {rates.class1}/{rates.class2}/{rates.class3}%</Button>
    </Popover>
  );
}
