/* The reader's tools on a document page, each doing nothing where the page has no place for it:
   the words of a search marked on the page it opened (?hl=…). */
(function () {
  "use strict";
  var T = window.untocTerms;

  /* Wraps the ranges of `element`'s text (as its textContent counts) in <mark class="found">. */
  function markRanges(element, ranges) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT), nodes = [], at = 0, node;
    while ((node = walker.nextNode())) { nodes.push([node, at]); at += node.data.length; }
    for (var r = ranges.length - 1; r >= 0; r--) {
      for (var n = nodes.length - 1; n >= 0; n--) {
        var text = nodes[n][0], start = nodes[n][1], end = start + text.data.length;
        var from = Math.max(ranges[r][0], start), to = Math.min(ranges[r][1], end);
        if (from >= to) continue;
        var piece = text.splitText(from - start);
        piece.splitText(to - from);
        var mark = document.createElement("mark");
        mark.className = "found";
        piece.parentNode.replaceChild(mark, piece);
        mark.appendChild(piece);
      }
    }
  }

  function highlightSearch() {
    var wanted = new URLSearchParams(location.search).get("hl");
    if (!wanted || !T) return;
    var query = T.parseQuery(wanted);
    document.querySelectorAll("main h1, .text .para, .notes li").forEach(function (element) {
      var found = T.hits(element.textContent, query);
      if (found.ranges.length) markRanges(element, found.ranges);
    });
  }

  highlightSearch();
})();
