// A dispatcher merges a duplicate into a case named by its number (cases.byNumber), and names
// the handling person (承办人) when dispatching to a department (cases.assignees).
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { signIn } from './helpers';
import { act, clickRadio, openCase, pickOption, rpc } from './cases-steps';

interface Created {
  id: string;
  number: string;
}

test('merge by case number; dispatch naming the handling person', async ({ page, demoStation }) => {
  const url = demoStation.url;
  await signIn(page, url, 'diaodu', DEMO_PASSWORD);
  await expect(page.getByTestId('workbench-page')).toBeVisible();
  const tree = await rpc<{ id: string; name: string }[]>(page, url, 'catalogue.tree', {});
  const units = await rpc<{ id: string; kind: string; archived: boolean }[]>(page, url, 'org.units', {});
  const gridId = units.find((u) => u.kind === 'grid' && !u.archived)!.id;
  const base = { source: 'patrol', categoryId: tree.find((c) => c.name === '环境卫生')!.id, handlingType: 'coordination', description: '桥头建筑垃圾堆放，影响通行', address: '桥头', gridId };
  const kept = await rpc<Created>(page, url, 'cases.register', { ...base, title: '合并测试：桥头垃圾' });
  const dup = await rpc<Created>(page, url, 'cases.register', { ...base, title: '合并测试：桥头垃圾（重复）' });

  // 合并: an unknown number is refused in Chinese in the dialog; the right one merges.
  await openCase(page, url, dup.id);
  await page.getByTestId('action-merge').click();
  await page.getByTestId('merge-target').fill('2000-0101-ZZ-9999');
  await page.getByTestId('action-ok').click();
  await expect(page.getByTestId('action-error')).toContainText('未找到编号为“2000-0101-ZZ-9999”的事件');
  await page.getByTestId('merge-target').fill(kept.number);
  await page.getByTestId('action-ok').click();
  await expect(page.getByTestId('action-ok')).toBeHidden();
  await expect(page.getByTestId('case-status').first()).toHaveText('已合并');

  // 派遣 to a department, naming the department handler (bumen) as the handling person.
  const people = await rpc<{ id: string; displayName: string; role: string }[]>(page, url, 'cases.assignees', {});
  const handler = people.find((p) => p.role === 'department_handler')!;
  await openCase(page, url, kept.id);
  await act(page, 'accept', '待派遣');
  await act(page, 'dispatch', '待处置', async () => {
    await clickRadio(page, 'dispatch-kind-department');
    await pickOption(page, 'dispatch-assignee', handler.displayName, handler.displayName);
  });
  expect((await rpc<{ assigneeUserId: string | null }>(page, url, 'cases.get', { id: kept.id })).assigneeUserId).toBe(handler.id);
});
