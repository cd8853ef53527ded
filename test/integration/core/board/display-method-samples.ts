// Inputs for every method the wall display account may call, for the privacy check
// (display-privacy-checks.ts): each method is called with each of its samples on the demo town
// and what comes back — data or error — must hold no personal data. A method the display may
// call without an entry here fails that check, so a new board read cannot skip it. Samples should
// return real data on the demo town (a read of an empty list proves little).
import { SUBJECT_LEVELS } from '../../../../shared/assessment/scheme';

export const DISPLAY_METHOD_SAMPLES: Record<string, readonly unknown[]> = {
  // the session and the system
  'system.status': [{}],
  'system.setupProgress': [{}],
  'system.connection': [{}],
  'system.setup': [{ townName: '青溪镇', townCode: '330782101', adminUsername: 'admin2', adminDisplayName: '管理员', adminPassword: 'correct-horse-2' }],
  'auth.login': [{ username: 'admin', password: 'wrong-password' }],
  'auth.me': [{}],
  'auth.renew': [{}],
  'sync.indicator': [{}],
  'sync.joinStatus': [{}],
  'sync.join': [{ address: '127.0.0.1:9', adminUsername: 'admin', adminPassword: 'wrong-password' }],
  'jobs.get': [{ jobId: 'no-such-job' }],
  'jobs.cancel': [{ jobId: 'no-such-job' }],
  'jobs.result': [{ jobId: 'no-such-job' }],
  'calendar.status': [{}],
  'calendar.years': [{}],
  'calendar.days': [{ from: '2026-11-01', to: '2026-11-30' }],
  // the board
  'board.summary': [{}],
  'board.cases': [{}],
  'board.layouts': [{}],
  'board.feed': [{}],
  'board.duty': [{}],
  'board.meetingsToday': [{}],
  'board.mapShapes': [{}],
  'board.map': [{}],
  // Empty on the demo town (its desk acknowledged every emergency); board-alarm.test.ts checks a live one.
  'board.emergencies': [{}],
  'routine.dutyToday': [{}],
  'assessment.ranking': SUBJECT_LEVELS.map((level) => ({ level, top: 50, bottom: 50 })),
};

/** Methods the check does not call, with the reason. */
export const DISPLAY_METHODS_NOT_CALLED: Record<string, string> = {
  'auth.logout': 'ends the session the check signs in with; answers { ok: true } only',
  'auth.changePassword': 'the one write the display may make (its own password); answers no data',
};
