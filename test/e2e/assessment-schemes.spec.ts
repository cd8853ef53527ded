// 考核方案: the administrator writes a scheme; weights that do not add up to the total are
// refused with the reason and nothing is saved; corrected, it is saved as the level's default.
import { expect, test } from './fixtures';
import { ADMIN, screen, setUpByApi, signIn } from './helpers';

test('a scheme whose weights do not add up is refused; corrected, it is saved as the default', async ({ page, request, station }) => {
  await setUpByApi(request, station);
  await signIn(page, station.url, ADMIN.username, ADMIN.password);
  await page.goto(`${station.url}/#/assessment?tab=schemes`);
  const list = page.getByTestId('assessment-schemes');
  await expect(list).toContainText('尚无保存的方案');

  await page.getByTestId('scheme-new').click();
  const editor = page.getByTestId('scheme-editor');
  await editor.getByTestId('scheme-name').fill('网格季度考核（试行）');
  const first = editor.getByTestId('scheme-item-0');
  await first.getByRole('combobox').first().click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="按期结案率"]').click();
  await expect(first).toContainText('计算公式：按期办结的事件数');
  await first.getByLabel('分值').fill('60');
  await first.getByLabel('得分下限').fill('60');
  await first.getByLabel('目标值').fill('95');
  await editor.getByTestId('scheme-add-item').click();
  const second = editor.getByTestId('scheme-item-1');
  await second.getByRole('combobox').first().click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="日志填写率"]').click();
  await second.getByLabel('分值').fill('30');
  await second.getByLabel('得分下限').fill('80');
  await second.getByLabel('目标值').fill('100');
  await expect(editor.getByTestId('scheme-sum')).toHaveText('指标分值合计 90 分 / 方案总分 100 分');
  await screen(page, 'assessment-scheme-editor');

  await editor.getByTestId('scheme-save').click();
  await expect(editor.getByTestId('scheme-errors')).toContainText('各指标分值合计为90分，应等于方案总分100分');
  await expect(list).toContainText('尚无保存的方案');

  await second.getByLabel('分值').fill('40');
  await expect(editor.getByTestId('scheme-sum')).toHaveText('指标分值合计 100 分 / 方案总分 100 分');
  await editor.getByTestId('scheme-save').click();
  await expect(editor).toHaveCount(0);
  const row = page.getByTestId('scheme-row-grid-quarter-v1');
  await expect(row).toContainText('网格季度考核（试行）');
  await expect(row).toContainText('默认');
});
