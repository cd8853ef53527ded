// The composer's page editor: name and canvas, the panels as rectangles on the page's grid
// (click one to select it), each placement's column, row, width and height, and a live preview
// of the page with the real panels at small scale. Problems are listed as you type; the page can
// only be saved when its layout holds together (the core checks the same rules).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { BOARD_CANVASES, BOARD_CANVAS_INFO, layoutProblems, type BoardCanvas, type BoardPage } from '../../../../shared/board/board-layout';
import { BOARD_GRID, BOARD_PANEL_IDS, BOARD_PANELS, type BoardPanelId, type BoardPanelPlacement } from '../../../../shared/board/board-panels';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { BoardGrid } from '../board/board-grid';
import { STAGE_HEIGHT } from '../board/board-stage';
import '../board/board.css';
import { placeNewPanel, replaceAt } from './page-layout-edit';

export interface PageDraft {
  id?: string;
  name: string;
  canvas: BoardCanvas;
  panels: BoardPanelPlacement[];
}

export const draftOf = (page: BoardPage): PageDraft => ({ id: page.id, name: page.name, canvas: page.canvas, panels: page.panels.map((p) => ({ ...p })) });

const PREVIEW_WIDTH = 560;

export function PageEditor({ initial, onDone }: { initial: PageDraft; onDone: () => void }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<PageDraft>(initial);
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState<BoardPanelId | null>(null);
  const save = useRpcMutation('board.savePage', { silent: true });
  const info = BOARD_CANVAS_INFO[draft.canvas];
  const problems = layoutProblems(draft.canvas, draft.panels);
  const badIndexes = new Set(problems.map((p) => p.index));
  const unused = BOARD_PANEL_IDS.filter((id) => !draft.panels.some((p) => p.panel === id));
  const setPanels = (panels: BoardPanelPlacement[]) => setDraft((d) => ({ ...d, panels }));

  const submit = async () => {
    try {
      await save.mutateAsync({ ...draft, name: draft.name });
      void message.success(`页面「${draft.name.trim()}」已保存，大屏随即更新`);
      onDone();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const num = (index: number, key: 'x' | 'y' | 'w' | 'h', max: number) => (
    <InputNumber
      size="small"
      min={key === 'w' || key === 'h' ? 1 : 0}
      max={max}
      precision={0}
      value={draft.panels[index]![key]}
      onChange={(v) => setPanels(replaceAt(draft.panels, index, { [key]: v ?? 0 }))}
      data-testid={`place-${draft.panels[index]!.panel}-${key}`}
      style={{ width: 64 }}
    />
  );

  const scale = PREVIEW_WIDTH / info.width;
  return (
    <div className="tgc-editor" data-testid="page-editor">
      <Space wrap className="tgc-editor-head">
        <Input
          value={draft.name}
          maxLength={30}
          placeholder="页面名称，如：网格地图"
          onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          style={{ width: 220 }}
          data-testid="page-name"
        />
        <Select<BoardCanvas>
          value={draft.canvas}
          onChange={(canvas) => setDraft((d) => ({ ...d, canvas }))}
          options={BOARD_CANVASES.map((c) => ({ value: c, label: BOARD_CANVAS_INFO[c].label }))}
          style={{ width: 280 }}
          data-testid="page-canvas"
        />
        <Select<BoardPanelId>
          value={adding}
          placeholder="选择要添加的面板"
          onChange={setAdding}
          options={unused.map((id) => ({ value: id, label: `${BOARD_PANELS[id].label}（至少${BOARD_PANELS[id].minW}×${BOARD_PANELS[id].minH}格）` }))}
          style={{ width: 260 }}
          data-testid="page-add-select"
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!adding}
          onClick={() => {
            if (!adding) return;
            setPanels([...draft.panels, placeNewPanel(draft.canvas, draft.panels, adding)]);
            setSelected(draft.panels.length);
            setAdding(null);
          }}
          data-testid="page-add"
        >
          添加面板
        </Button>
      </Space>

      <div className="tgc-editor-body">
        <div className="tgc-layout">
          <div className="tgc-caption">
            布局（{info.columns}列×{BOARD_GRID.rows}行，点击面板可选中）
          </div>
          <div
            className="tgc-grid"
            style={{ aspectRatio: `${info.width} / ${STAGE_HEIGHT - 160}`, gridTemplateColumns: `repeat(${info.columns}, 1fr)`, gridTemplateRows: `repeat(${BOARD_GRID.rows}, 1fr)` }}
            data-testid="page-layout"
          >
            {draft.panels.map((p, i) => (
              <button
                type="button"
                key={`${p.panel}-${i}`}
                className={['tgc-rect', i === selected ? 'tgc-rect-on' : '', badIndexes.has(i) ? 'tgc-rect-bad' : ''].join(' ')}
                style={{ gridColumn: `${p.x + 1} / span ${p.w}`, gridRow: `${p.y + 1} / span ${p.h}` }}
                onClick={() => setSelected(i)}
              >
                {BOARD_PANELS[p.panel].label}
              </button>
            ))}
          </div>
        </div>
        <div className="tgc-preview-box">
          <div className="tgc-caption">实时预览</div>
          <div className="tgc-preview" style={{ width: PREVIEW_WIDTH, height: STAGE_HEIGHT * scale }} data-testid="page-preview">
            <div className="tgb-board tgc-preview-stage" style={{ width: info.width, height: STAGE_HEIGHT, transform: `scale(${scale})` }}>
              <div className="tgc-preview-header">{draft.name || '（未命名页面）'}</div>
              {problems.length === 0 ? <BoardGrid panels={draft.panels} columns={info.columns} /> : <div className="tgb-empty">布局有问题，改正后显示预览</div>}
            </div>
          </div>
        </div>
      </div>

      <Table<BoardPanelPlacement & { index: number }>
        size="small"
        pagination={false}
        rowKey="panel"
        dataSource={draft.panels.map((p, index) => ({ ...p, index }))}
        rowClassName={(r) => (r.index === selected ? 'tgc-row-on' : '')}
        onRow={(r) => ({ onClick: () => setSelected(r.index) })}
        columns={[
          { title: '面板', dataIndex: 'panel', render: (id: BoardPanelId) => BOARD_PANELS[id].label },
          { title: '列（从0起）', render: (_v, r) => num(r.index, 'x', info.columns - 1) },
          { title: '行（从0起）', render: (_v, r) => num(r.index, 'y', BOARD_GRID.rows - 1) },
          { title: '宽（格）', render: (_v, r) => num(r.index, 'w', info.columns) },
          { title: '高（格）', render: (_v, r) => num(r.index, 'h', BOARD_GRID.rows) },
          {
            title: '',
            render: (_v, r) => (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => {
                  setPanels(draft.panels.filter((_p, i) => i !== r.index));
                  setSelected(null);
                }}
                data-testid={`place-${r.panel}-remove`}
              >
                移除
              </Button>
            ),
          },
        ]}
      />

      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="tgc-problems"
          title="布局需要调整后才能保存"
          description={
            <ul data-testid="page-problems">
              {problems.map((p) => (
                <li key={`${p.index}-${p.message}`}>{p.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Space className="tgc-editor-foot">
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={problems.length > 0 || draft.name.trim() === ''} data-testid="page-save">
          保存页面
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </div>
  );
}
