// 系统设置 → 操作审计: the administrator reads the log, verifies its hash chain and exports it.
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { screen, signInByForm } from './helpers';

test('the administrator verifies and exports the audit log', async ({ page, demoStation }) => {
  // Through the sign-in screen: the sign-in is what the log shows first.
  await signInByForm(page, demoStation.url, 'admin', DEMO_PASSWORD);
  await page.goto(`${demoStation.url}/#/settings?tab=audit`);
  const table = page.getByTestId('audit-table');
  // The sign-in just now is the newest entry.
  await expect(table.getByRole('row').nth(1)).toContainText('登录');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(/审计日志完整：已逐条校验 \d+ 条记录/);
  await screen(page, 'settings-audit');

  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  expect((await download).suggestedFilename()).toMatch(/^审计日志_\d{8}-\d{4}\.xlsx$/);
  // Both the verification and the export are on the log themselves.
  await expect(table).toContainText('导出审计日志');
  await expect(table).toContainText('校验审计日志完整性');
});
