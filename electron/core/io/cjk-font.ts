// The Chinese fonts of this PC, for the documents drawn in the core (chart images, the minutes'
// PDF): no font is shipped, so the first CJK font found in the standard places is used —
// Windows (微软雅黑, 宋体, 黑体), macOS (苹方, 华文黑体, 冬青黑体), Linux (Noto Sans/Serif CJK,
// 文泉驿, anywhere under the font folders).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface CjkFontFile {
  file: string;
  /** The family name it holds (for SVG text). */
  family: string;
  /** The face to open in a collection (.ttc), by its PostScript name; null for a single-font file. */
  postscriptName: string | null;
}

const WINDOWS_FONTS = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');

/** Fixed places, in order of preference. */
const FIXED: readonly CjkFontFile[] = [
  { file: join(WINDOWS_FONTS, 'msyh.ttc'), family: 'Microsoft YaHei', postscriptName: 'MicrosoftYaHei' },
  { file: join(WINDOWS_FONTS, 'simsun.ttc'), family: 'SimSun', postscriptName: 'SimSun' },
  { file: join(WINDOWS_FONTS, 'simhei.ttf'), family: 'SimHei', postscriptName: null },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC', postscriptName: 'PingFangSC-Regular' },
  { file: '/System/Library/Fonts/STHeiti Light.ttc', family: 'Heiti SC', postscriptName: 'STHeitiSC-Light' },
  { file: '/System/Library/Fonts/Hiragino Sans GB.ttc', family: 'Hiragino Sans GB', postscriptName: 'HiraginoSansGB-W3' },
];

/** Linux: file names looked for under the font folders, in order of preference. */
const LINUX: readonly { name: RegExp; family: string; postscriptName: string | null }[] = [
  { name: /^NotoSansCJK-Regular\.ttc$/, family: 'Noto Sans CJK SC', postscriptName: 'NotoSansCJKsc-Regular' },
  { name: /^NotoSansCJKsc-Regular\.otf$/, family: 'Noto Sans CJK SC', postscriptName: null },
  { name: /^NotoSerifCJK-Regular\.ttc$/, family: 'Noto Serif CJK SC', postscriptName: 'NotoSerifCJKsc-Regular' },
  { name: /^NotoSerifCJKsc-Regular\.otf$/, family: 'Noto Serif CJK SC', postscriptName: null },
  { name: /^wqy-microhei\.ttc$/, family: 'WenQuanYi Micro Hei', postscriptName: 'WenQuanYiMicroHei' },
  { name: /^wqy-zenhei\.ttc$/, family: 'WenQuanYi Zen Hei', postscriptName: 'WenQuanYiZenHei' },
];

const LINUX_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local/share/fonts'), join(homedir(), '.fonts')];

/** Every file under `dir` (a few levels deep, as font folders are), by file name. */
function filesUnder(dir: string, depth = 4, out: Map<string, string> = new Map()): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir && depth > 0) filesUnder(path, depth - 1, out);
    else if (!isDir && !out.has(name)) out.set(name, path);
  }
  return out;
}

let found: CjkFontFile[] | undefined;

/** The CJK fonts of this PC, best first (looked up once). */
export function cjkFontFiles(): CjkFontFile[] {
  if (found === undefined) {
    const list = FIXED.filter((f) => existsSync(f.file));
    if (process.platform !== 'win32' && process.platform !== 'darwin') {
      const files = new Map<string, string>();
      for (const dir of LINUX_DIRS) filesUnder(dir, 4, files);
      for (const want of LINUX) {
        for (const [name, file] of files) if (want.name.test(name)) list.push({ file, family: want.family, postscriptName: want.postscriptName });
      }
    }
    found = list;
  }
  return found;
}

let firstData: { family: string; data: Uint8Array } | null | undefined;

/** The first CJK font on this PC with its bytes, read once; null when there is none. */
export function cjkFont(): { family: string; data: Uint8Array } | null {
  if (firstData === undefined) {
    const hit = cjkFontFiles()[0];
    firstData = hit ? { family: hit.family, data: readFileSync(hit.file) } : null;
  }
  return firstData;
}
