// Puts server-side validation details (error.details[].path) next to the form fields.
import type { FormInstance } from 'antd';
import { ApiError } from '../app/api-error';

/** Returns true when at least one detail landed on a field of the form. */
export function showFieldErrors(form: FormInstance, err: unknown, fieldNames: readonly string[]): boolean {
  if (!(err instanceof ApiError) || err.details.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const d of err.details) {
    const name = d.path.split('.')[0];
    if (!fieldNames.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), d.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
