// Before the e2e tests: the demo town template each demo test copies (see demo-template.mjs;
// `npm test` usually has it ready, built while vitest ran).
import { ensureDemoTemplate, DEMO_TEMPLATE_DIR } from './demo-template.mjs';

export default async function globalSetup(): Promise<void> {
  const r = await ensureDemoTemplate();
  console.log(`[e2e] demo template ${r.built ? 'built' : 'up to date'}: ${(r.bytes / 1048576).toFixed(0)} MB at ${DEMO_TEMPLATE_DIR}`);
}
