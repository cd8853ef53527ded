// Source of the helper thread that runs exceljs for xlsx-bridge.ts. exceljs reads and writes
// only asynchronously, while the core answers every RPC synchronously; so the work runs in
// this helper thread while the core waits on a shared flag. Plain JavaScript (CommonJS, as
// eval workers are), self-contained: it receives the path of exceljs in workerData.
//
// Protocol: the core posts {port, signal, op, payload}; the helper posts one reply on `port`
// ({ok: true, data} or {ok: false, error}), then sets signal[0] = 1 and notifies.
export const XLSX_HELPER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljsPath);

const FONT = '宋体';
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const STYLES = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
  },
  headerRequired: {
    font: { name: FONT, size: 10, bold: true, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
  },
  cell: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', wrapText: true }, border: BORDER },
  cellCenter: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER },
  example: { font: { name: FONT, size: 10, italic: true, color: { argb: 'FF808080' } }, alignment: { vertical: 'middle' } },
  note: { font: { name: FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true } },
  noteBold: { font: { name: FONT, size: 10, bold: true }, alignment: { vertical: 'top', wrapText: true } },
  total: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: BORDER },
};

function plain(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v;
  if (t === 'object') {
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if ('text' in v) return plain(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function read(payload) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload.data);
  const sheets = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== 'visible') return;
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = row.values;
      const out = [];
      for (let i = 1; i < values.length; i++) out.push(plain(values[i]));
      rows[n - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

async function write(spec) {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator || 'TownGrid';
  wb.created = new Date();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    if (sheet.columns) {
      ws.columns = sheet.columns.map((c) => {
        const col = { width: c.width || 12 };
        if (c.text) col.style = { numFmt: '@' };
        else if (c.numFmt) col.style = { numFmt: c.numFmt };
        return col;
      });
    }
    sheet.rows.forEach((row, r) => {
      const wsRow = ws.getRow(r + 1);
      if (row.height) wsRow.height = row.height;
      row.cells.forEach((cell, c) => {
        const isSpec = cell !== null && typeof cell === 'object' && !(cell instanceof Date);
        const value = isSpec ? cell.v : cell;
        const styleName = (isSpec && cell.s) || row.style;
        const target = wsRow.getCell(c + 1);
        target.value = value === undefined ? null : value;
        if (styleName && STYLES[styleName]) {
          const colFmt = sheet.columns && sheet.columns[c] && (sheet.columns[c].text ? '@' : sheet.columns[c].numFmt);
          target.style = colFmt ? Object.assign({ numFmt: colFmt }, STYLES[styleName]) : STYLES[styleName];
        }
      });
    });
    for (const m of sheet.merges || []) ws.mergeCells(m);
    if (sheet.freeze) ws.views = [{ state: 'frozen', ySplit: sheet.freeze.rows, xSplit: sheet.freeze.cols || 0 }];
    if (sheet.page) {
      ws.pageSetup = {
        paperSize: sheet.page.paper === 'A3' ? 8 : 9,
        orientation: sheet.page.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      };
      ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
    }
    if (sheet.printTitleRows) ws.pageSetup.printTitlesRow = sheet.printTitleRows[0] + ':' + sheet.printTitleRows[1];
    for (const v of sheet.validations || []) {
      const formula = v.list ? '"' + v.list.join(',') + '"' : v.formula;
      ws.dataValidations.add(v.range, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showInputMessage: !!v.prompt,
        prompt: v.prompt,
        showErrorMessage: false,
      });
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}

let current = null;
function reply(result) {
  if (!current) return;
  const { port, signal } = current;
  current = null;
  try {
    port.postMessage(result);
  } finally {
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
    port.close();
  }
}
process.on('uncaughtException', (e) => reply({ ok: false, error: String((e && e.stack) || e) }));
process.on('unhandledRejection', (e) => reply({ ok: false, error: String((e && e.stack) || e) }));

parentPort.on('message', (msg) => {
  current = msg;
  const run = msg.op === 'read' ? read(msg.payload) : msg.op === 'write' ? write(msg.payload) : Promise.reject(new Error('unknown op ' + msg.op));
  run.then(
    (data) => reply({ ok: true, data }),
    (e) => reply({ ok: false, error: String((e && e.message) || e) }),
  );
});
`;
