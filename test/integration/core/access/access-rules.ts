// The scope rule of every method of the contract, written down once: what a caller in a
// limited role (a grid worker, a department handler, the wall display) gets of it. The record
// is typed over every method name, so a new method does not compile until someone decides its
// rule. The access matrix test prints these rules into docs/access-matrix.md beside each role's
// door outcome, and probes the scoped ones with a record inside and one outside the scope.
import type { MethodName } from '../../../../shared/api';

export type ScopeRule =
  /** Anyone past the door may call it; it carries no personal record and nothing of one grid. */
  | 'public'
  /** Only about the caller: its own session, password, jobs. */
  | 'own'
  /** Reference data shared by the whole town (org tree, catalogue, calendar, time limits). */
  | 'reference'
  /** Administration: the roles allowed at the door act on the whole town. */
  | 'town'
  /** Town figures only: counts and categories, no personal data (wall-safe). */
  | 'aggregate'
  /** Cases in the caller's case scope (cases/case-scope.ts): grid worker its grids, handler its department. */
  | 'case'
  /** Alerts of the grids the caller serves (grid worker); every alert for the others. */
  | 'served-grids'
  /** Registry records: a grid worker those of the grids it serves (registry/registry-scope.ts), others the town; masked by permission. */
  | 'registry';

export const SCOPE_RULES: Record<MethodName, ScopeRule> = {
  'system.status': 'public',
  'system.connection': 'own',
  'system.setup': 'public',
  'auth.login': 'public',
  'auth.logout': 'own',
  'auth.me': 'own',
  'auth.renew': 'own',
  'auth.changePassword': 'own',
  'users.list': 'town',
  'users.create': 'town',
  'users.update': 'town',
  'org.units': 'reference',
  'org.unit': 'reference',
  'org.createUnit': 'town',
  'org.updateUnit': 'town',
  'org.moveUnit': 'town',
  'org.archiveUnit': 'town',
  'org.grids': 'reference',
  'org.gridSizeRanges': 'reference',
  'org.setGridSizeRanges': 'town',
  'staff.list': 'reference',
  'staff.create': 'town',
  'staff.update': 'town',
  'staff.assignments': 'reference',
  'staff.assign': 'town',
  'staff.unassign': 'town',
  'departments.list': 'reference',
  'departments.create': 'town',
  'departments.update': 'town',
  'cases.register': 'case',
  'cases.get': 'case',
  'cases.act': 'case',
  'cases.bulk': 'case',
  'cases.queue': 'case',
  'cases.queueCounts': 'case',
  'cases.export': 'case',
  'cases.duplicateHints': 'case',
  'cases.locate': 'reference',
  'cases.alerts': 'served-grids',
  'cases.ackAlert': 'served-grids',
  'cases.assignees': 'reference',
  'cases.byNumber': 'case',
  'cases.attachment': 'case',
  'catalogue.tree': 'reference',
  'catalogue.saveCategory': 'town',
  'sla.rules': 'reference',
  'sla.saveRule': 'town',
  'sla.removeRule': 'town',
  'sla.preview': 'reference',
  'calendar.status': 'reference',
  'calendar.years': 'reference',
  'calendar.days': 'reference',
  'calendar.importYear': 'town',
  'calendar.removeYear': 'town',
  'board.summary': 'aggregate',
  'board.cases': 'aggregate',
  'audit.list': 'town',
  'audit.verify': 'town',
  'audit.export': 'town',
  'registry.overview': 'registry',
  'registry.people': 'registry',
  'registry.households': 'registry',
  'registry.houses': 'registry',
  'registry.buildings': 'registry',
  'registry.organisations': 'registry',
  'registry.facilities': 'registry',
  'registry.specials': 'registry',
  'registry.disputes': 'registry',
  'registry.person': 'registry',
  'registry.household': 'registry',
  'registry.house': 'registry',
  'registry.organisation': 'registry',
  'registry.facility': 'registry',
  'registry.special': 'registry',
  'registry.dispute': 'registry',
  'registry.history': 'registry',
  'registry.createPerson': 'registry',
  'registry.updatePerson': 'registry',
  'registry.createHousehold': 'registry',
  'registry.updateHousehold': 'registry',
  'registry.createHouse': 'registry',
  'registry.updateHouse': 'registry',
  'registry.createBuilding': 'registry',
  'registry.updateBuilding': 'registry',
  'registry.createOrganisation': 'registry',
  'registry.updateOrganisation': 'registry',
  'registry.createFacility': 'registry',
  'registry.updateFacility': 'registry',
  'registry.createSpecial': 'registry',
  'registry.updateSpecial': 'registry',
  'registry.addSpecialVisit': 'registry',
  'registry.createDispute': 'registry',
  'registry.updateDispute': 'registry',
  'registry.archive': 'registry',
  'registry.template': 'served-grids',
  'registry.importPreview': 'registry',
  'registry.importCommit': 'registry',
  'registry.importCancel': 'own',
  'registry.export': 'registry',
  'registry.form': 'registry',
  'registry.mapMeasures': 'served-grids',
  'registry.neighbors': 'reference',
  'registry.importBoundaries': 'town',
  'registry.exportBoundaries': 'reference',
  'registry.setNeighbors': 'town',
  'registry.applyLedgerFigures': 'town',
  'registry.noticeBoard': 'reference',
  'registry.contactCards': 'registry',
  'registry.setStaffPhoto': 'town',
  'registry.noticeSettings': 'reference',
  'registry.setNoticeSettings': 'town',
  'jobs.get': 'own',
  'jobs.cancel': 'own',
  'jobs.result': 'own',
};

/** How each rule reads in docs/access-matrix.md. */
export const SCOPE_RULE_TEXT: Record<ScopeRule, string> = {
  public: 'no record of anyone',
  own: "the caller's own session, password or jobs",
  reference: 'town reference data (no personal records)',
  town: 'the whole town (administration)',
  aggregate: 'figures only, no personal data',
  case: 'case scope: grid worker its grids, department handler its department, others all',
  'served-grids': "grid worker the grids it serves, others all",
  registry: 'registry: grid worker the grids it serves, others the whole town; masked without sensitive.read',
};
