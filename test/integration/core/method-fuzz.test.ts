// Every method of the contract, signed out and signed in as the administrator, fed malformed
// input (seeded fast-check, bounded runs): no internal error, nothing written by a refused
// call, and the core still answers afterwards.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api';
import { setupCore, TEST_PASSWORD, type Harness } from '../../support/core-harness';

const SEED = 20261130;
const RUNS = 25;
const METHODS = Object.keys(api) as MethodName[];

/** The field names a method's input object declares (to build near-miss inputs from). */
function fieldNames(schema: z.ZodType): string[] {
  let s: unknown = schema;
  // Unwrap defaults/optionals/pipes down to an object, where there is one.
  for (let i = 0; i < 5 && s && typeof s === 'object'; i++) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof shape === 'object') return Object.keys(shape);
    const def = (s as { def?: { innerType?: unknown; in?: unknown; schema?: unknown } }).def;
    s = def?.innerType ?? def?.in ?? def?.schema;
  }
  return [];
}

const nasty = fc.oneof(
  fc.constantFrom('', ' ', "'; DROP TABLE org_unit; --", '\u0000', '%E0%A4%A', '__proto__', 'constructor', '9'.repeat(400), '💥', '\\', 'null'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

function inputFor(method: MethodName): fc.Arbitrary<unknown> {
  const names = fieldNames(api[method].input as z.ZodType);
  const nearMiss = names.length > 0 ? fc.dictionary(fc.constantFrom(...names), nasty, { maxKeys: names.length }) : fc.constant({});
  return fc.oneof(
    { arbitrary: nearMiss, weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
    { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 },
    { arbitrary: fc.constantFrom(undefined, null, [], 'x', 0, { __proto__: { admin: true } }, { constructor: { prototype: {} } }), weight: 1 },
  );
}

function counts(h: Harness) {
  const n = (table: string) => (h.core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { changes: h.changeCount(), audit: n('audit_log'), sessions: n('session') };
}

describe('every method under malformed input', () => {
  const h = setupCore();
  let adminToken = h.adminToken;
  const relogin = async () => {
    const r = (await h.core.invokeAsync(null, 'auth.login', { username: 'admin', password: TEST_PASSWORD }));
    if (!r.ok) throw new Error(r.error.message);
    adminToken = (r.data as { token: string }).token;
  };

  for (const method of METHODS) {
    it(`${method}: no internal error, refused calls write nothing`, async () => {
      for (const who of ['signed out', 'admin'] as const) {
        await fc.assert(
          fc.asyncProperty(inputFor(method), async (input) => {
            const before = counts(h);
            const token = who === 'admin' ? adminToken : null;
            const r = await h.core.invokeAsync(token, method, input);
            expect(r.ok || r.error.code, `${method} as ${who} with ${JSON.stringify(input)?.slice(0, 200)}`).not.toBe('INTERNAL');
            const after = counts(h);
            if (!r.ok) {
              // A refused sign-in is audited (login.failed), and writes nothing else.
              const audited = method === 'auth.login' && r.error.code === 'LOGIN_FAILED' ? 1 : 0;
              expect(after, `${method} refused but wrote`).toEqual({ ...before, audit: before.audit + audited });
            } else {
              if (!api[method].writes) expect(after.changes, `${method} reads but wrote`).toBe(before.changes);
              // The only session a random input may end is the caller's own (auth.logout).
              if (after.sessions !== before.sessions) {
                expect(method).toBe('auth.logout');
                await relogin();
              }
            }
          }),
          { seed: SEED, numRuns: RUNS },
        );
      }
      expect(h.core.invoke(null, 'system.status', {})).toMatchObject({ ok: true, data: { setUp: true } });
      expect(h.core.invoke(adminToken, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'admin' } });
    });
  }
});
