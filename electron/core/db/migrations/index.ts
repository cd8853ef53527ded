// Numbered migrations, applied in order. Never edit one after it has landed: add the next.
import { migration as m0001 } from './0001-foundation';
import { migration as m0002 } from './0002-cases';
import { migration as m0003 } from './0003-registry';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003];
