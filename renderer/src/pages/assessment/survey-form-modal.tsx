// 登记满意度测评: one grid's half-yearly survey result (score, sample size, date, note), new or
// corrected. The rules and the refusals (one per grid and half-year, a supervisor's area, a date
// after today …) are the core's; its Chinese message shows on the field it names.
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { periodOfKey } from '../../../../shared/assessment/periods';
import type { SurveyRow } from '../../../../shared/assessment/survey-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { filterPick, useOrgLookups } from '../cases/case-lookups';
import { shanghaiDay } from '../cases/case-format';

interface Values {
  gridId: string;
  halfYear: string;
  score: number;
  sampleSize: number;
  surveyDate: Dayjs;
  note?: string;
}

/** This half-year and the three before it (2026H2, 2026H1, 2025H2, 2025H1). */
export function recentHalfYears(): { value: string; label: string }[] {
  const today = shanghaiDay(Date.now());
  let y = Number(today.slice(0, 4));
  let h = today.slice(5, 7) <= '06' ? 1 : 2;
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 4; i++) {
    const key = `${y}H${h}`;
    out.push({ value: key, label: periodOfKey(key)!.label });
    if (h === 1) {
      h = 2;
      y -= 1;
    } else h = 1;
  }
  return out;
}

/** A new survey: this half-year, taken today. */
function newSurveyDefaults(): Partial<Values> {
  return { halfYear: recentHalfYears()[0]!.value, surveyDate: dayjs(shanghaiDay(Date.now())) };
}

export function SurveyFormModal({ open, editing, onClose }: { open: boolean; editing: SurveyRow | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const org = useOrgLookups();
  const save = useRpcMutation('assessment.saveSurvey', { silent: true });
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      { id: editing?.id, gridId: v.gridId, halfYear: v.halfYear, score: v.score, sampleSize: v.sampleSize, surveyDate: v.surveyDate.format('YYYY-MM-DD'), note: v.note ?? '' },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (!showFieldErrors(form, err, ['gridId', 'halfYear', 'score', 'sampleSize', 'surveyDate', 'note'])) form.setFields([{ name: 'gridId', errors: [err.message] }]);
        },
      },
    );
  };
  const initial = editing
    ? { gridId: editing.gridId, halfYear: editing.halfYear, score: editing.score, sampleSize: editing.sampleSize, surveyDate: dayjs(editing.surveyDate), note: editing.note }
    : newSurveyDefaults();
  return (
    <Modal
      title={editing ? '修改满意度测评' : '登记满意度测评'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'survey-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item name="gridId" label="网格" rules={[{ required: true, message: '请选择网格' }]}>
          <Select showSearch={{ filterOption: filterPick }} placeholder="选择网格，可输入村名或拼音首字母" options={org.gridOptions()} data-testid="survey-grid" />
        </Form.Item>
        <div className="tga-form-row">
          <Form.Item name="halfYear" label="测评半年" rules={[{ required: true, message: '请选择测评半年' }]}>
            <Select options={recentHalfYears()} data-testid="survey-half" />
          </Form.Item>
          <Form.Item name="surveyDate" label="测评日期" rules={[{ required: true, message: '请选择测评日期' }]}>
            <DatePicker style={{ width: '100%' }} data-testid="survey-date" />
          </Form.Item>
        </div>
        <div className="tga-form-row">
          <Form.Item name="score" label="测评得分（0–100分）" extra="低于80分须书面自查" rules={[{ required: true, message: '请填写测评得分' }]}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} data-testid="survey-score" />
          </Form.Item>
          <Form.Item name="sampleSize" label="样本数（份）" rules={[{ required: true, message: '请填写样本数' }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} data-testid="survey-sample" />
          </Form.Item>
        </div>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} placeholder="测评方式、组织单位等" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
