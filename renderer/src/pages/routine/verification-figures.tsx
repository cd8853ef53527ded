// 入户核实's figures: per household class the sampling rate achieved against the one configured,
// and each worker's 属实率. Shown under the supervisor's sample and, alone, to the other roles
// that read the routine (a grid worker its grids).
import { Table, Tag } from 'antd';
import type { ClassSampling, WorkerVerification } from '../../../../shared/routine/verification-types';
import { HOUSEHOLD_CLASS_LABELS } from '../../../../shared/routine/visit-classes';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

export function ClassSamplingTable({ classes, loading }: { classes: ClassSampling[]; loading?: boolean }) {
  return (
    <Table<ClassSampling>
      rowKey="householdClass"
      size="small"
      loading={loading}
      dataSource={classes}
      pagination={false}
      data-testid="verification-classes"
      columns={[
        { title: '户类', key: 'cls', render: (_, c) => HOUSEHOLD_CLASS_LABELS[c.householdClass] },
        { title: '本季度走访', dataIndex: 'visits', align: 'right' },
        { title: '抽查比例', key: 'rate', align: 'right', render: (_, c) => `≥${c.ratePct}%` },
        { title: '应核实', dataIndex: 'required', align: 'right' },
        { title: '已抽取', dataIndex: 'drawn', align: 'right' },
        { title: '属实', dataIndex: 'accurate', align: 'right' },
        { title: '不属实', dataIndex: 'inaccurate', align: 'right' },
        { title: '未核实', dataIndex: 'unverified', align: 'right' },
        { title: '待核实', dataIndex: 'pending', align: 'right' },
        { title: '已核实比例', key: 'achieved', align: 'right', render: (_, c) => pct(c.achievedRate) },
        {
          title: '达标',
          key: 'met',
          render: (_, c) => (c.visits === 0 ? <span className="tg-muted">无走访</span> : c.met ? <Tag color="green">已达标</Tag> : <Tag color="orange">未达标</Tag>),
        },
      ]}
    />
  );
}

export function WorkerTrueRateTable({ workers, loading }: { workers: WorkerVerification[]; loading?: boolean }) {
  return (
    <Table<WorkerVerification>
      rowKey="staffId"
      size="small"
      loading={loading}
      dataSource={workers}
      pagination={false}
      locale={{ emptyText: '本季度尚无抽查' }}
      data-testid="verification-workers"
      columns={[
        { title: '网格员', dataIndex: 'name' },
        { title: '抽查', dataIndex: 'drawn', align: 'right' },
        { title: '属实', dataIndex: 'accurate', align: 'right' },
        { title: '不属实', dataIndex: 'inaccurate', align: 'right' },
        { title: '未核实', dataIndex: 'unverified', align: 'right' },
        { title: '待核实', dataIndex: 'pending', align: 'right' },
        {
          title: '属实率',
          key: 'trueRate',
          align: 'right',
          render: (_, w) => <span className={w.trueRate !== null && w.trueRate < 0.9 ? 'tgr-bad' : undefined}>{pct(w.trueRate)}</span>,
        },
      ]}
    />
  );
}
