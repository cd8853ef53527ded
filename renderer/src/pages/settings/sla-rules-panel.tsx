// 办理时限规则: each rule sets a limit in working days for a category, a handling type and/or
// a responsibility level (empty = all); the most specific matching rule wins. The preview
// shows which rule a case would get and its deadline if registered now.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, TreeSelect, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { SlaRuleRow } from '../../../../shared/cases/catalogue-types';
import {
  HANDLING_TYPES,
  HANDLING_TYPE_LABELS,
  RESPONSIBILITY_LEVELS,
  RESPONSIBILITY_LEVEL_LABELS,
  type HandlingType,
  type ResponsibilityLevel,
} from '../../../../shared/cases/case-types';
import { DEFAULT_SLA_DAYS, MAX_SLA_DAYS } from '../../../../shared/cases/sla-rules';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

interface RuleValues {
  categoryId?: string | null;
  handlingType?: HandlingType | null;
  level?: ResponsibilityLevel | null;
  days: number;
  note?: string;
}

function useCategoryTree() {
  const tree = useRpcQuery('catalogue.tree', {});
  return useMemo(
    () =>
      (tree.data ?? []).map((c) => ({
        value: c.id,
        title: c.name,
        children: c.children.map((s) => ({ value: s.id, title: `${c.name} / ${s.name}` })),
      })),
    [tree.data],
  );
}

function SlaPreviewCard() {
  const treeData = useCategoryTree();
  const tree = useRpcQuery('catalogue.tree', {});
  const [categoryId, setCategoryId] = useState<string | undefined>(undefined);
  const [handlingType, setHandlingType] = useState<HandlingType>('general');
  const [level, setLevel] = useState<ResponsibilityLevel | undefined>(undefined);
  // A subcategory is previewed with its parent as the category.
  const parentOf = useMemo(() => {
    const m = new Map<string, string | null>();
    for (const c of tree.data ?? []) {
      m.set(c.id, null);
      for (const s of c.children) m.set(s.id, c.id);
    }
    return m;
  }, [tree.data]);
  const parent = categoryId ? parentOf.get(categoryId) : undefined;
  const preview = useRpcQuery(
    'sla.preview',
    { categoryId: parent ?? categoryId ?? '', subcategoryId: parent ? categoryId : null, handlingType, level },
    { enabled: !!categoryId, silent: true },
  );
  return (
    <Card size="small" title="时限预览（按现在登记计算）" className="tgs-preview" data-testid="sla-preview">
      <Space wrap>
        <TreeSelect
          style={{ width: 240 }}
          placeholder="选择分类或小类"
          treeData={treeData}
          value={categoryId}
          onChange={(v?: string) => setCategoryId(v)}
          allowClear
          showSearch={{ treeNodeFilterProp: 'title' }}
          data-testid="sla-preview-category"
        />
        <Select style={{ width: 120 }} value={handlingType} onChange={setHandlingType} options={HANDLING_TYPES.map((t) => ({ value: t, label: HANDLING_TYPE_LABELS[t] }))} />
        <Select
          style={{ width: 200 }}
          value={level}
          allowClear
          placeholder="按办理类型默认层级"
          onChange={(v?: ResponsibilityLevel) => setLevel(v)}
          options={RESPONSIBILITY_LEVELS.map((l) => ({ value: l, label: RESPONSIBILITY_LEVEL_LABELS[l] }))}
        />
      </Space>
      {preview.data && categoryId ? (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
          <Descriptions.Item label="办理时限">
            <b data-testid="sla-preview-text">{preview.data.text}</b>
          </Descriptions.Item>
          <Descriptions.Item label="适用规则">{preview.data.rule ? `${preview.data.rule.scope}（${preview.data.rule.note || '无说明'}）` : `无匹配规则，按默认${DEFAULT_SLA_DAYS}个工作日`}</Descriptions.Item>
        </Descriptions>
      ) : (
        <div className="tg-muted" style={{ marginTop: 12 }}>
          选择分类后显示该类事件现在登记的办理期限。
        </div>
      )}
    </Card>
  );
}

export function SlaRulesPanel() {
  const { message } = App.useApp();
  const { can } = useSession();
  const canWrite = can('catalogue.write');
  const rules = useRpcQuery('sla.rules', {});
  const save = useRpcMutation('sla.saveRule', { silent: true });
  const remove = useRpcMutation('sla.removeRule');
  const treeData = useCategoryTree();
  const [form] = Form.useForm<RuleValues>();
  const [editing, setEditing] = useState<SlaRuleRow | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    if (editing !== 'new') form.setFieldsValue({ categoryId: editing.categoryId, handlingType: editing.handlingType, level: editing.level, days: editing.days, note: editing.note });
  }, [editing, form]);

  const submit = async (v: RuleValues) => {
    setError(null);
    try {
      const row = await save.mutateAsync({
        ...(editing && editing !== 'new' ? { id: editing.id } : {}),
        categoryId: v.categoryId ?? null,
        handlingType: v.handlingType ?? null,
        level: v.level ?? null,
        days: v.days,
        note: v.note?.trim() ?? '',
      });
      void message.success(`时限规则已保存：${row.scope}，${row.days}个工作日`);
      setEditing(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const columns: TableColumnsType<SlaRuleRow> = [
    { title: '适用范围（办理类型 · 分类 · 责任层级）', dataIndex: 'scope' },
    { title: '时限', dataIndex: 'days', width: 120, render: (d: number) => (d === 0 ? '当日办结' : `${d}个工作日`) },
    { title: '说明', dataIndex: 'note', width: 260, render: (n: string) => n || <span className="tg-muted">—</span> },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_: unknown, r: SlaRuleRow) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  修改
                </Button>
                <Popconfirm title="删除这条时限规则？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove.mutateAsync({ id: r.id }).then(() => message.success('已删除')).catch(() => undefined)}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="tgs-sla" data-testid="sla-rules">
      <div className="tgs-sla-main">
        <div className="tg-toolbar" style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 12 }}>
          <span className="tg-muted">
            多条规则同时适用时，越具体的规则优先：办理类型 &gt; 分类（小类优于大类）&gt; 责任层级。无匹配规则时按{DEFAULT_SLA_DAYS}个工作日。
          </span>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="sla-add">
              新增规则
            </Button>
          ) : null}
        </div>
        <Table<SlaRuleRow> rowKey="id" size="middle" loading={rules.isPending} columns={columns} dataSource={rules.data ?? []} pagination={false} />
      </div>
      <SlaPreviewCard />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新增时限规则' : '修改时限规则'}
        okText="保存"
        cancelText="取消"
        onOk={() => form.submit()}
        onCancel={() => {
          setError(null);
          setEditing(null);
        }}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} /> : null}
        <Form<RuleValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="handlingType" label="办理类型">
            <Select allowClear placeholder="全部办理类型" options={HANDLING_TYPES.map((t) => ({ value: t, label: HANDLING_TYPE_LABELS[t] }))} />
          </Form.Item>
          <Form.Item name="categoryId" label="事件分类">
            <TreeSelect allowClear placeholder="全部分类" treeData={treeData} showSearch={{ treeNodeFilterProp: 'title' }} />
          </Form.Item>
          <Form.Item name="level" label="责任层级">
            <Select allowClear placeholder="全部层级" options={RESPONSIBILITY_LEVELS.map((l) => ({ value: l, label: RESPONSIBILITY_LEVEL_LABELS[l] }))} />
          </Form.Item>
          <Form.Item name="days" label="时限（工作日，0 表示当日办结）" rules={[{ required: true, message: '请填写时限' }]}>
            <InputNumber min={0} max={MAX_SLA_DAYS} precision={0} suffix="个工作日" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input maxLength={200} placeholder="如：村/社区范围内解决" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
