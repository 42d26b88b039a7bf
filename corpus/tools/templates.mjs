// Page templates: one plain-text dump and four HTML layouts, each with its own page furniture.
// Furniture (navigation, ads, phone numbers, related links, copyright) never carries facts.

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paras = (a) => a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n");
const charsetMeta = (a) =>
  a.charset === "gbk"
    ? `<meta http-equiv="Content-Type" content="text/html; charset=${a.template === "gov" ? "gb2312" : "gbk"}">`
    : `<meta charset="utf-8">`;
const metaTags = (a) =>
  Object.entries(a.meta ?? {})
    .map(([name, content]) => `<meta name="${name}" content="${esc(content)}">`)
    .join("\n");

function plain(a) {
  const lines = [...(a.menu ?? []), a.title, a.dateline, a.byline, "", ...a.paragraphs.flatMap((p) => [p, ""]), ...a.trailer];
  return lines.filter((l) => l !== undefined).join("\n") + "\n";
}

function daily(a) {
  return `<!DOCTYPE html>
<html><head>${charsetMeta(a)}
<title>${esc(a.title)}</title>
${metaTags(a)}
</head><body>
<div class="top-nav"><a href="/">首页</a> <a href="/yw/">要闻</a> <a href="/sz/">时政</a> <a href="/jj/">经济</a> <a href="/sh/">社会</a> <a href="/pl/">评论</a></div>
<div class="article">
<h1>${esc(a.title)}</h1>
<div class="info">${esc(a.dateline)}</div>
${a.byline ? `<p class="author">${esc(a.byline)}</p>` : ""}
<div class="content">
${paras(a)}
</div>
<div class="editor">${a.trailer.map(esc).join(" ")}</div>
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="footer">版权所有 未经授权禁止转载 晋ICP备05005238号</div>
</body></html>
`;
}

function portal(a) {
  const related = (a.related ?? []).map((r) => `<li><a href="/news/${r.length}.html">${esc(r)}</a></li>`).join("\n");
  const ads = (a.ads ?? []).map((ad) => `<div class="ad">${esc(ad)}</div>`).join("\n");
  return `<!DOCTYPE html>
<html><head>${charsetMeta(a)}
<title>${esc(a.title)}_新闻频道</title>
</head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/ty/">太原</a></li><li><a href="/video/">视频</a></li><li><a href="/live/">直播</a></li><li><a href="/fw/">服务</a></li></ul>
${ads}
<div class="main">
<h1 class="title">${esc(a.title)}</h1>
<div class="meta"><span class="time">${esc(a.dateline)}</span> <span class="source">来源：${esc(a.outlet ?? "")}</span></div>
<div class="text">
${a.byline ? `<p>${esc(a.byline)}</p>` : ""}
${paras(a)}
<p class="editor">${a.trailer.map(esc).join(" ")}</p>
</div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
${related}
</ul></div>
<div class="footer">关于我们 | 联系我们 | 广告服务 | 网站地图<br>违法和不良信息举报电话：0351-4567890</div>
</body></html>
`;
}

function gov(a) {
  return `<!DOCTYPE html>
<html><head>${charsetMeta(a)}
<title>${esc(a.title)}</title>
</head><body>
<div class="header">网站首页 | 园区概况 | 新闻动态 | 招商引资 | 政务公开 | 互动交流</div>
<div class="position">当前位置：首页 &gt; 新闻动态 &gt; 园区要闻</div>
<div class="detail">
<h2>${esc(a.title)}</h2>
<div class="attr">${esc(a.dateline)} 【字体：大 中 小】</div>
<div id="zoom">
${a.byline ? `<p>${esc(a.byline)}</p>` : ""}
${paras(a)}
</div>
<div class="editor">${a.trailer.map(esc).join(" ")}</div>
</div>
<div class="footer">主办单位：管委会办公室 地址：园区大道1号 联系电话：0351-5612345 邮编：030032</div>
</body></html>
`;
}

/** The whole page for one prepared article. */
export function page(a) {
  if (a.format === "txt") return plain(a);
  if (a.template === "portal" || a.template === "portal-gbk") return portal(a);
  if (a.template === "gov") return gov(a);
  return daily(a);
}
