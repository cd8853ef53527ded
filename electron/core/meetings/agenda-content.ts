// The content of one agenda item (docs/meetings.md): the generated section's figures, table and
// chart, computed from the data of the meeting's scope as of its day. Called live by
// `meetings.content` and once more when the meeting ends, to freeze what was shown.
import { SECTION_LABELS, type SectionContent } from '../../../shared/meetings/agenda-types';
import type { AgendaItemRow, MeetingRow } from '../../../shared/meetings/meeting-types';
import type { ReadDb } from '../db/read-db';

/** Placeholder until the sections are built: the item's title and nothing else. */
export function itemContent(_db: ReadDb, _meeting: MeetingRow, item: AgendaItemRow, _today: string): SectionContent {
  return { section: item.section, title: item.title || SECTION_LABELS[item.section], period: '', figures: [], table: null, chart: null, summary: '', empty: null };
}
