// Chinese surnames for validating person names.
// Source: the 百家姓 list (single and compound surnames) as shipped in pinyin-pro 3.29
// (node_modules/pinyin-pro/dist/esm/data/surname.mjs, MIT), copied here so the lexicon is data we own.
// MODERN_SURNAMES adds common present-day surnames absent from 百家姓 (闫 and 畅 appear in Shanxi
// reporting; 付, 岳, 兰, 智, 原, 栗, 仝, 苟, 邸, 楼 (娄 of 百家姓 as commonly written) and 鹿 are ordinary surnames in the national household register).

/** single-character surnames, 百家姓 order */
export const SINGLE_SURNAMES: string =
  "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾母沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公牟哈言福肖区覃朴繁员句要过钻谌折召郄撒甯六啜行";

/** two-character (compound) surnames */
export const COMPOUND_SURNAMES: readonly string[] = [
  "南宫",
  "第五",
  "万俟",
  "司马",
  "上官",
  "欧阳",
  "夏侯",
  "诸葛",
  "闻人",
  "东方",
  "赫连",
  "皇甫",
  "尉迟",
  "公羊",
  "澹台",
  "公冶",
  "宗政",
  "濮阳",
  "淳于",
  "太叔",
  "申屠",
  "公孙",
  "仲孙",
  "轩辕",
  "令狐",
  "钟离",
  "宇文",
  "长孙",
  "慕容",
  "鲜于",
  "闾丘",
  "司徒",
  "司空",
  "亓官",
  "司寇",
  "仉督",
  "子车",
  "颛孙",
  "端木",
  "巫马",
  "公西",
  "漆雕",
  "乐正",
  "壤驷",
  "公良",
  "拓跋",
  "夹谷",
  "宰父",
  "榖梁",
  "段干",
  "百里",
  "东郭",
  "南门",
  "呼延",
  "羊舌",
  "梁丘",
  "左丘",
  "东门",
  "西门",
  "句龙",
  "毌丘",
];

export const MODERN_SURNAMES = "闫畅付岳兰智原栗仝苟邸楼鹿";

export const SURNAME_CHARS: ReadonlySet<string> = new Set([...SINGLE_SURNAMES, ...MODERN_SURNAMES]);
export const COMPOUND_SURNAME_SET: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);
/** every character a surname starts with (a single surname, or the first of a compound one): no name starts elsewhere */
export const SURNAME_STARTS: string = [...new Set([...SURNAME_CHARS, ...[...COMPOUND_SURNAME_SET].map((s) => s[0])])].join("");
