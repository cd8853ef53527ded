// Handlers of the cases domain.
import type { Handlers } from '../rpc/handler-types';
import type { caseApi } from '../../../shared/cases/case-api';

export const caseHandlers: Pick<Handlers, keyof typeof caseApi> = {};
