// Handlers of the registry domain.
import type { Handlers } from '../rpc/handler-types';
import type { registryApi } from '../../../shared/registry/registry-api';

export const registryHandlers: Pick<Handlers, keyof typeof registryApi> = {};
