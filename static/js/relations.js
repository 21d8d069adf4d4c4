// Small helpers around htmx; every page works without this file.
(function () {
  "use strict";

  // When the focused element is swapped away (the "Next page" link), move focus to the first new
  // event rather than losing it to the top of the page.
  var focusWasInTarget = false;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    focusWasInTarget = !!target && target.contains(document.activeElement) && document.activeElement !== document.body;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!focusWasInTarget || (document.activeElement && document.activeElement !== document.body)) return;
    focusWasInTarget = false;
    var starts = document.querySelectorAll("[data-page-start]");
    var first = starts[starts.length - 1];
    if (first) first.focus({ preventScroll: true });
  });
})();
