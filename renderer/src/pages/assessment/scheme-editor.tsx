// 考核方案 editor: name, level, period, 百分制/千分制, the indicator items (weight, target and
// scoring rule, the formula shown under each) and the grade thresholds. The server checks the
// scheme (weights adding up to the total, indicators for the level); its messages land on the
// fields. Saving a scheme a run has used makes its next version (docs/assessment.md).
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SchemeRow } from '../../../../shared/assessment/assessment-types';
import { PERIOD_KIND_LABELS, PERIOD_KINDS, SUBJECT_LEVEL_LABELS, SUBJECT_LEVELS } from '../../../../shared/assessment/scheme';
import { ApiError, errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { formPath, indicatorFormula, indicatorOptions, RULE_KIND_LABELS, toFormValues, toSchemeInput, type SchemeFormValues } from './scheme-form';

export function SchemeEditor({ scheme, onClose }: { scheme: SchemeRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SchemeFormValues>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const save = useRpcMutation('assessment.saveScheme', { silent: true });
  const level = Form.useWatch('level', form) ?? scheme?.level ?? 'grid';
  const total = Form.useWatch('total', form) ?? scheme?.total ?? 100;
  const items = Form.useWatch('items', form) ?? [];
  const sum = Math.round(items.reduce((n, i) => n + (Number(i?.weight) || 0), 0) * 100) / 100;

  const submit = async () => {
    const values = await form.validateFields();
    setOtherErrors([]);
    try {
      const saved = await save.mutateAsync({ id: scheme?.id, isDefault: values.isDefault, scheme: toSchemeInput(values) });
      void message.success(scheme?.inUse ? `已保存为“${saved.name}”第${saved.version}版` : `“${saved.name}”已保存`);
      onClose();
    } catch (err) {
      if (!(err instanceof ApiError) || err.details.length === 0) {
        setOtherErrors([errorMessage(err)]);
        return;
      }
      const rest: string[] = [];
      const fields: { name: (string | number)[]; errors: string[] }[] = [];
      for (const d of err.details) {
        const name = formPath(d.path);
        if (name) fields.push({ name, errors: [d.message] });
        else rest.push(d.message);
      }
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      setOtherErrors(rest);
    }
  };

  const readOnly = scheme?.retired ?? false;
  return (
    <Drawer
      open
      width={920}
      title={scheme ? `${readOnly ? '查看' : '修改'}考核方案：${scheme.name}（第${scheme.version}版）` : '新建考核方案'}
      onClose={onClose}
      destroyOnHidden
      data-testid="scheme-editor"
      extra={
        readOnly ? null : (
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="scheme-save">
              保存
            </Button>
          </Space>
        )
      }
    >
      {scheme?.inUse && !readOnly ? (
        <Alert className="tga-frozen" type="info" showIcon title={`该方案已被考核使用：保存后生成第${scheme.version + 1}版，已开展的考核仍按第${scheme.version}版计分。`} />
      ) : null}
      {readOnly ? <Alert className="tga-frozen" type="warning" showIcon title="该版本已被新版本取代，仅供查看（已开展的考核仍按此版本计分）。" /> : null}
      <Form form={form} layout="vertical" initialValues={toFormValues(scheme)} disabled={readOnly} onValuesChange={() => setOtherErrors([])}>
        <div className="tga-scheme-head">
          <Form.Item name="name" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]} className="tga-scheme-name">
            <Input maxLength={60} data-testid="scheme-name" />
          </Form.Item>
          <Form.Item name="level" label="考核对象">
            <Select disabled={!!scheme} options={SUBJECT_LEVELS.map((l) => ({ value: l, label: SUBJECT_LEVEL_LABELS[l] }))} />
          </Form.Item>
          <Form.Item name="periodKind" label="考核周期">
            <Select options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="total" label="计分制">
            <Radio.Group
              options={[
                { value: 100, label: '百分制' },
                { value: 1000, label: '千分制' },
              ]}
            />
          </Form.Item>
        </div>
        <Typography.Title level={5}>考核指标</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <div className="tga-scheme-items" data-testid="scheme-items">
              {fields.map((field) => (
                <SchemeItemRow key={field.key} index={field.name} level={level} onRemove={() => remove(field.name)} />
              ))}
              <div className="tga-scheme-sum">
                <Button onClick={() => add({ kind: 'linear' })} data-testid="scheme-add-item">
                  添加指标
                </Button>
                <span className={sum === total ? 'tg-muted' : 'tga-scheme-sum-bad'} data-testid="scheme-sum">
                  指标分值合计 {sum} 分 / 方案总分 {total} 分
                </span>
              </div>
            </div>
          )}
        </Form.List>
        <Typography.Title level={5}>等次分数线（占总分的百分比）</Typography.Title>
        <div className="tga-scheme-head">
          <Form.Item name="excellent" label="优秀 ≥">
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
          <Form.Item name="pass" label="合格 ≥">
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
          <Form.Item name="basic" label="基本合格 ≥">
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
          <span className="tg-muted tga-scheme-note">低于基本合格线为不合格；一票否决的对象为不合格。</span>
        </div>
        <Form.Item name="isDefault" valuePropName="checked">
          <Checkbox>新开展的{SUBJECT_LEVEL_LABELS[level]}考核默认采用此方案</Checkbox>
        </Form.Item>
      </Form>
      {otherErrors.length > 0 ? <Alert type="error" showIcon title="未保存" description={otherErrors.join('；')} data-testid="scheme-errors" /> : null}
    </Drawer>
  );
}

function SchemeItemRow({ index, level, onRemove }: { index: number; level: SchemeFormValues['level']; onRemove: () => void }) {
  const form = Form.useFormInstance<SchemeFormValues>();
  const kind = Form.useWatch(['items', index, 'kind'], form) ?? 'linear';
  const indicator = Form.useWatch(['items', index, 'indicator'], form);
  const formula = indicatorFormula(indicator);
  return (
    <div className="tga-scheme-item" data-testid={`scheme-item-${index}`}>
      <div className="tga-scheme-item-row">
        <Form.Item name={[index, 'indicator']} label="指标" rules={[{ required: true, message: '请选择指标' }]} className="tga-scheme-indicator">
          <Select showSearch={{ optionFilterProp: 'label' }} options={indicatorOptions(level)} placeholder="选择指标" />
        </Form.Item>
        <Form.Item name={[index, 'weight']} label="分值" rules={[{ required: true, message: '请填写分值' }]}>
          <InputNumber min={0} max={1000} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name={[index, 'kind']} label="计分规则">
          <Select style={{ width: 130 }} options={Object.entries(RULE_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {kind === 'linear' ? (
          <>
            <Form.Item name={[index, 'floor']} label="得分下限" rules={[{ required: true, message: '请填写' }]} tooltip="达到或差于此值不得分，下限与目标之间按比例得分">
              <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name={[index, 'target']} label="目标值" rules={[{ required: true, message: '请填写' }]} tooltip="达到或优于此值得满分">
              <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'perEvent' ? (
          <Form.Item name={[index, 'deduct']} label="每次扣分" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={1000} style={{ width: 100 }} />
          </Form.Item>
        ) : null}
        <Button type="link" danger onClick={onRemove} className="tga-scheme-remove">
          删除
        </Button>
      </div>
      {kind === 'steps' ? (
        <Form.List name={[index, 'steps']}>
          {(steps, { add, remove }) => (
            <div className="tga-scheme-steps">
              {steps.map((st) => (
                <Space key={st.key} align="baseline">
                  <Form.Item name={[st.name, 'min']} label="达到" rules={[{ required: true, message: '请填写' }]}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[st.name, 'share']} label="得分比例" rules={[{ required: true, message: '请填写' }]}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(st.name)}>
                    删除此档
                  </Button>
                </Space>
              ))}
              <Button size="small" onClick={() => add({})}>
                添加一档
              </Button>
            </div>
          )}
        </Form.List>
      ) : null}
      {formula ? <div className="tg-muted tga-scheme-formula">计算公式：{formula}</div> : null}
    </div>
  );
}
