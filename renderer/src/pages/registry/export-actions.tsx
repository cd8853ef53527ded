// 导出Excel (the current filtered view) and 台账报表 (handbook forms for one grid or all).
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { HANDBOOK_FORM_LABELS, type HandbookForm } from '../../../../shared/registry/handbook-forms';
import { PEOPLE_LEDGER_KINDS } from '../../../../shared/registry/registry-types';
import type { LedgerQuery } from '../../../../shared/registry/ledger-filters';
import { useFileJob } from '../../app/use-job';
import { useSession } from '../../app/session';
import { JobProgress } from '../../ui/job-progress';

export function ExportButton({ query, reveal, total }: { query: LedgerQuery; reveal: boolean; total: number | null }) {
  const { modal } = App.useApp();
  const job = useFileJob();
  const session = useSession();
  const run = () => void job.download('registry.export', { ...query, reveal: reveal || undefined });
  // The core refuses these to accounts that may not see IDs, so they are not offered the button.
  if (PEOPLE_LEDGER_KINDS.has(query.kind) && !session.can('sensitive.read')) return null;
  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={job.running}
        onClick={() => {
          if (total !== null && total > 50_000) {
            modal.confirm({ title: `导出 ${total.toLocaleString('zh-CN')} 条记录？`, content: '数据较多，生成文件需要一些时间。', okText: '导出', cancelText: '取消', onOk: run });
          } else run();
        }}
        data-testid="ledger-export"
      >
        导出Excel
      </Button>
      {job.running ? <JobProgress compact status={job.status} onCancel={job.cancel} data-testid="ledger-export-progress" /> : null}
    </>
  );
}

interface FormValues {
  form: HandbookForm;
  scope: 'unit' | 'all';
  paper: 'A4' | 'A3';
  reveal: boolean;
}

export function HandbookFormsButton({ unitId, unitName }: { unitId: string | null; unitName: string | null }) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const job = useFileJob();
  const [form] = Form.useForm<FormValues>();
  const canSpecial = session.can('special.read');
  const canReveal = session.can('sensitive.read');
  const submit = async () => {
    const v = await form.validateFields();
    const file = await job.download('registry.form', {
      form: v.form,
      unitId: v.scope === 'unit' && unitId ? unitId : undefined,
      paper: v.paper,
      reveal: v.reveal || undefined,
    });
    if (file) setOpen(false);
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="handbook-forms">
        台账报表
      </Button>
      <Modal
        open={open}
        title="导出台账报表（网格工作手册）"
        okText="生成并下载"
        cancelText="取消"
        confirmLoading={job.running}
        onOk={() => void submit()}
        onCancel={() => {
          job.cancel();
          setOpen(false);
        }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ form: 'area_stats', scope: unitId ? 'unit' : 'all', paper: 'A4', reveal: false }}
          data-testid="handbook-form"
        >
          <Form.Item name="form" label="报表">
            <Select
              options={Object.entries(HANDBOOK_FORM_LABELS)
                .filter(([k]) => canSpecial || k !== 'special')
                .map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="scope" label="范围">
            <Radio.Group
              options={[
                { value: 'unit', label: unitName ? `当前：${unitName}` : '当前选择', disabled: !unitId },
                { value: 'all', label: '全部网格（每个网格一个工作表）' },
              ]}
            />
          </Form.Item>
          <Form.Item name="paper" label="纸张">
            <Radio.Group options={['A4', 'A3']} />
          </Form.Item>
          {canReveal ? (
            <Form.Item name="reveal" valuePropName="checked" extra="默认身份证号、电话脱敏；明文导出会记入审计日志。">
              <Checkbox>导出明文（身份证号、电话）</Checkbox>
            </Form.Item>
          ) : null}
        </Form>
        {job.running ? <JobProgress status={job.status} onCancel={job.cancel} data-testid="handbook-form-progress" /> : null}
      </Modal>
    </>
  );
}
