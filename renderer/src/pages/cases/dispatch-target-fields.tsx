// Where a case goes (派遣): a grid, a village/community, a town department, or up to the
// county — and optionally the handling person (承办人). Used by the case page's 派遣 dialog and
// by bulk dispatch in the queue.
import { AutoComplete, Form, Radio, Select } from 'antd';
import { useMemo } from 'react';
import type { DispatchTargetInput } from '../../../../shared/cases/case-inputs';
import { DISPATCH_TARGETS, DISPATCH_TARGET_LABELS, type DispatchTargetKind } from '../../../../shared/cases/case-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { filterPick, useDepartments, useOrgLookups, withInitials } from './case-lookups';

const COUNTY_SUGGESTIONS = ['县住建局', '县自然资源和规划局', '县生态环境分局', '县市场监管局', '县人力社保局', '县公安局', '县应急管理局', '县信访局'];

export interface TargetDefaults {
  gridId?: string | null;
  villageId?: string | null;
  /** The category's department, which a department dispatch defaults to. */
  departmentName?: string | null;
}

export function DispatchTargetFields({ defaults }: { defaults?: TargetDefaults }) {
  const org = useOrgLookups();
  const departments = useDepartments();
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['target', 'kind'], form) as DispatchTargetKind | undefined;
  const deptOptions = departments.map((d) => ({ value: d.id, label: d.name, search: withInitials(d.name) }));
  const departmentId = Form.useWatch(['target', 'departmentId'], form) as string | undefined;
  const people = useRpcQuery('cases.assignees', {}, { staleTime: 5 * 60_000 });
  const personOptions = useMemo(() => {
    const all = (people.data ?? []).map((u) => {
      const where = u.departmentName ?? u.roleLabel;
      return { value: u.id, label: `${u.displayName}（${where}）`, search: withInitials(`${u.displayName}${where}`), departmentId: u.departmentId };
    });
    // A department's own handlers first when dispatching to it.
    return kind === 'department' && departmentId ? [...all.filter((o) => o.departmentId === departmentId), ...all.filter((o) => o.departmentId !== departmentId)] : all;
  }, [people.data, kind, departmentId]);

  return (
    <>
      <Form.Item name={['target', 'kind']} label="派遣去向" rules={[{ required: true, message: '请选择派遣去向' }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="dispatch-kind">
          {DISPATCH_TARGETS.map((k) => (
            <Radio.Button key={k} value={k} data-testid={`dispatch-kind-${k}`}>
              {DISPATCH_TARGET_LABELS[k]}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {kind === 'grid' ? (
        <Form.Item
          name={['target', 'unitId']}
          label="承办网格"
          extra={defaults?.gridId ? '默认为事件所在网格' : undefined}
          rules={defaults?.gridId ? [] : [{ required: true, message: '请选择承办网格' }]}
        >
          <Select
            allowClear
            showSearch={{ filterOption: filterPick }}
            placeholder={defaults?.gridId ? '事件所在网格' : '选择网格（可输入拼音首字母）'}
            options={org.gridOptions()}
            data-testid="dispatch-grid"
          />
        </Form.Item>
      ) : null}
      {kind === 'village' ? (
        <Form.Item
          name={['target', 'unitId']}
          label="承办村/社区"
          extra={defaults?.villageId ? '默认为事件所在村/社区' : undefined}
          rules={defaults?.villageId ? [] : [{ required: true, message: '请选择承办村/社区' }]}
        >
          <Select
            allowClear
            showSearch={{ filterOption: filterPick }}
            placeholder={defaults?.villageId ? '事件所在村/社区' : '选择村/社区'}
            options={org.villageOptions}
            data-testid="dispatch-village"
          />
        </Form.Item>
      ) : null}
      {kind === 'department' ? (
        <Form.Item
          name={['target', 'departmentId']}
          label="承办部门"
          extra={defaults?.departmentName ? `不选择则派至分类对应部门：${defaults.departmentName}` : '不选择则派至事件分类对应的部门'}
        >
          <Select allowClear showSearch={{ filterOption: filterPick }} placeholder={defaults?.departmentName ?? '按分类默认部门'} options={deptOptions} data-testid="dispatch-department" />
        </Form.Item>
      ) : null}
      {kind === 'county' ? (
        <Form.Item name={['target', 'name']} label="县级部门" rules={[{ required: true, whitespace: true, message: '请填写上报的县级部门' }]}>
          <AutoComplete
            options={COUNTY_SUGGESTIONS.map((v) => ({ value: v }))}
            placeholder="如：县住建局"
            showSearch={{ filterOption: (input, o) => String(o?.value ?? '').includes(input) }}
            data-testid="dispatch-county"
          />
        </Form.Item>
      ) : null}
      {kind && kind !== 'county' ? (
        <Form.Item name="assigneeUserId" label="承办人（可选）" extra="指定具体承办人员，事件将进入其“我的待办”">
          <Select
            allowClear
            showSearch={{ filterOption: filterPick }}
            loading={people.isPending}
            placeholder="不指定则由承办单位安排"
            options={personOptions}
            data-testid="dispatch-assignee"
          />
        </Form.Item>
      ) : null}
    </>
  );
}

/** Form values → the contract's dispatch target (empty fields left out so the core applies its defaults). */
export function toTarget(v: { kind: DispatchTargetKind; unitId?: string; departmentId?: string; name?: string }): DispatchTargetInput {
  return {
    kind: v.kind,
    ...(v.kind === 'grid' || v.kind === 'village' ? (v.unitId ? { unitId: v.unitId } : {}) : {}),
    ...(v.kind === 'department' && v.departmentId ? { departmentId: v.departmentId } : {}),
    ...(v.kind === 'county' && v.name?.trim() ? { name: v.name.trim() } : {}),
  };
}

/** The named handling person, unless the case goes up to the county. */
export function assigneeOf(v: { assigneeUserId?: string; target?: { kind: DispatchTargetKind } }): { assigneeUserId?: string } {
  return v.assigneeUserId && v.target?.kind !== 'county' ? { assigneeUserId: v.assigneeUserId } : {};
}
