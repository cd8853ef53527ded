// Writing and reading .xlsx with exceljs (asynchronously), the form layout and the CSV reader.
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../electron/core/io/xlsx-read';
import { writeXlsx } from '../../../../electron/core/io/xlsx-write';
import { parseCsv, readCsv } from '../../../../electron/core/io/csv-read';
import { readSpreadsheet } from '../../../../electron/core/io/spreadsheet-read';
import { formSheet } from '../../../../electron/core/io/form-sheet';

describe('xlsx', () => {
  it('writes and reads back values of every kind', async () => {
    const data = await writeXlsx({
      sheets: [
        { name: '数据', columns: [{ width: 10, text: true }, { width: 12 }], rows: [{ cells: ['身份证号', '日期'], style: 'header' }, { cells: ['330782198805120016', new Date(Date.UTC(2024, 4, 1))] }, { cells: [{ v: 3.5, s: 'cell' }, true] }] },
        { name: '隐藏', hidden: true, rows: [{ cells: ['x'] }] },
      ],
    });
    const sheets = await readXlsx(data);
    expect(sheets.map((s) => s.name)).toEqual(['数据']);
    expect(sheets[0]!.rows[0]).toEqual(['身份证号', '日期']);
    expect(sheets[0]!.rows[1]![0]).toBe('330782198805120016');
    expect((sheets[0]!.rows[1]![1] as Date).toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(sheets[0]!.rows[2]).toEqual([3.5, true]);
  });

  it('lays out forms with merged titles and two-level headers', async () => {
    const sheet = formSheet({
      name: 'F',
      title: '表',
      info: '单位',
      columns: [{ header: '序号', width: 5 }, { header: '户籍', group: '人口', width: 5 }, { header: '流动', group: '人口', width: 5 }],
      rows: [[1, 2, 3]],
      total: ['合计', 2, 3],
      paper: 'A3',
    });
    expect(sheet.merges).toEqual(['A1:C1', 'A2:C2', 'A3:A4', 'B3:C3']);
    expect(sheet.printTitleRows).toEqual([3, 4]);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([{ v: '表', s: 'title' }, { v: '单位', s: 'subtitle' }, '序号', null, { v: 1, s: 'cell' }, '合计']);
    const read = await readXlsx(await writeXlsx({ sheets: [sheet] }));
    expect(read[0]!.rows[2]).toEqual(['序号', '人口', '人口']);
    expect(read[0]!.rows[3]).toEqual(['序号', '户籍', '流动']);
  });

  it('reads CSV with quotes, separators and line breaks, and tells .xls from junk', async () => {
    expect(parseCsv('a,"b,1","c ""q"""\r\n"多\n行",2,3\n')).toEqual([
      ['a', 'b,1', 'c "q"'],
      ['多\n行', '2', '3'],
    ]);
    expect(parseCsv('a;b;c\n1;2;3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(readCsv(Buffer.from('\ufeff姓名\t电话\n张三\t138', 'utf8'))[0]!.rows).toEqual([
      ['姓名', '电话'],
      ['张三', '138'],
    ]);
    await expect(readSpreadsheet(Buffer.from('PK\x03\x04garbage'), 'x.xlsx')).rejects.toThrow('无法读取该Excel文件');
    await expect(readSpreadsheet(Buffer.alloc(0))).rejects.toThrow('文件是空的');
  });
});
