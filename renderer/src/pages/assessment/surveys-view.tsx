// 满意度测评: every grid's half-yearly satisfaction survey (score, sample size, date), filtered by
// half-year; 登记测评 and 导入测评结果 for 考核加减分. A score under 80 is marked: it asks the
// grid for a written self-examination, twice in a year its workers' removal (the run's 预警).
import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { SurveyRow } from '../../../../shared/assessment/survey-types';
import { SURVEY_PASS } from '../../../../shared/assessment/warning-rules';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { pointsText } from './assessment-format';
import { recentHalfYears, SurveyFormModal } from './survey-form-modal';
import { SurveyImportModal } from './survey-import-modal';

export function SurveysView() {
  const { can } = useSession();
  const [halfYear, setHalfYear] = useState<string>('');
  const surveys = useRpcQuery('assessment.surveys', halfYear ? { halfYear } : {});
  const [editing, setEditing] = useState<SurveyRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const mayEnter = can('assessment.adjust');
  const rows = surveys.data ?? [];
  const low = rows.filter((s) => s.score < SURVEY_PASS).length;
  return (
    <div data-testid="assessment-surveys">
      <div className="tga-toolbar">
        <Space>
          <span className="tga-run-title">群众满意度测评</span>
          <Select
            value={halfYear}
            onChange={setHalfYear}
            style={{ width: 150 }}
            options={[{ value: '', label: '全部半年' }, ...recentHalfYears()]}
            data-testid="survey-filter"
          />
          <span className="tg-muted">
            共{rows.length}条{low ? `，其中${low}条低于${SURVEY_PASS}分` : ''}
          </span>
        </Space>
        {mayEnter ? (
          <Space>
            <Button onClick={() => setImporting(true)} data-testid="survey-import-open">
              导入测评结果
            </Button>
            <Button type="primary" onClick={() => setEditing('new')} data-testid="survey-new">
              登记测评
            </Button>
          </Space>
        ) : null}
      </div>
      <Table<SurveyRow>
        rowKey="id"
        size="small"
        loading={surveys.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未登记满意度测评' }}
        data-testid="survey-table"
        columns={[
          { title: '测评半年', dataIndex: 'halfYearLabel', width: 130 },
          { title: '村/社区', dataIndex: 'villageName', width: 140, ellipsis: true },
          { title: '网格', dataIndex: 'gridName', ellipsis: true },
          {
            title: '得分',
            key: 'score',
            width: 130,
            align: 'right',
            render: (_, s) =>
              s.score < SURVEY_PASS ? (
                <span className="tga-survey-low">
                  {pointsText(s.score)} <Tag color="red">低于{SURVEY_PASS}分</Tag>
                </span>
              ) : (
                pointsText(s.score)
              ),
          },
          { title: '样本数', dataIndex: 'sampleSize', width: 80, align: 'right' },
          { title: '测评日期', dataIndex: 'surveyDate', width: 110 },
          { title: '备注', dataIndex: 'note', ellipsis: true },
          ...(mayEnter
            ? [
                {
                  title: '操作',
                  key: 'edit',
                  width: 70,
                  render: (_: unknown, s: SurveyRow) => (
                    <Button type="link" size="small" onClick={() => setEditing(s)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SurveyFormModal open={editing !== null} editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <SurveyImportModal open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
