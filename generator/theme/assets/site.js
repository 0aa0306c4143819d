/* Adds what needs JavaScript: the copy button on each paragraph. The site works without it. */
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

  addCopyButtons();
})();
