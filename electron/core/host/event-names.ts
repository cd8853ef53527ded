// The events a host forwards from the core to its clients (see ApiEvents in shared/rpc/contract.ts).
import type { EventName } from '../../../shared/api';

export const EVENT_NAMES: readonly EventName[] = ['changed', 'progress'];
