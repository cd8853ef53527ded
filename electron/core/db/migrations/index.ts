// Numbered migrations, applied in order. Never edit one after it has landed: add the next.
import { migration as m0001 } from './0001-foundation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001];
