// Compare any two texts of the collection in the browser: their paragraphs aligned side by side, with a redline.
(function () {
  "use strict";
  var page = document.getElementById("compare");
  if (!page) return;
  var root = page.getAttribute("data-root") || "";
  var result = document.getElementById("compare-result");
  var params = new URLSearchParams(window.location.search);

  function key(word) { return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "") || word; }
  function paragraphs(doc) {
    return [].concat(doc.preamble || [], doc.operative || []).filter(function (p) { return p.anchor; });
  }
  // The longest common subsequence of two key lists, as the pairs of indices it matches.
  function lcs(a, b) {
    var n = a.length, m = b.length, row, table = [], i, j;
    for (i = 0; i <= n; i++) { row = new Uint16Array(m + 1); table.push(row); }
    for (i = n - 1; i >= 0; i--) for (j = m - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    var pairs = []; i = 0; j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
      else if (table[i + 1][j] >= table[i][j + 1]) i++; else j++;
    }
    return pairs;
  }
  function redline(oldWords, newWords, pairs, cell) {
    var i = 0, j = 0, k;
    function put(tag, words, said) {
      if (!words.length) return;
      if (cell.childNodes.length) cell.appendChild(document.createTextNode(" "));
      if (!tag) { cell.appendChild(document.createTextNode(words.join(" "))); return; }
      var mark = document.createElement(tag), sr = document.createElement("span");
      sr.className = "sr"; sr.textContent = "[" + said + ": ";
      mark.appendChild(sr); mark.appendChild(document.createTextNode(words.join(" ")));
      var end = document.createElement("span"); end.className = "sr"; end.textContent = "]"; mark.appendChild(end);
      cell.appendChild(mark);
    }
    for (k = 0; k <= pairs.length; k++) {
      var a = k < pairs.length ? pairs[k][0] : oldWords.length, b = k < pairs.length ? pairs[k][1] : newWords.length;
      put("del", oldWords.slice(i, a), "taken out"); put("ins", newWords.slice(j, b), "put in");
      if (k < pairs.length) { put(null, [newWords[b]], ""); }
      i = a + 1; j = b + 1;
    }
  }
  function text(node, value) { node.appendChild(document.createTextNode(value)); return node; }
  function show(earlier, later, earlierLabel, laterLabel) {
    var olds = paragraphs(earlier), news = paragraphs(later), options = [];
    olds.forEach(function (o) { o.words = o.text.split(/\s+/).filter(Boolean); o.keys = o.words.map(key); });
    news.forEach(function (p, n) {
      p.words = p.text.split(/\s+/).filter(Boolean); p.keys = p.words.map(key);
      olds.forEach(function (o, m) {
        var pairs = lcs(o.keys, p.keys), share = 2 * pairs.length / (o.keys.length + p.keys.length);
        if (share >= 0.4) options.push({ share: share, n: n, m: m, pairs: pairs });
      });
    });
    options.sort(function (x, y) { return y.share - x.share || x.n - y.n || x.m - y.m; });
    var mine = {}, theirs = {};
    options.forEach(function (o) { if (!(o.n in mine) && !(o.m in theirs)) { mine[o.n] = o; theirs[o.m] = o; } });
    var table = document.createElement("table"); table.className = "compare-table";
    text(table.appendChild(document.createElement("caption")), "The paragraphs of " + laterLabel + " beside those of " + earlierLabel);
    var head = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
    [earlierLabel, laterLabel, "What became of it"].forEach(function (name) {
      var th = text(document.createElement("th"), name); th.scope = "col"; head.appendChild(th);
    });
    var body = table.appendChild(document.createElement("tbody"));
    function row(o, p, pick) {
      var tr = body.appendChild(document.createElement("tr")), left = tr.appendChild(document.createElement("td"));
      var right = tr.appendChild(document.createElement("td")), status = tr.appendChild(document.createElement("td"));
      status.className = "status";
      if (o) text(left, o.anchor + " " + o.text);
      var same = o && p && o.keys.join(" ") === p.keys.join(" ");
      if (o && p && !same) {
        text(right, p.anchor + " "); var span = right.appendChild(document.createElement("span")); span.className = "redline";
        redline(o.words, p.words, pick.pairs, span);
      } else if (p) text(right, p.anchor + " " + p.text);
      var word = !o ? "added" : !p ? "dropped" : same ? "kept" : "changed";
      text(status, word + (pick ? " (" + Math.round(pick.share * 100) + "% of words in common)" : ""));
    }
    news.forEach(function (p, n) { var pick = mine[n]; row(pick ? olds[pick.m] : null, p, pick); });
    olds.forEach(function (o, m) { if (!(m in theirs)) row(o, null, null); });
    result.textContent = "";
    result.appendChild(table);
  }
  function fill(select, documents, chosen) {
    documents.forEach(function (d) {
      var option = document.createElement("option"); option.value = d.ref.url; option.textContent = d.ref.label;
      if (d.ref.url === chosen) option.selected = true;
      select.appendChild(option);
    });
  }
  fetch(root + "corpus.json").then(function (r) { return r.json(); }).then(function (corpus) {
    var held = corpus.documents.filter(function (d) { return d.in_collection; });
    fill(document.getElementById("compare-a"), held, params.get("a"));
    fill(document.getElementById("compare-b"), held, params.get("b"));
    var a = params.get("a"), b = params.get("b");
    if (!a || !b) return;
    var label = {}; held.forEach(function (d) { label[d.ref.url] = d.ref.label; });
    result.textContent = "Loading…";
    Promise.all([a, b].map(function (url) {
      return fetch(root + url + "index.json").then(function (r) { return r.json(); });
    })).then(function (both) { show(both[0].document, both[1].document, label[a] || a, label[b] || b); })
      .catch(function () { result.textContent = "One of the two texts could not be loaded."; });
  });
})();
