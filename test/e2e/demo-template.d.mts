// Types of demo-template.mjs (plain JavaScript so that `npm test` can run it without a compiler).
export declare const DEMO_TEMPLATE_DIR: string;
export declare const DEMO_TEMPLATE_FILE: string;
export declare const DEMO_SESSIONS_FILE: string;
export declare function copyDemoTemplate(dataDir: string, options?: { identity?: boolean }): void;
export declare function ensureDemoTemplate(boundMs?: number): Promise<{ built: boolean; bytes: number }>;
