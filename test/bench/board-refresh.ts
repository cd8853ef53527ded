// Every read of a full wall-board refresh, with the input the panels give it: the board reads of
// the display account (the "board" part of test/integration/core/board/display-method-samples.ts),
// what the panels in renderer/src/pages/board/panels/ and the page rotation call. Add a new board
// read here; board.bench and county-cases.bench time this list.
import type { MethodName } from '../../shared/api';

export const BOARD_REFRESH: readonly (readonly [MethodName, unknown])[] = [
  ['board.summary', {}],
  ['board.cases', {}],
  ['board.layouts', {}],
  ['board.feed', {}],
  ['board.duty', {}],
  ['board.meetingsToday', {}],
  ['board.mapShapes', {}],
  ['board.map', {}],
  ['board.emergencies', {}],
  ['routine.dutyToday', {}],
  ['assessment.ranking', { level: 'grid', top: 5, bottom: 5 }],
];
