// Photos and scans attached to an intake or an action: picked files are read in the browser
// and carried inline as base64 (the contract allows up to 6 files of about 2 MB each).
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import type { AttachmentInput } from '../../../../shared/cases/case-inputs';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import type { CaseAttachmentMeta } from '../../../../shared/cases/case-types';
import { downloadBase64 } from '../../ui/file-download';
import { readFileBase64 } from '../../ui/file-upload';

const MAX_FILES = 6;
const MAX_BYTES = 2 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,application/pdf';

interface Props {
  value?: AttachmentInput[];
  onChange?: (next: AttachmentInput[]) => void;
}

export function AttachmentsField({ value = [], onChange }: Props) {
  const { message } = App.useApp();
  const add = async (file: File) => {
    if (value.length >= MAX_FILES) {
      void message.warning(`每次最多${MAX_FILES}个附件`);
      return;
    }
    if (!ACCEPT.split(',').includes(file.type)) {
      void message.warning('附件只支持图片（JPG、PNG、WebP、GIF）或PDF');
      return;
    }
    if (file.size > MAX_BYTES) {
      void message.warning(`“${file.name}”超过2MB，请压缩后再上传`);
      return;
    }
    const dataBase64 = await readFileBase64(file);
    onChange?.([...value, { name: file.name.slice(0, 120), mime: file.type, dataBase64 }]);
  };
  return (
    <Upload
      accept={ACCEPT}
      multiple
      fileList={value.map((a, i) => ({ uid: `${i}-${a.name}`, name: a.name, status: 'done' as const }))}
      beforeUpload={(file) => {
        void add(file);
        return false;
      }}
      onRemove={(f) => {
        const i = Number(String(f.uid).split('-')[0]);
        onChange?.(value.filter((_, j) => j !== i));
      }}
    >
      <Button icon={<PaperClipOutlined />} data-testid="attachments-pick">
        添加照片/附件
      </Button>
    </Upload>
  );
}

/** A link that fetches an attachment and opens (images, PDF) or downloads it. */
export function AttachmentLink({ meta }: { meta: CaseAttachmentMeta }) {
  const { message } = App.useApp();
  const open = async () => {
    try {
      const a = await invoke('cases.attachment', { id: meta.id });
      downloadBase64({ base64: a.dataBase64, fileName: a.name, mime: a.mime });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  return (
    <a onClick={() => void open()} className="tgc-attachment">
      <PaperClipOutlined /> {meta.name}
      <span className="tg-muted">（{Math.max(1, Math.round(meta.size / 1024))}KB）</span>
    </a>
  );
}
