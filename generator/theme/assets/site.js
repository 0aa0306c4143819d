/* Adds what needs JavaScript: the copy button on each paragraph, and search. The site works without it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = new URL("..", script ? script.src : location.href);

  function pageUrl() {
    var url = new URL(location.href);
    url.hash = "";
    if (url.protocol !== "file:") url.pathname = url.pathname.replace(/index\.html$/, "");
    return url.href;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    area.remove();
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function addCopyButtons() {
    document.querySelectorAll(".para[id][data-cite]").forEach(function (para) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy link and citation: " + para.dataset.cite);
      button.addEventListener("click", function () {
        var text = para.dataset.cite + ": " + pageUrl() + "#" + para.id;
        copyText(text).then(function () { button.textContent = "Copied"; },
                            function () { button.textContent = "Copy failed"; });
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
      para.appendChild(button);
    });
  }

  var PARTS = { preamble: "preambular para. ", para: "para. ", closing: "closing para. ", p: "para. ", fn: "footnote " };
  var ANCHOR = /^(preamble|para|closing|p|fn)-(.+)$/;

  function partName(id) {
    var found = ANCHOR.exec(id);
    if (!found) return "";
    return PARTS[found[1]] + (found[1] !== "fn" && !/^\d/.test(found[2]) ? "(" + found[2] + ")" : found[2]);
  }

  /* The search terms of a text, read as generator/render/search.py `terms` reads them. */
  function terms(text) {
    var folded = text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    return folded.match(/\p{Nd}+(?:\/\p{Nd}+)+|[\p{L}\p{N}]+/gu) || [];
  }

  function chunkName(term) {
    var first = String.fromCodePoint(term.codePointAt(0));
    return /^[a-z0-9]$/.test(first) ? first : "u" + first.codePointAt(0).toString(16);
  }

  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  /* One bundle of the index: its pages and parts, and its chunks of terms, each loaded once when first needed. */
  function Bundle(name) {
    var base = new URL("search/" + name + "/", root).href;
    var chunks = {};
    this.ready = getJson(base + "index.json").then(function (index) {
      var parts = [];
      index.pages.forEach(function (page, number) {
        page[3].forEach(function (anchor) { parts.push({ page: number, anchor: anchor }); });
      });
      return { pages: index.pages, parts: parts, chunks: index.chunks };
    });
    this.chunk = function (index, key) {
      if (index.chunks.indexOf(key) < 0) return Promise.resolve({});
      if (!chunks[key]) chunks[key] = getJson(base + key + ".json");
      return chunks[key];
    };
  }

  /* The parts holding every query term (as a word or the start of one), best first, scored by rarity. */
  function matches(bundle, rank, query) {
    return bundle.ready.then(function (index) {
      return Promise.all(query.map(function (word) { return bundle.chunk(index, chunkName(word)); }))
        .then(function (chunks) {
          var scores = null;
          query.forEach(function (word, i) {
            var found = {};
            Object.keys(chunks[i]).forEach(function (term) {
              if (term.lastIndexOf(word, 0) !== 0) return;
              var gaps = chunks[i][term], weight = Math.log(1 + index.parts.length / gaps.length);
              if (term !== word) weight *= 0.6;
              for (var k = 0, part = 0; k < gaps.length; k++) {
                part += gaps[k];
                if (!(found[part] >= weight)) found[part] = weight;
              }
            });
            if (scores === null) { scores = found; return; }
            var both = {};
            Object.keys(scores).forEach(function (part) { if (part in found) both[part] = scores[part] + found[part]; });
            scores = both;
          });
          return Object.keys(scores || {}).map(function (part) {
            var where = index.parts[part], page = index.pages[where.page];
            return { url: page[0], label: page[1], title: page[2], anchor: where.anchor,
                     score: scores[part] * (where.anchor ? 1 : 1.5), order: [rank, Number(part)] };
          });
        });
    });
  }

  var pageCache = {};
  function pageText(url, anchor) {
    if (!pageCache[url]) {
      pageCache[url] = fetch(new URL(url, root).href).then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
    }
    return pageCache[url].then(function (doc) {
      var node = anchor ? doc.getElementById(anchor) : doc.querySelector("h1");
      if (!node) return "";
      node = node.cloneNode(true);
      node.querySelectorAll(".self, .back, .copy, .fnref, .fn-label").forEach(function (n) { n.remove(); });
      return node.textContent.replace(/\s+/g, " ").trim();
    });
  }

  /* The excerpt of `text` around the first query word, the words found in <mark>. */
  function excerpt(text, query) {
    var words = /[\p{L}\p{N}]+(?:\/\p{Nd}+)*/gu, found, start = -1;
    var hits = [];
    while ((found = words.exec(text)) !== null) {
      var term = terms(found[0])[0] || "";
      if (query.some(function (word) { return term.lastIndexOf(word, 0) === 0; })) {
        hits.push([found.index, found.index + found[0].length]);
        if (start < 0) start = found.index;
      }
    }
    var from = Math.max(0, start - 80), to = Math.min(text.length, from + 260);
    var p = document.createElement("p");
    if (from > 0) p.appendChild(document.createTextNode("…"));
    var at = from;
    hits.forEach(function (hit) {
      if (hit[0] < at || hit[1] > to) return;
      p.appendChild(document.createTextNode(text.slice(at, hit[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(hit[0], hit[1]);
      p.appendChild(mark);
      at = hit[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? "…" : "")));
    return p;
  }

  function item(result, query) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root.pathname + result.url + (result.anchor ? "#" + result.anchor : "");
    a.textContent = result.label + (result.anchor ? ", " + partName(result.anchor) : ": " + result.title);
    li.appendChild(a);
    pageText(result.url, result.anchor).then(function (text) { if (text) li.appendChild(excerpt(text, query)); });
    return li;
  }

  var SHOWN = 20;

  function setupSearch() {
    var form = document.getElementById("search-form");
    if (!form) return;
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var bundles = null;

    function index() {
      if (!bundles) {
        bundles = getJson(new URL("search/bundles.json", root).href).then(function (names) {
          return names.map(function (name) { return new Bundle(name); });
        });
      }
      return bundles;
    }

    function run() {
      var text = input.value.trim();
      var query = terms(text).filter(function (word, i, all) { return all.indexOf(word) === i; });
      list.textContent = "";
      if (!query.length) { status.textContent = ""; return; }
      status.textContent = "Searching…";
      index().then(function (parts) {
        return Promise.all(parts.map(function (bundle, rank) { return matches(bundle, rank, query); }));
      }).then(function (found) {
        if (input.value.trim() !== text) return;
        var results = [].concat.apply([], found).sort(function (a, b) {
          return b.score - a.score || a.order[0] - b.order[0] || a.order[1] - b.order[1];
        });
        results.slice(0, SHOWN).forEach(function (result) { list.appendChild(item(result, query)); });
        var count = results.length;
        status.textContent = !count ? "Nothing found." : count + (count === 1 ? " place" : " places") + " found" +
          (count > SHOWN ? ", the " + SHOWN + " best shown." : ".");
      }).catch(function () {
        status.textContent = "Search is not available here: this copy of the site has no search index, or was opened from disk.";
      });
    }

    var timer = null;
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
  }

  addCopyButtons();
  setupSearch();
})();
