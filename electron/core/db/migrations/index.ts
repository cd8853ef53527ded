// Numbered migrations, applied in order. Never edit one after it has landed: add the next.
import type { Migration } from '../migrate';
import { migration as m0001 } from './0001-foundation';
import { migration as m0002 } from './0002-cases';
import { migration as m0003 } from './0003-registry';
import { migration as m0004 } from './0004-compact-change-log';
import { migration as m0005 } from './0005-account-secret';
import { migration as m0006 } from './0006-audit-chain';
import { migration as m0007 } from './0007-case-sync-conflict';
import { migration as m0008 } from './0008-sync-peers';
import { migration as m0009 } from './0009-natural-keys-not-unique';
import { migration as m0010 } from './0010-routine';
import { migration as m0011 } from './0011-visits';
import { migration as m0012 } from './0012-verification';
import { migration as m0013 } from './0013-assessment';
import { migration as m0014 } from './0014-screening-duty';
import { migration as m0015 } from './0015-satisfaction-survey';
import { migration as m0016 } from './0016-meetings';
import { migration as m0017 } from './0017-board-layouts';
import { migration as m0018 } from './0018-emergency-ack';
import { migration as m0019 } from './0019-notifications';
import { migration as m0020 } from './0020-ledger-grid-change';
import { migration as m0021 } from './0021-ledger-grid-count';
import { migration as m0022 } from './0022-case-search-counts';
import { migration as m0023 } from './0023-case-tally-days';
import { migration as m0024 } from './0024-people-search';
import { migration as m0025 } from './0025-case-open-grid';
import { migration as m0026 } from './0026-case-open-figures';
import { migration as m0027 } from './0027-drop-case-open-grid';
import { migration as m0028 } from './0028-emergency-open-unacked';
import { migration as m0029 } from './0029-case-received-buckets';
import { migration as m0030 } from './0030-place-search';
import { migration as m0031 } from './0031-case-tally-facet-days';
import { migration as m0032 } from './0032-case-received-bucket-orders';
import { migration as m0033 } from './0033-case-tally-department-facets';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016, m0017, m0018, m0019, m0020, m0021, m0022, m0023, m0024, m0025, m0026, m0027, m0028, m0029, m0030, m0031, m0032, m0033];
