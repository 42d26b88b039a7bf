// A realistic news-site page around one article: head with meta tags, styles and scripts, navigation,
// breadcrumb, sidebar of related links, footer with copyright and phone — padded to a target size.
import { pick, type BenchArticle, type Rng } from "./articles.js";

const NAV = [
  "首页",
  "要闻",
  "时政",
  "经济",
  "开发区",
  "项目建设",
  "营商环境",
  "县域",
  "社会",
  "文化",
  "视频",
  "图片",
  "专题",
  "评论",
  "政务",
  "民生",
  "招商",
  "乡村振兴",
  "生态",
  "科技",
];
const HEADLINE_PARTS = [
  "全省开发区",
  "综改示范区",
  "专业镇",
  "重点项目",
  "招商引资",
  "产业链",
  "营商环境",
  "转型发展",
  "数字经济",
  "新能源",
];
const HEADLINE_TAILS = ["建设提速", "签约落地", "观摩活动举行", "推进会召开", "再上新台阶", "跑出加速度", "取得新成效", "迎来开门红"];

const STYLE = `body{margin:0;font:14px/1.6 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
.wrap{width:1200px;margin:0 auto}.top{height:32px;background:#b50000;color:#fff}.nav li{float:left;padding:0 14px}
.nav a{color:#fff;text-decoration:none}.crumb{padding:10px 0;color:#888}.main{float:left;width:820px;background:#fff}
.side{float:right;width:360px}.side li{height:30px;overflow:hidden;border-bottom:1px dashed #ddd}
.article h1{font-size:28px;text-align:center}.info{color:#999;text-align:center}.TRS_Editor p{text-indent:2em;margin:1em 0}
.foot{clear:both;background:#333;color:#aaa;padding:20px 0;text-align:center}.share a{display:inline-block;width:24px}`;

const SCRIPT_HEAD = `var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.example.cn/hm.js?0f3a9c";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
window.siteConfig={channel:"kfq",site:"news",search:"/search?q=",share:["weixin","weibo","qq"],ad:{slot:"side-1",w:360,h:240}};
function setFont(n){var e=document.getElementById("zoom");if(e){e.style.fontSize=n+"px";}}
function printPage(){window.print();return false;}`;

const SCRIPT_FOOT = `(function(){var links=document.querySelectorAll(".share a");for(var i=0;i<links.length;i++){links[i].onclick=function(e){
e.preventDefault();window.open(this.href,"share","width=600,height=400");};}})();
if(window.siteConfig&&window.siteConfig.ad){document.write('<div class="ad" data-slot="'+window.siteConfig.ad.slot+'"></div>');}`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function headline(rng: Rng): string {
  return `${pick(rng, HEADLINE_PARTS)}${pick(rng, HEADLINE_TAILS)}`;
}

function linkList(rng: Rng, n: number, path: string): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `      <li><a href="/${path}/${Math.floor(rng() * 1e8)}.shtml" target="_blank" title="${headline(rng)}">${headline(rng)}</a><span>${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}</span></li>`,
  ).join("\n");
}

/** One HTML page of about `targetBytes` (UTF-8) around the article. */
export function renderPage(rng: Rng, a: BenchArticle, targetBytes: number, charset: string): string {
  const [date] = a.published.split(" ");
  const head = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}_开发区_新闻中心</title>
<meta name="keywords" content="三个一批,开发区,项目建设">
<meta name="description" content="${esc(a.paragraphs[0]?.slice(0, 80) ?? "")}">
<meta name="publishdate" content="${date}">
<meta name="source" content="${esc(a.outlet)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/common.css?v=20240301">
<link rel="stylesheet" href="/static/css/article.css?v=20240301">
<style>${STYLE}</style>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script>${SCRIPT_HEAD}</script>
</head>
<body>
<div class="top"><div class="wrap">欢迎访问 | <a href="/login">登录</a> | <a href="/m/">手机版</a> | <a href="javascript:void(0)" onclick="setFont(16)">大</a> <a href="javascript:void(0)" onclick="setFont(14)">中</a></div></div>
<div class="nav"><div class="wrap"><ul>
${NAV.map((n, i) => `  <li><a href="/${["index", "yw", "sz", "jj", "kfq"][i % 5]}/${i}/">${n}</a></li>`).join("\n")}
</ul></div></div>
<div class="wrap">
  <div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/kfq/">开发区</a> &gt; 正文</div>
  <div class="main article">
    <h1>${esc(a.title)}</h1>
    <div class="info">${a.published}  来源:${esc(a.outlet)}  <a href="javascript:void(0)" onclick="printPage()">打印</a></div>
    <div class="TRS_Editor" id="zoom">
${a.paragraphs.map((p) => `<p style="text-indent:2em;">${esc(p)}</p>`).join("\n")}
    </div>
    <div class="editor">责任编辑:${esc(pick(rng, ["王晓", "李娜", "张敏", "赵婷"]))}</div>
    <div class="share">分享到:<a href="#weixin">微信</a><a href="#weibo">微博</a><a href="#qq">QQ空间</a></div>
  </div>
  <div class="side">
    <h3>相关新闻</h3>
    <ul>
`;
  const foot = `
    </ul>
  </div>
</div>
<div class="foot"><div class="wrap">
  <p>Copyright © 2003-2025 新闻中心 版权所有 未经授权禁止复制或建立镜像</p>
  <p>主办单位:示例新闻传媒集团 地址:太原市示例路100号 联系电话:0351-4000000 传真:0351-4000001</p>
  <p><a href="https://beian.example.cn/">晋ICP备05000000号</a> 晋公网安备14010000000000号 违法和不良信息举报电话:0351-12345</p>
</div></div>
<script>${SCRIPT_FOOT}</script>
</body>
</html>
`;
  // pad the sidebar with related links until the page reaches its target size
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  let side = "";
  const fixed = bytes(head) + bytes(foot);
  while (fixed + bytes(side) < targetBytes) side += linkList(rng, 10, pick(rng, ["kfq", "yw", "jj"])) + "\n";
  return head + side + foot;
}

/** The plain-text form of the article: title, date and source line, paragraphs. */
export function renderText(a: BenchArticle): string {
  return `${a.title}\n${a.published} 来源:${a.outlet}\n\n${a.paragraphs.join("\n\n")}\n`;
}
