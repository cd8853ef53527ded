// 导入台账 wizard: ledger + template → upload → column mapping → preview (bad rows with
// reasons, exclude or fix and re-upload) → commit with a progress bar → summary.
// The core checks and writes as jobs in its writer worker; this page only follows their job
// events and waits for their results, so it stays responsive through a 100,000-row file.
// Either job can be cancelled; a cancelled commit writes nothing.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { ImportCommitResult, ImportPreview } from '../../../../../shared/registry/import-types';
import { IMPORT_KINDS, type ImportKind } from '../../../../../shared/registry/registry-types';
import { invoke } from '../../../app/api-client';
import { errorMessage } from '../../../app/api-error';
import { useSession } from '../../../app/session';
import { isCancelled, useJob } from '../../../app/use-job';
import { readFileBase64 } from '../../../ui/file-upload';
import { JobProgress } from '../../../ui/job-progress';
import { ImportKindStep } from './import-kind-step';
import { ImportMappingStep, type Mapping } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportUploadStep } from './import-upload-step';
import '../registry.css';

type Step = 0 | 1 | 2 | 3 | 4;

interface Upload {
  fileName: string;
  size: number;
  base64: string;
}

export function ImportWizardPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kinds = IMPORT_KINDS.filter((k) => k !== 'special' || session.can('special.read'));
  const initialKind = params.get('kind') as ImportKind | null;
  const [kind, setKind] = useState<ImportKind>(initialKind && kinds.includes(initialKind) ? initialKind : 'person');
  const [step, setStep] = useState<Step>(0);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [checking, setChecking] = useState<{ fileName: string; size: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  /** 「空白单元格清空原有内容」: blank cells clear stored values (off: they keep them). */
  const [clearBlank, setClearBlank] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);

  const checkJob = useJob();
  const commitJob = useJob();
  const checkProgress = checking ? checkJob.status : null;
  const spec = IMPORT_SPECS[kind];

  const runPreview = async (file: Upload, withMapping?: Mapping, clear = clearBlank) => {
    setChecking({ fileName: file.fileName, size: file.size });
    setUploadError(null);
    // A new check replaces the previous one: let the core drop it.
    if (preview) void invoke('registry.importCancel', { jobId: preview.jobId }).catch(() => undefined);
    try {
      const p = await checkJob.run('registry.importPreview', { kind, fileBase64: file.base64, fileName: file.fileName, mapping: withMapping, clearBlank: clear });
      setPreview(p);
      setMapping(p.mapping);
      setExcluded(new Set());
      return p;
    } catch (err) {
      setUploadError(isCancelled(err) ? '已取消检查，可以重新选择文件' : errorMessage(err));
      return null;
    } finally {
      setChecking(null);
    }
  };

  const onFile = async (file: File) => {
    let base64: string;
    try {
      base64 = await readFileBase64(file);
    } catch {
      setUploadError('读取文件失败，请确认文件没有被其他程序占用');
      return;
    }
    const next = { fileName: file.name, size: file.size, base64 };
    setUpload(next);
    // A re-upload after fixing rows keeps the user's column choices.
    const p = await runPreview(next, step === 1 && preview && preview.kind === kind ? mapping : undefined);
    if (!p) return;
    if (p.missingRequired.length > 0 || p.unmappedHeaders.length > 0 || !preview) setStep(2);
    else setStep(3);
  };

  const recheck = async () => {
    if (!upload || !preview) return;
    const same = JSON.stringify(mapping) === JSON.stringify(preview.mapping);
    if (same) {
      setStep(3);
      return;
    }
    setStep(2);
    const p = await runPreview(upload, mapping);
    if (p) setStep(3);
  };

  const changeClearBlank = async (clear: boolean) => {
    if (!upload || !preview) return;
    setClearBlank(clear);
    await runPreview(upload, mapping, clear);
  };

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    setCommitError(null);
    setStep(4);
    try {
      const r = await commitJob.run('registry.importCommit', { jobId: preview.jobId, excludeRows: [...excluded] });
      setResult(r);
    } catch (err) {
      setCommitError(isCancelled(err) ? '已取消导入' : errorMessage(err));
    } finally {
      setCommitting(false);
    }
  };

  const restart = () => {
    setStep(0);
    setUpload(null);
    setPreview(null);
    setMapping({});
    setExcluded(new Set());
    setClearBlank(false);
    setResult(null);
    setCommitError(null);
    setUploadError(null);
  };

  return (
    <Card className="tg-import" data-testid="import-wizard">
      <div className="tg-registry-head">
        <div className="tg-registry-title">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/registry')}>
            返回台账
          </Button>
          <h2 className="tg-page-title">导入台账</h2>
          <span className="tg-muted">{spec.label}</span>
        </div>
      </div>
      <Steps
        className="tg-import-steps"
        current={step}
        items={[
          { title: '选择台账', description: '下载模板' },
          { title: '上传文件', description: upload?.fileName ?? '.xlsx / .csv' },
          { title: '核对列', description: '字段与列对应' },
          { title: '预检', description: preview ? `${preview.invalid.length} 行有错误` : '逐行校验' },
          { title: '导入', description: result ? '完成' : '写入台账' },
        ]}
      />
      {step === 0 ? (
        <ImportKindStep
          kinds={[...kinds]}
          kind={kind}
          onKind={(k) => {
            setKind(k);
            setPreview(null);
            setMapping({});
          }}
          onNext={() => setStep(1)}
        />
      ) : null}
      {step === 1 ? <ImportUploadStep
          label={spec.label}
          checking={checking}
          progress={checkProgress}
          error={uploadError}
          onFile={(f) => void onFile(f)}
          onCancel={checkJob.cancel}
          onBack={() => setStep(0)}
        /> : null}
      {step === 2 && preview ? (
        checking ? (
          <ImportUploadStep label={spec.label} checking={checking} progress={checkProgress} error={null} onFile={() => {}} onCancel={checkJob.cancel} onBack={() => {}} />
        ) : (
          <ImportMappingStep spec={spec} preview={preview} mapping={mapping} onMapping={setMapping} checking={checking !== null} onBack={() => setStep(1)} onNext={() => void recheck()} />
        )
      ) : null}
      {step === 3 && preview ? (
        <ImportPreviewStep
          spec={spec}
          preview={preview}
          excluded={excluded}
          onExcluded={setExcluded}
          checking={checking !== null}
          onClearBlank={(c) => void changeClearBlank(c)}
          onReupload={() => setStep(1)}
          onBack={() => setStep(2)}
          onCommit={() => void commit()}
          committing={committing}
        />
      ) : null}
      {step === 4 ? (
        result ? (
          <Result
            status="success"
            title={`“${spec.label}”导入完成`}
            subTitle={`新增 ${result.inserted.toLocaleString('zh-CN')} 条，更新 ${result.updated.toLocaleString('zh-CN')} 条，无变化 ${result.unchanged.toLocaleString('zh-CN')} 条，排除 ${result.excluded.toLocaleString('zh-CN')} 行。每条变更都已记入修改记录。`}
            data-testid="import-result"
            extra={[
              <Button type="primary" key="open" onClick={() => void navigate(`/registry?kind=${kind}`)} data-testid="import-open-ledger">
                查看台账
              </Button>,
              <Button key="again" onClick={restart}>
                继续导入
              </Button>,
            ]}
          />
        ) : commitError ? (
          <Result
            status="error"
            title="导入没有完成，台账未作任何修改"
            subTitle={commitError}
            data-testid="import-failed"
            extra={[
              <Button key="back" onClick={() => setStep(3)}>
                返回预检
              </Button>,
              <Button key="again" onClick={restart}>
                重新开始
              </Button>,
            ]}
          />
        ) : (
          <div className="tg-import-progress">
            <JobProgress status={commitJob.status} starting="正在开始写入…" onCancel={commitJob.cancel} data-testid="import-progress" />
            <div className="tg-muted">全部写入成功才会生效，取消则台账不作任何修改；写入在后台进行，可以继续使用其他页面。</div>
          </div>
        )
      ) : null}
    </Card>
  );
}
