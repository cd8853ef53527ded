// antd form rules backed by the contract's zod schemas, so the form says exactly what the
// server would say (in Chinese) before anything is sent.
import type { FormRule } from 'antd';
import type { z } from 'zod';

type Values = Record<string, unknown>;

/** Validates one field by parsing the whole form (mapped to the method input) with `schema`. */
export function zodFieldRule(schema: z.ZodType, field: string, toInput: (values: Values) => unknown = (v) => v): FormRule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const parsed = schema.safeParse(toInput(getFieldsValue(true) as Values));
      if (parsed.success) return;
      const issue = parsed.error.issues.find((i) => String(i.path[0]) === field);
      if (issue) throw new Error(issue.message);
    },
  });
}
