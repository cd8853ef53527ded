// exceljs, loaded on first use: it is a large library that only reading and writing workbooks
// need, and every core thread (the writer and each reader) would otherwise load it at start.
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJs(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => ((m as { default?: ExcelJS }).default ?? (m as unknown as ExcelJS)));
  return loading;
}
