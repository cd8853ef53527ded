// 导入纸质日志 / 导入纸质走访记录: the routine's records filled on paper, typed into an Excel
// sheet, checked and imported with the ledgers' import steps — upload (the core checks every
// row, writes nothing), the preview (bad rows with their Chinese reasons, to fix and upload
// again or exclude), then one all-or-nothing commit. The core keeps the importer to its scope.
import { Alert, Button, Modal, Result } from 'antd';
import { useState } from 'react';
import type { ImportCommitResult, ImportPreview } from '../../../../shared/registry/import-types';
import type { RoutineImportKind } from '../../../../shared/registry/registry-types';
import { ROUTINE_IMPORT_SPECS } from '../../../../shared/routine/routine-import';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { isCancelled, useJob } from '../../app/use-job';
import { readFileBase64 } from '../../ui/file-upload';
import { JobProgress } from '../../ui/job-progress';
import { ImportPreviewStep } from '../registry/import/import-preview-step';
import { ImportUploadStep } from '../registry/import/import-upload-step';
import '../registry/registry.css';

/** What the modal says for each kind of paper record; `testId` prefixes its test ids. */
const TEXTS: Record<RoutineImportKind, { title: string; finished: string; noun: string; done: string; rowHint: string; rules: string; testId: string }> = {
  workLog: {
    title: '导入纸质工作日志',
    finished: '纸质日志导入完成',
    noun: '日志',
    done: '导入的日志记为已提交（补填）。',
    rowHint: '每行一名网格员一天的日志',
    rules: '多个巡查地点用顿号分隔；同名网格员请加“联系电话”列。规则与在系统中填写日志相同：不能是未来日期、请假日或已有日志的日期，地点须在网格员负责的网格内。',
    testId: 'log-import',
  },
  visit: {
    title: '导入纸质走访记录',
    finished: '纸质走访记录导入完成',
    noun: '走访记录',
    done: '导入的走访计入各户的走访计划和走访记录。',
    rowHint: '每行一次入户走访',
    rules: '用户号或户主姓名确定走访的户（户主同名时加门牌地址）；同名网格员请加“网格员电话”列。规则与在系统中登记走访相同：不能是未来日期或请假日，户须在网格员当天负责的网格内，同一户同一天只能有一条走访记录。',
    testId: 'visit-import',
  },
};

export function RoutineImportModal({ kind, open, onClose, onImported }: { kind: RoutineImportKind; open: boolean; onClose: () => void; onImported: () => void }) {
  const spec = ROUTINE_IMPORT_SPECS[kind];
  const text = TEXTS[kind];
  const columnsNote = spec.fields.map((f) => `${f.label}${f.required ? '（必填）' : ''}`).join('、');
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
      setPreview(await checkJob.run('routine.importPreview', { kind, fileBase64, fileName: file.name }));
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
      setCommitError(isCancelled(err) ? `已取消导入，未写入任何${text.noun}` : errorMessage(err));
    } finally {
      setCommitting(false);
    }
  };

  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal open={open} onCancel={close} footer={null} width={960} title={text.title} destroyOnHidden data-testid={text.testId}>
      {result ? (
        <Result
          status="success"
          title={text.finished}
          subTitle={`新增${text.noun} ${result.inserted.toLocaleString('zh-CN')} 条，排除 ${result.excluded.toLocaleString('zh-CN')} 行。${text.done}`}
          data-testid={`${text.testId}-result`}
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
          <div className="tg-muted">全部写入成功才会生效，取消则不写入任何{text.noun}。</div>
        </div>
      ) : preview ? (
        <>
          {commitError ? <Alert type="error" showIcon title={`导入没有完成，未写入任何${text.noun}`} description={commitError} style={{ marginBottom: 12 }} data-testid={`${text.testId}-failed`} /> : null}
          <ImportPreviewStep
            spec={spec}
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
            title={text.rowHint}
            description={`列：${columnsNote}。${text.rules}`}
          />
          <ImportUploadStep label={spec.label} checking={checking} progress={checkJob.status} error={uploadError} onFile={(f) => void onFile(f)} onCancel={checkJob.cancel} onBack={close} />
        </>
      )}
    </Modal>
  );
}
