// The board's shared reads. Every panel asks for what it shows; panels asking for the same
// method share one query (and one refetch), so a page of many panels costs one call per method.
import { useRpcQuery } from '../../../app/rpc-hooks';

/** A wall left on for months: refetch now and then even without events (and keep the session alive). */
export const BOARD_REFETCH = { refetchInterval: 60_000, refetchIntervalInBackground: true, silent: true } as const;

export const useBoardSummary = () => useRpcQuery('board.summary', {}, BOARD_REFETCH);
export const useBoardCases = () => useRpcQuery('board.cases', {}, BOARD_REFETCH);
export const useBoardFeed = () => useRpcQuery('board.feed', {}, BOARD_REFETCH);
export const useBoardDuty = () => useRpcQuery('board.duty', {}, BOARD_REFETCH);
export const useBoardMeetingsToday = () => useRpcQuery('board.meetingsToday', {}, BOARD_REFETCH);
/** The latest frozen quarter of the grids: its first five and last five. */
export const useBoardRanking = () => useRpcQuery('assessment.ranking', { level: 'grid', periodKind: 'quarter', top: 5, bottom: 5 }, BOARD_REFETCH);
