// Step 3: which column of the file holds which field. The core suggests a mapping from the
// headers; the user may change any field's column and check again.
import { Alert, Button, Select, Table, Tag } from 'antd';
import type { ImportKindSpec, ImportField } from '../../../../../shared/registry/import-fields';
import type { ImportPreview } from '../../../../../shared/registry/import-types';

export type Mapping = Record<string, number | null>;

interface Props {
  spec: ImportKindSpec;
  preview: ImportPreview;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
  checking: boolean;
  onBack: () => void;
  onNext: () => void;
}

function colName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function ImportMappingStep({ spec, preview, mapping, onMapping, checking, onBack, onNext }: Props) {
  const used = new Map<number, string>();
  for (const [k, v] of Object.entries(mapping)) if (v !== null && v !== undefined) used.set(v, k);
  const missing = spec.fields.filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined));
  const unmapped = preview.headers.map((h, i) => ({ h, i })).filter(({ h, i }) => h && !used.has(i));
  const sampleFor = (key: string) =>
    preview.sample
      .map((r) => r.values[key])
      .filter((v) => v !== undefined && v !== '')
      .slice(0, 3)
      .join('；');

  return (
    <div data-testid="import-step-mapping">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`工作表“${preview.sheetName}”，第 ${preview.headerRow} 行是表头，共 ${preview.total.toLocaleString('zh-CN')} 行数据`}
        description="下表左边是台账字段，右边选择文件里对应的列。系统已按列名自动对应，请核对；不需要的字段选“不导入”。"
      />
      {missing.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`必填字段还没有对应的列：${missing.map((f) => f.label).join('、')}`} data-testid="mapping-missing" />
      ) : null}
      <Table<ImportField>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...spec.fields]}
        data-testid="mapping-table"
        columns={[
          {
            title: '台账字段',
            dataIndex: 'label',
            width: 180,
            render: (v: string, f) => (
              <span>
                {f.required ? <span className="tg-warn-high">* </span> : null}
                {v}
              </span>
            ),
          },
          {
            title: '文件中的列',
            key: 'column',
            width: 300,
            render: (_: unknown, f) => (
              <Select
                style={{ width: 280 }}
                value={mapping[f.key] ?? -1}
                status={f.required && (mapping[f.key] ?? null) === null ? 'error' : undefined}
                onChange={(v: number) => {
                  const next: Mapping = { ...mapping, [f.key]: v < 0 ? null : v };
                  // A column feeds one field: take it away from the field that had it.
                  if (v >= 0) for (const [k, c] of Object.entries(mapping)) if (c === v && k !== f.key) next[k] = null;
                  onMapping(next);
                }}
                options={[
                  { value: -1, label: '（不导入）' },
                  ...preview.headers.map((h, i) => ({
                    value: i,
                    label: `${colName(i)}列：${h || '（无表头）'}${used.has(i) && used.get(i) !== f.key ? '（已用）' : ''}`,
                  })),
                ]}
                data-testid={`mapping-${f.key}`}
              />
            ),
          },
          {
            title: '对应情况',
            key: 'state',
            width: 120,
            render: (_: unknown, f) =>
              (mapping[f.key] ?? null) === null ? (
                f.required ? (
                  <Tag color="red">缺少</Tag>
                ) : (
                  <Tag>不导入</Tag>
                )
              ) : preview.mapping[f.key] === mapping[f.key] ? (
                <Tag color="green">自动对应</Tag>
              ) : (
                <Tag color="blue">手动调整</Tag>
              ),
          },
          { title: '文件中的示例值', key: 'sample', render: (_: unknown, f) => <span className="tg-mapping-sample">{sampleFor(f.key)}</span> },
        ]}
      />
      {unmapped.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`以下列不会导入：${unmapped.map(({ h, i }) => `${colName(i)}列“${h}”`).join('、')}`}
          data-testid="mapping-unmapped"
        />
      ) : null}
      <div className="tg-import-actions">
        <Button onClick={onBack} disabled={checking}>
          重新选择文件
        </Button>
        <Button type="primary" onClick={onNext} loading={checking} disabled={missing.length > 0} data-testid="mapping-next">
          按此对应检查数据
        </Button>
      </div>
    </div>
  );
}
