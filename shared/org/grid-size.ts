// Grid size rules (SPEC §1): the town configures a household range per grid type;
// grids outside it are flagged.
import { z } from 'zod';
import type { GridType } from './org-types';

const range = z
  .object({ min: z.number().int().min(1).max(5000), max: z.number().int().min(1).max(5000) })
  .refine((r) => r.min <= r.max, { message: '下限不能大于上限' });

export const gridSizeRangesSchema = z.object({ urban: range, rural: range });
export type GridSizeRanges = z.infer<typeof gridSizeRangesSchema>;

/** Defaults from practice: urban grids 300–500 households (some towns 200–300), rural ≈ a villagers' group. */
export const DEFAULT_GRID_SIZE_RANGES: GridSizeRanges = {
  urban: { min: 200, max: 500 },
  rural: { min: 30, max: 150 },
};

/** A Chinese warning when a grid's household count falls outside its type's range, else null. */
export function gridSizeWarning(households: number, gridType: GridType | null, ranges: GridSizeRanges): string | null {
  const r = ranges[gridType ?? 'urban'];
  if (households < r.min) return `户数${households}低于${r.min}户下限`;
  if (households > r.max) return `户数${households}超过${r.max}户上限`;
  return null;
}
