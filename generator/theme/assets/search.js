/* The search page: the query and filters in the URL (?q=…&body=…&kind=…&session=…), results grouped by
   document, best first, shown ten documents at a time. Terms are read by terms.js, as the index was made. */
(function () {
  "use strict";
  var T = window.untocTerms;
  var script = document.currentScript;
  var root = new URL("..", script ? script.src : location.href);
  var PAGE = 10, PARTS_SHOWN = 3;
  var FILTERS = ["body", "kind", "session"];

  var PARTS = { preamble: "preambular para. ", para: "para. ", closing: "closing para. ", p: "para. ", fn: "footnote " };
  var ANCHOR = /^(preamble|para|closing|p|fn)-(.+)$/;
  function partName(id) {
    if (!id) return "title and opening";
    var found = ANCHOR.exec(id);
    if (!found) return id.replace(/-/g, " ");
    return PARTS[found[1]] + (found[1] !== "fn" && !/^\d/.test(found[2]) ? "(" + found[2] + ")" : found[2]);
  }
  /* Title and operative paragraphs first, footnotes last. */
  function partWeight(anchor) {
    if (!anchor) return 1.5;
    if (/^para-/.test(anchor)) return 1.25;
    return /^fn-/.test(anchor) ? 0.8 : 1;
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

  /* The parts of one bundle holding every word, scored: rarer words weigh more, a word's start less than it whole. */
  function matches(bundle, words) {
    return bundle.ready.then(function (index) {
      return Promise.all(words.map(function (word) { return bundle.chunk(index, chunkName(word.term)); }))
        .then(function (chunks) {
          var scores = null;
          words.forEach(function (word, i) {
            var found = {};
            Object.keys(chunks[i]).forEach(function (term) {
              if (!T.matchesWord(word, term)) return;
              var gaps = chunks[i][term], weight = Math.log(1 + index.parts.length / gaps.length);
              if (term !== word.term) weight *= 0.6;
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
          return { index: index, scores: scores || {} };
        });
    });
  }

  function passes(page, filters) {
    return (!filters.body || page[4] === filters.body) && (!filters.kind || page[5] === filters.kind) &&
      (!filters.session || String(page[6]) === filters.session);
  }

  /* The documents holding every word, best first, each with its matching parts in page order. */
  function documents(found, filters) {
    var docs = [];
    found.forEach(function (bundle, rank) {
      var byPage = {};
      Object.keys(bundle.scores).map(Number).sort(function (a, b) { return a - b; }).forEach(function (number) {
        var where = bundle.index.parts[number], page = bundle.index.pages[where.page];
        if (!passes(page, filters)) return;
        var doc = byPage[where.page];
        if (!doc) {
          doc = byPage[where.page] = { page: page, rank: rank, number: where.page, parts: [], score: 0 };
          docs.push(doc);
        }
        var score = bundle.scores[number] * partWeight(where.anchor);
        doc.parts.push({ anchor: where.anchor, score: score });
        doc.score = Math.max(doc.score, score) + 0.01 * score;
      });
    });
    return docs.sort(function (a, b) { return b.score - a.score || a.rank - b.rank || a.number - b.number; });
  }

  var pageCache = {};
  function pageDocument(url) {
    if (!pageCache[url]) {
      pageCache[url] = fetch(new URL(url, root).href).then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
    }
    return pageCache[url];
  }

  function partText(page, anchor) {
    var node = anchor ? page.getElementById(anchor) : page.querySelector("h1");
    if (!node) return "";
    node = node.cloneNode(true);
    node.querySelectorAll(".self, .back, .copy, .fnref, .fn-label, .tools").forEach(function (n) { n.remove(); });
    return node.textContent.replace(/\s+/g, " ").trim();
  }

  /* The excerpt of `text` around the first place found, the words found in <mark>. */
  function excerpt(text, ranges) {
    var start = ranges.length ? ranges[0][0] : 0;
    var from = Math.max(0, start - 80), to = Math.min(text.length, from + 260);
    while (from > 0 && from < start && /\S/.test(text[from - 1])) from++;
    var p = document.createElement("p");
    if (from > 0) p.appendChild(document.createTextNode("…"));
    var at = from;
    ranges.forEach(function (hit) {
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

  function partItem(doc, part, text, ranges, highlight) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root.pathname + doc.page[0] + highlight + (part.anchor ? "#" + part.anchor : "");
    a.textContent = partName(part.anchor);
    li.appendChild(a);
    li.appendChild(excerpt(text, ranges));
    return li;
  }

  function documentItem(doc, parts, highlight) {
    var li = document.createElement("li");
    li.className = "result";
    var heading = document.createElement("h3");
    var a = document.createElement("a");
    a.href = root.pathname + doc.page[0] + highlight;
    a.textContent = doc.page[1];
    heading.appendChild(a);
    li.appendChild(heading);
    if (doc.page[2] !== doc.page[1]) {
      var title = document.createElement("p");
      title.className = "doc-title";
      title.textContent = doc.page[2];
      li.appendChild(title);
    }
    var list = document.createElement("ul");
    list.className = "result-parts";
    li.appendChild(list);
    parts.slice(0, PARTS_SHOWN).forEach(function (item) { list.appendChild(item); });
    if (parts.length > PARTS_SHOWN) {
      var more = document.createElement("details");
      var summary = document.createElement("summary");
      var rest = parts.length - PARTS_SHOWN;
      summary.textContent = rest + (rest === 1 ? " more place" : " more places") + " in " + doc.page[1];
      more.appendChild(summary);
      var others = document.createElement("ul");
      others.className = "result-parts";
      parts.slice(PARTS_SHOWN).forEach(function (item) { others.appendChild(item); });
      more.appendChild(others);
      li.appendChild(more);
    }
    return li;
  }

  function setup() {
    var form = document.getElementById("search-form");
    if (!form || !T) return;
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var moreButton = document.getElementById("search-more");
    var bundles = null, run = null;

    function index() {
      if (!bundles) {
        bundles = getJson(new URL("search/bundles.json", root).href).then(function (names) {
          return names.map(function (name) { return new Bundle(name); });
        });
      }
      return bundles;
    }

    function filters() {
      var chosen = {};
      FILTERS.forEach(function (name) { chosen[name] = form.elements[name].value; });
      return chosen;
    }

    function fromUrl() {
      var params = new URLSearchParams(location.search);
      input.value = params.get("q") || "";
      FILTERS.forEach(function (name) { form.elements[name].value = params.get(name) || ""; });
    }

    function urlOf() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      FILTERS.forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
      var search = params.toString();
      return location.pathname + (search ? "?" + search : "");
    }

    function describe() {
      var found = run.docs.length, places = run.docs.reduce(function (n, d) { return n + d.parts.length; }, 0);
      if (!run.query.phrases.length) {
        status.textContent = !found ? "Nothing found." : found + (found === 1 ? " document" : " documents") +
          " found (" + places + (places === 1 ? " place" : " places") + "), " + run.shown + " shown.";
      } else if (run.next >= found) {
        status.textContent = !run.shown ? "Nothing found." : run.shown + (run.shown === 1 ? " document" : " documents") +
          " found with the phrase.";
      } else {
        status.textContent = run.shown + " documents with the phrase among the first " + run.next + " of " + found +
          " holding every word, " + run.shown + " shown.";
      }
      moreButton.hidden = run.next >= found;
    }

    /* Shows documents until `count` more are shown (or none is left), each checked for the phrases. */
    function showMore(count) {
      var current = run, target = current.shown + count;
      var batch = current.docs.slice(current.next, current.next + PAGE);
      current.next += batch.length;
      return Promise.all(batch.map(function (doc) { return pageDocument(doc.page[0]); })).then(function (pages) {
        if (run !== current) return;
        batch.forEach(function (doc, i) {
          var items = [];
          doc.parts.forEach(function (part) {
            var text = partText(pages[i], part.anchor), found = T.hits(text, current.query);
            if (found.phrases) items.push(partItem(doc, part, text, found.ranges, current.highlight));
          });
          if (!items.length) return;
          list.appendChild(documentItem(doc, items, current.highlight));
          current.shown++;
        });
        describe();
        if (current.shown < target && current.next < current.docs.length) return showMore(target - current.shown);
        history.replaceState({ shown: current.shown }, "", location.href);
      });
    }

    function search(wanted) {
      var text = input.value.trim(), query = T.parseQuery(text), words = T.queryWords(query);
      list.textContent = "";
      moreButton.hidden = true;
      run = { query: query, docs: [], next: 0, shown: 0, highlight: "?hl=" + encodeURIComponent(text) };
      if (!words.length) { status.textContent = ""; return; }
      var current = run, chosen = filters();
      status.textContent = "Searching…";
      index().then(function (all) {
        return Promise.all(all.map(function (bundle) { return matches(bundle, words); }));
      }).then(function (found) {
        if (run !== current) return;
        current.docs = documents(found, chosen);
        return showMore(Math.max(wanted || PAGE, 1));
      }).catch(function () {
        status.textContent = "Search is not available here: this copy of the site has no search index, or was opened from disk.";
      });
    }

    var timer = null;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      history.pushState(null, "", urlOf());
      search(PAGE);
    });
    form.addEventListener("change", function (event) {
      if (event.target === input) return;
      history.pushState(null, "", urlOf());
      search(PAGE);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { history.replaceState(null, "", urlOf()); search(PAGE); }, 250);
    });
    moreButton.addEventListener("click", function () { showMore(PAGE); });
    window.addEventListener("popstate", function (event) {
      fromUrl();
      search(event.state && event.state.shown);
    });
    fromUrl();
    search(history.state && history.state.shown);
  }

  setup();
})();
