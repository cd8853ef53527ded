// The import adapter of each importable ledger.
import type { ImportKind } from '../../../../../shared/registry/registry-types';
import type { ImportAdapter } from '../import-adapter';
import { disputeImport } from './dispute-import';
import { facilityImport } from './facility-import';
import { houseImport } from './house-import';
import { organisationImport } from './organisation-import';
import { personImport } from './person-import';
import { specialImport } from './special-import';

export const IMPORT_ADAPTERS: Record<ImportKind, ImportAdapter<unknown>> = {
  person: personImport as ImportAdapter<unknown>,
  house: houseImport as ImportAdapter<unknown>,
  organisation: organisationImport as ImportAdapter<unknown>,
  facility: facilityImport as ImportAdapter<unknown>,
  special: specialImport as ImportAdapter<unknown>,
  dispute: disputeImport as ImportAdapter<unknown>,
};
