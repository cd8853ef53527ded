// Shared frame of the printable pages: a toolbar (hidden when printing) and the @page rule
// for the chosen paper.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Segmented, Space } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import './notice.css';

export type Paper = 'A4' | 'A3';

export function PrintPage({
  title,
  paper,
  onPaper,
  extra,
  children,
  ready,
  testId,
}: {
  title: string;
  paper: Paper;
  onPaper?: (p: Paper) => void;
  extra?: ReactNode;
  children: ReactNode;
  ready: boolean;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <div className={`tg-print tg-paper-${paper}`} data-testid={testId} data-ready={ready ? 'yes' : 'no'}>
      <style>{`@page { size: ${paper} portrait; margin: 0; }`}</style>
      <div className="tg-print-toolbar tg-no-print">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            返回
          </Button>
          <b>{title}</b>
        </Space>
        <Space>
          {onPaper ? (
            <Segmented value={paper} onChange={(v) => onPaper(v as Paper)} options={[{ value: 'A4', label: 'A4 纵向' }, { value: 'A3', label: 'A3 纵向' }]} data-testid="print-paper" />
          ) : null}
          {extra}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
            打印 / 导出PDF
          </Button>
        </Space>
      </div>
      <div className="tg-print-stage">{children}</div>
    </div>
  );
}

/** A person's photo, or a placeholder with the surname. */
export function Avatar({ name, photo, className }: { name: string; photo: { mime: string; base64: string } | null; className?: string }) {
  if (photo) return <img className={`tg-avatar ${className ?? ''}`} src={`data:${photo.mime};base64,${photo.base64}`} alt={name} />;
  return (
    <div className={`tg-avatar tg-avatar-empty ${className ?? ''}`} aria-label={name}>
      <svg viewBox="0 0 64 80" className="tg-avatar-figure" aria-hidden>
        <circle cx="32" cy="28" r="14" />
        <path d="M6 80c0-16 12-26 26-26s26 10 26 26z" />
      </svg>
      <span className="tg-avatar-initial">{name.slice(0, 1)}</span>
    </div>
  );
}
