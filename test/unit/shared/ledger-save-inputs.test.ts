// The record forms' save checks (shared/registry/registry-inputs.ts, typed zod schemas the
// contract and the renderer infer their types from) must say what the field definitions say:
// every field a form edits is accepted by its ledger's save schema, with the same required-ness,
// the same longest text and the same coded values. A field changed in one place and not the
// other fails here.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formFields } from '../../../shared/registry/fields';
import type { LedgerField } from '../../../shared/registry/fields/field-def';
import {
  disputeCreateInput,
  facilityCreateInput,
  houseCreateInput,
  organisationCreateInput,
  personCreateInput,
  specialCreateInput,
} from '../../../shared/registry/registry-inputs';
import type { ImportKind } from '../../../shared/registry/registry-types';

const SAVE: Record<ImportKind, z.ZodObject | z.ZodPipe> = {
  person: personCreateInput,
  house: houseCreateInput,
  organisation: organisationCreateInput,
  facility: facilityCreateInput,
  special: specialCreateInput,
  dispute: disputeCreateInput,
};

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const s = schema as unknown as { shape?: Record<string, z.ZodType>; def?: { in?: z.ZodType; schema?: z.ZodType } };
  if (s.shape) return s.shape;
  const inner = s.def?.in ?? s.def?.schema;
  if (!inner) throw new Error('not an object schema');
  return shapeOf(inner);
}

const inputKey = (f: LedgerField) => f.input ?? f.key;

describe('record form save checks agree with the field definitions', () => {
  for (const kind of Object.keys(SAVE) as ImportKind[]) {
    it(`${kind}: every edited field, its required-ness, longest text and codes`, () => {
      const shape = shapeOf(SAVE[kind]);
      for (const f of formFields(kind)) {
        const key = inputKey(f);
        const field = shape[key];
        expect(field, `${kind}.${key} is saved`).toBeDefined();
        // Required in the definition ⇔ the save refuses it missing.
        expect(field!.safeParse(undefined).success, `${kind}.${key} required`).toBe(!f.required);
        // Free text (not a coded form such as the 18-character credit code).
        if (f.type === 'text' && f.max && field!.safeParse('字').success) {
          expect(field!.safeParse('字'.repeat(f.max)).success, `${kind}.${key} accepts ${f.max} characters`).toBe(true);
          expect(field!.safeParse('字'.repeat(f.max + 1)).success, `${kind}.${key} refuses ${f.max + 1} characters`).toBe(false);
        }
        if (f.type === 'enum' && f.enum) {
          for (const code of Object.keys(f.enum.labels)) expect(field!.safeParse(code).success, `${kind}.${key} = ${code}`).toBe(true);
          expect(field!.safeParse('不是代码').success, `${kind}.${key} refuses an unknown code`).toBe(false);
        }
        if (f.type === 'tags' && f.enum) {
          expect(field!.safeParse(Object.keys(f.enum.labels)).success, `${kind}.${key} takes every tag`).toBe(true);
        }
      }
    });
  }
});
