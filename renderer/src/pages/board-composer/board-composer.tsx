// 大屏配置 (系统设置): the board's pages (compose, order, delete), the playlists the walls rotate
// and the pin. Composing needs board.manage; pinning a page on every wall needs cases.dispatch
// (a desk during an incident), so a dispatcher sees the pages with the pin control only.
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined, PushpinOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { BOARD_CANVAS_INFO, DEFAULT_BOARD_PAGE, type BoardPage, type BoardPlaylist } from '../../../../shared/board/board-layout';
import { BOARD_PANELS } from '../../../../shared/board/board-panels';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { draftOf, PageEditor, type PageDraft } from './page-editor';
import { PlaylistEditor } from './playlist-editor';
import './board-composer.css';

export function BoardComposer() {
  const { message } = App.useApp();
  const { can } = useSession();
  const canManage = can('board.manage');
  const canPin = can('cases.dispatch');
  const layouts = useRpcQuery('board.layouts', {});
  const [page, setPage] = useState<PageDraft | null>(null);
  const [playlist, setPlaylist] = useState<BoardPlaylist | 'new' | null>(null);
  const archive = useRpcMutation('board.archivePage');
  const reorder = useRpcMutation('board.reorderPages');
  const pin = useRpcMutation('board.pin');
  const activate = useRpcMutation('board.activatePlaylist');
  const archivePlaylist = useRpcMutation('board.archivePlaylist');

  if (layouts.isPending) return <Spin />;
  if (!layouts.data) return <Empty description="大屏配置读取失败" />;
  const { pages, playlists, activePlaylistId } = layouts.data;
  const pinned = layouts.data.pin;

  const move = (i: number, by: number) => {
    const ids = pages.map((p) => p.id);
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id!);
    reorder.mutate({ pageIds: ids });
  };
  const togglePin = async (p: BoardPage) => {
    try {
      await pin.mutateAsync({ pageId: pinned?.pageId === p.id ? null : p.id });
      void message.success(pinned?.pageId === p.id ? '已取消固定，大屏恢复轮播' : `所有大屏已固定显示「${p.name}」`);
    } catch {
      // the hook showed the error
    }
  };

  return (
    <div className="tgc-composer" data-testid="board-composer">
      {pinned ? (
        <div className="tgc-pinned" data-testid="composer-pinned">
          <PushpinOutlined /> 所有大屏正固定显示「{pages.find((p) => p.id === pinned.pageId)?.name}」
          {pinned.pinnedByName ? `（${pinned.pinnedByName} ${new Date(pinned.pinnedAt).toLocaleString('zh-CN', { hour12: false })} 固定）` : ''}
        </div>
      ) : null}
      <Card
        size="small"
        title="大屏页面"
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPage({ name: '', canvas: '16:9', panels: [] })} disabled={page !== null} data-testid="composer-new-page">
              新建页面
            </Button>
          ) : null
        }
      >
        {page ? <PageEditor key={page.id ?? 'new'} initial={page} onDone={() => setPage(null)} /> : null}
        <Table<BoardPage>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={pages}
          locale={{ emptyText: `还没有页面：大屏显示默认的「${DEFAULT_BOARD_PAGE.name}」页。` }}
          columns={[
            { title: '键', width: 48, render: (_v, _p, i) => (i < 9 ? i + 1 : '') },
            {
              title: '页面',
              dataIndex: 'name',
              render: (name: string, p) => (
                <span data-testid={`composer-page-${name}`}>
                  {name} {pinned?.pageId === p.id ? <Tag color="orange">已固定</Tag> : null}
                </span>
              ),
            },
            { title: '画布', dataIndex: 'canvas', render: (c: BoardPage['canvas']) => BOARD_CANVAS_INFO[c].label },
            { title: '面板', render: (_v, p) => p.panels.map((x) => BOARD_PANELS[x.panel].label).join('、') },
            {
              title: '操作',
              render: (_v, p, i) => (
                <Space size={4} wrap>
                  {canPin ? (
                    <Button size="small" icon={<PushpinOutlined />} onClick={() => void togglePin(p)} loading={pin.isPending} data-testid={`composer-pin-${p.name}`}>
                      {pinned?.pageId === p.id ? '取消固定' : '固定到大屏'}
                    </Button>
                  ) : null}
                  {canManage ? (
                    <>
                      <Button size="small" onClick={() => setPage(draftOf(p))} disabled={page !== null}>
                        编辑
                      </Button>
                      <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" />
                      <Button size="small" icon={<ArrowDownOutlined />} disabled={i === pages.length - 1} onClick={() => move(i, 1)} aria-label="下移" />
                      <Popconfirm title={`删除页面「${p.name}」？它将从轮播中移除。`} okText="删除" cancelText="取消" onConfirm={() => archive.mutate({ id: p.id })}>
                        <Button size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
        <div className="tgc-hint">大屏上按 ←/→ 翻页，按数字键固定对应页面（仅该屏），按 0 或 Esc 取消。</div>
      </Card>

      {canManage ? (
        <Card
          size="small"
          title="轮播"
          extra={
            <Button icon={<PlusOutlined />} disabled={pages.length === 0 || playlist !== null} onClick={() => setPlaylist('new')} data-testid="composer-new-playlist">
              新建轮播
            </Button>
          }
        >
          {playlist ? <PlaylistEditor key={playlist === 'new' ? 'new' : playlist.id} initial={playlist === 'new' ? null : playlist} pages={pages} onDone={() => setPlaylist(null)} /> : null}
          <Table<BoardPlaylist>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={playlists}
            locale={{ emptyText: '还没有轮播：大屏固定显示第一个页面。' }}
            columns={[
              {
                title: '轮播',
                dataIndex: 'name',
                render: (name: string, l) => (
                  <span>
                    {name} {l.id === activePlaylistId ? <Tag color="blue">当前轮播</Tag> : null}
                  </span>
                ),
              },
              { title: '页面顺序', render: (_v, l) => l.pageIds.map((id) => pages.find((p) => p.id === id)?.name ?? '').join(' → ') },
              { title: '每页停留', dataIndex: 'intervalSeconds', render: (s: number) => `${s} 秒` },
              {
                title: '操作',
                render: (_v, l) => (
                  <Space size={4}>
                    {l.id === activePlaylistId ? (
                      <Button size="small" onClick={() => activate.mutate({ playlistId: null })}>
                        停止轮播
                      </Button>
                    ) : (
                      <Button size="small" onClick={() => activate.mutate({ playlistId: l.id })}>
                        设为当前
                      </Button>
                    )}
                    <Button size="small" onClick={() => setPlaylist(l)} disabled={playlist !== null}>
                      编辑
                    </Button>
                    <Popconfirm
                      title={`删除轮播「${l.name}」？`}
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => archivePlaylist.mutate({ id: l.id }, { onError: (e) => void message.error(errorMessage(e)) })}
                    >
                      <Button size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
