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

  document.addEventListener("DOMContentLoaded", showCurrentPassage);
  document.addEventListener("keydown", searchShortcut);
})();
