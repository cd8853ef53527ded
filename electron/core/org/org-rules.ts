// Organisation rules (SPEC §1): what may sit under what, and how codes nest.
// A child's code is its parent's code followed by exactly three digits.
import { ALLOWED_PARENT, UNIT_KIND_LABELS, type UnitKind } from '../../../shared/org/org-types';
import { AppError } from '../../../shared/rpc/errors';

export const CHILD_CODE_DIGITS = 3;

export function checkParentKind(kind: UnitKind, parentKind: UnitKind): void {
  if (!ALLOWED_PARENT[kind].includes(parentKind)) {
    const allowed = ALLOWED_PARENT[kind].map((k) => UNIT_KIND_LABELS[k]).join('或');
    throw new AppError(
      'BAD_INPUT',
      `${UNIT_KIND_LABELS[kind]}只能设在${allowed || '最上级'}之下，不能设在${UNIT_KIND_LABELS[parentKind]}之下`,
    );
  }
}

export function checkChildCode(code: string, parentCode: string): void {
  if (!code.startsWith(parentCode) || code.length !== parentCode.length + CHILD_CODE_DIGITS || !/^\d+$/.test(code)) {
    throw new AppError('BAD_INPUT', `编码“${code}”应为上级编码“${parentCode}”后加${CHILD_CODE_DIGITS}位数字`, [
      { path: 'code', message: `应以${parentCode}开头，共${parentCode.length + CHILD_CODE_DIGITS}位` },
    ]);
  }
}

/** Suggests the next free child code under a parent, given its children's codes. */
export function nextChildCode(parentCode: string, siblingCodes: string[]): string {
  let max = 0;
  for (const c of siblingCodes) {
    if (c.startsWith(parentCode) && c.length === parentCode.length + CHILD_CODE_DIGITS) max = Math.max(max, Number(c.slice(parentCode.length)));
  }
  if (max >= 999) throw new AppError('INVALID_STATE', '该上级下的编码已用完');
  return parentCode + String(max + 1).padStart(CHILD_CODE_DIGITS, '0');
}
