// The board's shared reads. Every panel asks for what it shows; panels asking for the same
// method share one query (and one refetch), so a page of many panels costs one call per method.
import { useRpcQuery } from '../../../app/rpc-hooks';

/** A wall left on for months: refetch now and then even without events (and keep the session alive). */
export const BOARD_REFETCH = { refetchInterval: 60_000, refetchIntervalInBackground: true, silent: true } as const;

export const useBoardSummary = () => useRpcQuery('board.summary', {}, BOARD_REFETCH);
export const useBoardCases = () => useRpcQuery('board.cases', {}, BOARD_REFETCH);
