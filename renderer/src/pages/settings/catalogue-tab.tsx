// 事件分类与时限: the category tree (大类/小类) with its department, default handling type and
// own time limit; the time-limit rules table (by category, handling type, responsibility
// level — the most specific rule wins); and a preview of the deadline a new case would get.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Select, Space, Switch, Tabs, Tag, Tree } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CaseCategory } from '../../../../shared/cases/catalogue-types';
import { HANDLING_TYPES, HANDLING_TYPE_LABELS, type HandlingType } from '../../../../shared/cases/case-types';
import { MAX_SLA_DAYS } from '../../../../shared/cases/sla-rules';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../ui/form-errors';
import { SlaRulesPanel } from './sla-rules-panel';
import './cases-settings.css';

interface CategoryValues {
  name: string;
  code?: string;
  departmentId?: string | null;
  timeLimitDays?: number | null;
  defaultHandlingType?: HandlingType | null;
  sortOrder?: number;
  archived?: boolean;
}

type Editing = { mode: 'edit'; category: CaseCategory } | { mode: 'new'; parent: CaseCategory | null } | null;

function CategoryEditor({ editing, onSaved, canWrite }: { editing: Editing; onSaved: (c: CaseCategory) => void; canWrite: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const departments = useRpcQuery('departments.list', {});
  const save = useRpcMutation('catalogue.saveCategory', { silent: true });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    form.resetFields();
    if (editing?.mode === 'edit') {
      const c = editing.category;
      form.setFieldsValue({
        name: c.name,
        code: c.code,
        departmentId: c.departmentId,
        timeLimitDays: c.timeLimitDays,
        defaultHandlingType: c.defaultHandlingType,
        sortOrder: c.sortOrder,
        archived: c.archived,
      });
    }
  }, [editing, form]);

  if (!editing) return <Empty description="在左侧选择一个分类进行查看或修改" />;
  const parent = editing.mode === 'new' ? editing.parent : null;
  const current = editing.mode === 'edit' ? editing.category : null;

  const submit = async (v: CategoryValues) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        ...(current ? { id: current.id } : { parentId: parent?.id ?? null }),
        name: v.name.trim(),
        code: v.code?.trim() || undefined,
        departmentId: v.departmentId ?? null,
        timeLimitDays: v.timeLimitDays ?? null,
        defaultHandlingType: v.defaultHandlingType ?? null,
        sortOrder: v.sortOrder,
        archived: v.archived ?? false,
      });
      void message.success(`分类“${saved.name}”已保存`);
      onSaved(saved);
    } catch (err) {
      if (!showFieldErrors(form, err, ['name', 'code', 'departmentId', 'timeLimitDays'])) setError(errorMessage(err));
    }
  };

  return (
    <div data-testid="category-editor">
      <h3 className="tgs-editor-title">
        {current ? `修改分类：${current.name}` : parent ? `在“${parent.name}”下新增小类` : '新增大类'}
        {current?.archived ? <Tag style={{ marginLeft: 8 }}>已停用</Tag> : null}
      </h3>
      {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} /> : null}
      <Form<CategoryValues> form={form} layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 16 }} disabled={!canWrite || save.isPending} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label="分类名称" rules={[{ required: true, whitespace: true, message: '请填写分类名称' }, { max: 30, message: '分类名称不能超过30个字' }]}>
          <Input maxLength={30} data-testid="category-name" />
        </Form.Item>
        <Form.Item name="code" label="分类编码" extra={current ? undefined : '可不填，自动编号'}>
          <Input maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="departmentId" label="承办部门" extra={current?.defaultDepartmentName && !current.departmentId ? `未单独设置，当前按“${current.defaultDepartmentName}”` : '派遣到镇职能部门时的默认部门'}>
          <Select allowClear placeholder="按上级分类或部门的受理类别" options={(departments.data ?? []).filter((d) => !d.archived).map((d) => ({ value: d.id, label: d.name }))} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="defaultHandlingType" label="默认办理类型">
          <Select allowClear placeholder="登记时默认“一般性”" options={HANDLING_TYPES.map((t) => ({ value: t, label: HANDLING_TYPE_LABELS[t] }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="timeLimitDays" label="本分类时限" extra="只针对本分类的时限（工作日）；不填则按下方时限规则">
          <InputNumber min={0} max={MAX_SLA_DAYS} precision={0} suffix="个工作日" style={{ width: 200 }} data-testid="category-days" />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序">
          <InputNumber min={0} max={9999} precision={0} style={{ width: 120 }} />
        </Form.Item>
        {current ? (
          <Form.Item name="archived" label="停用" valuePropName="checked" extra="停用后登记时不再可选，已有事件不受影响">
            <Switch />
          </Form.Item>
        ) : null}
        {canWrite ? (
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="category-save">
              保存
            </Button>
          </Form.Item>
        ) : (
          <Form.Item wrapperCol={{ offset: 6 }}>
            <span className="tg-muted">当前账号只能查看，修改需“维护事件分类与时限”权限。</span>
          </Form.Item>
        )}
      </Form>
    </div>
  );
}

function CategoriesPanel() {
  const { can } = useSession();
  const canWrite = can('catalogue.write');
  const tree = useRpcQuery('catalogue.tree', { includeArchived: true });
  const [editing, setEditing] = useState<Editing>(null);
  const byId = useMemo(() => {
    const m = new Map<string, CaseCategory>();
    for (const c of tree.data ?? []) {
      m.set(c.id, c);
      for (const s of c.children) m.set(s.id, s);
    }
    return m;
  }, [tree.data]);

  const treeData = (tree.data ?? []).map((c) => ({
    key: c.id,
    title: (
      <span className={c.archived ? 'tg-muted' : undefined}>
        {c.name}
        <span className="tgs-tree-meta">
          {c.defaultDepartmentName ?? ''}
          {c.timeLimitDays !== null ? ` · ${c.timeLimitDays}个工作日` : ''}
        </span>
      </span>
    ),
    children: c.children.map((s) => ({
      key: s.id,
      title: (
        <span className={s.archived ? 'tg-muted' : undefined}>
          {s.name}
          {s.archived ? '（已停用）' : ''}
          {s.timeLimitDays !== null ? <span className="tgs-tree-meta"> · {s.timeLimitDays}个工作日</span> : null}
        </span>
      ),
    })),
  }));

  const selected = editing?.mode === 'edit' ? editing.category : null;
  const selectedRoot = selected && !selected.parentId ? selected : selected?.parentId ? (byId.get(selected.parentId) ?? null) : null;

  return (
    <div className="tgs-catalogue">
      <Card
        size="small"
        className="tgs-tree-card"
        title={`事件分类（${tree.data?.length ?? 0}个大类）`}
        extra={
          canWrite ? (
            <Space size="small">
              <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new', parent: null })}>
                大类
              </Button>
              <Button size="small" icon={<PlusOutlined />} disabled={!selectedRoot} onClick={() => selectedRoot && setEditing({ mode: 'new', parent: selectedRoot })} data-testid="category-add-sub">
                小类
              </Button>
            </Space>
          ) : null
        }
      >
        <div className="tgs-tree-scroll" data-testid="category-tree">
          <Tree
            blockNode
            treeData={treeData}
            selectedKeys={selected ? [selected.id] : []}
            onSelect={(keys) => {
              const c = keys[0] ? byId.get(String(keys[0])) : undefined;
              if (c) setEditing({ mode: 'edit', category: c });
            }}
          />
        </div>
      </Card>
      <Card size="small" className="tgs-editor-card">
        <CategoryEditor editing={editing} canWrite={canWrite} onSaved={(c) => setEditing({ mode: 'edit', category: c })} />
      </Card>
    </div>
  );
}

export function CatalogueTab() {
  return (
    <div data-testid="catalogue-tab">
      <Tabs
        size="small"
        items={[
          { key: 'categories', label: '事件分类', children: <CategoriesPanel /> },
          { key: 'sla', label: '办理时限规则', children: <SlaRulesPanel /> },
        ]}
      />
    </div>
  );
}
