// The desktop shell's security rules (Electron's security checklist), tested as pure functions
// because the Electron runtime cannot run on the build machines.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_CSP,
  APP_ORIGIN,
  devServerUrl,
  isAllowedExternal,
  isOwnPage,
  rendererFileFor,
} from '../../../electron/main/security-rules';

describe('dev-server URL', () => {
  it('is ignored in a packaged build', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
  });
  it('is honoured in development only for a loopback http address', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://evil.example:5173' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });
});

describe('navigation guard', () => {
  it('allows only our own pages', () => {
    expect(isOwnPage(`${APP_ORIGIN}/index.html#/board`, null)).toBe(true);
    expect(isOwnPage('app://other/index.html', null)).toBe(false);
    expect(isOwnPage('https://example.com/', null)).toBe(false);
    expect(isOwnPage('file:///etc/passwd', null)).toBe(false);
    expect(isOwnPage('javascript:alert(1)', null)).toBe(false);
    expect(isOwnPage('http://localhost:5173/index.html', null)).toBe(false);
    expect(isOwnPage('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isOwnPage('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
  });
});

describe('openExternal allow-list', () => {
  it('opens nothing that is not listed', () => {
    expect(isAllowedExternal('https://example.com/')).toBe(false);
    expect(isAllowedExternal('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isAllowedExternal('smb://10.0.0.1/share')).toBe(false);
  });
  it('opens a listed https origin, but never other schemes or credentials', () => {
    const list = ['https://www.gov.cn'];
    expect(isAllowedExternal('https://www.gov.cn/zhengce/', list)).toBe(true);
    expect(isAllowedExternal('https://user:pw@www.gov.cn/', list)).toBe(false);
    expect(isAllowedExternal('https://www.gov.cn.evil.example/', list)).toBe(false);
    expect(isAllowedExternal('ms-settings:', list)).toBe(false);
  });
});

describe('app scheme file resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-renderer-'));
  it('serves files inside the renderer folder', () => {
    expect(rendererFileFor(dir, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(resolve(dir, 'assets/index-abc.js'));
    expect(rendererFileFor(dir, `${APP_ORIGIN}/`)).toBe(resolve(dir, 'index.html'));
    expect(rendererFileFor(dir, `${APP_ORIGIN}/board`)).toBe(resolve(dir, 'index.html'));
  });
  it('never leaves the renderer folder', () => {
    for (const url of [
      `${APP_ORIGIN}/../../etc/passwd.txt`,
      `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd.txt`,
      `${APP_ORIGIN}/assets/..%2f..%2f..%2fsecret.db`,
      `${APP_ORIGIN}/%00.js`,
      `${APP_ORIGIN}/%E0%A4%A.js`,
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const file = rendererFileFor(dir, url);
      if (file !== null) expect(file.startsWith(resolve(dir))).toBe(true);
    }
    expect(rendererFileFor(dir, `${APP_ORIGIN}/%E0%A4%A.js`)).toBeNull();
    expect(rendererFileFor(dir, 'app://other/index.html')).toBeNull();
  });
});

describe('content security policy', () => {
  it('has no wildcard sources and no socket wildcard', () => {
    expect(APP_CSP).not.toMatch(/\*/);
    expect(APP_CSP).not.toMatch(/\bws:|\bwss:/);
    expect(APP_CSP).toContain("connect-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
  });
});

describe('renderer page CSP (served by the station and the app scheme)', () => {
  it('allows connections only to its own origin', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/\*|\bws:|\bwss:/);
  });
});
