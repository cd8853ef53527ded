// Step 1: which ledger the file is for, its template and what each column means.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { IMPORT_SPECS, type ImportField } from '../../../../../shared/registry/import-fields';
import type { ImportKind } from '../../../../../shared/registry/registry-types';
import { invoke } from '../../../app/api-client';
import { errorMessage } from '../../../app/api-error';
import { downloadBase64 } from '../../../ui/file-download';

const TYPE_LABELS: Record<ImportField['type'], string> = {
  text: '文本',
  citizenId: '身份证号',
  phone: '电话',
  date: '日期',
  time: '时间',
  int: '整数',
  decimal: '数字',
  enum: '选项',
  tags: '多选',
  bool: '是/否',
  gender: '性别',
  ethnicity: '民族',
  grid: '网格',
};

export function ImportKindStep({ kinds, kind, onKind, onNext }: { kinds: ImportKind[]; kind: ImportKind; onKind: (k: ImportKind) => void; onNext: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const spec = IMPORT_SPECS[kind];
  const download = async () => {
    setBusy(true);
    try {
      downloadBase64(await invoke('registry.template', { kind }));
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="import-step-kind">
      <div className="tg-import-kinds">
        {kinds.map((k) => (
          <button key={k} type="button" className={`tg-import-kind ${k === kind ? 'is-active' : ''}`} onClick={() => onKind(k)} data-testid={`import-kind-${k}`}>
            <div className="tg-import-kind-title">{IMPORT_SPECS[k].label}</div>
            <div className="tg-import-kind-note">{IMPORT_SPECS[k].matchNote}</div>
          </button>
        ))}
      </div>
      <Table<ImportField>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...spec.fields]}
        title={() => (
          <b>
            “{spec.label}”模板的列（{spec.fields.length}列，带 <span className="tg-warn-high">*</span> 的必填）
          </b>
        )}
        columns={[
          {
            title: '列名',
            dataIndex: 'label',
            width: 160,
            render: (v: string, f) => (
              <span>
                {f.required ? <span className="tg-warn-high">* </span> : null}
                {v}
              </span>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 90, render: (t: ImportField['type']) => <Tag>{TYPE_LABELS[t]}</Tag> },
          { title: '示例', dataIndex: 'example', width: 220, render: (v: string) => v || <span className="tg-muted">—</span> },
          { title: '填写说明', dataIndex: 'note', render: (v: string | undefined) => v ?? '' },
          {
            title: '也能识别的列名',
            dataIndex: 'variants',
            render: (v: readonly string[]) => <span className="tg-muted">{v.slice(0, 6).join('、')}</span>,
          },
        ]}
      />
      <div className="tg-import-actions">
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid="import-template">
          下载“{spec.label}”模板
        </Button>
        <Button type="primary" onClick={onNext} data-testid="import-next">
          下一步：上传文件
        </Button>
      </div>
    </div>
  );
}
