// 导入边界: a GeoJSON FeatureCollection of grid polygons (from the surveying office or drawn
// in QGIS). The core checks it first — unknown grids, unclosed or self-intersecting polygons,
// overlaps, gaps — and derives the neighbours; only a clean file is written.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Result, Space, Spin, Table, Tabs, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import type { BoundaryReport } from '../../../../shared/registry/boundary-check';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { fileSizeText, readFileText } from '../../ui/file-upload';

type Report = BoundaryReport & { written: boolean };

export function BoundaryImportModal({ open, units, onClose }: { open: boolean; units: OrgUnit[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; size: number; text: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = new Map(units.map((u) => [u.id, u.name]));

  const check = async (f: File) => {
    setError(null);
    setReport(null);
    setBusy(true);
    try {
      const text = await readFileText(f);
      setFile({ name: f.name, size: f.size, text });
      setReport(await invoke('registry.importBoundaries', { geojson: text, dryRun: true }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const write = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await invoke('registry.importBoundaries', { geojson: file.text });
      setReport(r);
      if (r.written) void message.success(`已写入 ${r.matched.length} 个网格的边界，相邻关系已更新`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setFile(null);
    setReport(null);
    setError(null);
    onClose();
  };
  const pairs = report ? report.neighbours.reduce((n, g) => n + g.neighborIds.length, 0) / 2 : 0;

  return (
    <Modal
      open={open}
      title="导入网格边界（GeoJSON）"
      width={920}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={close}>{report?.written ? '完成' : '取消'}</Button>
          {report && !report.written ? (
            <Button type="primary" disabled={report.errors.length > 0 || report.matched.length === 0} loading={busy} onClick={() => void write()} data-testid="boundary-write">
              写入边界并更新相邻关系
            </Button>
          ) : null}
        </Space>
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      {!report ? (
        busy ? (
          <div className="tg-map-empty">
            <Spin tip="正在检查边界…" />
          </div>
        ) : (
          <Upload.Dragger
            accept=".geojson,.json"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void check(f);
              return false;
            }}
            data-testid="boundary-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">选择或拖入 .geojson 文件</p>
            <p className="ant-upload-hint">每个要素的属性里写网格编码（code / 网格编码）或网格名称（name / 网格名称），坐标为经纬度（WGS84/CGCS2000）。先检查，确认后再写入。</p>
          </Upload.Dragger>
        )
      ) : (
        <div data-testid="boundary-report">
          {report.written ? (
            <Result status="success" title="边界已写入" subTitle={`${report.matched.length} 个网格，推导出 ${pairs} 对相邻网格。`} />
          ) : (
            <Alert
              type={report.errors.length ? 'error' : report.overlaps.length || report.gaps.length ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                report.errors.length
                  ? `发现 ${report.errors.length} 个问题，改正后才能写入`
                  : `检查通过：${report.features} 个要素，对应 ${report.matched.length} 个网格`
              }
              description={file ? `${file.name}（${fileSizeText(file.size)}）` : undefined}
            />
          )}
          <Tabs
            items={[
              {
                key: 'errors',
                label: (
                  <span>
                    问题 <Tag color={report.errors.length ? 'red' : 'green'}>{report.errors.length}</Tag>
                  </span>
                ),
                children: report.errors.length ? (
                  <Table
                    size="small"
                    rowKey={(_, i) => String(i)}
                    pagination={false}
                    dataSource={report.errors}
                    columns={[
                      { title: '要素', dataIndex: 'feature', width: 80, render: (v?: number) => (v ? `第${v}个` : '—') },
                      { title: '网格', dataIndex: 'grid', width: 200, render: (v?: string) => v ?? '—' },
                      { title: '问题', dataIndex: 'message' },
                    ]}
                  />
                ) : (
                  <span className="tg-muted">没有无法识别的网格、未闭合或自相交的多边形。</span>
                ),
              },
              {
                key: 'overlaps',
                label: (
                  <span>
                    重叠 <Tag color={report.overlaps.length ? 'orange' : 'green'}>{report.overlaps.length}</Tag>
                  </span>
                ),
                children: (
                  <Table
                    size="small"
                    rowKey={(r) => `${r.a}-${r.b}`}
                    pagination={false}
                    dataSource={report.overlaps}
                    locale={{ emptyText: '网格之间没有重叠' }}
                    columns={[
                      { title: '网格', dataIndex: 'aName' },
                      { title: '与网格', dataIndex: 'bName' },
                      { title: '重叠面积', dataIndex: 'areaM2', render: (v: number) => `${Math.round(v).toLocaleString('zh-CN')} ㎡` },
                    ]}
                  />
                ),
              },
              {
                key: 'gaps',
                label: (
                  <span>
                    缝隙 <Tag color={report.gaps.length ? 'orange' : 'green'}>{report.gaps.length}</Tag>
                  </span>
                ),
                children: (
                  <Table
                    size="small"
                    rowKey={(r) => `${r.a}-${r.b}`}
                    pagination={false}
                    dataSource={report.gaps}
                    locale={{ emptyText: '相邻网格之间没有缝隙' }}
                    columns={[
                      { title: '网格', dataIndex: 'aName' },
                      { title: '与网格', dataIndex: 'bName' },
                      { title: '缝隙宽度', dataIndex: 'widthM', render: (v: number) => `约 ${v.toFixed(1)} 米` },
                    ]}
                  />
                ),
              },
              {
                key: 'neighbours',
                label: `相邻关系（${pairs}对）`,
                children: (
                  <Table
                    size="small"
                    rowKey="gridId"
                    pagination={{ pageSize: 10, showSizeChanger: false }}
                    dataSource={report.neighbours}
                    columns={[
                      { title: '网格', dataIndex: 'gridId', width: 200, render: (id: string) => names.get(id) ?? id },
                      { title: '相邻网格', dataIndex: 'neighborIds', render: (ids: string[]) => ids.map((id) => names.get(id) ?? id).join('、') },
                    ]}
                  />
                ),
              },
              {
                key: 'matched',
                label: `对应网格（${report.matched.length}）`,
                children: (
                  <Table
                    size="small"
                    rowKey="feature"
                    pagination={{ pageSize: 10, showSizeChanger: false }}
                    dataSource={report.matched}
                    columns={[
                      { title: '要素', dataIndex: 'feature', width: 80 },
                      { title: '网格编码', dataIndex: 'gridCode', width: 180 },
                      { title: '网格名称', dataIndex: 'gridName' },
                      { title: '面积', dataIndex: 'areaKm2', render: (v: number) => `${v.toFixed(3)} km²` },
                    ]}
                  />
                ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
