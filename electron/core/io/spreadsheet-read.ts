// Opens an uploaded spreadsheet, whichever kind it is: .xlsx (zip), .csv (text), and a
// clear message for the legacy binary .xls that users still send.
import { AppError } from '../../../shared/rpc/errors';
import { readCsv } from './csv-read';
import type { SheetData } from './workbook-spec';
import { readXlsx } from './xlsx-read';

export async function readSpreadsheet(data: Buffer, fileName?: string | null): Promise<SheetData[]> {
  if (data.length === 0) throw new AppError('BAD_INPUT', '文件是空的');
  const isZip = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  const isOle = data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
  if (isOle) throw new AppError('BAD_INPUT', '不支持旧版 .xls 文件，请在Excel或WPS中“另存为”.xlsx 后再导入');
  if (isZip) return readXlsx(data);
  if (fileName && /\.(xlsx|xlsm)$/i.test(fileName)) throw new AppError('BAD_INPUT', '文件内容不是有效的 .xlsx 表格');
  return readCsv(data, fileName?.replace(/\.[^.]+$/, '') || 'CSV');
}
