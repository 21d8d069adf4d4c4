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

  // The timeline's filter errors arrive out of band (the form is not swapped, so typing goes on):
  // keep each field's aria-invalid and aria-describedby in step with its error, as Django sets them.
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    var error = event.detail.target;
    var field = error.classList.contains("field-error") && document.getElementById(error.id.replace(/_error$/, ""));
    if (!field) return;
    var invalid = error.textContent !== "";
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== error.id;
    });
    if (invalid) described.push(error.id);
    setOrRemove(field, "aria-invalid", invalid ? "true" : "");
    setOrRemove(field, "aria-describedby", described.join(" "));
  });

  // The timeline's filter form sends on change, on submit and after a pause in typing a search,
  // and one act can raise several: Enter in a text field fires change, then submit; leaving the
  // search box after typing fires change again. Send each state of the filters once: one
  // request, one entry in the history. (Cancelled at htmx:confirm, before hx-sync would abort
  // the request already on its way.)
  var sentFilters = new WeakMap();
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.filters").forEach(function (form) {
      sentFilters.set(form, filterState(form));
    });
  });
  document.addEventListener("htmx:confirm", function (event) {
    var form = event.detail.elt;
    if (sentFilters.has(form) && sentFilters.get(form) === filterState(form)) event.preventDefault();
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (sentFilters.has(form)) sentFilters.set(form, filterState(form));  // valid, on its way
  });

  function filterState(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function setOrRemove(element, name, value) {
    if (value) element.setAttribute(name, value);
    else element.removeAttribute(name);
  }
})();
