// 导入纸质日志: work logs filled on paper, typed into an Excel sheet, checked and imported with
// the ledgers' import steps — upload (the core checks every row, writes nothing), the preview
// (bad rows with their Chinese reasons, to fix and upload again or exclude), then one
// all-or-nothing commit. The core keeps the importer to its scope.
import { Alert, Button, Modal, Result } from 'antd';
import { useState } from 'react';
import type { ImportCommitResult, ImportPreview } from '../../../../shared/registry/import-types';
import { WORK_LOG_IMPORT } from '../../../../shared/routine/routine-import';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { isCancelled, useJob } from '../../app/use-job';
import { readFileBase64 } from '../../ui/file-upload';
import { JobProgress } from '../../ui/job-progress';
import { ImportPreviewStep } from '../registry/import/import-preview-step';
import { ImportUploadStep } from '../registry/import/import-upload-step';
import '../registry/registry.css';

const COLUMNS_NOTE = WORK_LOG_IMPORT.fields.map((f) => `${f.label}${f.required ? '（必填）' : ''}`).join('、');

export function LogImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const checkJob = useJob();
  const commitJob = useJob();
  const [checking, setChecking] = useState<{ fileName: string; size: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [committing, setCommitting] = useState(false);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);

  const reset = () => {
    if (preview && !result) void invoke('routine.importCancel', { jobId: preview.jobId }).catch(() => undefined);
    setPreview(null);
    setExcluded(new Set());
    setResult(null);
    setCommitError(null);
    setUploadError(null);
  };

  const onFile = async (file: File) => {
    reset();
    setChecking({ fileName: file.name, size: file.size });
    try {
      const fileBase64 = await readFileBase64(file);
      setPreview(await checkJob.run('routine.importPreview', { kind: 'workLog', fileBase64, fileName: file.name }));
    } catch (err) {
      setUploadError(isCancelled(err) ? '已取消检查，可以重新选择文件' : errorMessage(err));
    } finally {
      setChecking(null);
    }
  };

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    setCommitError(null);
    try {
      setResult(await commitJob.run('routine.importCommit', { jobId: preview.jobId, excludeRows: [...excluded] }));
      onImported();
    } catch (err) {
      setCommitError(isCancelled(err) ? '已取消导入，未写入任何日志' : errorMessage(err));
    } finally {
      setCommitting(false);
    }
  };

  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal open={open} onCancel={close} footer={null} width={960} title="导入纸质工作日志" destroyOnHidden data-testid="log-import">
      {result ? (
        <Result
          status="success"
          title="纸质日志导入完成"
          subTitle={`新增日志 ${result.inserted.toLocaleString('zh-CN')} 条，排除 ${result.excluded.toLocaleString('zh-CN')} 行。导入的日志记为已提交（补填）。`}
          data-testid="log-import-result"
          extra={[
            <Button type="primary" key="close" onClick={close}>
              完成
            </Button>,
            <Button key="again" onClick={reset}>
              继续导入
            </Button>,
          ]}
        />
      ) : committing ? (
        <div className="tg-import-progress">
          <JobProgress status={commitJob.status} starting="正在开始写入…" onCancel={commitJob.cancel} />
          <div className="tg-muted">全部写入成功才会生效，取消则不写入任何日志。</div>
        </div>
      ) : preview ? (
        <>
          {commitError ? <Alert type="error" showIcon title="导入没有完成，未写入任何日志" description={commitError} style={{ marginBottom: 12 }} data-testid="log-import-failed" /> : null}
          <ImportPreviewStep
            spec={WORK_LOG_IMPORT}
            preview={preview}
            excluded={excluded}
            onExcluded={setExcluded}
            checking={false}
            onClearBlank={() => undefined}
            onReupload={reset}
            onBack={reset}
            onCommit={() => void commit()}
            committing={committing}
          />
        </>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="每行一名网格员一天的日志"
            description={`列：${COLUMNS_NOTE}。多个巡查地点用顿号分隔；同名网格员请加“联系电话”列。规则与在系统中填写日志相同：不能是未来日期、请假日或已有日志的日期，地点须在网格员负责的网格内。`}
          />
          <ImportUploadStep label={WORK_LOG_IMPORT.label} checking={checking} progress={checkJob.status} error={uploadError} onFile={(f) => void onFile(f)} onCancel={checkJob.cancel} onBack={close} />
        </>
      )}
    </Modal>
  );
}
