// The rule of a 「确认密码」 field: it must equal the password typed in `field` of the same form.
import type { FormRule } from 'antd';

export function sameAs(field: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_: unknown, value: unknown) => {
      if (value && value !== getFieldValue(field)) throw new Error('两次输入的密码不一致');
    },
  });
}
