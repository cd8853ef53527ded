// What the wall may show of a case's text: the building, never a name, ID or phone number.
import { describe, expect, it } from 'vitest';
import { buildingOf, redactPersonal, wallPlace, wallSubject } from '../../../../shared/board/wall-text';

describe('wall text', () => {
  it('cuts an address to the building', () => {
    expect(buildingOf('老街18号3单元502室')).toBe('老街18号');
    expect(buildingOf('幸福小区7幢2单元')).toBe('幸福小区7幢');
    expect(buildingOf('阳光花园12号楼1单元1201')).toBe('阳光花园12号楼');
    expect(buildingOf('  溪口村  第3网格 老街 18 号 ')).toBe('溪口村 第3网格 老街 18 号');
    expect(buildingOf('青石村桥头')).toBe('青石村桥头'); // no number: the place as written
  });

  it('removes ID numbers, mobiles and landlines however they are written', () => {
    for (const [text, kept] of [
      ['身份证330782199001011234', '身份证'],
      ['身份证 33078219900101123X 已核', '身份证'],
      ['旧证330782900101123', '旧证'],
      ['电话13857901234', '电话'],
      ['电话 138 5790 1234', '电话'],
      ['电话138-5790-1234', '电话'],
      ['+86 13857901234', ''],
      ['座机0571-88886666', '座机'],
    ] as const) {
      const out = redactPersonal(text);
      expect(out.replace(/[＊\s]/g, '')).toBe(kept.replace(/\s/g, '') + (text.includes('已核') ? '已核' : ''));
      expect(out).not.toMatch(/\d{5,}/);
    }
    expect(redactPersonal('老街18号 2025年11月')).toBe('老街18号 2025年11月'); // short numbers stay
  });

  it("removes the case's own names and polite forms of address", () => {
    expect(redactPersonal('陈秀英家门口', ['陈秀英'])).toBe('＊＊＊家门口');
    expect(redactPersonal('张先生和李阿姨反映')).toBe('＊先生和＊阿姨反映');
    expect(redactPersonal('王', ['王'])).toBe('王'); // a one-character "name" would mask every 王
  });

  it('builds the place and the subject the wall shows', () => {
    expect(wallPlace('桥头路12号2单元502室 陈秀英', ['陈秀英'])).toBe('桥头路12号');
    expect(wallPlace('陈秀英家 电话13857901234', ['陈秀英'])).toBe('＊＊＊家 电话＊＊＊＊');
    expect(wallSubject('环境卫生', '餐饮油烟')).toBe('环境卫生 · 餐饮油烟');
    expect(wallSubject('环境卫生', null)).toBe('环境卫生');
  });
});
