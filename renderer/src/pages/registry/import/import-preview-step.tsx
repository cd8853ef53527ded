// Step 4: what the import will do — new, updated, unchanged, and the rows that cannot be
// imported with the reasons. Bad rows must be fixed in the file (and uploaded again) or
// excluded one by one / all at once; nothing is half-imported.
import { Alert, Button, Checkbox, Collapse, Space, Table, Tag, Tooltip } from 'antd';
import type { ImportKindSpec } from '../../../../../shared/registry/import-fields';
import type { ImportPreview, ImportRowClears, ImportRowProblem, ImportSampleRow } from '../../../../../shared/registry/import-types';
import type { ImportSourceKind } from '../../../../../shared/registry/registry-types';
import { formatDateTime } from '../format';

interface Props {
  spec: ImportKindSpec;
  preview: ImportPreview;
  excluded: Set<number>;
  onExcluded: (rows: Set<number>) => void;
  /** Checks again with blank cells clearing (or keeping) stored values. */
  onClearBlank: (clear: boolean) => void;
  checking: boolean;
  onReupload: () => void;
  onBack: () => void;
  onCommit: () => void;
  committing: boolean;
}

const ACTION_TAGS: Record<ImportSampleRow['action'], { label: string; color: string }> = {
  insert: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  unchanged: { label: '无变化', color: 'default' },
};

function Figure({ label, value, tone, testId }: { label: string; value: number; tone?: string; testId: string }) {
  return (
    <div className={`tg-import-figure ${tone ? `is-${tone}` : ''}`} data-testid={testId}>
      <div className="tg-import-figure-value">{value.toLocaleString('zh-CN')}</div>
      <div className="tg-import-figure-label">{label}</div>
    </div>
  );
}

/** What identifies a row of each import (shown so the keeper finds the row in the file). */
const IDENTITY_TITLES: Record<ImportSourceKind, string> = {
  person: '姓名 / 身份证号',
  special: '姓名 / 身份证号',
  house: '房屋地址',
  organisation: '单位名称 / 地址',
  facility: '部件编码 / 名称',
  dispute: '排查日期 / 当事人',
  workLog: '网格员 / 日期',
  visit: '户号 / 户主 / 走访日期',
  survey: '网格 / 测评半年 / 日期',
};

function identityColumn(kind: ImportSourceKind) {
  return {
    title: IDENTITY_TITLES[kind],
    dataIndex: 'identity',
    width: 260,
    render: (v: string | undefined) => (v ? <span data-testid="bad-row-identity">{v}</span> : <span className="tg-muted">—</span>),
  };
}

/** The option to let blank cells clear stored values, and the rows that would then clear something. */
function ClearBlankOption({ spec, preview, checking, onClearBlank }: Pick<Props, 'spec' | 'preview' | 'checking' | 'onClearBlank'>) {
  const { clears } = preview;
  return (
    <div className="tg-import-clear" data-testid="preview-clear-blank">
      <Checkbox checked={preview.clearBlank} disabled={checking} onChange={(e) => onClearBlank(e.target.checked)} data-testid="clear-blank">
        空白单元格清空原有内容
      </Checkbox>
      <span className="tg-muted">
        {preview.clearBlank ? '已勾选：更新已有记录时，表中留空的单元格会清空台账中原有的内容。' : '未勾选：更新已有记录时，表中留空的单元格保留台账中原有的内容。'}
      </span>
      {preview.clearBlank && clears.length > 0 ? (
        <Table<ImportRowClears>
          size="small"
          rowKey="row"
          style={{ marginTop: 8 }}
          dataSource={clears}
          pagination={clears.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          data-testid="preview-clears"
          columns={[
            { title: 'Excel行号', dataIndex: 'row', width: 100, render: (v: number) => `第 ${v} 行` },
            identityColumn(spec.kind),
            { title: '将清空', dataIndex: 'fields', render: (f: string[]) => f.join('、') },
          ]}
        />
      ) : null}
      {preview.clearBlank && clears.length === 0 ? <div className="tg-muted">没有需要清空的原有内容。</div> : null}
    </div>
  );
}

export function ImportPreviewStep({ spec, preview, excluded, onExcluded, onClearBlank, checking, onReupload, onBack, onCommit, committing }: Props) {
  const bad = preview.invalid;
  const pending = bad.filter((r) => !excluded.has(r.row)).length;
  const allExcluded = bad.length > 0 && pending === 0;
  const importable = preview.valid;
  const sampleFields = spec.fields.slice(0, 8);

  return (
    <div data-testid="import-step-preview">
      <div className="tg-import-figures">
        <Figure label="数据行" value={preview.total} testId="preview-total" />
        <Figure label="新增" value={preview.willInsert} tone="insert" testId="preview-insert" />
        <Figure label="更新" value={preview.willUpdate} tone="update" testId="preview-update" />
        <Figure label="无变化" value={preview.unchanged} testId="preview-unchanged" />
        <Figure label="有错误" value={bad.length} tone={bad.length ? 'error' : undefined} testId="preview-errors" />
      </div>

      {bad.length > 0 ? (
        <>
          <Alert
            type={pending ? 'error' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              pending
                ? `有 ${bad.length} 行不能导入。请在Excel中改正后重新上传，或勾选“排除”跳过这些行。`
                : `已排除全部 ${bad.length} 行错误数据，其余 ${importable.toLocaleString('zh-CN')} 行可以导入。`
            }
            data-testid="preview-bad-alert"
          />
          <Table<ImportRowProblem>
            size="small"
            rowKey="row"
            dataSource={bad}
            pagination={bad.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="preview-bad-rows"
            columns={[
              {
                title: (
                  <Checkbox
                    checked={allExcluded}
                    indeterminate={excluded.size > 0 && !allExcluded}
                    onChange={(e) => onExcluded(e.target.checked ? new Set(bad.map((r) => r.row)) : new Set())}
                    data-testid="exclude-all"
                  >
                    排除全部错误行
                  </Checkbox>
                ),
                key: 'exclude',
                width: 170,
                render: (_: unknown, r) => (
                  <Checkbox
                    checked={excluded.has(r.row)}
                    onChange={(e) => {
                      const next = new Set(excluded);
                      if (e.target.checked) next.add(r.row);
                      else next.delete(r.row);
                      onExcluded(next);
                    }}
                    data-testid={`exclude-row-${r.row}`}
                  >
                    排除
                  </Checkbox>
                ),
              },
              { title: 'Excel行号', dataIndex: 'row', width: 100, render: (v: number) => <b>第 {v} 行</b> },
              identityColumn(spec.kind),
              {
                title: '问题',
                dataIndex: 'reasons',
                render: (reasons: string[]) => (
                  <ul className="tg-import-reasons">
                    {reasons.map((x, i) => (
                      <li key={i}>{x}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`全部 ${preview.total.toLocaleString('zh-CN')} 行检查通过`} data-testid="preview-ok" />
      )}

      {/* Shown whenever a row matches a stored record: a row that only blanks cells counts as unchanged until clearing is asked for. */}
      {preview.willUpdate > 0 || preview.unchanged > 0 || preview.clearBlank ? <ClearBlankOption spec={spec} preview={preview} checking={checking} onClearBlank={onClearBlank} /> : null}

      <Collapse
        style={{ marginTop: 12 }}
        items={[
          ...(preview.warnings.length > 0
            ? [
                {
                  key: 'warnings',
                  label: `提示 ${preview.warnings.length} 条（不影响导入）`,
                  children: (
                    <Table<ImportRowProblem>
                      size="small"
                      rowKey="row"
                      dataSource={preview.warnings}
                      pagination={preview.warnings.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                      columns={[
                        { title: 'Excel行号', dataIndex: 'row', width: 100, render: (v: number) => `第 ${v} 行` },
                        identityColumn(spec.kind),
                        { title: '提示', dataIndex: 'reasons', render: (r: string[]) => r.join('；') },
                      ]}
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'sample',
            label: `数据样例（前 ${preview.sample.length} 行将如何写入）`,
            children: (
              <Table<ImportSampleRow>
                size="small"
                rowKey="row"
                dataSource={preview.sample}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 70 },
                  {
                    title: '操作',
                    dataIndex: 'action',
                    width: 80,
                    render: (a: ImportSampleRow['action']) => <Tag color={ACTION_TAGS[a].color}>{ACTION_TAGS[a].label}</Tag>,
                  },
                  ...sampleFields.map((f) => ({ title: f.label, key: f.key, render: (_: unknown, r: ImportSampleRow) => r.values[f.key] ?? '' })),
                ]}
              />
            ),
          },
        ]}
      />

      <div className="tg-import-actions">
        <Button onClick={onBack} disabled={committing}>
          调整列对应
        </Button>
        <Button onClick={onReupload} disabled={committing} data-testid="preview-reupload">
          上传改正后的文件
        </Button>
        <Space>
          <Tooltip title={pending ? '请先改正或排除错误行' : undefined}>
            <Button type="primary" disabled={pending > 0 || importable === 0 || checking} loading={committing} onClick={onCommit} data-testid="import-commit">
              导入 {importable.toLocaleString('zh-CN')} 行
            </Button>
          </Tooltip>
          <span className="tg-muted">预检结果保留至 {formatDateTime(preview.expiresAt)}</span>
        </Space>
      </div>
    </div>
  );
}
