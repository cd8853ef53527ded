// Test helpers for the registry: a town with grids, spreadsheets built and read with exceljs.
import ExcelJS from 'exceljs';
import { setupCore, type Harness } from '../../../support/core-harness';
import { makeCitizenId } from '../../../../shared/registry/citizen-id';

export interface Town {
  h: Harness;
  villageId: string;
  communityId: string;
  grid1: { id: string; code: string; name: string };
  grid2: { id: string; code: string; name: string };
  grid3: { id: string; code: string; name: string };
}

export function setupTown(opts: { now?: () => number; onDisk?: boolean } = {}): Town {
  const h = setupCore({ now: opts.now, onDisk: opts.onDisk });
  const town = h.call(h.adminToken, 'org.units', {})[0]!;
  const village = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'village', code: '330782101001', name: '青石村' });
  const community = h.call(h.adminToken, 'org.createUnit', { parentId: town.id, kind: 'community', code: '330782101002', name: '凤栖社区' });
  const g = (parentId: string, code: string, name: string, gridType: 'urban' | 'rural') =>
    h.call(h.adminToken, 'org.createUnit', { parentId, kind: 'grid', code, name, gridType, households: 60, populationRegistered: 180 });
  const grid1 = g(village.id, '330782101001001', '青石村第1网格', 'rural');
  const grid2 = g(village.id, '330782101001002', '青石村第2网格', 'rural');
  const grid3 = g(community.id, '330782101002001', '凤栖社区第1网格', 'urban');
  return { h, villageId: village.id, communityId: community.id, grid1, grid2, grid3 };
}

/** A valid citizen ID: region 330782, the given birth date, sequence n (odd = male). */
export function cid(n: number, birth = '1985-06-15'): string {
  return makeCitizenId('330782', birth, n % 1000);
}

/** The same ID with a wrong check character. */
export function badCheckDigit(id: string): string {
  const last = id[17]!;
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}

export async function xlsxBase64(rows: unknown[][], sheet = 'Sheet1', textColumns: number[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const c of textColumns) ws.getColumn(c + 1).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function openXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/** Cell values of a sheet as plain text rows (row 1 first). */
export function sheetText(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = Array.from(row.values as unknown[]).slice(1);
    out[n - 1] = values.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' ? String((v as { result?: unknown; text?: unknown }).result ?? (v as { text?: unknown }).text ?? '') : String(v)));
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

export function count(h: Harness, table: string): number {
  return (h.core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export const PERSON_HEADERS = ['姓名', '公民身份号码', '联系电话', '人员类型', '所属网格', '现住址', '户号', '与户主关系', '来本地日期', '关爱标签'];
