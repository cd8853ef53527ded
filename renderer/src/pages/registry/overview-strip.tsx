// Headline figures of the open book (grid, village/community or town); each opens its list.
import type { RegistryOverview } from '../../../../shared/registry/registry-records';
import type { LedgerQuery } from '../../../../shared/registry/ledger-filters';
import { SMALL_PREMISES_KINDS } from '../../../../shared/registry/registry-types';
import { formatNumber } from './format';

interface Tile {
  key: string;
  label: string;
  value: number | null;
  query: LedgerQuery;
  tone?: 'warn' | 'alert';
}

export function OverviewStrip({ overview, onPick, canSpecial }: { overview: RegistryOverview | undefined; onPick: (q: LedgerQuery) => void; canSpecial: boolean }) {
  const s = overview?.stats;
  const tiles: Tile[] = [
    { key: 'population', label: '实有人口', value: s?.population ?? null, query: { kind: 'person', filter: {} } },
    { key: 'registered', label: '户籍人口', value: s?.registered ?? null, query: { kind: 'person', filter: { residenceType: 'registered' } } },
    { key: 'floating', label: '流动人口', value: s?.floating ?? null, query: { kind: 'person', filter: { residenceType: 'floating' } } },
    { key: 'separated', label: '人户分离', value: s?.separated ?? null, query: { kind: 'person', filter: { residenceType: 'separated' } } },
    { key: 'households', label: '户数', value: s?.households ?? null, query: { kind: 'household', filter: {} } },
    { key: 'houses', label: '房屋', value: s?.houses ?? null, query: { kind: 'house', filter: {} } },
    { key: 'rentals', label: '出租房屋', value: s?.rentals ?? null, query: { kind: 'house', filter: { isRental: true } } },
    { key: 'organisations', label: '单位场所', value: s?.organisations ?? null, query: { kind: 'organisation', filter: {} } },
    { key: 'smallPremises', label: '九小场所', value: s?.smallPremises ?? null, query: { kind: 'organisation', filter: { kinds: [...SMALL_PREMISES_KINDS] } } },
    { key: 'facilities', label: '部件设施', value: s?.facilities ?? null, query: { kind: 'facility', filter: {} } },
    ...(canSpecial ? [{ key: 'special', label: '特殊人群', value: s?.special ?? null, query: { kind: 'special', filter: { status: 'active' } } as LedgerQuery, tone: 'alert' as const }] : []),
    { key: 'disputesOpen', label: '纠纷调处中', value: s?.disputesOpen ?? null, query: { kind: 'dispute', filter: { status: 'open' } }, tone: 'warn' },
  ];
  return (
    <div className="tg-overview" data-testid="registry-overview">
      {tiles.map((t) => (
        <button key={t.key} type="button" className={`tg-overview-tile ${t.tone ? `tg-tone-${t.tone}` : ''}`} onClick={() => onPick(t.query)} data-testid={`overview-${t.key}`}>
          <span className="tg-overview-value">{t.value === null ? '—' : formatNumber(t.value)}</span>
          <span className="tg-overview-label">{t.label}</span>
        </button>
      ))}
    </div>
  );
}
