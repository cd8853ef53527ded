// Households for visit tests, written straight into the registry tables (one head member each).
import type { CareTag } from '../../../../shared/registry/registry-types';
import type { RoutineTown } from './routine-fixture';

let serial = 0;

/** A household in `gridId` with one member born `born`, holding `tags` (registry rows written directly). */
export function household(r: RoutineTown, gridId: string, no: string, born: string, tags: CareTag[] = []): { id: string; member: string } {
  return households(r, [{ gridId, no, born, tags }])[0]!;
}

/** Many households in one transaction: `HH-<no>` headed by `户主<no>` (or `head`), living at `<no>号` (or `address`). */
export function households(
  r: RoutineTown,
  list: readonly { gridId: string; no: string; born: string; tags?: CareTag[]; head?: string; address?: string }[],
): { id: string; member: string }[] {
  const out: { id: string; member: string }[] = [];
  r.t.h.core.services.writer.transaction(null, (tx) => {
    for (const { gridId, no, born, tags = [], head, address } of list) {
      const id = `HH-${no}`;
      const member = `P-${no}`;
      tx.insert('household', { id, grid_id: gridId, household_no: no, head_person_id: member, address: address ?? `${no}号` });
      tx.insert('person', {
        id: member, citizen_id: `T${String(++serial).padStart(17, '0')}`, name: head ?? `户主${no}`, dob_override: born, residence_type: 'registered', household_id: id,
        care_tags: tags.length ? JSON.stringify(tags) : null, grid_id: gridId,
      });
      out.push({ id, member });
    }
  });
  return out;
}
