// The review page's router: #/ (timeline, rounds), #/round/<key>, #/article/<id>?hl=s-e, #/person/<key>,
// #/zone/<name>, #/search?q=&zone=&from=&to=.
import { articlePage } from "./article.js";
import { h, show } from "./dom.js";
import { homePage } from "./home.js";
import { personPage, zonePage } from "./records.js";
import { roundPage } from "./round.js";
import { searchPage } from "./search.js";

async function route(): Promise<void> {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const [, kind, rawId] = /^\/([a-z]*)(?:\/(.*))?$/.exec(path || "/") ?? [];
  const id = decodeURIComponent(rawId ?? "");
  document.body.dataset.page = kind || "home";
  document.body.dataset.ready = "false";
  try {
    if (kind === "round") await roundPage(id);
    else if (kind === "article") await articlePage(id, params);
    else if (kind === "person") await personPage(id);
    else if (kind === "zone") await zonePage(id);
    else if (kind === "search") await searchPage(params);
    else await homePage();
  } catch (e) {
    show(h("p", { class: "error" }, (e as Error).message));
  }
  document.body.dataset.ready = "true";
}

window.addEventListener("hashchange", () => void route());
void route();
