// The events a host forwards from the core to its clients (see ApiEvents in shared/rpc/contract.ts).
export { EVENT_NAMES } from '../../../shared/rpc/contract';
