// 网格地图: the town's grids drawn from their boundaries (offline, no tiles), coloured by a
// chosen measure, village/community outlines emphasised; click a grid for its side panel.
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Segmented, Space, Spin, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { MAP_MEASURE_LABELS, type MapMeasure } from '../../../../shared/registry/map-types';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { useRpcQuery } from '../../app/rpc-hooks';
import { downloadBase64 } from '../../ui/file-download';
import { useSession } from '../../app/session';
import { GeoChart, registerGeoMap } from '../../ui/geo-chart';
import { BoundaryImportModal } from './boundary-import-modal';
import { GridPanel } from './grid-panel';
import { unitsOfGrids } from '../org/org-tree-data';
import { buildTownMap, mapOption, measurePalette } from './map-data';
import './map.css';

const MEASURE_ORDER: MapMeasure[] = ['openCases', 'overdueCases', 'population', 'households', 'floating', 'rentals', 'organisations', 'special'];

export function MapPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const measures = MEASURE_ORDER.filter(
    (m) =>
      (m !== 'special' || session.can('special.read')) &&
      ((m !== 'openCases' && m !== 'overdueCases') || session.can('cases.read')),
  );
  const paramMeasure = params.get('measure') as MapMeasure | null;
  const measure: MapMeasure = paramMeasure && measures.includes(paramMeasure) ? paramMeasure : (measures[0] ?? 'population');
  const selectedId = params.get('grid');
  const [zoom, setZoom] = useState(1);
  const [size, setSize] = useState({ width: 1200, height: 900 });
  const canvasRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = canvasRef.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setSize({ width: node.clientWidth, height: node.clientHeight }));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const [importing, setImporting] = useState(false);
  const [rendered, setRendered] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { message } = App.useApp();
  const exportBoundaries = async () => {
    setExporting(true);
    try {
      downloadBase64(await invoke('registry.exportBoundaries', {}));
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const unitsQuery = useRpcQuery('org.units', {});
  const gridsQuery = useRpcQuery('org.grids', {});
  const measureQuery = useRpcQuery('registry.mapMeasures', { measure }, { placeholderData: (prev) => prev });
  // A grid worker's map is its own grids (the core colours no other).
  const scopeGrids = session.user?.grids ?? null;
  const units = useMemo(() => unitsOfGrids(unitsQuery.data ?? [], scopeGrids), [unitsQuery.data, scopeGrids]);
  const town = useMemo(() => buildTownMap(units), [units]);
  const mapName = useMemo(() => registerGeoMap('towngrid', town.collection), [town]);
  const villageNames = useMemo(() => new Map(units.filter((u) => u.kind === 'village' || u.kind === 'community').map((u) => [u.id, u.name])), [units]);
  const option = useMemo(
    () => mapOption({ mapName, town, measure: measureQuery.data, villageNames, zoom, size, selectedId }),
    [mapName, town, measureQuery.data, villageNames, zoom, size, selectedId],
  );
  const rows = useMemo(() => new Map((gridsQuery.data ?? []).map((r) => [r.id, r])), [gridsQuery.data]);
  const grids = useMemo(() => units.filter((u) => u.kind === 'grid' && !u.archived), [units]);
  const selected = selectedId ? units.find((u) => u.id === selectedId) : undefined;

  const select = useCallback(
    (id: string | null) => {
      const next = new URLSearchParams(params);
      if (id) next.set('grid', id);
      else next.delete('grid');
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  // Labels follow the zoom in steps, so a wheel turn does not rebuild the option 20 times.
  const onZoom = useCallback((z: number) => setZoom(Math.round(z * 4) / 4), []);
  const m = measureQuery.data;
  const top = m ? [...m.values].sort((a, b) => b.value - a.value).slice(0, 12) : [];
  const total = m ? m.values.reduce((s, v) => s + v.value, 0) : 0;
  const palette = measurePalette(measure);

  return (
    <div className="tg-map" data-testid="map-page">
      <Card className="tg-map-main" size="small">
        <div className="tg-map-toolbar">
          <Space size="middle">
            <h2 className="tg-page-title">网格地图</h2>
            <Segmented
              value={measure}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                next.set('measure', String(v));
                setParams(next, { replace: true });
              }}
              options={measures.map((x) => ({ value: x, label: MAP_MEASURE_LABELS[x] }))}
              data-testid="map-measure"
            />
          </Space>
          <Space>
            {town.missing.length > 0 ? <Tag color="orange">{town.missing.length} 个网格未绘制边界</Tag> : null}
            <span className="tg-muted">滚轮缩放、拖动平移；放大后显示全部网格名称</span>
            <Button icon={<ExportOutlined />} loading={exporting} onClick={() => void exportBoundaries()} data-testid="map-export-boundaries">
              导出边界
            </Button>
            {session.can('org.write') ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="map-import-boundaries">
                导入边界
              </Button>
            ) : null}
          </Space>
        </div>
        {m && !m.available ? <Alert type="warning" showIcon title={`“${m.label}”的数据暂不可用`} style={{ marginBottom: 8 }} /> : null}
        <div ref={canvasRef} className="tg-map-canvas" data-testid="map-canvas" data-rendered={rendered ? 'yes' : 'no'} data-measure={m?.measure ?? ''}>
          {unitsQuery.isPending ? (
            <div className="tg-map-empty">
              <Spin />
            </div>
          ) : town.grids.size === 0 ? (
            <div className="tg-map-empty">
              <Empty description="还没有网格边界。请用“导入边界”导入GeoJSON文件。" />
            </div>
          ) : (
            <GeoChart option={option} onRegionClick={(id) => town.grids.has(id) && select(id)} onZoom={onZoom} onRendered={() => setRendered(true)} testId="map-chart" />
          )}
        </div>
      </Card>
      <Card className="tg-map-panel" size="small" title={selected ? '网格详情' : `${MAP_MEASURE_LABELS[measure]}排行`} extra={selected ? <a onClick={() => select(null)}>返回排行</a> : null}>
        {selected ? (
          <GridPanel
            key={selected.id}
            grid={selected}
            row={rows.get(selected.id)}
            villageName={villageNames.get(selected.parentId ?? '') ?? ''}
            measure={m}
            grids={grids}
            onSelect={select}
          />
        ) : (
          <div data-testid="map-ranking">
            <div className="tg-map-total">
              {scopeGrids ? '所辖网格合计' : '全镇合计'} <b>{total.toLocaleString('zh-CN')}</b> {m?.unit ?? ''}，{town.grids.size} 个网格
            </div>
            <ol className="tg-map-rank">
              {top.map((v, i) => {
                const g = town.grids.get(v.gridId) ?? units.find((u) => u.id === v.gridId);
                const width = m && m.max > 0 ? Math.max(2, (v.value / m.max) * 100) : 0;
                return (
                  <li key={v.gridId} onClick={() => select(v.gridId)} className="tg-map-rank-row">
                    <span className={`tg-map-rank-no ${i < 3 ? 'is-top' : ''}`}>{i + 1}</span>
                    <span className="tg-map-rank-name">{g?.name ?? v.gridId}</span>
                    <span className="tg-map-rank-bar">
                      <span style={{ width: `${width}%`, background: `linear-gradient(90deg, ${palette[1]}, ${palette[3]})` }} />
                    </span>
                    <span className="tg-map-rank-value">{v.value.toLocaleString('zh-CN')}</span>
                  </li>
                );
              })}
            </ol>
            <div className="tg-muted tg-map-hint">点击地图上的网格查看详情、团队和台账。</div>
          </div>
        )}
      </Card>
      <BoundaryImportModal open={importing} units={units} onClose={() => setImporting(false)} />
    </div>
  );
}
