// The database key every test database is encrypted with (the product makes a random one per
// data folder, see electron/core/host/key-custody.ts).
import type { DatabaseKey } from '../../electron/core/host/database-key';

export const TEST_DB_KEY: DatabaseKey = { raw: Buffer.alloc(32, 0x5a) };
