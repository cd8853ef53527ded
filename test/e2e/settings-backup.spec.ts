// 系统设置 → 数据备份: the administrator backs up, changes something, restores the backup, and
// after the station is restarted (as the screen asks) the change is gone and the replaced data
// is kept as a 「恢复前的数据」 backup. A town set up without the demo data: what is backed up and
// restored does not depend on its size, and copying the demo town twice cost the suite half a minute.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startStation, stopStation, test } from './fixtures';
import { ADMIN, screen, setUpByApi, signIn } from './helpers';

test('a backup is taken, restored at the next start, and the later change is gone', async ({ page, request }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-backup-'));
  let station = await startStation(dataDir);
  try {
    await setUpByApi(request, { ...station, dataDir });
    await signIn(page, station.url, ADMIN.username, ADMIN.password);
    await page.goto(`${station.url}/#/settings?tab=backup`);
    await page.getByTestId('backup-now').click();
    await expect(page.getByText(/^备份完成并已校验：towngrid-\d{8}-\d{6}-manual\.db$/)).toBeVisible();
    const table = page.getByTestId('backup-table');
    await expect(table.getByRole('row').filter({ hasText: '手动备份' })).toContainText('完整性检查通过');
    await expect(page.getByTestId('backup-last')).toContainText('备份成功，已校验完整性');
    await screen(page, 'settings-backup');

    // A change after the backup.
    await page.goto(`${station.url}/#/org`);
    await page.getByRole('tab', { name: '职能部门' }).click();
    const form = page.getByTestId('department-form');
    await page.getByTestId('department-create').click();
    await form.getByLabel('部门编码').fill('WJB');
    await form.getByLabel('部门名称').fill('卫健办');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('departments-tab')).toContainText('卫健办');

    await page.goto(`${station.url}/#/settings?tab=backup`);
    await table.getByRole('row').filter({ hasText: '手动备份' }).getByRole('button', { name: '恢复' }).click();
    await expect(page.getByTestId('restore-confirm')).toContainText('请关闭并重新启动 TownGrid');
    await page.getByRole('button', { name: '校验并准备恢复' }).click();
    await expect(page.getByTestId('backup-pending')).toContainText('恢复在重新启动时生效');

    await stopStation(station.proc);
    station = await startStation(dataDir);
    await signIn(page, station.url, ADMIN.username, ADMIN.password);
    await page.goto(`${station.url}/#/settings?tab=backup`);
    await expect(page.getByTestId('backup-last')).toContainText(/已从备份 towngrid-\d{8}-\d{6}-manual\.db 恢复数据/);
    await expect(page.getByTestId('backup-table')).toContainText('恢复前的数据');
    await expect(page.getByTestId('backup-pending')).toHaveCount(0);
    await page.goto(`${station.url}/#/org`);
    await page.getByRole('tab', { name: '职能部门' }).click();
    await expect(page.getByTestId('departments-tab')).toContainText('综治办');
    await expect(page.getByTestId('departments-tab')).not.toContainText('卫健办');
  } finally {
    await stopStation(station.proc);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
