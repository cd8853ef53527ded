// The demo town (「导入演示数据」, `npm run demo`, the e2e template) built once for all the checks
// of its data: generating it is the slowest thing the unit and integration suite does, so each
// domain keeps its checks in a *-checks.ts module and they all run here on one build.
import { beforeAll } from 'vitest';
import { demoAssessmentChecks } from '../assessment/demo-assessment-checks';
import { displayPrivacyChecks } from '../board/display-privacy-checks';
import { setupCore, type Harness } from '../../../support/core-harness';
import { at } from '../cases/case-fixture';
import { demoCaseChecks } from '../cases/demo-cases-checks';
import { demoRegistryChecks } from '../registry/demo-registry-checks';
import { demoMeetingChecks } from '../meetings/demo-meetings-checks';
import { demoBoardPanelChecks } from '../board/demo-board-panels-checks';
import { demoBoardAlarmChecks } from '../board/demo-board-alarm-checks';
import { populationChecks } from '../registry/population-checks';

const now = at('2026-11-20', '15:00');
let h: Harness;
let setupMs = 0;

beforeAll(() => {
  const t0 = performance.now();
  h = setupCore({ demo: true, now: () => now });
  setupMs = performance.now() - t0;
}, 240_000); // generating the demo town takes a while on a busy machine: a bound, not a speed claim

const demo = () => ({ h, now, setupMs });
demoRegistryChecks(demo);
demoCaseChecks(demo);
demoAssessmentChecks(demo);
demoMeetingChecks(demo);
displayPrivacyChecks(demo);
demoBoardPanelChecks(demo);
demoBoardAlarmChecks(demo);
populationChecks(demo);
