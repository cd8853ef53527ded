// 登记调解: a mediation of one dispute (调解工作记录表) — date, mediators, parties, process, the
// outcome (调解成功 moves the dispute to 已化解, 移交 to 已移交) and the agreement. Ctrl+Enter records.
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MEDIATION_OUTCOME_LABELS, type MediationOutcome, type ScreenedDispute } from '../../../../shared/routine/screening-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { onCtrlEnter } from '../../ui/ctrl-enter';

interface MediationValues {
  date?: Dayjs;
  mediators?: string;
  parties?: string;
  process?: string;
  outcome?: MediationOutcome;
  agreement?: string;
}

export function MediationForm({ dispute, today, onClose }: { dispute: ScreenedDispute | null; today: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MediationValues>();
  const [error, setError] = useState<string | null>(null);
  const save = useRpcMutation('routine.saveMediation', { silent: true });

  useEffect(() => {
    if (!dispute) return;
    form.resetFields();
    form.setFieldsValue({ date: dayjs(today), parties: dispute.parties, outcome: 'success', mediators: dispute.mediations.at(-1)?.mediators ?? '' });
  }, [dispute, today, form]);

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!dispute) return;
    const v = form.getFieldsValue(true) as MediationValues;
    try {
      await save.mutateAsync({
        disputeId: dispute.id,
        date: (v.date ?? dayjs(today)).format('YYYY-MM-DD'),
        mediators: v.mediators ?? '',
        parties: v.parties ?? '',
        process: v.process ?? '',
        outcome: v.outcome ?? 'success',
        agreement: v.agreement ?? '',
      });
      void message.success('已登记调解记录');
      close();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const onKeyDown = onCtrlEnter(submit);

  return (
    <Modal
      open={!!dispute}
      title={dispute ? `登记调解：${dispute.parties}` : ''}
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
      okButtonProps={{ 'data-testid': 'mediation-submit' } as Record<string, string>}
    >
      <div onKeyDown={onKeyDown} data-testid="mediation-form">
        {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="mediation-error" /> : null}
        <Form<MediationValues> form={form} layout="vertical" className="tgr-form">
          <Form.Item name="date" label="调解日期" required>
            <DatePicker allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
          </Form.Item>
          <Form.Item name="mediators" label="调解人" required>
            <Input maxLength={100} placeholder="如：村调委会 张某某" autoFocus data-testid="mediation-mediators" />
          </Form.Item>
          <Form.Item name="parties" label="当事人" required>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="process" label="调解过程" required>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="mediation-process" />
          </Form.Item>
          <Form.Item name="outcome" label="调解结果" required>
            <Radio.Group optionType="button" options={Object.entries(MEDIATION_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))} data-testid="mediation-outcome" />
          </Form.Item>
          <Form.Item name="agreement" label="协议内容（调解成功时必填）">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="mediation-agreement" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
