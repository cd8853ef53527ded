// 数据备份 (administrators): the automatic daily backup and how many are kept, 「立即备份」, the
// list of verified backups with 恢复 (applied at the next start) and 导出 (one file to move the
// data to a new PC), and 导入备份文件 from another PC.
import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Space, Switch, Table, Tag, Upload, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { BACKUP_KIND_LABELS, type BackupInfo, type BackupPolicy } from '../../../../shared/backup/backup-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { isCancelled, useFileJob, useJob } from '../../app/use-job';
import { fileSizeText, readFileBase64 } from '../../ui/file-upload';
import { JobProgress } from '../../ui/job-progress';
import { formatDateTime } from '../registry/format';

export function BackupTab() {
  const { message, modal } = App.useApp();
  const status = useRpcQuery('backup.status', {});
  const setPolicy = useRpcMutation('backup.setPolicy');
  const cancelRestore = useRpcMutation('backup.cancelRestore');
  const backupJob = useJob();
  const restoreJob = useJob();
  const importJob = useJob();
  const exportJob = useFileJob();
  const [form] = Form.useForm<BackupPolicy>();
  const data = status.data;
  useEffect(() => {
    if (data) form.setFieldsValue(data.policy);
  }, [data, form]);

  const run = async <T,>(work: () => Promise<T>, done: (r: T) => string) => {
    try {
      const r = await work();
      void message.success(done(r));
    } catch (err) {
      if (isCancelled(err)) void message.info('已取消');
      else void message.error(errorMessage(err));
    } finally {
      void status.refetch();
    }
  };

  const backupNow = () => run(() => backupJob.run('backup.create', {}), (b) => `备份完成并已校验：${b.file}`);

  const restore = (b: BackupInfo) =>
    modal.confirm({
      title: '从此备份恢复数据？',
      width: 520,
      content: (
        <div data-testid="restore-confirm">
          <p>
            将用 {formatDateTime(b.createdAt)} 的备份（{BACKUP_KIND_LABELS[b.kind]}）替换本机当前的全部数据。备份之后录入的数据将不再存在于恢复后的数据库中。
          </p>
          <p>恢复前会再次校验该备份；当前数据会先另存为「恢复前的数据」备份，需要时可再恢复回来。</p>
          <p>
            <b>准备完成后，请关闭并重新启动 TownGrid（或站点服务），恢复在重新启动时生效。</b>
          </p>
        </div>
      ),
      okText: '校验并准备恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => run(() => restoreJob.run('backup.restore', { file: b.file }), () => '已校验并准备好恢复，请重新启动 TownGrid 后生效'),
    });

  const importFile = async (file: File) => {
    await run(
      async () => importJob.run('backup.import', { fileName: file.name, base64: await readFileBase64(file) }),
      (b) => `已导入并校验：${b.file}。如需使用其中的数据，请在列表中点击「恢复」`,
    );
    return false;
  };

  const columns: TableColumnsType<BackupInfo> = [
    { title: '备份时间', dataIndex: 'createdAt', width: 160, render: (t: string) => formatDateTime(t) },
    { title: '类型', dataIndex: 'kind', width: 120, render: (k: BackupInfo['kind']) => BACKUP_KIND_LABELS[k] },
    { title: '大小', dataIndex: 'size', width: 100, render: (n: number) => fileSizeText(n) },
    {
      title: '校验',
      dataIndex: 'verified',
      width: 260,
      render: (v: boolean, b) => (v ? <Tag color="green">完整性检查通过</Tag> : <span><Tag color="orange">未通过或未校验</Tag>{b.problem}</span>),
    },
    {
      title: '数据',
      key: 'counts',
      render: (_: unknown, b) => (b.verified ? `账号 ${b.counts.accounts}，人员 ${b.counts.people.toLocaleString('zh-CN')}，事件 ${b.counts.cases.toLocaleString('zh-CN')}` : '—'),
    },
    { title: '文件名', dataIndex: 'file', ellipsis: true, render: (f: string) => <span className="tg-num">{f}</span> },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, b) => (
        <Space size="small">
          <Button type="link" size="small" danger onClick={() => restore(b)} data-testid={`backup-restore-${b.file}`}>
            恢复
          </Button>
          <Button type="link" size="small" onClick={() => void exportJob.download('backup.export', { file: b.file })} disabled={!b.verified}>
            导出
          </Button>
        </Space>
      ),
    },
  ];

  const last = data?.lastAttempt ?? null;
  const busy = backupJob.running || restoreJob.running || importJob.running || exportJob.running;
  const current = backupJob.running ? backupJob : restoreJob.running ? restoreJob : importJob.running ? importJob : exportJob;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="backup-tab">
      {data?.pendingRestore ? (
        <Alert
          type="warning"
          showIcon
          data-testid="backup-pending"
          title={`已准备从备份 ${data.pendingRestore.file} 恢复数据：请关闭并重新启动 TownGrid（或站点服务），恢复在重新启动时生效`}
          action={
            <Button size="small" onClick={() => void cancelRestore.mutateAsync({}).then(() => status.refetch())}>
              取消恢复
            </Button>
          }
        />
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'dir', label: '备份位置', children: <span className="tg-num">{data?.dir ?? '—'}</span> },
          {
            key: 'last',
            label: '最近一次',
            children: last ? (
              <span data-testid="backup-last">
                {last.ok ? <Tag color="green">成功</Tag> : <Tag color="red">失败</Tag>}
                {formatDateTime(last.at)} {last.message}
              </span>
            ) : (
              '尚未备份'
            ),
          },
        ]}
      />
      <Space wrap>
        <Button type="primary" onClick={() => void backupNow()} loading={backupJob.running} disabled={busy && !backupJob.running} data-testid="backup-now">
          立即备份
        </Button>
        <Upload accept=".db" showUploadList={false} beforeUpload={(f) => importFile(f)} disabled={busy}>
          <Button disabled={busy}>导入备份文件（从其他电脑迁移）</Button>
        </Upload>
      </Space>
      {busy ? <JobProgress status={current.status} starting="正在处理…" compact /> : null}
      <Card size="small" title="自动备份">
        <Form<BackupPolicy>
          form={form}
          layout="inline"
          onFinish={(v) => void setPolicy.mutateAsync(v).then(() => message.success('自动备份设置已保存'))}
          data-testid="backup-policy"
        >
          <Form.Item name="enabled" label="每天自动备份" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="hour" label="从每天几点起" rules={[{ required: true, message: '请填写时间' }]}>
            <InputNumber min={0} max={23} addonAfter="点" style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="keepDaily" label="保留最近几天" rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={1} max={90} addonAfter="天" style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="keepWeekly" label="另保留最近几周" rules={[{ required: true, message: '请填写周数' }]}>
            <InputNumber min={0} max={104} addonAfter="周" style={{ width: 110 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={setPolicy.isPending}>
              保存
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Table<BackupInfo> rowKey="file" size="small" columns={columns} dataSource={data?.backups ?? []} loading={status.isPending} pagination={false} data-testid="backup-table" />
    </Space>
  );
}
