// 服务联系卡: cards for the grid's households (10 per A4 sheet, 90×54 mm), each with the grid
// team's names and phones and the supervision phone; one card per household in the ledger,
// or blank cards when the ledger has none yet.
import { Spin } from 'antd';
import { useParams } from 'react-router';
import type { NoticeBoard } from '../../../../shared/registry/notice-types';
import { errorMessage } from '../../app/api-error';
import { useRpcQuery } from '../../app/rpc-hooks';
import { PrintPage } from './print-page';

const CARDS_PER_SHEET = 10;

function Card({ board, household }: { board: NoticeBoard; household: { householdNo: string; address: string | null; headName: string | null } | null }) {
  const team = board.team.filter((m) => m.teamRole === 'leader' || m.teamRole === 'worker_full' || m.teamRole === 'worker_part' || m.teamRole === 'police').slice(0, 4);
  return (
    <div className="tg-card" data-testid="contact-card">
      <div className="tg-card-head">
        <span className="tg-card-title">网格服务联系卡</span>
        <span className="tg-card-grid">{board.grid.name}</span>
      </div>
      <div className="tg-card-body">
        {team.map((m) => (
          <div key={`${m.staffId}-${m.teamRole}`} className="tg-card-row">
            <span className="tg-card-role">
              {m.roleLabel}
            </span>
            <span className="tg-card-name">{m.name}</span>
            <span className="tg-card-phone">{m.phone}</span>
          </div>
        ))}
        {board.serviceHours ? <div className="tg-card-hours">服务时间：{board.serviceHours}</div> : null}
      </div>
      <div className="tg-card-foot">
        <span>
          户主：{household?.headName ?? '＿＿＿＿'}
          {household ? `（户号 ${household.householdNo}）` : ''}
        </span>
        {board.supervisionPhone ? <span className="tg-card-supervision">监督电话 {board.supervisionPhone}</span> : null}
      </div>
    </div>
  );
}

export function ContactCardPage() {
  const { gridId = '' } = useParams();
  const cards = useRpcQuery('registry.contactCards', { gridId });
  const d = cards.data;
  const households = d ? (d.households.length ? d.households : Array.from({ length: CARDS_PER_SHEET }, () => null)) : [];
  const sheets: (typeof households)[] = [];
  for (let i = 0; i < households.length; i += CARDS_PER_SHEET) sheets.push(households.slice(i, i + CARDS_PER_SHEET));

  return (
    <PrintPage title={d ? `${d.board.grid.name} · 服务联系卡（${d.households.length || CARDS_PER_SHEET}张）` : '服务联系卡'} paper="A4" ready={!!d} testId="contact-cards">
      {!d ? (
        <div className="tg-notice-loading">{cards.error ? errorMessage(cards.error) : <Spin />}</div>
      ) : (
        sheets.map((sheet, i) => (
          <div key={i} className="tg-card-sheet">
            {sheet.map((h, j) => (
              <Card key={h ? `${h.householdNo}-${j}` : j} board={d.board} household={h} />
            ))}
          </div>
        ))
      )}
    </PrintPage>
  );
}
