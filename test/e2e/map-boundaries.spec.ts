// 导出/导入边界: the boundaries go out as GeoJSON (for a GIS) and come back. A file is checked
// before anything is written: an unknown grid and an unclosed polygon are reported and block
// the import; the good file is written and the neighbours are derived again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { signIn } from './helpers';

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: number[][][] };
}

test('grid boundaries from GeoJSON: problems reported first, then written with neighbours', async ({ page, demoStation }) => {
  await signIn(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '网格地图' }).click();
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-rendered', 'yes');

  // The town's boundaries exported for a GIS, as the surveying office would send them back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-boundaries').click()]);
  const exported = join(demoStation.dataDir, download.suggestedFilename());
  await download.saveAs(exported);
  expect(download.suggestedFilename()).toMatch(/\.(geo)?json$/);
  const collection = JSON.parse(readFileSync(exported, 'utf8')) as { features: Feature[] };
  const features = collection.features;
  expect(features.length).toBeGreaterThan(100);

  // Broken: one feature names no known grid, another's ring is not closed.
  const broken = structuredClone(features);
  broken[0]!.properties = { code: '330782101999999', name: '不存在的网格' };
  broken[1]!.geometry.coordinates[0]!.pop();
  const brokenFile = join(demoStation.dataDir, 'boundaries-broken.geojson');
  writeFileSync(brokenFile, JSON.stringify({ type: 'FeatureCollection', features: broken }));

  await page.getByTestId('map-import-boundaries').click();
  await page.getByTestId('boundary-upload').locator('..').locator('input[type=file]').setInputFiles(brokenFile);
  const report = page.getByTestId('boundary-report');
  await expect(report).toContainText(/发现 \d+ 个问题，改正后才能写入/);
  await expect(report).toContainText('330782101999999');
  await expect(page.getByTestId('boundary-write')).toBeDisabled();
  await page.getByRole('button', { name: '取消' }).click();

  await page.getByTestId('map-import-boundaries').click();
  await page.getByTestId('boundary-upload').locator('..').locator('input[type=file]').setInputFiles(exported);
  await expect(report).toContainText(`对应 ${features.length} 个网格`);
  await page.getByTestId('boundary-write').click();
  await expect(report).toContainText('边界已写入');
  await expect(report).toContainText(/推导出 \d+ 对相邻网格/);
});
