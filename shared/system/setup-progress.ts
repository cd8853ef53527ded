// The steps of building the demo town at first run (「导入演示数据」), shown while it runs.
// The core reports which step it is on; the first-run screen lists them with the current one.

export const DEMO_SETUP_STEPS = [
  '镇、村（社区）与网格',
  '人口、房屋与单位场所台账',
  '事件与办理过程',
  '网格员日志与走访',
  '入户核实',
  '矛盾纠纷排查',
  '值班表与满意度回访',
  '季度考核',
  '例会与任务',
] as const;

export type DemoSetupStep = (typeof DEMO_SETUP_STEPS)[number];

export interface SetupProgress {
  /** The index in DEMO_SETUP_STEPS of the step being built, or null when no set-up is running. */
  step: number | null;
  total: number;
}
