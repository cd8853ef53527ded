// The station's work, in the process the supervisor forks (or for --rotate-key): the core
// pool, the HTTP(S) server, the demo town when asked for. Loaded by station-main.ts only when
// needed, so the supervising process stays small.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startCorePool } from '../host/core-pool';
import { startStation } from './station-server';
import { DB_FILE_NAME, resolveDataDir } from '../host/data-dir';
import { loadDatabaseKey } from '../host/key-custody';
import { loadOrCreateTls } from './tls-cert';
import { parseStationArgs } from './station-args';
import { machineHostNames } from './machine-names';
import { STARTUP_FAILED, type ListeningMessage } from './station-supervisor';

const values = parseStationArgs(process.argv.slice(2));

const DEMO_ADMIN = { username: 'admin', password: 'towngrid2026' };

async function main(): Promise<void> {
  const dataDir = resolveDataDir(process.argv.slice(2));
  // The entry script's folder (out/main): this module is a chunk below it.
  const here = dirname(process.argv[1]!);
  const rendererDir = resolve(here, '../renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) console.warn(`[towngrid] 未找到界面文件 ${rendererDir}，请先运行 npm run build`);
  // On the LAN only over TLS, with a certificate made on first start (see tls-cert.ts).
  const tls = values.lan ? await loadOrCreateTls(dataDir, machineHostNames()) : null;
  const dbFile = join(dataDir, DB_FILE_NAME);
  // The database is encrypted at rest; its key from the passphrase variable or the key file (made now on first start).
  const dbKey = loadDatabaseKey({ dataDir, dbFile });
  if (dbKey.created) console.log(`[towngrid] 已生成数据库密钥文件 ${dbKey.path}（仅本账户可读）。请把它与数据分开备份：丢失密钥，数据将无法恢复。`);
  // One writer worker and two reader workers; a worker that dies is restarted by itself.
  const core = await startCorePool({
    workerFile: join(here, 'worker.js'),
    dbFile,
    dbKey: dbKey.key,
    connection: { lan: values.lan, tlsFingerprint: tls?.fingerprint ?? null },
    demoAccountsUsable: values.demo,
    autoBackup: !values['no-auto-backup'],
    sync: values['no-sync']
      ? null
      : {
          // Peers on the LAN reach the sync port only when the station serves the LAN.
          host: values['sync-host'] ?? (values.lan ? '0.0.0.0' : '127.0.0.1'),
          port: Number(values['sync-port']),
          peers: values.peer,
          // The beacon goes on the LAN's broadcast address unless other targets are given; off without --lan.
          discovery:
            (values.discovery || (values.lan && !values['no-discovery']))
              ? {
                  port: Number(values['discovery-port']),
                  targets: values['discovery-target'].length > 0 ? values['discovery-target'] : [`255.255.255.255:${values['discovery-port']}`],
                }
              : null,
        },
    log: (message) => console.error(`[towngrid] ${new Date().toISOString()} ${message}`),
  });

  if (values.demo) {
    const status = await core.invoke(null, 'system.status', {});
    if (status.ok && !status.data.setUp) {
      const r = await core.invoke(null, 'system.setup', {
        townName: '青溪镇',
        townCode: '330782101',
        adminUsername: DEMO_ADMIN.username,
        adminDisplayName: '系统管理员',
        adminPassword: DEMO_ADMIN.password,
        demo: true,
      });
      if (!r.ok) throw new Error(r.error.message);
      console.log(`[towngrid] 已生成演示乡镇“青溪镇”。管理员账号 ${DEMO_ADMIN.username} / 密码 ${DEMO_ADMIN.password}`);
      console.log('[towngrid] 其他演示账号（密码同为 towngrid2026）：zhuren 中心主任、diaodu 调度员、bumen 部门、dudao 督导员、wangge 网格员、huibao 汇报人、daping 大屏');
    } else {
      console.log('[towngrid] 数据库已初始化，未重复生成演示数据。');
    }
  }

  const status = await core.invoke(null, 'system.status', {});
  const needsSetup = status.ok && !status.data.setUp;
  const station = await startStation({
    core,
    rendererDir,
    host: values.lan ? '0.0.0.0' : '127.0.0.1',
    port: Number(values.port),
    tls: tls ?? undefined,
    hostNames: values.lan ? machineHostNames : () => [],
    allowOrigins: values['allow-origin'],
  });
  // Before the address is printed: whoever reads it may find the station restarted on the same port.
  process.send?.({ type: 'listening', port: station.port } satisfies ListeningMessage);
  if (needsSetup) console.log(`[towngrid] 首次使用设置码：${station.setupCode}（在浏览器的“首次使用设置”页面填写，仅可使用一次）`);
  if (tls) {
    console.log(`[towngrid] 局域网访问使用 HTTPS（自签名证书${tls.created ? '，本次新生成' : ''}）。证书指纹 SHA-256：${tls.fingerprint}`);
    console.log('[towngrid] 浏览器提示证书不受信任时，请核对上面的指纹与“系统设置 → 本机信息”中显示的一致后再继续访问。');
    const lanUrls = machineHostNames()
      .filter((n) => /^\d+\.\d+\.\d+\.\d+$/.test(n) && !n.startsWith('127.'))
      .map((ip) => `https://${ip}:${station.port}`);
    if (lanUrls.length > 0) console.log(`[towngrid] 局域网地址：${lanUrls.join('  ')}`);
  }
  const sync = core.writer.syncInfo;
  if (sync) console.log(`[towngrid] 数据同步端口：${sync.port}（本机指纹 ${sync.fingerprint}）`);
  console.log(`[towngrid] 站点服务已启动：${station.url}  （数据目录 ${dataDir}${values.lan ? '，已对局域网开放' : '，仅本机访问'}）`);

  const stop = async () => {
    await station.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // The supervisor went away (killed): do not linger as an orphan holding the port.
  process.on('disconnect', () => void stop());
}

if (values['rotate-key']) {
  // Loaded only for --rotate-key: it runs a core of its own here, which a station's process,
  // whose cores run in the pool's workers, otherwise never loads (half a second at each start).
  void import('./rotate-key-command')
    .then(({ rotateKeyCommand }) => rotateKeyCommand(resolveDataDir(process.argv.slice(2)), values.admin))
    .then((code) => process.exit(code));
} else {
  main().catch((err: unknown) => {
    console.error('[towngrid] 启动失败：', err instanceof Error ? err.message : err);
    process.exit(STARTUP_FAILED);
  });
}
