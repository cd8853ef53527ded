// A chart as images for documents: ECharts' server-side SVG renderer draws the option, and
// resvg (WebAssembly, no native binary) rasterises the SVG to a PNG for the programs that do not
// show SVG in a .docx (Word before 2016, WPS, LibreOffice's older releases). resvg draws text only
// with a font it is given: the first CJK font found on the PC is read (Noto CJK on Linux, 微软雅黑
// or 宋体 on Windows, 苹方 on macOS); with none, the PNG has the bars and slices without their
// labels, and the SVG (which the viewer draws with its own fonts) still has them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { cjkFont } from './cjk-font';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

let wasmReady: Promise<void> | null = null;

function loadWasm(): Promise<void> {
  wasmReady ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

export interface ChartImage {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
  /** The PNG's labels were drawn (a CJK font was found). */
  pngText: boolean;
}

/** The font family to draw a chart's text in, so the SVG and the PNG use the same. */
export function chartFontFamily(): string {
  const found = cjkFont()?.family;
  return [found, 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif'].filter((f, i, all) => f && all.indexOf(f) === i).join(', ');
}

/** Draws an ECharts option (animation off) to SVG and to a PNG at twice the size. */
export async function chartImage(option: Record<string, unknown>, width: number, height: number): Promise<ChartImage> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ ...option, animation: false });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  await loadWasm();
  const f = cjkFont();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontBuffers: f ? [f.data] : [], defaultFontFamily: f?.family ?? 'sans-serif' },
  });
  try {
    const png = Buffer.from(resvg.render().asPng());
    return { svg, png, width, height, pngText: f !== null };
  } finally {
    resvg.free();
  }
}
