/* The reader's tools on a document page, each doing nothing where the page has no place for it:
   the words of a search marked on the page it opened (?hl=…), the contents open beside the text on a wide
   screen, "Go to paragraph", footnote previews. Without JavaScript the contents are a <details> of links. */
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

  var WIDE = "(min-width: 72rem)";

  /* The anchor a reader means by "63", "para 18 (a)", "preamble 2", "note 3", if the page has it. */
  function anchorFor(wanted) {
    var text = wanted.toLowerCase().trim(), kind = "";
    var named = /^(preamble|preambular|pp|note|footnote|fn|annex|para(?:graph)?|op|p)\.?\s*/.exec(text);
    if (named) { kind = named[1]; text = text.slice(named[0].length); }
    var slug = text.split(/\s+/).map(function (part) { return part.replace(/[^\p{L}\p{N}]/gu, ""); })
      .filter(Boolean).join("-");
    if (!slug) return null;
    var prefixes = /^(note|footnote|fn)$/.test(kind) ? ["fn"] : /^(preamble|preambular|pp)$/.test(kind) ? ["preamble"]
      : kind === "annex" ? ["annex"] : ["para", "p", "annex", "preamble"];
    for (var i = 0; i < prefixes.length; i++) {
      if (document.getElementById(prefixes[i] + "-" + slug)) return prefixes[i] + "-" + slug;
    }
    return null;
  }

  function setupContents() {
    var toc = document.querySelector("nav.toc");
    if (!toc) return;
    var box = toc.querySelector("details");
    if (window.matchMedia(WIDE).matches) box.open = true;
    var form = document.createElement("form");
    form.className = "goto";
    var label = document.createElement("label");
    label.textContent = "Go to paragraph";
    label.htmlFor = "goto-input";
    var input = document.createElement("input");
    input.id = "goto-input";
    input.type = "text";
    input.autocomplete = "off";
    input.setAttribute("inputmode", "text");
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Go";
    var status = document.createElement("span");
    status.className = "goto-status";
    status.setAttribute("role", "status");
    form.append(label, input, button, status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var anchor = anchorFor(input.value);
      status.textContent = anchor ? "" : "This text has no paragraph “" + input.value.trim() + "”.";
      if (!anchor) return;
      location.hash = anchor;
      var target = document.getElementById(anchor);
      if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    });
    toc.insertBefore(form, box);
  }

  /* A footnote marker shows its note while hovered or focused; its link still leads to the note. */
  function setupFootnotePreviews() {
    var shown = null;
    function hide() { if (shown) { shown.remove(); shown = null; } }
    function show(link) {
      var note = document.getElementById(link.hash.slice(1)), para = link.closest(".para");
      if (!note || !para) return;
      hide();
      var preview = document.createElement("span");
      preview.className = "fn-preview";
      preview.id = "fn-preview";
      preview.setAttribute("role", "tooltip");
      var copy = note.cloneNode(true);
      copy.querySelectorAll(".back, [id]").forEach(function (n) { if (n.classList.contains("back")) n.remove(); else n.removeAttribute("id"); });
      copy.querySelectorAll("a").forEach(function (a) { a.tabIndex = -1; });
      preview.append.apply(preview, [].slice.call(copy.childNodes));
      preview.style.top = (link.offsetTop + link.offsetHeight) + "px";
      para.appendChild(preview);
      link.setAttribute("aria-describedby", "fn-preview");
      shown = preview;
      preview.addEventListener("mouseleave", hide);
    }
    document.querySelectorAll(".para .fnref a").forEach(function (link) {
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("blur", hide);
      link.addEventListener("mouseleave", function (event) {
        if (!shown || !shown.contains(event.relatedTarget)) hide();
      });
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  }

  highlightSearch();
  setupContents();
  setupFootnotePreviews();
})();
