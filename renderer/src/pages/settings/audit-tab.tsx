// 操作审计 (administrators): the audit log page by page with filters, 「校验完整性」 (walks the
// hash chain in the core and names the first broken record) and 「导出」 (xlsx, audited).
import { Alert, App, Button, DatePicker, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AUDIT_ACTION_LABELS, auditTableLabel, type AuditEntry, type AuditVerifyResult } from '../../../../shared/audit/audit-types';
import { ROLE_LABELS, type Role } from '../../../../shared/auth/roles';
import { errorMessage } from '../../app/api-error';
import { useRpcQuery } from '../../app/rpc-hooks';
import { isCancelled, useFileJob, useJob } from '../../app/use-job';
import { JobProgress } from '../../ui/job-progress';
import { formatDateTime } from '../registry/format';

const PAGE = 50;

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));


export function AuditTab() {
  const { message } = App.useApp();
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const filter = {
    action,
    from: range?.[0] ? range[0].startOf('day').toISOString() : undefined,
    to: range?.[1] ? range[1].endOf('day').toISOString() : undefined,
  };
  const list = useRpcQuery('audit.list', { ...filter, offset: (page - 1) * PAGE, limit: PAGE });
  const verifyJob = useJob();
  const exportJob = useFileJob();
  const [verified, setVerified] = useState<AuditVerifyResult | null>(null);

  const verify = async () => {
    setVerified(null);
    try {
      setVerified(await verifyJob.run('audit.verify', {}));
    } catch (err) {
      if (isCancelled(err)) void message.info('已取消校验');
      else void message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: '序号', dataIndex: 'seq', width: 90, render: (n: number) => <span className="tg-num">{n}</span> },
    { title: '时间', dataIndex: 'at', width: 180, render: formatDateTime },
    { title: '账号', dataIndex: 'actorName', width: 120, render: (n: string | null, r) => n ?? r.actorId ?? '—' },
    { title: '角色', dataIndex: 'role', width: 120, render: (r: string | null) => (r ? (ROLE_LABELS[r as Role] ?? r) : '—') },
    { title: '操作', dataIndex: 'actionLabel', width: 260 },
    { title: '对象', dataIndex: 'table', width: 140, render: (t: string | null) => auditTableLabel(t) || '—' },
    { title: '详情', dataIndex: 'detail', ellipsis: true, render: (d: string | null) => d ?? '' },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="audit-tab">
      <Space wrap>
        <Select
          allowClear
          placeholder="全部操作"
          style={{ width: 280 }}
          options={ACTION_OPTIONS}
          value={action}
          onChange={(v) => {
            setAction(v);
            setPage(1);
          }}
          data-testid="audit-action"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => {
            setRange(v);
            setPage(1);
          }}
        />
        <Button onClick={() => void verify()} loading={verifyJob.running} data-testid="audit-verify">
          校验完整性
        </Button>
        <Button onClick={() => void exportJob.download('audit.export', filter)} loading={exportJob.running} data-testid="audit-export">
          导出
        </Button>
      </Space>
      {verifyJob.running ? <JobProgress status={verifyJob.status} starting="正在校验…" onCancel={verifyJob.cancel} compact /> : null}
      {exportJob.running ? <JobProgress status={exportJob.status} starting="正在导出…" onCancel={exportJob.cancel} compact /> : null}
      {verified ? <VerifyResult result={verified} /> : null}
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isPending}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n.toLocaleString('zh-CN')} 条`,
          onChange: setPage,
        }}
        data-testid="audit-table"
      />
    </Space>
  );
}

function VerifyResult({ result }: { result: AuditVerifyResult }) {
  const when = formatDateTime(result.verifiedAt);
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-verify-result"
        title={`审计日志完整：已逐条校验 ${result.checked.toLocaleString('zh-CN')} 条记录，未发现修改、删除或插入`}
        description={
          <span>
            校验时间 {when}；校验点 第 {result.headSeq} 条{' '}
            {result.headHash ? <Typography.Text code copyable={{ text: result.headHash }}>{result.headHash.slice(0, 16)}…</Typography.Text> : null}
            <div className="tg-muted">可记下校验值，日后与导出文件或再次校验的结果比对。</div>
          </span>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      title={
        <span>
          <Tag color="red">审计日志已被改动</Tag>
          {result.broken?.message}
        </span>
      }
      description={`校验时间 ${when}；此前 ${result.checked.toLocaleString('zh-CN')} 条记录完好。请保留本机数据库文件和备份，并报告安全负责人。`}
    />
  );
}
