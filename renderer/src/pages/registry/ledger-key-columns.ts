// Which columns of each ledger's table are key: always shown, however narrow the window.
import type { LedgerKind } from '../../../../shared/registry/registry-types';

/**
 * The columns each ledger always shows (with 操作; the first opens the record). The others give
 * way from the right when the table is too narrow for all of them (1366×768 with the book
 * chooser open, ui/column-fit.ts); the record drawer shows every field. Column ids: the row
 * property a field shows (`gridName` for 所属网格) or the id of a column the table adds.
 */
export const KEY_COLUMNS: Readonly<Record<LedgerKind, readonly string[]>> = {
  person: ['name', 'genderAge', 'citizenId', 'phone', 'residenceType', 'address'],
  household: ['householdNo', 'headName', 'memberCount', 'address', 'gridName'],
  house: ['address', 'buildingName', 'unit', 'room', 'isRental', 'landlordName', 'landlordPhone'],
  building: ['name', 'address', 'floors', 'houseCount', 'gridName'],
  organisation: ['name', 'kind', 'address', 'legalPerson', 'phone'],
  facility: ['code', 'kind', 'name', 'location', 'condition'],
  special: ['name', 'citizenId', 'phone', 'kind', 'supervisionLevel', 'status'],
  dispute: ['foundDate', 'parties', 'kind', 'summary', 'status'],
};

