// The wall is read by anyone in the hall: nothing the display account can get may hold a
// resident's personal data. On the demo town, every method the display account may call is
// called with its samples (display-method-samples.ts), and each answer — data or error — is
// searched for every name, ID number and phone number of the ledgers and the cases (people,
// reporters, landlords, helpers of special people, legal persons, visited persons), and for
// any ID- or mobile-shaped number at all. Staff names are allowed (the duty officer and the
// responders are public officers); their phone numbers are not. Run by
// test/integration/core/demo/demo-data.test.ts on the demo town it builds once.
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../../shared/api';
import { roleHas } from '../../../../shared/auth/roles';
import type { Harness } from '../../../support/core-harness';
import { DISPLAY_METHOD_SAMPLES, DISPLAY_METHODS_NOT_CALLED } from './display-method-samples';

interface Personal {
  names: Set<string>;
  numbers: Set<string>;
  /** Staff names, longest first: blanked before the search (张军辉 is a worker; 张军 in it is not a resident). */
  staff: string[];
}

/** Every resident's name, ID number and phone number the demo town holds. */
function personalData(h: Harness): Personal {
  const db = h.core.services.db;
  const col = (sql: string) => (db.prepare(sql).pluck().all() as (string | null)[]).map((s) => s?.trim() ?? '').filter((s) => s.length >= 2);
  const staffNames = new Set([...col('SELECT name FROM staff'), ...col('SELECT display_name FROM user_account')]);
  const names = new Set(
    [
      ...col('SELECT name FROM person'),
      ...col('SELECT reporter_name FROM case_record'),
      ...col('SELECT landlord_name FROM house'),
      ...col('SELECT helper_name FROM special_person'),
      ...col('SELECT legal_person FROM organisation'),
      ...col('SELECT met_name FROM household_visit'),
    ].filter((n) => !staffNames.has(n)),
  );
  const numbers = new Set(
    [
      ...col('SELECT citizen_id FROM person'),
      ...col('SELECT phone FROM person'),
      ...col('SELECT reporter_phone FROM case_record'),
      ...col('SELECT landlord_phone FROM house'),
      ...col('SELECT landlord_citizen_id FROM house'),
      ...col('SELECT helper_phone FROM special_person'),
      ...col('SELECT phone FROM staff'),
    ].map((n) => n.replace(/[\s-]/g, '')),
  );
  return { names, numbers, staff: [...staffNames].sort((a, b) => b.length - a.length) };
}

const ID_SHAPED = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g;
const MOBILE_SHAPED = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

/** What in `text` is personal: known names (as whole 2–4 character runs), known numbers, ID- and mobile-shaped numbers. */
export function personalIn(text: string, p: Personal): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ID_SHAPED)) found.add(m[0]);
  for (const m of text.matchAll(MOBILE_SHAPED)) found.add(m[0]);
  for (const m of text.matchAll(/[0-9Xx]{7,}/g)) if (p.numbers.has(m[0])) found.add(m[0]);
  const withoutStaff = p.staff.reduce((t, name) => t.split(name).join('□'), text);
  for (const run of withoutStaff.match(/[\u4e00-\u9fa5·]{2,}/g) ?? []) {
    for (let i = 0; i < run.length; i++) for (let len = 2; len <= 4 && i + len <= run.length; len++) {
      const s = run.slice(i, i + len);
      if (p.names.has(s)) found.add(s);
    }
  }
  return [...found];
}

export function displayPrivacyChecks(demo: () => { h: Harness }): void {
  describe('what the wall display account can read', () => {
    it('every method it may call answers without a resident name, ID number or phone number', async () => {
      const { h } = demo();
      const personal = personalData(h);
      expect(personal.names.size).toBeGreaterThan(1000); // the demo town's ledgers are there to search for
      const token = h.tokenFor('display');
      const callable = (Object.keys(api) as MethodName[]).filter((m) => {
        const a = api[m].access;
        return a === 'public' || a === 'session' || roleHas('display', a);
      });
      const missing = callable.filter((m) => !DISPLAY_METHOD_SAMPLES[m] && !DISPLAY_METHODS_NOT_CALLED[m]);
      expect(missing, 'display methods without a sample in display-method-samples.ts').toEqual([]);
      const stale = Object.keys(DISPLAY_METHOD_SAMPLES).filter((m) => !callable.includes(m as MethodName));
      expect(stale, 'samples for methods the display may not call').toEqual([]);

      const leaks: string[] = [];
      let answered = 0;
      for (const m of callable.filter((x) => DISPLAY_METHOD_SAMPLES[x])) {
        for (const input of DISPLAY_METHOD_SAMPLES[m]!) {
          const r = await h.core.invokeAsync(token, m, input);
          if (r.ok) answered++;
          const text = JSON.stringify(r);
          const found = personalIn(text, personal);
          const context = (s: string) => text.slice(Math.max(0, text.indexOf(s) - 40), text.indexOf(s) + s.length + 20);
          if (found.length) leaks.push(`${m} ${JSON.stringify(input)}: ${found.slice(0, 3).map(context).join(' | ')}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(answered).toBeGreaterThan(Object.keys(DISPLAY_METHOD_SAMPLES).length / 2);
    });

    it('the search finds what it looks for', () => {
      const p: Personal = { names: new Set(['陈秀英', '张军']), numbers: new Set(['13857901234']), staff: ['张军辉'] };
      expect(personalIn('{"a":"老街18号 陈秀英家"}', p)).toEqual(['陈秀英']);
      expect(personalIn('网格员张军辉', p)).toEqual([]);
      expect(personalIn('网格员张军', p)).toEqual(['张军']);
      expect(personalIn('电话13857901234', p)).toEqual(['13857901234']);
      expect(personalIn('身份证330782199001011234', p)).toEqual(['330782199001011234']);
      expect(personalIn('{"lon":120.123456789012,"n":3}', p)).toEqual([]);
    });
  });
}
