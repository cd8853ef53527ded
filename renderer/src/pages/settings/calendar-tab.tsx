// 节假日日历: the years the working-day calendar knows (bundled State Council schedules and
// years an administrator entered), importing a year as text or JSON with the Chinese
// validation errors shown line by line, removing an administrator's year, and the warning
// when the coming year's schedule is missing (deadlines then count weekends only).
import { DeleteOutlined, EyeOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CalendarYearRow } from '../../../../shared/calendar/calendar-types';
import { ApiError, errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import './cases-settings.css';

const EXAMPLE = (year: number) => `# 来源：国务院办公厅关于${year}年部分节假日安排的通知
${year}-01-01 休 元旦
${year}-02-06 休 春节
${year}-02-07 班 春节调休`;

interface ImportValues {
  year: number;
  content: string;
  source?: string;
}

/** JSON text is sent as an object (the JSON form); anything else as the text form. */
function contentOf(text: string): string | Record<string, unknown> {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // Not JSON after all: the core reports the text form's errors.
    }
  }
  return text;
}

export function CalendarTab() {
  const { message } = App.useApp();
  const { can } = useSession();
  const canWrite = can('calendar.write');
  const status = useRpcQuery('calendar.status', {});
  const years = useRpcQuery('calendar.years', {});
  const importYear = useRpcMutation('calendar.importYear', { silent: true });
  const removeYear = useRpcMutation('calendar.removeYear');
  const [form] = Form.useForm<ImportValues>();
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<{ title: string; lines: string[] } | null>(null);
  const [viewing, setViewing] = useState<CalendarYearRow | null>(null);

  const openImport = (year?: number, text?: string) => {
    setErrors(null);
    form.resetFields();
    form.setFieldsValue({ year: year ?? status.data?.comingYear ?? new Date().getFullYear() + 1, content: text ?? '' });
    setImporting(true);
  };

  const submit = async (v: ImportValues) => {
    setErrors(null);
    try {
      const row = await importYear.mutateAsync({ year: v.year, content: contentOf(v.content), source: v.source?.trim() || undefined });
      void message.success(`${row.year}年节假日安排已导入：放假${row.holidayDays}天，调休上班${row.makeupWorkdays}天`);
      setImporting(false);
    } catch (err) {
      const lines = err instanceof ApiError ? err.details.map((d) => d.message) : [];
      setErrors({ title: errorMessage(err), lines });
    }
  };

  const columns: TableColumnsType<CalendarYearRow> = [
    { title: '年份', dataIndex: 'year', width: 90, render: (y: number) => <b>{y}年</b> },
    {
      title: '来源',
      dataIndex: 'origin',
      width: 190,
      render: (o: CalendarYearRow['origin'], r) =>
        o === 'official' ? <Tag color="blue">国务院通知（内置）</Tag> : <Tag color="gold">{r.overridesOfficial ? '管理员修改（替代内置）' : '管理员录入'}</Tag>,
    },
    { title: '依据', dataIndex: 'source', ellipsis: true },
    { title: '放假天数', dataIndex: 'holidayDays', width: 100, align: 'right' },
    { title: '调休上班', dataIndex: 'makeupWorkdays', width: 100, align: 'right' },
    { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: (t: string | null) => (t ? t.slice(0, 16).replace('T', ' ') : '—') },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_: unknown, r) => (
        <Space size="small">
          <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setViewing(r)}>
            查看
          </Button>
          {canWrite ? (
            <Button type="link" size="small" onClick={() => openImport(r.year, r.text)}>
              修改
            </Button>
          ) : null}
          {canWrite && r.origin === 'admin' ? (
            <Popconfirm
              title={`删除${r.year}年管理员录入的安排？`}
              description={r.overridesOfficial ? '删除后恢复使用内置的国务院通知。' : '删除后该年只按周末计算工作日。'}
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => removeYear.mutateAsync({ year: r.year }).then(() => message.success(`已删除${r.year}年管理员录入的安排`)).catch(() => undefined)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid={`calendar-remove-${r.year}`}>
                删除
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="calendar-tab">
      {status.data?.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon className="tg-form-alert" title={w} data-testid="calendar-warning" />
      ))}
      <div className="tg-toolbar" style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 12 }}>
        <span className="tg-muted">
          办理期限按工作日计算：法定节假日不计，调休上班日计入。每年11月前后国务院办公厅发布次年安排后，请在此导入。
        </span>
        {canWrite ? (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => openImport()} data-testid="calendar-import">
            导入年度安排
          </Button>
        ) : null}
      </div>
      <Table<CalendarYearRow> rowKey="year" size="middle" loading={years.isPending} columns={columns} dataSource={years.data ?? []} pagination={false} />

      <Modal
        open={importing}
        title="导入年度节假日安排"
        okText="导入"
        cancelText="取消"
        width={720}
        onOk={() => form.submit()}
        onCancel={() => setImporting(false)}
        confirmLoading={importYear.isPending}
        destroyOnHidden
      >
        {errors ? (
          <Alert
            type="error"
            showIcon
            className="tg-form-alert"
            title={errors.lines.length ? `${errors.lines.length}处错误，未导入` : errors.title}
            description={
              errors.lines.length ? (
                <ul className="tg-error-lines" data-testid="calendar-import-errors">
                  {errors.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              ) : undefined
            }
            data-testid="calendar-import-error"
          />
        ) : null}
        <Form<ImportValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Space align="start" size="large">
            <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} data-testid="calendar-year" />
            </Form.Item>
            <Form.Item name="source" label="依据（可选）" style={{ width: 460 }}>
              <Input placeholder="如：国务院办公厅关于2027年部分节假日安排的通知" />
            </Form.Item>
          </Space>
          <Form.Item
            name="content"
            label="安排内容"
            rules={[{ required: true, whitespace: true, message: '请粘贴节假日安排' }]}
            extra="每行一天：日期 + 休/班 + 名称；以 # 开头的行为注释。也可粘贴同格式的 JSON。"
          >
            <Input.TextArea autoSize={{ minRows: 10, maxRows: 18 }} placeholder={EXAMPLE(status.data?.comingYear ?? 2027)} className="tg-num" data-testid="calendar-content" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={viewing !== null} title={viewing ? `${viewing.year}年节假日安排` : ''} footer={null} onCancel={() => setViewing(null)} width={560}>
        <pre className="tg-calendar-text">{viewing?.text}</pre>
      </Modal>
    </div>
  );
}
