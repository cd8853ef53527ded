// The composer's playlist editor: the pages in the order they rotate and how long each stays.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, boardPlaylistInput, type BoardPage, type BoardPlaylist } from '../../../../shared/board/board-layout';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';

export function PlaylistEditor({ initial, pages, onDone }: { initial: BoardPlaylist | null; pages: BoardPage[]; onDone: () => void }) {
  const { message } = App.useApp();
  const [name, setName] = useState(initial?.name ?? '日常轮播');
  const [pageIds, setPageIds] = useState<string[]>(initial?.pageIds ?? []);
  const [interval, setIntervalSeconds] = useState<number>(initial?.intervalSeconds ?? 30);
  const save = useRpcMutation('board.savePlaylist', { silent: true });
  const byId = new Map(pages.map((p) => [p.id, p]));
  const input = { ...(initial ? { id: initial.id } : {}), name, pageIds, intervalSeconds: interval };
  const check = boardPlaylistInput.safeParse(input);
  const move = (i: number, by: number) => {
    const next = [...pageIds];
    const [id] = next.splice(i, 1);
    next.splice(i + by, 0, id!);
    setPageIds(next);
  };

  const submit = async () => {
    try {
      await save.mutateAsync(input);
      void message.success(`轮播「${name.trim()}」已保存`);
      onDone();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <div className="tgc-editor" data-testid="playlist-editor">
      <Space wrap>
        <Input value={name} maxLength={30} onChange={(e) => setName(e.target.value)} style={{ width: 200 }} data-testid="playlist-name" />
        <span>每页停留</span>
        <InputNumber
          min={MIN_INTERVAL_SECONDS}
          max={MAX_INTERVAL_SECONDS}
          precision={0}
          value={interval}
          onChange={(v) => setIntervalSeconds(v ?? MIN_INTERVAL_SECONDS)}
          suffix="秒"
          data-testid="playlist-interval"
        />
        <Select<string>
          value={null}
          placeholder="加入页面"
          onChange={(id) => setPageIds([...pageIds, id])}
          options={pages.filter((p) => !pageIds.includes(p.id)).map((p) => ({ value: p.id, label: p.name }))}
          style={{ width: 200 }}
          data-testid="playlist-add"
        />
      </Space>
      <ol className="tgc-playlist" data-testid="playlist-pages">
        {pageIds.map((id, i) => (
          <li key={id}>
            <span className="tgc-playlist-name">{byId.get(id)?.name ?? '（已删除的页面）'}</span>
            <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" />
            <Button size="small" icon={<ArrowDownOutlined />} disabled={i === pageIds.length - 1} onClick={() => move(i, 1)} aria-label="下移" />
            <Button size="small" danger icon={<DeleteOutlined />} onClick={() => setPageIds(pageIds.filter((x) => x !== id))} aria-label="移出轮播" />
          </li>
        ))}
      </ol>
      {check.success ? null : <div className="tgc-error">{check.error.issues[0]?.message}</div>}
      <Space>
        <Button type="primary" disabled={!check.success} loading={save.isPending} onClick={() => void submit()} data-testid="playlist-save">
          保存轮播
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </div>
  );
}
