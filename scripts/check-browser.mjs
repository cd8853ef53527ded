// Before the e2e tests: make sure Debian's headless Chromium, CJK fonts and pdftoppm are present, and say
// clearly how to install them when they are not (Playwright cannot download its own browser here).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const problems = [];
if (!existsSync(chromium)) problems.push(`找不到 Chromium（${chromium}）。请运行：apt-get install -y chromium-headless-shell`);
let fonts = '';
try {
  fonts = execSync('fc-list :lang=zh family', { encoding: 'utf8' });
} catch {
  /* fc-list missing: fontconfig comes with chromium */
}
if (!/Noto (Sans|Serif) CJK/i.test(fonts)) problems.push('缺少中文字体，截图中的汉字会显示为方框。请运行：apt-get install -y fonts-noto-cjk');
try {
  execSync('pdftoppm -v', { stdio: 'ignore' });
} catch {
  problems.push('缺少 pdftoppm（打印版公示牌的截图需要它）。请运行：apt-get install -y poppler-utils');
}
if (problems.length) {
  console.error('[towngrid] 端到端测试需要的系统软件包缺失：\n  - ' + problems.join('\n  - '));
  console.error('[towngrid] 一次装好：apt-get update && apt-get install -y chromium-headless-shell fonts-noto-cjk poppler-utils');
  process.exit(1);
}
