// Names of the demo town's villages and communities, in the style of central Zhejiang
// (坞 a hollow among hills, 岭 a ridge, 塘 a pond, 宅 a homestead, 溪 a stream).

export const COMMUNITY_NAMES: readonly string[] = [
  '凤栖社区', '锦华社区', '城南社区', '文昌社区', '溪园社区', '春晖社区', '塔山社区', '新华社区',
];

export const VILLAGE_NAMES: readonly string[] = [
  '青石村', '杨梅岭村', '塘头村', '柏树湾村', '金竹坞村', '后宅村', '枫林村', '下徐村',
  '溪口村', '石门村', '桥头村', '上溪村', '大坞村', '岩前村', '长塘村', '樟树下村',
];
