// 记录: the recorder's minutes of each item, what was decided (ITEM_OUTCOME_LABELS) with a note,
// and the decisions made tasks (「添加任务」). Recording starts with the meeting; once it has
// ended only the minutes change, and each change is written to the meeting's history.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { ITEM_OUTCOME_LABELS, ITEM_OUTCOMES, type AgendaItemRow, type ItemOutcome, type MeetingDetail } from '../../../../shared/meetings/meeting-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { ItemTitle } from './agenda-panel';
import { TaskModal } from './task-modal';
import { TaskTable } from './tasks-view';

const OUTCOME_COLORS: Record<ItemOutcome, string> = { pending: 'tgm-outcome-pending', noted: '', resolved: 'tgm-outcome-ok', carry: 'tgm-outcome-carry' };

function ItemRecord({ item, detail, mode, onAddTask }: { item: AgendaItemRow; detail: MeetingDetail; mode: 'full' | 'minutes' | 'read'; onAddTask: (item: AgendaItemRow) => void }) {
  const save = useRpcMutation('meetings.recordItem');
  const [minutes, setMinutes] = useState(item.minutes);
  const [outcome, setOutcome] = useState<ItemOutcome>(item.outcome);
  const [note, setNote] = useState(item.outcomeNote);
  const dirty = minutes !== item.minutes || outcome !== item.outcome || note !== item.outcomeNote;
  const tasks = detail.tasks.filter((t) => t.itemId === item.id);
  const submit = () =>
    save.mutate(
      mode === 'full' ? { itemId: item.id, minutes, outcome, outcomeNote: note } : { itemId: item.id, minutes },
    );
  return (
    <Card
      size="small"
      className="tgm-record"
      data-testid={`record-${item.position}`}
      title={
        <span>
          {item.position + 1}. <ItemTitle item={item} />
        </span>
      }
      extra={<span className={`tgm-outcome ${OUTCOME_COLORS[item.outcome]}`}>{ITEM_OUTCOME_LABELS[item.outcome]}</span>}
    >
      <div className="tgm-record-body">
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={5000}
          value={minutes}
          readOnly={mode === 'read'}
          placeholder={mode === 'read' ? '' : '会议记录：汇报情况、讨论意见、领导要求'}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid={`record-minutes-${item.position}`}
        />
        <div className="tgm-record-side">
          <Select<ItemOutcome>
            value={outcome}
            disabled={mode !== 'full'}
            onChange={setOutcome}
            options={ITEM_OUTCOMES.map((o) => ({ value: o, label: ITEM_OUTCOME_LABELS[o] }))}
            data-testid={`record-outcome-${item.position}`}
          />
          <Input
            value={note}
            maxLength={500}
            disabled={mode !== 'full'}
            placeholder={outcome === 'carry' ? '为何未解决、下次通报什么' : '议定意见（可选）'}
            onChange={(e) => setNote(e.target.value)}
            data-testid={`record-note-${item.position}`}
          />
          {mode !== 'read' ? (
            <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={save.isPending} onClick={submit} data-testid={`record-save-${item.position}`}>
              保存记录
            </Button>
          ) : null}
        </div>
      </div>
      {tasks.length ? <TaskTable tasks={tasks} /> : null}
      {mode === 'full' ? (
        <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => onAddTask(item)} className="tgm-add-task" data-testid={`record-add-task-${item.position}`}>
          添加任务
        </Button>
      ) : null}
    </Card>
  );
}

export function RecordPanel({ detail }: { detail: MeetingDetail }) {
  const { can } = useSession();
  const m = detail.meeting;
  const [taskFor, setTaskFor] = useState<AgendaItemRow | null>(null);
  const writer = can('meetings.write');
  const mode: 'full' | 'minutes' | 'read' = !writer || m.status === 'planned' || m.status === 'cancelled' ? 'read' : m.status === 'running' ? 'full' : 'minutes';
  const loose = detail.tasks.filter((t) => !t.itemId || !detail.items.some((i) => i.id === t.itemId));
  return (
    <div data-testid="meeting-record">
      {m.status === 'planned' ? <Alert type="info" showIcon title="会议开始后由记录人逐项记录；议定的事项可添加为任务，指定责任人和完成期限。" className="tgm-gap" /> : null}
      {m.status === 'finished' && writer ? (
        <Alert type="warning" showIcon title="会议已结束：只能修改记录内容，每次修改都记入会议历史。" className="tgm-gap" data-testid="record-finished-note" />
      ) : null}
      {detail.items.map((i) => (
        <ItemRecord key={`${i.id}:${i.minutes}:${i.outcome}:${i.outcomeNote}`} item={i} detail={detail} mode={mode} onAddTask={setTaskFor} />
      ))}
      {loose.length ? (
        <Card size="small" title="其他任务" className="tgm-record">
          <TaskTable tasks={loose} />
        </Card>
      ) : null}
      <TaskModal meetingId={m.id} item={taskFor} open={!!taskFor} onClose={() => setTaskFor(null)} />
    </div>
  );
}
