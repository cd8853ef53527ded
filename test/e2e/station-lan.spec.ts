// `--lan`: the station serves the LAN over HTTPS and WSS with its own self-signed
// certificate; the fingerprint it prints is the one the browser is served and the one
// 系统设置 shows. (The browser here accepts the certificate for the test; a person compares
// the fingerprint instead.)
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyDemoTemplate, DEMO_PASSWORD, expect, startStation, test } from './fixtures';
import { signInByForm } from './helpers';

function servedFingerprint(url: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: u.hostname, port: Number(u.port), rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate() as X509Certificate | undefined;
      socket.end();
      if (cert) resolve(cert.fingerprint256);
      else reject(new Error('no certificate'));
    });
    socket.on('error', reject);
  });
}

test('with --lan the station is HTTPS: sign in, see the board live over WSS, and find the fingerprint in 系统设置', async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-e2e-lan-'));
  copyDemoTemplate(dataDir);
  const { url, proc, output } = await startStation(dataDir, ['--demo', '--lan']);
  try {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const printed = /证书指纹 SHA-256：((?:[0-9A-F]{2}:){31}[0-9A-F]{2})/.exec(output)?.[1];
    expect(printed).toBeTruthy();
    expect(await servedFingerprint(url)).toBe(printed);

    const wallContext = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1920, height: 1080 } });
    const deskContext = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1920, height: 1080 } });
    try {
      const wall = await wallContext.newPage();
      await signInByForm(wall, url, 'daping', DEMO_PASSWORD); // the sign-in screen over HTTPS
      await expect(wall).toHaveURL(/#\/board$/);
      await expect(wall.getByTestId('board-title')).toHaveText('青溪镇 网格化服务管理指挥大屏');
      await expect(wall.getByTestId('board-value-populationRegistered')).toHaveText(/^\d{1,3}(,\d{3})*$/);
      // The event socket is up: over WSS, since the page is HTTPS.
      await expect(wall.getByTestId('board-live')).toContainText('实时联动');

      const desk = await deskContext.newPage();
      await signInByForm(desk, url, 'admin', DEMO_PASSWORD);
      await expect(desk.getByTestId('header-user')).toBeVisible();
      await desk.goto(`${url}/#/settings?tab=device`);
      await expect(desk.getByTestId('lan-status')).toContainText('HTTPS');
      await expect(desk.getByTestId('tls-fingerprint')).toHaveText(printed!);
    } finally {
      await wallContext.close();
      await deskContext.close();
    }
  } finally {
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
    rmSync(dataDir, { recursive: true, force: true });
  }
});
