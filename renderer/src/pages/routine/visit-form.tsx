// 登记走访: household (searched by 户号, 户主 or address among the plan's households, or picked
// from the list), date (today unless changed), who was met (a member, or typed), situation,
// needs, follow-up. Keyboard only: type to find the household, Enter picks it, Tab to 走访情况,
// Enter saves (Shift+Enter a new line); the form clears and the household search takes focus.
import { Alert, App, AutoComplete, Button, Form, Input, Select, Space } from 'antd';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { RefSelectProps } from 'antd/es/select';
import { VISIT_CLASS_KIND_LABELS } from '../../../../shared/routine/visit-classes';
import type { PlanHousehold } from '../../../../shared/routine/visit-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';

interface VisitValues {
  householdId?: string;
  date: string;
  met?: string;
  situation?: string;
  needs?: string;
  followUp?: string;
}

const FIELDS = ['householdId', 'date', 'metName', 'situation', 'needs', 'followUp'];

export interface VisitFormHandle {
  /** Puts a household in the form and moves to 走访情况. */
  pick: (householdId: string) => void;
}

export const VisitForm = forwardRef<VisitFormHandle, { today: string; households: PlanHousehold[] }>(function VisitForm({ today, households }, ref) {
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const save = useRpcMutation('routine.saveVisit', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const householdRef = useRef<RefSelectProps>(null);
  const situationRef = useRef<HTMLTextAreaElement | null>(null);
  const householdId = Form.useWatch('householdId', form);
  const record = useRpcQuery('registry.household', { id: householdId ?? '' }, { enabled: !!householdId });

  useImperativeHandle(ref, () => ({
    pick: (id: string) => {
      form.setFieldsValue({ householdId: id, met: undefined });
      setTimeout(() => situationRef.current?.focus(), 0);
    },
  }));

  // The head of the household is the usual person met.
  useEffect(() => {
    const d = record.data;
    if (!d || d.household.id !== householdId || form.getFieldValue('met')) return;
    const head = d.members.find((m) => m.relationToHead === '户主') ?? d.members[0];
    if (head) form.setFieldsValue({ met: head.name });
  }, [record.data, householdId, form]);

  const householdOptions = useMemo(
    () =>
      households.map((h) => ({
        value: h.householdId,
        label: `${h.householdNo} ${h.headName ?? ''} ${h.address ?? ''}`.trim(),
        title: VISIT_CLASS_KIND_LABELS[h.classKind],
      })),
    [households],
  );
  const members = householdId && record.data?.household.id === householdId ? record.data.members : [];
  const memberOptions = members.map((m) => ({ value: m.name, label: `${m.name}（${m.relationToHead ?? '成员'}）` }));

  const submit = async () => {
    setError(null);
    const v = form.getFieldsValue(true) as VisitValues;
    form.setFields(FIELDS.map((name) => ({ name: name as keyof VisitValues, errors: [] })));
    if (!v.householdId) {
      form.setFields([{ name: 'householdId', errors: ['请选择走访的户'] }]);
      householdRef.current?.focus();
      return;
    }
    const met = (v.met ?? '').trim();
    const member = members.find((m) => m.name === met);
    try {
      const saved = await save.mutateAsync({
        householdId: v.householdId,
        date: v.date || today,
        metPersonId: member?.id ?? null,
        metName: member ? '' : met,
        situation: v.situation ?? '',
        needs: v.needs ?? '',
        followUp: v.followUp ?? '',
      });
      void message.success(`已登记 ${saved.householdNo} ${saved.date} 的走访`);
      form.resetFields();
      form.setFieldsValue({ date: v.date || today });
      // After the form is enabled again (it is disabled while saving).
      setTimeout(() => householdRef.current?.focus(), 0);
    } catch (err) {
      showFieldErrors(form, err, FIELDS);
      setError(errorMessage(err));
    }
  };

  /** Enter saves from the text fields (Shift+Enter: a new line), Ctrl+Enter from anywhere. */
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    const inText = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !target.closest('.ant-select'));
    if (e.ctrlKey || e.metaKey || (inText && !e.shiftKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <div className="tgr-visit-form" onKeyDown={onKeyDown} data-testid="visit-form">
      <div className="tgr-recent-title">登记走访</div>
      {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="visit-error" /> : null}
      <Form<VisitValues> form={form} layout="vertical" initialValues={{ date: today }} disabled={save.isPending} className="tgr-form">
        <Form.Item name="householdId" label="走访户（输入户号、户主或地址）">
          <Select
            ref={householdRef}
            showSearch
            optionFilterProp="label"
            options={householdOptions}
            placeholder="如：0012 或 张"
            autoFocus
            onChange={() => form.setFieldsValue({ met: undefined })}
            onSelect={() => setTimeout(() => situationRef.current?.focus(), 0)}
            data-testid="visit-household"
          />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="date" label="走访日期">
            <Input type="date" max={today} style={{ width: 150 }} data-testid="visit-date" />
          </Form.Item>
          <Form.Item name="met" label="接待人">
            <AutoComplete style={{ width: 190 }} options={memberOptions} placeholder="家庭成员，或填写姓名" data-testid="visit-met" />
          </Form.Item>
        </Space>
        <Form.Item name="situation" label="走访情况">
          <Input.TextArea ref={(el) => { situationRef.current = el?.resizableTextArea?.textArea ?? null; }} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="家庭情况、身体状况、安全隐患等" data-testid="visit-situation" />
        </Form.Item>
        <Form.Item name="needs" label="诉求需求">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="visit-needs" />
        </Form.Item>
        <Form.Item name="followUp" label="跟进措施">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="visit-follow-up" />
        </Form.Item>
      </Form>
      <Button type="primary" onClick={() => void submit()} loading={save.isPending} data-testid="visit-submit">
        保存走访 <span className="tgc-key">Enter</span>
      </Button>
    </div>
  );
});
