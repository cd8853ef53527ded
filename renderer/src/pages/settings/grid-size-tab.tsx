// 网格规模标准: the household range per grid type; grids outside it are flagged.
import { Alert, App, Button, Form, InputNumber, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { gridSizeRangesSchema, type GridSizeRanges } from '../../../../shared/org/grid-size';
import { GRID_TYPES, GRID_TYPE_LABELS } from '../../../../shared/org/org-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

export function GridSizeTab() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm<GridSizeRanges>();
  const ranges = useRpcQuery('org.gridSizeRanges', {});
  const save = useRpcMutation('org.setGridSizeRanges', { silent: true });
  const canWrite = can('settings.write');

  useEffect(() => {
    if (ranges.data && !form.isFieldsTouched()) form.setFieldsValue(ranges.data);
  }, [ranges.data, form]);

  if (ranges.isPending) return <Spin />;

  const submit = async (v: GridSizeRanges) => {
    const parsed = gridSizeRangesSchema.safeParse(v);
    if (!parsed.success) {
      void message.error(parsed.error.issues[0]?.message ?? '输入内容有误');
      return;
    }
    try {
      const saved = await save.mutateAsync(parsed.data);
      form.resetFields();
      form.setFieldsValue(saved);
      void message.success('网格规模标准已保存，网格列表和大屏的规模提示已按新标准计算');
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <div style={{ maxWidth: 720 }} data-testid="grid-size-tab">
      <Alert
        type="info"
        showIcon
        className="tg-form-alert"
        title="按实践经验：城镇网格一般300–500户（部分乡镇200–300户，小网格100–150户），农村网格约为一个村民小组（50户左右）。超出本镇设定范围的网格会在网格列表和大屏上提示。"
      />
      <Form<GridSizeRanges> form={form} layout="horizontal" labelCol={{ span: 5 }} disabled={!canWrite || save.isPending} onFinish={(v) => void submit(v)}>
        {GRID_TYPES.map((t) => (
          <Form.Item key={t} label={GRID_TYPE_LABELS[t]} required>
            <Space align="baseline">
              <Form.Item name={[t, 'min']} noStyle rules={[{ required: true, message: '请输入下限' }]}>
                <InputNumber min={1} max={5000} precision={0} suffix="户" placeholder="下限" />
              </Form.Item>
              <span>至</span>
              <Form.Item name={[t, 'max']} noStyle rules={[{ required: true, message: '请输入上限' }]}>
                <InputNumber min={1} max={5000} precision={0} suffix="户" placeholder="上限" />
              </Form.Item>
            </Space>
          </Form.Item>
        ))}
        {canWrite ? (
          <Form.Item wrapperCol={{ offset: 5 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
          </Form.Item>
        ) : (
          <Form.Item wrapperCol={{ offset: 5 }}>
            <span className="tg-muted">当前账号只能查看，修改需“修改系统设置”权限。</span>
          </Form.Item>
        )}
      </Form>
    </div>
  );
}
