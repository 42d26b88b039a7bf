// Outlets and web hosts that place an article: a paper of a province or a city reports on its own place.
// Sources: each paper's own masthead (the Party papers of Shanxi's province and its eleven prefecture cities, and
// of the neighbouring provinces whose campaigns share the 三个一批 name); hosts as the papers and broadcasters
// publish under them. Only outlets whose place is their name or their publisher's are listed; a portal that
// reposts from everywhere (搜狐, 网易, 今日头条) places nothing.

/** outlet name (simplified) → the full name of the place it reports from */
export const OUTLET_PLACES: Readonly<Record<string, string>> = {
  // 山西日报报业集团 and the provincial broadcaster
  山西日报: "山西省",
  山西晚报: "山西省",
  山西经济日报: "山西省",
  山西农民报: "山西省",
  山西新闻网: "山西省",
  黄河新闻网: "山西省",
  山西广播电视台: "山西省",
  // the prefecture cities' Party papers
  太原日报: "太原市",
  太原晚报: "太原市",
  大同日报: "大同市",
  阳泉日报: "阳泉市",
  长治日报: "长治市",
  晋城日报: "晋城市",
  朔州日报: "朔州市",
  晋中日报: "晋中市",
  忻州日报: "忻州市",
  吕梁日报: "吕梁市",
  临汾日报: "临汾市",
  运城日报: "运城市",
  // look-alike campaigns: Henan (全省第N期“三个一批”), Anhui, Shaanxi, Zhejiang
  河南日报: "河南省",
  大河报: "河南省",
  大河网: "河南省",
  河南广播电视台: "河南省",
  郑州日报: "郑州市",
  平顶山日报: "平顶山市",
  洛阳日报: "洛阳市",
  安徽日报: "安徽省",
  陕西日报: "陕西省",
  榆林日报: "榆林市",
  浙江日报: "浙江省",
};

/** host suffix → place: the papers' and broadcasters' own sites */
export const HOST_PLACES: Readonly<Record<string, string>> = {
  "sxrb.com": "山西省", // 山西新闻网, 山西日报
  "sxgov.cn": "山西省", // 黄河新闻网
  "shanxi.gov.cn": "山西省", // 山西省人民政府
  "hntv.tv": "河南省", // 河南广播电视台
  "dahe.cn": "河南省", // 大河网
  "henan.gov.cn": "河南省", // 河南省人民政府
  "zjol.com.cn": "浙江省", // 浙江在线 (浙江日报)
  "ah.gov.cn": "安徽省", // 安徽省人民政府
  "shaanxi.gov.cn": "陕西省", // 陕西省人民政府
};
