/* Adds what needs JavaScript: the copy buttons on each paragraph. The site works without it. */
(function () {
  "use strict";
  function pageUrl() {
    var url = new URL(location.href);
    url.hash = "";
    url.search = "";
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

  function copyButton(label, name, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.tabIndex = -1;  /* reached from the paragraph's link by the arrow keys: one Tab stop a paragraph */
    button.textContent = label;
    button.setAttribute("aria-label", name);
    button.addEventListener("click", function () {
      copyText(text()).then(function () { button.textContent = "Copied"; },
                            function () { button.textContent = "Copy failed"; });
      setTimeout(function () { button.textContent = label; }, 2000);
    });
    return button;
  }

  /* Beside each paragraph's ¶ link, a toolbar: copy the citation with the link, or the link alone. */
  function addCopyButtons() {
    document.querySelectorAll(".para[id][data-cite]").forEach(function (para) {
      var self = para.querySelector("a.self");
      var link = function () { return pageUrl() + "#" + para.id; };
      var tools = document.createElement("span");
      tools.className = "tools";
      tools.setAttribute("role", "toolbar");
      tools.setAttribute("aria-label", para.dataset.cite + ": link and copy (arrow keys)");
      if (self) tools.appendChild(self);
      tools.appendChild(copyButton("Cite", "Copy citation and link: " + para.dataset.cite,
                                   function () { return para.dataset.cite + ": " + link(); }));
      tools.appendChild(copyButton("Link", "Copy link: " + para.dataset.cite, link));
      tools.addEventListener("keydown", function (event) {
        var items = [].slice.call(tools.children), at = items.indexOf(document.activeElement);
        var to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[event.key];
        if (at < 0 || to === undefined) return;
        event.preventDefault();
        items[(to + items.length) % items.length].focus();
      });
      para.appendChild(tools);
    });
  }

  addCopyButtons();
})();
