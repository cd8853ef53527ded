// Shared by the benches: median timing and the report (console table + test-results/bench.json,
// merged by name so several benches can contribute rows).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

export const BENCH_FILE = resolve(import.meta.dirname, '../../test-results/bench.json');

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function row(name: string, value: number, baseline: number, unit = 'ms'): BenchRow {
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return { name, value: r3(value), unit, baseline: r3(baseline), ratio: Math.round((value / baseline) * 100) / 100 };
}

export function report(rows: BenchRow[]): void {
  console.table(rows);
  mkdirSync(dirname(BENCH_FILE), { recursive: true });
  let existing: BenchRow[] = [];
  if (existsSync(BENCH_FILE)) {
    try {
      const parsed = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as unknown;
      if (Array.isArray(parsed)) existing = parsed as BenchRow[];
    } catch {
      existing = [];
    }
  }
  const names = new Set(rows.map((r) => r.name));
  writeFileSync(BENCH_FILE, JSON.stringify([...existing.filter((r) => !names.has(r.name)), ...rows], null, 2) + '\n');
}
