// Council Search: small enhancements; every page works without this script.
(function () {
  "use strict";

  // On a paper, bring the passage the reader came from into view and give it focus, so that
  // keyboard and screen-reader users land on it too.
  function showCurrentPassage() {
    var current = document.querySelector(".passage.current");
    if (!current) {
      return;
    }
    if (!location.hash || document.getElementById(location.hash.slice(1)) !== current) {
      current.scrollIntoView({ block: "center" });
    }
    current.focus({ preventScroll: true });
  }

  // "/" jumps to the search box, as on many search sites, unless the reader is typing already.
  function searchShortcut(event) {
    var box = document.getElementById("q");
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (box && event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  }

  // On a batch's page, follow its progress and show its results once it has run; without this
  // script, reloading the page does the same.
  function followBatch() {
    var status = document.getElementById("batch-status");
    if (!status || status.getAttribute("data-state") === "done" || status.getAttribute("data-state") === "interrupted") {
      return;
    }
    var bar = document.getElementById("batch-progress");
    var text = document.getElementById("batch-progress-text");
    function poll() {
      fetch(status.getAttribute("data-status"), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (b) {
          bar.value = b.done;
          text.textContent = b.done + " of " + b.total + " queries run (" + b.state + ")";
          if (b.state === "done" || b.state === "interrupted") {
            location.reload();
          } else {
            setTimeout(poll, 1000);
          }
        })
        .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 500);
  }

  document.addEventListener("DOMContentLoaded", showCurrentPassage);
  document.addEventListener("DOMContentLoaded", followBatch);
  document.addEventListener("keydown", searchShortcut);
})();
