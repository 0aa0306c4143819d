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
      button.setAttribute("data-pagefind-ignore", "");
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

  /* The anchors of the paragraphs holding the matched words: the last anchor at or before each match. */
  function hitAnchors(data) {
    var anchors = (data.anchors || []).filter(function (a) { return ANCHOR.test(a.id); });
    var seen = [];
    (data.locations || []).forEach(function (loc) {
      var best = null;
      anchors.forEach(function (a) { if (a.location <= loc) best = a; });
      if (best && seen.indexOf(best) < 0) seen.push(best);
    });
    return seen;
  }

  function item(href, label, excerpt) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    li.appendChild(a);
    if (excerpt) {
      var p = document.createElement("p");
      p.textContent = excerpt.length > 240 ? excerpt.slice(0, 240) + "…" : excerpt;
      li.appendChild(p);
    }
    return li;
  }

  function setupSearch() {
    var form = document.getElementById("search-form");
    if (!form) return;
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var loading = null;

    function engine() {
      if (!loading) {
        // The index comes in parts (bundles): load the first, then merge the others into it.
        loading = fetch(new URL("pagefind/bundles.json", root).href).then(function (response) {
          if (!response.ok) throw new Error("no search index");
          return response.json();
        }).then(function (bundles) {
          var part = function (name) { return new URL("pagefind/" + name + "/", root).href; };
          return import(part(bundles[0]) + "pagefind.js").then(function (pf) {
            return pf.options({ baseUrl: root.pathname }).then(function () {
              return Promise.all(bundles.slice(1).map(function (name) {
                return pf.mergeIndex(part(name), { baseUrl: root.pathname });
              }));
            }).then(function () { return pf; });
          });
        });
      }
      return loading;
    }

    function run() {
      var query = input.value.trim();
      list.textContent = "";
      if (!query) { status.textContent = ""; return; }
      status.textContent = "Searching…";
      engine().then(function (pf) {
        return pf.search(query);
      }).then(function (search) {
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
      }).then(function (pages) {
        if (input.value.trim() !== query) return;
        var count = 0;
        pages.forEach(function (data) {
          var label = (data.meta && data.meta.label) || (data.meta && data.meta.title) || data.url;
          var hits = hitAnchors(data);
          if (!hits.length) { list.appendChild(item(data.url, label, data.plain_excerpt)); count++; }
          hits.slice(0, 5).forEach(function (a) {
            list.appendChild(item(data.url + "#" + a.id, label + ", " + partName(a.id), a.text));
            count++;
          });
        });
        status.textContent = count ? count + (count === 1 ? " place" : " places") + " found." : "Nothing found.";
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
