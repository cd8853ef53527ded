// RPC methods of the wall board's live panels (最新事件, 今日值班, 今日会议): wall-safe reads with
// board.read for the display account; spread into shared/api.ts. The ranking panel reads
// assessment.ranking (already board.read).
import type { z } from 'zod';
import { emptyInput, method, returns, type MethodDef } from '../rpc/contract';
import type { BoardDuty, BoardFeed, BoardMeetingsToday } from './board-panel-types';

/** How many cases the live feed lists. */
export const BOARD_FEED_LIMIT = 20;

export const boardPanelApi = {
  'board.feed': method({
    input: emptyInput,
    output: returns<BoardFeed>(),
    access: 'board.read',
    reads: ['case_record', 'case_category', 'org_unit'],
  }),
  'board.duty': method({
    input: emptyInput,
    output: returns<BoardDuty>(),
    access: 'board.read',
    reads: ['duty_roster', 'staff'],
  }),
  'board.meetingsToday': method({
    input: emptyInput,
    output: returns<BoardMeetingsToday>(),
    access: 'board.read',
    reads: ['meeting', 'meeting_item', 'org_unit'],
  }),
} satisfies Record<string, MethodDef<z.ZodType, unknown>>;
