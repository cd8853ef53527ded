// The warnings of a run's results: 通报批评, 书面自查, 调整出网格队伍, 培训, 辞退 — each a flag for
// a person to act on, with the reason (periods and figures) the core wrote.
import { Table, Tag } from 'antd';
import { WARNING_KIND_LABELS, type WarningKind, type WarningRow } from '../../../../shared/assessment/results-types';

const WARNING_COLORS: Record<WarningKind, string> = { bottomThree: 'orange', surveyLow: 'gold', surveyLowTwice: 'red', annualTrain: 'gold', annualDismiss: 'red' };

export function WarningsList({ warnings }: { warnings: WarningRow[] }) {
  return (
    <div className="tga-warnings">
      <div className="tga-warnings-title">
        预警（{warnings.length}）<span className="tg-muted">仅依据已定版的考核和满意度测评，需由负责人处理</span>
      </div>
      <Table<WarningRow>
        rowKey={(w) => `${w.kind}-${w.subjectId}`}
        size="small"
        dataSource={warnings}
        pagination={false}
        scroll={{ y: 380 }}
        locale={{ emptyText: '暂无预警' }}
        data-testid="assessment-warnings"
        columns={[
          { title: '类别', key: 'kind', width: 110, render: (_, w) => <Tag color={WARNING_COLORS[w.kind]}>{WARNING_KIND_LABELS[w.kind]}</Tag> },
          { title: '对象', dataIndex: 'name', width: 150, ellipsis: true },
          { title: '原因', dataIndex: 'reason' },
        ]}
      />
    </div>
  );
}
