// 基础台账: one book per grid (or village/community/town) and one data set per kind of work.
// Left: the book (grid tree or the 8 categories). Right: headline figures, the ledger tabs,
// filters and the paged table; a record opens in a drawer. Import, export and the handbook
// forms are in the header.
import { CloseOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Switch, Tabs, Tag, Tooltip } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LEDGER_CATEGORY_LABELS, ledgerEntry } from '../../../../shared/registry/ledger-categories';
import type { LedgerQuery } from '../../../../shared/registry/ledger-filters';
import type { LedgerKind } from '../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { ancestry, indexUnits, unitsOfGrids } from '../org/org-tree-data';
import { ExportButton, HandbookFormsButton } from './export-actions';
import { LedgerFilterBar, type FilterValues } from './ledger-filter-bar';
import { LEDGER_TABS, ledgerTab, type AnyFilter, type RecordTarget } from './ledger-kinds';
import { LedgerTable } from './ledger-table';
import { OverviewStrip } from './overview-strip';
import { RecordDrawer } from './record/record-drawer';
import { CREATE_METHODS } from './record-fields';
import { RecordFormModal } from './record-form-modal';
import { ScopePanel, type ScopeMode } from './scope-panel';
import './registry.css';

export function RegistryPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canSpecial = session.can('special.read');
  const canReveal = session.can('sensitive.read');
  const tabs = LEDGER_TABS.filter((t) => !t.permission || session.can(t.permission));

  const unitId = params.get('unit');
  const entryKey = params.get('entry');
  const entry = entryKey ? ledgerEntry(entryKey) : undefined;
  const paramKind = params.get('kind') as LedgerKind | null;
  const kind: LedgerKind = entry?.kind ?? (paramKind && tabs.some((t) => t.kind === paramKind) ? paramKind : 'person');
  const [mode, setMode] = useState<ScopeMode>(entryKey ? 'category' : 'grid');
  const [filters, setFilters] = useState<{ key: string; values: FilterValues }>({ key: '', values: {} });
  const [reveal, setReveal] = useState(false);
  // The open record belongs to the book and ledger it was opened from.
  const [opened, setOpened] = useState<{ target: RecordTarget; context: string } | null>(null);
  const [creating, setCreating] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [masked, setMasked] = useState(true);

  const unitsQuery = useRpcQuery('org.units', {});
  // A grid worker's books are its own grids (the core answers nothing else either).
  const scopeGrids = session.user?.grids ?? null;
  const units = useMemo(() => unitsOfGrids(unitsQuery.data ?? [], scopeGrids), [unitsQuery.data, scopeGrids]);
  const index = useMemo(() => indexUnits(units), [units]);
  const unit = unitId ? index.byId.get(unitId) : undefined;
  const overview = useRpcQuery('registry.overview', unitId ? { unitId } : {});

  // The filter the user set belongs to one kind and one category entry; switching either resets it.
  const filterKey = `${kind}|${entryKey ?? ''}`;
  const context = `${filterKey}|${unitId ?? ''}`;
  const record = opened && opened.context === context ? opened.target : null;
  const setRecord = useCallback((t: RecordTarget | null) => setOpened(t ? { target: t, context } : null), [context]);
  const entryFilter = entry?.filter as FilterValues | undefined;
  const userFilter = filters.key === filterKey ? filters.values : (entryFilter ?? {});
  const filter = { ...userFilter, unitId: unitId ?? undefined } as AnyFilter;
  const ledgerQuery = { kind, filter } as LedgerQuery;

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null) next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const pickQuery = (q: LedgerQuery) => {
    update({ kind: q.kind, entry: null });
    setFilters({ key: `${q.kind}|`, values: { ...(q.filter as FilterValues) } });
  };
  const onTotal = useCallback((t: number | null, m: boolean) => {
    setTotal(t);
    setMasked(m);
  }, []);
  const openRecord = useCallback(
    (t: RecordTarget) => {
      if (t.kind === 'building') {
        // A building's page is the list of its houses.
        update({ kind: 'house', entry: null });
        setFilters({ key: 'house|', values: { buildingId: t.id } });
        return;
      }
      setRecord(t);
    },
    [update, setRecord, setFilters],
  );

  const path = unit ? ancestry(index, unit.id).map((u) => u.name) : [];
  const tab = ledgerTab(kind);
  const createKind = kind in CREATE_METHODS ? (kind as keyof typeof CREATE_METHODS) : null;

  return (
    <div className="tg-registry" data-testid="registry-page">
      <Card className="tg-registry-left" size="small">
        <ScopePanel
          mode={mode}
          onMode={setMode}
          units={units}
          loading={unitsQuery.isPending}
          unitId={unitId}
          onUnit={(id) => update({ unit: id })}
          overview={overview.data}
          entryKey={entryKey}
          onEntry={(key) => {
            update({ entry: key, kind: null });
          }}
          canSpecial={canSpecial}
        />
      </Card>
      <Card className="tg-registry-right" size="small">
        <div className="tg-registry-head">
          <div className="tg-registry-title">
            <h2 className="tg-page-title" data-testid="registry-title">
              {unit ? `${unit.name}台账` : '全镇基础台账'}
            </h2>
            {path.length > 1 ? <span className="tg-muted">{path.join(' › ')}</span> : null}
            {unit?.kind === 'grid' ? <Tag color="blue">一格一册</Tag> : null}
          </div>
          <Space wrap>
            {session.can('registry.write') && createKind ? (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ledger-create">
                新增
              </Button>
            ) : null}
            {session.can('registry.import') ? (
              <Button
                type="primary"
                icon={<ImportOutlined />}
                onClick={() => void navigate(`/registry/import?kind=${tab.importKind ?? 'person'}`)}
                data-testid="ledger-import"
              >
                导入Excel
              </Button>
            ) : null}
            <ExportButton query={ledgerQuery} reveal={reveal} total={total} />
            <HandbookFormsButton unitId={unitId} unitName={unit?.name ?? null} />
          </Space>
        </div>
        <OverviewStrip overview={overview.data} onPick={pickQuery} canSpecial={canSpecial} />
        <Tabs
          className="tg-registry-tabs"
          activeKey={kind}
          onChange={(k) => update({ kind: k, entry: null })}
          items={tabs.map((t) => ({ key: t.kind, label: t.label }))}
          tabBarExtraContent={
            <Space size="middle">
              {canReveal ? (
                <Tooltip title="显示完整身份证号和电话；每次查看都会记入审计日志">
                  <span className="tg-reveal">
                    <Switch size="small" checked={reveal} onChange={setReveal} data-testid="ledger-reveal" /> 显示明文
                  </span>
                </Tooltip>
              ) : null}
              {masked && (kind === 'person' || kind === 'special' || kind === 'house') ? <Tag color="default">敏感信息已脱敏</Tag> : null}
            </Space>
          }
        />
        {entry ? (
          <div className="tg-entry-banner" data-testid="entry-banner">
            <span>
              门类：{LEDGER_CATEGORY_LABELS[entry.category]} › <b>{entry.label}</b>
            </span>
            <Button size="small" type="text" icon={<CloseOutlined />} onClick={() => update({ entry: null, kind })}>
              清除
            </Button>
          </div>
        ) : null}
        <LedgerFilterBar
          key={filterKey}
          kind={kind}
          filter={userFilter}
          onChange={(values) => setFilters({ key: filterKey, values })}
          searchHint={tab.searchHint}
        />
        <LedgerTable kind={kind} filter={filter} reveal={reveal} onOpen={openRecord} onTotal={onTotal} singleGrid={unit?.kind === 'grid'} />
      </Card>
      <RecordDrawer target={record} units={units} onClose={() => setRecord(null)} onOpen={openRecord} />
      {createKind ? (
        <RecordFormModal
          key={createKind}
          kind={createKind}
          record={null}
          units={units}
          defaultGridId={unitId}
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            setRecord({ kind: createKind, id: saved.id });
          }}
        />
      ) : null}
    </div>
  );
}
