// Handlers of the registry domain (基础台账, grid map data, notice boards).
import type { Handlers } from '../rpc/handler-types';
import type { registryApi } from '../../../shared/registry/registry-api';
import { archiveHandler } from './archive-handler';
import { excelHandlers } from './excel-handlers';
import { houseEditHandlers } from './house-edit-handlers';
import { ledgerHandlers } from './ledger-handlers';
import { mapHandlers } from './map-handlers';
import { noticeHandlers } from './notice-handlers';
import { personEditHandlers } from './person-edit-handlers';
import { placeEditHandlers } from './place-edit-handlers';
import { recordHandlers } from './record-handlers';
import { specialEditHandlers } from './special-edit-handlers';

export const registryHandlers: Pick<Handlers, Exclude<keyof typeof registryApi, `audit.${string}`>> = {
  ...ledgerHandlers,
  ...recordHandlers,
  ...personEditHandlers,
  ...houseEditHandlers,
  ...placeEditHandlers,
  ...specialEditHandlers,
  ...archiveHandler,
  ...excelHandlers,
  ...mapHandlers,
  ...noticeHandlers,
};
