// A short identity of an import row for the preview's problem lists (姓名 + 身份证号, or the
// address of a house …), taken from the cells as typed so the keeper finds the row without
// opening Excel. Citizen IDs are masked unless the role may see them.
import { maskCitizenId } from '../../../../shared/registry/citizen-id';
import { cellText, type CellValue } from '../../../../shared/registry/cell-parse';
import type { ImportKindSpec } from '../../../../shared/registry/import-fields';
import type { ImportSourceKind } from '../../../../shared/registry/registry-types';

const IDENTITY_FIELDS: Record<ImportSourceKind, readonly string[]> = {
  person: ['name', 'citizenId'],
  special: ['name', 'citizenId'],
  house: ['address', 'building', 'unit', 'room'],
  organisation: ['name', 'address'],
  facility: ['code', 'name'],
  dispute: ['foundDate', 'parties'],
  workLog: ['worker', 'date'],
  visit: ['householdNo', 'headName', 'date'],
  survey: ['grid', 'halfYear', 'surveyDate'],
};

const MAX_PART = 40;

export function rowIdentity(spec: ImportKindSpec, cells: readonly CellValue[], mapping: Record<string, number | null>, mask: boolean): string {
  const parts: string[] = [];
  for (const key of IDENTITY_FIELDS[spec.kind]) {
    const idx = mapping[key];
    if (idx === null || idx === undefined) continue;
    const text = cellText(cells[idx]);
    if (!text) continue;
    const isId = spec.fields.find((f) => f.key === key)?.type === 'citizenId';
    const shown = isId && mask ? maskCitizenId(text.replace(/\s/g, '')) : text;
    parts.push(shown.length > MAX_PART ? `${shown.slice(0, MAX_PART)}…` : shown);
  }
  return parts.join(' ');
}
