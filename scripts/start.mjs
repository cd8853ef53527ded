// `npm start` (after the build): launch the desktop app; where the Electron runtime is missing
// (it cannot be downloaded on some machines), say so and start the station host instead,
// which serves the same app to a browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
if (bin && !process.env.TOWNGRID_STATION) {
  const child = spawn(bin, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('[towngrid] 本机没有 Electron 运行时（无法联网下载），改为启动站点服务：用浏览器打开下面的地址即可使用同一套界面。');
  const child = spawn(process.execPath, ['out/main/station.js', ...passThrough], { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
