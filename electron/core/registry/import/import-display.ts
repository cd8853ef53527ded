// Import values as text for the preview's sample rows.
import type { ImportField } from '../../../../shared/registry/import-fields';
import { GENDER_LABELS, type Gender } from '../../../../shared/registry/registry-types';

export function displayValue(field: ImportField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'grid') return (value as { name: string }).name;
  if (field.type === 'gender') return GENDER_LABELS[value as Gender];
  if (field.type === 'bool') return value ? '是' : '否';
  if (field.type === 'enum') return field.enum!.labels[String(value)] ?? String(value);
  if (field.type === 'tags') return (value as string[]).map((t) => field.enum!.labels[t] ?? t).join('、');
  return String(value);
}
