// One grid's 矛盾纠纷排查登记表 of a half month: the date, who screened, 「未发现矛盾纠纷」 or the
// disputes found — each with its risk level, status, the people and cases involved and its
// 调解 records; 「登记调解」 on a dispute still being handled.
import { Button, Descriptions, Drawer, Empty, Spin, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DISPUTE_KIND_LABELS, DISPUTE_STATUS_LABELS } from '../../../../shared/registry/registry-types';
import { MEDIATION_OUTCOME_LABELS, NONE_FOUND_TEXT, RISK_LEVEL_LABELS, type ScreenedDispute } from '../../../../shared/routine/screening-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { MediationForm } from './mediation-form';

const RISK_COLOR = { low: 'green', medium: 'orange', high: 'red' } as const;
const STATUS_COLOR = { open: 'orange', resolved: 'green', referred: 'blue' } as const;

function DisputeCard({ d, onMediate }: { d: ScreenedDispute; onMediate: ((d: ScreenedDispute) => void) | null }) {
  return (
    <div className="tgr-dispute" data-testid="screened-dispute">
      <div className="tgr-dispute-head">
        <b>{d.parties}</b>
        <Tag color="blue">{DISPUTE_KIND_LABELS[d.kind]}</Tag>
        {d.riskLevel ? <Tag color={RISK_COLOR[d.riskLevel]}>{RISK_LEVEL_LABELS[d.riskLevel]}</Tag> : null}
        <Tag color={STATUS_COLOR[d.status]} data-testid="dispute-status">
          {DISPUTE_STATUS_LABELS[d.status]}
        </Tag>
        {d.resolvedDate ? <span className="tg-muted">{d.resolvedDate}</span> : null}
        {onMediate && d.status === 'open' ? (
          <Button size="small" type="primary" ghost onClick={() => onMediate(d)} data-testid="dispute-mediate">
            登记调解
          </Button>
        ) : null}
      </div>
      <div className="tgr-pre">{d.summary}</div>
      {d.persons.length || d.cases.length ? (
        <div className="tg-muted tgr-dispute-links">
          {d.persons.length ? <span>关联人员：{d.persons.map((p) => p.name).join('、')}</span> : null}
          {d.cases.map((c) => (
            <Link key={c.id} to={`/cases/${c.id}`}>
              事件{c.number} {c.title}
            </Link>
          ))}
        </div>
      ) : null}
      {d.mediations.length ? (
        <Timeline
          className="tgr-mediations"
          items={d.mediations.map((m) => ({
            color: m.outcome === 'success' ? 'green' : m.outcome === 'referred' ? 'blue' : 'gray',
            content: (
              <div>
                <b>{m.date}</b> {MEDIATION_OUTCOME_LABELS[m.outcome]} · 调解人：{m.mediators}
                <div className="tgr-pre tg-muted">{m.process}</div>
                {m.agreement ? <div className="tgr-pre">协议：{m.agreement}</div> : null}
              </div>
            ),
          }))}
        />
      ) : null}
    </div>
  );
}

export function ScreeningDrawer({ id, today, onClose }: { id: string | null; today: string; onClose: () => void }) {
  const { can } = useSession();
  const q = useRpcQuery('routine.screening', { id: id ?? '' }, { enabled: !!id });
  const [mediating, setMediating] = useState<ScreenedDispute | null>(null);
  const s = q.data;
  return (
    <Drawer open={!!id} onClose={onClose} size={640} title={s ? `${s.gridName} · ${s.periodLabel}矛盾纠纷排查` : '矛盾纠纷排查'} destroyOnHidden data-testid="screening-drawer">
      {q.isPending ? (
        <Spin />
      ) : !s ? (
        <Empty description="排查记录不存在" />
      ) : (
        <>
          <Descriptions column={2} size="small" bordered className="tgr-daylog">
            <Descriptions.Item label="排查日期">{s.screenDate}</Descriptions.Item>
            <Descriptions.Item label="排查人">{s.staffName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="排查结果" span={2}>
              {s.noneFound ? NONE_FOUND_TEXT : `发现矛盾纠纷${s.disputes.length}件`}
            </Descriptions.Item>
            {s.notes ? (
              <Descriptions.Item label="备注" span={2}>
                {s.notes}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {s.disputes.map((d) => (
            <DisputeCard key={d.id} d={d} onMediate={can('routine.screening') ? setMediating : null} />
          ))}
        </>
      )}
      <MediationForm dispute={mediating} today={today} onClose={() => setMediating(null)} />
    </Drawer>
  );
}
