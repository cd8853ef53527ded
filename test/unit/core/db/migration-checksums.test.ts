// Landed migrations are frozen: a database that already ran one never runs it again, so an
// edit would leave old and new installations with different schemas. Each migration file's
// SHA-256 is kept here; a changed file fails this test. A NEW migration needs a new line
// (compute it with `sha256sum electron/core/db/migrations/<file>`); an old line never changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';

const DIR = join(__dirname, '../../../../electron/core/db/migrations');

const FROZEN: Record<string, string> = {
  '0001-foundation.ts': 'fcc8fb2f027775b28eb50c201729ec9e932c9ea9ac0578090222b7276dffdc3f',
  '0002-cases.ts': '61f19d160f201f625d8ed385f42089a389666572bcce6eaa7626b6b2395d3245',
  '0003-registry.ts': 'd55b13e6a2e7bbccdc418ae6a4099963b9e536049e7f95000539672870ed130c',
  '0004-compact-change-log.ts': '17943fb0ab9ddd66177b35bf6382d7318fa599f1043680184b7c69be2ec8cce9',
  '0005-account-secret.ts': '85c825c4662d6daafb715a1bdb5294916b5c24d7eb4354737878017ba8b00f6e',
  '0006-audit-chain.ts': '7db8c439ce033f4a84030f57f3f7b1fdace059d550d717f3ee314e3b76407912',
  '0007-case-sync-conflict.ts': '1211b197ba142a41f4436dc5b611d7da2cae231d1b2370347d3428111a3db083',
  '0008-sync-peers.ts': '27e7505c0f6eab566394e3604bc816ecbce31e8d63f47f6c92f8d8dd43416b93',
  '0009-natural-keys-not-unique.ts': 'b408bbea947b448f1b48128d4cdb671c8e39d2c250b7e6aa304813ef680b1224',
  '0010-routine.ts': 'cbd9f482e8db9ed937cef2331c8b1198f32849d5e02596bea33e028840f3c374',
  '0011-visits.ts': '028a89f2679b26eb73c5b75aa1eabbfb0b0a0e303de9a050807dea984a0b8020',
  '0012-verification.ts': 'c6ca76bc26d74b0c87332e8bec6ede4deee277c9fb1bde5fabd12ec182841efa',
  '0013-assessment.ts': '8fc35c006ea73e521c7fd84eef1f294f1c8f4998c43480bc96b349db04a9310a',
  '0014-screening-duty.ts': 'd2c421129b691452988aab0cb6de909eb333c0cbdd2756877942f1a6e8514d63',
  '0015-satisfaction-survey.ts': '7089f4e20a41e2384bb5ee01cc4fc48006bc79b202fe08b80c083d0e8ab57a7a',
  '0016-meetings.ts': '5d2658e192f0f5500373801b7bb8d3c1bfdf7596207f71dd39376fda46ef7b7a',
  '0017-board-layouts.ts': 'a158176d4b703e6e5d9601dc2abd54ef93115badeeef8515551499a3326ef8e3',
  '0018-emergency-ack.ts': 'a6f4c2cabad7bd748538d9bc8b25c0c8a6e51e5c4fdd5989c922d4b9e62b98c0',
  '0019-notifications.ts': 'f991b7bf2375e9a93c642ce414b6aa236691779ba14e44dee1b6ab1f792a6e8d',
  '0020-ledger-grid-change.ts': '18cffdb99d0ce5984ff2a0e76b13db5723af098ef575b09ab800deddb41975c6',
  '0021-ledger-grid-count.ts': 'd99fea3897fee07abcae25e7b43f7aa876b9055bd59ce2453ff3425eacc0e323',
  '0022-case-search-counts.ts': '411d17ad280ca0b919ddb4cc9628b15b5f6a53b18331199dc63fe16345d50add',
  '0023-case-tally-days.ts': '4a23831f79fcd7a3ca717fdcd7fcad5e38c316768cc6238f57673b24a84de083',
  '0024-people-search.ts': '60a6956e553e689e0b0410250f49c7b79cc0764005cea7b163a8011ded514f63',
  '0025-case-open-grid.ts': '49641783d3328c184e40cf8b6d5a90768ebf1d92ab153cdab0ac6c6f0ed2ed14',
  '0026-case-open-figures.ts': 'a0461dd84d7df2fb7176afd022f5f5b1e09ed04374ffeaa67811fe1c7cc52001',
  '0027-drop-case-open-grid.ts': 'd01f0321cc30279f81215d0dce211f2415185182b7a681606e544052e5ee4b47',
  '0028-emergency-open-unacked.ts': '77a89689a60955f09db8812cebad189e24454b17e4b78e3bad166cf8d53d78ff',
  '0029-case-received-buckets.ts': 'f3a31762c86dc46c8fd410b541a7917124f8c2048e9ffdc1aa02839b17ae6a09',
  '0030-place-search.ts': '305982f75827366111cca2aab50480f87faedc46348a6e05f1335d77c973e6ca',
  '0031-case-tally-facet-days.ts': '81d3fdedd054340c4d18409e668088679140cb4191d7cb0ec2d6a1430ce98551',
  '0032-case-received-bucket-orders.ts': '33e90f3631bc3877fb681d3be2eea0370c75662ff031c311e450005cd5c4e124',
  '0033-case-tally-department-facets.ts': '4350e4c74394667d5f3e4fc9dfc92f9a51e6111af0e80d6420f3fc6dfde4eb23',
  '0034-case-department-received.ts': 'a52f654b9ada3222dcd9be89cca788219dcdb5811e989e160a3ebfc84b9c1010',
  '0035-case-facet-counts.ts': '18667b3d298c39dd7c37cd076fceb80b8f10c367defa41cf5093a5c9ee072900',
  '0036-case-facet-pages.ts': 'bbcef2454c93fa6b946a5af9550128210bd4c00eca7e5f82c54fdea985f40fe5',
  '0037-house-search-columns.ts': 'e97490a1b3252ae0cbcffed2455b6951d2ecc4d111e6dd3d7c904f18fc9f274b',
};

/** Line endings are normalised so a checkout with CRLF (Windows git) gives the same sum. */
function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(join(DIR, file), 'utf8').replace(/\r\n/g, '\n')).digest('hex');
}

const migrationFiles = () => readdirSync(DIR).filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f)).sort();

describe('landed migrations', () => {
  it.each(Object.entries(FROZEN))('%s is unchanged', (file, sum) => {
    expect(sha256(file), `${file} was edited after landing; add a new migration instead`).toBe(sum);
  });

  it('every migration file has a checksum line, and every line a file', () => {
    expect(migrationFiles()).toEqual(Object.keys(FROZEN).sort());
  });

  it('every migration file is registered under the number its name carries', () => {
    expect(migrationFiles().map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  });
});
