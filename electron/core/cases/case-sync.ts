// How LAN sync merges two copies of a case (docs/sync.md). The workflow columns move together
// and follow the status lattice (shared/cases/case-workflow.ts): the later epoch wins, then the
// higher stage; only between equal states does the newest cell win. The timeline is
// insert-only, so every action taken on any PC is kept. When two PCs took different actions
// from the same state — one closed the case while another returned it for rework — the
// lattice still picks one, and the case is flagged 冲突待核 with what happened, for a person
// to review; the flag is a synced column, set the same way on every PC.
import type { SyncedTableName } from '../../../shared/db/tables';
import { CASE_STATUS_LABELS, compareCaseState, STAGE, type CaseStatus } from '../../../shared/cases/case-workflow';
import type { WriteTx } from '../db/change-writer';

/** The columns a workflow action sets: they merge as one, by the lattice. */
export const CASE_WORKFLOW_COLUMNS = [
  'status', 'stage', 'epoch', 'assignee_kind', 'assignee_unit_id', 'assignee_department_id', 'assignee_user_id', 'assignee_label',
  'sla_days', 'deadline_at', 'extension_state', 'extension_days', 'extension_reason', 'extension_count', 'rework_count', 'reopen_count',
  'satisfaction', 'result', 'handled_at', 'verified_at', 'closed_at', 'on_time', 'merged_into_id', 'reject_reason',
] as const;

type Values = Record<string, unknown>;

/** Orders two copies of a case by their workflow state (>0: `a` is further on). */
export function compareCaseCopies(a: Values, b: Values): number {
  return compareCaseState({ epoch: Number(a.epoch), status: a.status as CaseStatus }, { epoch: Number(b.epoch), status: b.status as CaseStatus });
}

interface TransitionRow {
  epoch: number;
  from_status: CaseStatus;
  to_status: CaseStatus;
  resolved: string | null;
}

/** The action's starting point: a transition that lowers the stage opened its epoch. */
function baseEpoch(e: TransitionRow): number {
  return STAGE[e.to_status] < STAGE[e.from_status] ? e.epoch - 1 : e.epoch;
}

/**
 * The forks in a case's timeline: different status changes taken from the same state (same
 * epoch, same status), as a note for people, in a fixed order (so every PC writes the same
 * note). Forks already reviewed (resolve_conflict events name them) are left out.
 */
export function caseForks(tx: WriteTx, caseId: string): { keys: string[]; note: string } | null {
  const rows = tx.db
    .cached(
      `SELECT epoch, from_status, to_status, NULL AS resolved FROM case_event
        WHERE case_id = ? AND from_status IS NOT NULL AND to_status IS NOT NULL AND from_status <> to_status
       UNION ALL
       SELECT epoch, '' AS from_status, '' AS to_status, data AS resolved FROM case_event WHERE case_id = ? AND action = 'resolve_conflict'`,
    )
    .all(caseId, caseId) as TransitionRow[];
  const reviewed = new Set<string>();
  for (const r of rows) {
    if (r.resolved === null) continue;
    try {
      for (const k of (JSON.parse(r.resolved) as { forks?: string[] }).forks ?? []) reviewed.add(k);
    } catch {
      // A malformed note names nothing reviewed.
    }
  }
  const byBase = new Map<string, Set<CaseStatus>>();
  for (const r of rows) {
    if (r.resolved !== null || !(r.from_status in STAGE) || !(r.to_status in STAGE)) continue;
    const key = `${baseEpoch(r)}:${r.from_status}`;
    if (!byBase.has(key)) byBase.set(key, new Set());
    byBase.get(key)!.add(r.to_status);
  }
  const notes: string[] = [];
  const keys: string[] = [];
  for (const [key, tos] of [...byBase].sort(([a], [b]) => a.localeCompare(b))) {
    if (tos.size < 2 || reviewed.has(key)) continue;
    keys.push(key);
    const from = key.slice(key.indexOf(':') + 1) as CaseStatus;
    const labels = [...tos].sort((a, b) => STAGE[a] - STAGE[b]).map((s) => `“${CASE_STATUS_LABELS[s]}”`);
    notes.push(`在“${CASE_STATUS_LABELS[from]}”时，不同电脑分别将其改为${labels.join('、')}`);
  }
  return keys.length ? { keys, note: `冲突待核：${notes.join('；')}，请核实后处理` } : null;
}

/** After a sync batch: flags (or updates the flag of) every case whose timeline now forks. */
export function flagCaseConflicts(tx: WriteTx, written: ReadonlyMap<SyncedTableName, readonly string[]>): number {
  const cases = new Set<string>(written.get('case_record') ?? []);
  for (const eventId of written.get('case_event') ?? []) {
    const row = tx.db.cached('SELECT case_id FROM case_event WHERE id = ?').get(eventId) as { case_id: string } | undefined;
    if (row) cases.add(row.case_id);
  }
  let flagged = 0;
  for (const id of [...cases].sort()) {
    const current = tx.db.cached('SELECT sync_conflict FROM case_record WHERE id = ?').get(id) as { sync_conflict: string | null } | undefined;
    if (!current) continue;
    const forks = caseForks(tx, id);
    if (forks && forks.note !== current.sync_conflict && tx.update('case_record', id, { sync_conflict: forks.note }).length) flagged++;
  }
  return flagged;
}
