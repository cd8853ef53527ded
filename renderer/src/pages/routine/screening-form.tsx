// 登记矛盾纠纷排查: one grid's screening of a half month — the date (its half month is the
// period), 「未发现矛盾纠纷」 or the disputes found (type, parties, risk level, summary). Quick with
// the keyboard: the grid and today are preset, Ctrl+Enter records it.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { DISPUTE_KIND_LABELS, type DisputeKind } from '../../../../shared/registry/registry-types';
import { halfMonthLabel, halfMonthOf } from '../../../../shared/routine/half-month';
import type { SaveScreeningInput } from '../../../../shared/routine/screening-inputs';
import { NONE_FOUND_TEXT, RISK_LEVEL_LABELS, type RiskLevel } from '../../../../shared/routine/screening-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { filterPick, withInitials } from '../cases/case-lookups';
import { onCtrlEnter } from '../../ui/ctrl-enter';

interface DisputeValues {
  kind?: DisputeKind;
  parties?: string;
  riskLevel?: RiskLevel;
  summary?: string;
}

interface ScreeningValues {
  gridId?: string;
  date?: Dayjs;
  found?: boolean;
  disputes?: DisputeValues[];
  notes?: string;
}

const KIND_OPTIONS = Object.entries(DISPUTE_KIND_LABELS).map(([value, label]) => ({ value, label, search: withInitials(label) }));

export interface ScreeningTarget {
  gridId: string | null;
  date: string;
}

export function ScreeningForm({
  target,
  grids,
  today,
  onClose,
}: {
  target: ScreeningTarget | null;
  grids: { id: string; name: string }[];
  today: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ScreeningValues>();
  const [error, setError] = useState<string | null>(null);
  const save = useRpcMutation('routine.saveScreening', { silent: true });
  const found = Form.useWatch('found', form);
  const date = Form.useWatch('date', form);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue({ gridId: target.gridId ?? grids[0]?.id, date: dayjs(target.date), found: false, disputes: [], notes: '' });
  }, [target, grids, form]);

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as ScreeningValues;
    if (!v.gridId || !v.date) {
      setError('请选择网格和排查日期');
      return;
    }
    const disputes = v.found ? (v.disputes ?? []) : [];
    if (v.found && disputes.length === 0) {
      setError('请至少登记一件矛盾纠纷，或选择“未发现矛盾纠纷”');
      return;
    }
    const input: SaveScreeningInput = {
      gridId: v.gridId,
      date: v.date.format('YYYY-MM-DD'),
      notes: v.notes ?? '',
      disputes: disputes.map((d) => ({ kind: d.kind as DisputeKind, parties: d.parties ?? '', riskLevel: d.riskLevel as RiskLevel, summary: d.summary ?? '' })),
    };
    try {
      const s = await save.mutateAsync(input);
      void message.success(`已登记${s.gridName}${s.periodLabel}的矛盾纠纷排查`);
      close();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const onKeyDown = onCtrlEnter(submit);

  return (
    <Modal
      open={!!target}
      title="登记矛盾纠纷排查"
      width={720}
      okText={
        <>
          登记 <span className="tgc-key">Ctrl+Enter</span>
        </>
      }
      cancelText="取消"
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      onCancel={close}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'screening-submit' } as Record<string, string>}
    >
      <div onKeyDown={onKeyDown} data-testid="screening-form">
        {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="screening-error" /> : null}
        <Form<ScreeningValues> form={form} layout="vertical" className="tgr-form">
          <Space size="large" align="start" wrap>
            <Form.Item name="gridId" label="网格" required>
              <Select
                style={{ width: 240 }}
                showSearch={{ filterOption: filterPick }}
                options={grids.map((g) => ({ value: g.id, label: g.name, search: withInitials(g.name) }))}
                data-testid="screening-grid"
              />
            </Form.Item>
            <Form.Item name="date" label="排查日期" required extra={date ? `排查期：${halfMonthLabel(halfMonthOf(date.format('YYYY-MM-DD')))}` : null}>
              <DatePicker allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today} data-testid="screening-date" />
            </Form.Item>
            <Form.Item name="found" label="排查结果">
              <Radio.Group
                optionType="button"
                options={[
                  { value: false, label: NONE_FOUND_TEXT },
                  { value: true, label: '发现矛盾纠纷' },
                ]}
                onChange={(e) => {
                  if (e.target.value && !(form.getFieldValue('disputes') as DisputeValues[] | undefined)?.length) form.setFieldValue('disputes', [{ riskLevel: 'low' }]);
                }}
                data-testid="screening-found"
              />
            </Form.Item>
          </Space>
          {found ? (
            <Form.List name="disputes">
              {(fields, { add, remove }) => (
                <div className="tgr-disputes">
                  {fields.map((f, i) => (
                    <div key={f.key} className="tgr-dispute-entry" data-testid={`screening-dispute-${i}`}>
                      <Space align="start" wrap>
                        <Form.Item name={[f.name, 'kind']} label={`纠纷${i + 1} 类型`} rules={[{ required: true, message: '请选择类型' }]}>
                          <Select style={{ width: 130 }} showSearch={{ filterOption: filterPick }} options={KIND_OPTIONS} data-testid="dispute-kind" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'parties']} label="当事人" rules={[{ required: true, message: '请填写当事人' }]}>
                          <Input style={{ width: 220 }} maxLength={200} placeholder="如：王某某、李某某" data-testid="dispute-parties" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'riskLevel']} label="风险等级">
                          <Radio.Group optionType="button" options={Object.entries(RISK_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
                        </Form.Item>
                        <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="删除这件纠纷" className="tgr-dispute-remove" />
                      </Space>
                      <Form.Item name={[f.name, 'summary']} label="简要情况" rules={[{ required: true, message: '请填写简要情况' }]}>
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="dispute-summary" />
                      </Form.Item>
                    </div>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ riskLevel: 'low' })} data-testid="screening-add-dispute">
                    再登记一件
                  </Button>
                </div>
              )}
            </Form.List>
          ) : null}
          <Form.Item name="notes" label="备注">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
