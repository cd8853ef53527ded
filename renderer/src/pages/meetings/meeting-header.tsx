// A meeting's header: what, when (start → the agenda's computed end), where, who chairs and
// records, its status; 开始会议 / 结束会议 / 放映 / 导出 (documents through the job service) and
// 修改 / 取消会议 while it has not ended.
import { DownOutlined, EditOutlined, FundProjectionScreenOutlined, LeftOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Dropdown, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MEETING_KIND_LABELS } from '../../../../shared/meetings/meeting-kinds';
import { MEETING_STATUS_LABELS, type MeetingDetail } from '../../../../shared/meetings/meeting-types';
import { useRpcMutation } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { useFileJob } from '../../app/use-job';
import { fmtDateTime } from '../cases/case-format';
import { EditMeetingModal } from './edit-meeting-modal';
import { FinishModal } from './finish-modal';
import { fmtMeetingDay, MEETING_STATUS_COLORS, openPresenter } from './meeting-format';
import { NoteModal } from './note-modal';

const EXPORTS = [
  { key: 'minutes-docx', label: '会议纪要（Word）' },
  { key: 'minutes-pdf', label: '会议纪要（PDF）' },
  { key: 'agenda', label: '议程（Word）' },
  { key: 'slides', label: '幻灯片（PPT）' },
  { key: 'signin', label: '签到表（打印）' },
] as const;

export function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const m = detail.meeting;
  const navigate = useNavigate();
  const { can } = useSession();
  const writer = can('meetings.write');
  const start = useRpcMutation('meetings.start');
  const cancel = useRpcMutation('meetings.cancel', { silent: true });
  const file = useFileJob();
  const [finishing, setFinishing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const open = m.status === 'planned' || m.status === 'running';

  const exportDoc = (key: (typeof EXPORTS)[number]['key']) => {
    const meetingId = m.id;
    if (key === 'minutes-docx') void file.download('meetings.exportMinutes', { meetingId, format: 'docx' });
    else if (key === 'minutes-pdf') void file.download('meetings.exportMinutes', { meetingId, format: 'pdf' });
    else if (key === 'agenda') void file.download('meetings.exportAgenda', { meetingId });
    else if (key === 'slides') void file.download('meetings.exportSlides', { meetingId });
    else void file.download('meetings.exportSignIn', { meetingId });
  };

  return (
    <div className="tgm-header" data-testid="meeting-header">
      <div className="tgm-header-top">
        <div className="tgm-title-line">
          <Button type="text" icon={<LeftOutlined />} onClick={() => void navigate('/meetings')} aria-label="返回会议列表" />
          <Tag color="geekblue">{MEETING_KIND_LABELS[m.kind]}</Tag>
          <span className="tgm-title" data-testid="meeting-title">
            {m.title}
          </span>
          <Tag color={MEETING_STATUS_COLORS[m.status]} data-testid="meeting-status">
            {MEETING_STATUS_LABELS[m.status]}
          </Tag>
        </div>
        <Space wrap>
          {writer && m.status === 'planned' ? (
            <Button type="primary" loading={start.isPending} onClick={() => start.mutate({ meetingId: m.id })} data-testid="meeting-start">
              开始会议
            </Button>
          ) : null}
          {writer && m.status === 'running' ? (
            <Button type="primary" danger onClick={() => setFinishing(true)} data-testid="meeting-finish">
              结束会议
            </Button>
          ) : null}
          {m.status !== 'cancelled' ? (
            <Button icon={<FundProjectionScreenOutlined />} onClick={() => openPresenter(m.id)} data-testid="meeting-present">
              放映
            </Button>
          ) : null}
          <Dropdown
            trigger={['click']}
            menu={{
              items: EXPORTS.map((e) => ({ key: e.key, label: <span data-testid={`meeting-export-${e.key}`}>{e.label}</span> })),
              onClick: ({ key }) => exportDoc(key as (typeof EXPORTS)[number]['key']),
            }}
          >
            <Button loading={file.running} data-testid="meeting-export">
              导出 <DownOutlined />
            </Button>
          </Dropdown>
          {writer && open ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'edit', label: '修改会议信息', icon: <EditOutlined /> },
                  ...(m.status === 'planned' ? [{ key: 'cancel', label: '取消会议', danger: true }] : []),
                ],
                onClick: ({ key }) => (key === 'edit' ? setEditing(true) : setCancelling(true)),
              }}
            >
              <Button data-testid="meeting-more">
                更多 <DownOutlined />
              </Button>
            </Dropdown>
          ) : null}
        </Space>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 2, sm: 2, md: 3, lg: 4, xl: 4, xxl: 4 }}
        items={[
          { key: 'date', label: '日期', children: fmtMeetingDay(m.date, true) },
          {
            key: 'time',
            label: '时间',
            children: (
              <span data-testid="meeting-time">
                {m.startTime}–{m.plannedEnd}
                <span className="tg-muted">（计划 {m.plannedMinutes} 分钟）</span>
              </span>
            ),
          },
          { key: 'place', label: '地点', children: m.place || '—' },
          { key: 'scope', label: '范围', children: m.scopeName },
          { key: 'chair', label: '主持人', children: m.chairName || '—' },
          { key: 'recorder', label: '记录人', children: m.recorderName || '—' },
          { key: 'started', label: '实际开始', children: fmtDateTime(m.startedAt) },
          { key: 'ended', label: '结束', children: fmtDateTime(m.endedAt) },
        ]}
      />
      {m.status === 'finished' ? (
        <Alert
          type="info"
          showIcon
          title={`会议已结束：议程内容已按结束时的数据定格。此后只能修改各议题的记录，修改将记入会议历史。${m.undecidedNote ? `未议定事项说明：${m.undecidedNote}` : ''}`}
          data-testid="meeting-finished-note"
        />
      ) : null}
      {m.status === 'cancelled' ? <Alert type="warning" showIcon title="会议已取消" /> : null}
      <FinishModal open={finishing} detail={detail} onClose={() => setFinishing(false)} />
      <EditMeetingModal open={editing} meeting={m} onClose={() => setEditing(false)} />
      <NoteModal
        open={cancelling}
        title="取消会议"
        intro={m.title}
        label="取消原因"
        okText="取消会议"
        onSubmit={(reason) => cancel.mutateAsync({ meetingId: m.id, reason })}
        onClose={() => setCancelling(false)}
        testId="meeting-cancel"
      />
    </div>
  );
}
