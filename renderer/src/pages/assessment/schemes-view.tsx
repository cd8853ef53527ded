// 考核方案: the schemes in force per subject level and period, with their versions; 新建 and 修改
// for 考核管理. A version a run used stays as it was (its replacement is the next version).
import { Button, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { SchemeRow } from '../../../../shared/assessment/assessment-types';
import { PERIOD_KIND_LABELS, SUBJECT_LEVEL_LABELS, SUBJECT_LEVELS } from '../../../../shared/assessment/scheme';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../cases/case-format';
import { SchemeEditor } from './scheme-editor';

export function SchemesView() {
  const { can } = useSession();
  const schemes = useRpcQuery('assessment.schemes', {});
  const [history, setHistory] = useState(false);
  const [editing, setEditing] = useState<SchemeRow | 'new' | null>(null);
  const rows = (schemes.data ?? [])
    .filter((s) => history || !s.retired)
    .sort((a, b) => SUBJECT_LEVELS.indexOf(a.level) - SUBJECT_LEVELS.indexOf(b.level) || a.periodKind.localeCompare(b.periodKind) || b.version - a.version);
  const manage = can('assessment.manage');
  return (
    <div data-testid="assessment-schemes">
      <div className="tga-toolbar">
        <span className="tg-muted">
          每个考核对象与周期采用一个默认方案；首次开展考核时自动启用内置方案。被考核使用过的方案修改后生成新版本，已有考核不受影响。
        </span>
        <span className="tga-toolbar-actions">
          <span className="tg-muted">显示历史版本</span>
          <Switch size="small" checked={history} onChange={setHistory} />
          {manage ? (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="scheme-new">
              新建方案
            </Button>
          ) : null}
        </span>
      </div>
      <Table<SchemeRow>
        rowKey="id"
        size="small"
        loading={schemes.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '尚无保存的方案：开展考核时将启用内置方案' }}
        onRow={(s) => ({ 'data-testid': `scheme-row-${s.level}-${s.periodKind}-v${s.version}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '方案名称', dataIndex: 'name' },
          { title: '考核对象', key: 'level', width: 100, render: (_, s) => SUBJECT_LEVEL_LABELS[s.level] },
          { title: '周期', key: 'period', width: 70, render: (_, s) => PERIOD_KIND_LABELS[s.periodKind] },
          { title: '计分制', key: 'total', width: 80, render: (_, s) => (s.total === 1000 ? '千分制' : '百分制') },
          { title: '指标', key: 'items', width: 60, render: (_, s) => s.items.length },
          { title: '版本', key: 'version', width: 70, render: (_, s) => `第${s.version}版` },
          {
            title: '状态',
            key: 'status',
            width: 150,
            render: (_, s) => (
              <>
                {s.retired ? <Tag>已被新版本取代</Tag> : null}
                {s.isDefault ? <Tag color="blue">默认</Tag> : null}
                {s.inUse ? <Tag color="green">已用于考核</Tag> : null}
              </>
            ),
          },
          { title: '保存时间', key: 'at', width: 150, render: (_, s) => fmtDateTime(s.createdAt) },
          {
            title: '',
            key: 'act',
            width: 70,
            render: (_, s) => (
              <Button type="link" size="small" onClick={() => setEditing(s)} data-testid={`scheme-edit-${s.level}-${s.periodKind}-v${s.version}`}>
                {manage && !s.retired ? '修改' : '查看'}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <SchemeEditor scheme={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
