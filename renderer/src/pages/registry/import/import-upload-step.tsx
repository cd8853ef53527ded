// Step 2: choose the .xlsx/.csv; it is read in the browser and checked by the core (nothing
// is written yet). While the core reads a large file, its job events drive the bar.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import type { JobStatus } from '../../../../../shared/jobs/job-types';
import { fileSizeText } from '../../../ui/file-upload';
import { JobProgress } from '../../../ui/job-progress';

interface Props {
  /** What is imported, e.g. 实有人口. */
  label: string;
  checking: { fileName: string; size: number } | null;
  progress: JobStatus | null;
  error: string | null;
  onFile: (file: File) => void;
  onCancel: () => void;
  onBack: () => void;
}

export function ImportUploadStep({ label, checking, progress, error, onFile, onCancel, onBack }: Props) {
  return (
    <div data-testid="import-step-upload">
      {error ? <Alert type="error" showIcon title="文件无法导入" description={error} style={{ marginBottom: 16 }} data-testid="import-upload-error" /> : null}
      {checking ? (
        <div className="tg-import-progress" data-testid="import-checking">
          <div className="tg-import-phase">
            正在检查“{checking.fileName}”（{fileSizeText(checking.size)}）
          </div>
          <JobProgress status={progress} starting="读取文件…" onCancel={onCancel} />
          <div className="tg-muted">检查在后台进行，可以继续使用其他页面。</div>
        </div>
      ) : (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击选择或拖入“{label}”的Excel文件</p>
          <p className="ant-upload-hint">支持 .xlsx 和 .csv（UTF-8或GBK）；可以直接用自己的表格，下一步核对各列对应的字段。导入前会先逐行检查，不会写入任何数据。</p>
        </Upload.Dragger>
      )}
      <div className="tg-import-actions">
        <Button onClick={onBack} disabled={!!checking}>
          上一步
        </Button>
      </div>
    </div>
  );
}
