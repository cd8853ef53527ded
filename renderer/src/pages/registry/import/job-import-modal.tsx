// A spreadsheet import in a modal, for records that are not a ledger (paper work logs, survey
// results …): upload (the core checks every row in a job, writes nothing), the preview (bad rows
// with their Chinese reasons, to fix and upload again or exclude), then one all-or-nothing commit.
// The caller names its methods through `preview`, `commit` and `cancel`; the steps are the ledgers'.
import { Alert, Button, Modal, Result } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportKindSpec } from '../../../../../shared/registry/import-fields';
import type { ImportCommitResult, ImportPreview } from '../../../../../shared/registry/import-types';
import { errorMessage } from '../../../app/api-error';
import { isCancelled, useJob, type JobRun } from '../../../app/use-job';
import { readFileBase64 } from '../../../ui/file-upload';
import { JobProgress } from '../../../ui/job-progress';
import { ImportPreviewStep } from './import-preview-step';
import { ImportUploadStep } from './import-upload-step';
import '../registry.css';

export interface JobImportProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  title: string;
  spec: ImportKindSpec;
  /** Shown above the upload: what a row is and the rules it must meet. */
  intro: { title: string; description: ReactNode };
  /** What the records are called in the refusals (日志, 测评结果 …): 「未写入任何…」. */
  noun: string;
  preview(job: JobRun, file: { fileBase64: string; fileName: string }): Promise<ImportPreview>;
  commit(job: JobRun, input: { jobId: string; excludeRows: number[] }): Promise<ImportCommitResult>;
  cancel(jobId: string): Promise<unknown>;
  doneTitle: string;
  doneText(result: ImportCommitResult): string;
  testId: string;
}

export function JobImportModal(p: JobImportProps) {
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
    if (preview && !result) void p.cancel(preview.jobId).catch(() => undefined);
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
      setPreview(await p.preview(checkJob, { fileBase64, fileName: file.name }));
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
      setResult(await p.commit(commitJob, { jobId: preview.jobId, excludeRows: [...excluded] }));
      p.onImported();
    } catch (err) {
      setCommitError(isCancelled(err) ? `已取消导入，未写入任何${p.noun}` : errorMessage(err));
    } finally {
      setCommitting(false);
    }
  };

  const close = () => {
    reset();
    p.onClose();
  };

  return (
    <Modal open={p.open} onCancel={close} footer={null} width={960} title={p.title} destroyOnHidden data-testid={p.testId}>
      {result ? (
        <Result
          status="success"
          title={p.doneTitle}
          subTitle={p.doneText(result)}
          data-testid={`${p.testId}-result`}
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
          <div className="tg-muted">全部写入成功才会生效，取消则不写入任何{p.noun}。</div>
        </div>
      ) : preview ? (
        <>
          {commitError ? (
            <Alert type="error" showIcon title={`导入没有完成，未写入任何${p.noun}`} description={commitError} style={{ marginBottom: 12 }} data-testid={`${p.testId}-failed`} />
          ) : null}
          <ImportPreviewStep
            spec={p.spec}
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
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={p.intro.title} description={p.intro.description} />
          <ImportUploadStep label={p.spec.label} checking={checking} progress={checkJob.status} error={uploadError} onFile={(f) => void onFile(f)} onCancel={checkJob.cancel} onBack={close} />
        </>
      )}
    </Modal>
  );
}

/** The columns of a spec for an intro: 网格（必填）、测评半年、… */
export function columnsNote(spec: ImportKindSpec): string {
  return spec.fields.map((f) => `${f.label}${f.required ? '（必填）' : ''}`).join('、');
}
