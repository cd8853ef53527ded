// 调整相邻网格: the grids that are alerted together (联动); kept symmetric by the core.
import { App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { useRpcMutation } from '../../app/rpc-hooks';

interface Props {
  open: boolean;
  grid: OrgUnit;
  current: string[];
  grids: OrgUnit[];
  onClose: () => void;
}

export function NeighborsModal({ open, grid, current, grids, onClose }: Props) {
  const { message } = App.useApp();
  const [value, setValue] = useState<string[] | null>(null);
  const chosen = value ?? current;
  const save = useRpcMutation('registry.setNeighbors', {
    onSuccess: () => {
      void message.success('相邻网格已更新（双向）');
      setValue(null);
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={`调整“${grid.name}”的相邻网格`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => save.mutate({ gridId: grid.id, neighborIds: chosen })}
      onCancel={() => {
        setValue(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="相邻网格" extra="相邻网格在突发事件时联动提醒；这里的修改会同时更新对方网格。">
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            value={chosen}
            onChange={setValue}
            options={grids.filter((g) => g.id !== grid.id && g.kind === 'grid' && !g.archived).map((g) => ({ value: g.id, label: g.name }))}
            data-testid="neighbors-select"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
