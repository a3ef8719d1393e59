// Quotes index: show only the quotes of one brief, or about one entity, or both. The page
// works without it: every quote is listed, each with the entities it is about.
(function () {
  var byBrief = document.getElementById("brief-filter");
  var byAbout = document.getElementById("about-filter");
  if (!byBrief && !byAbout) return;
  function shown(item) {
    if (byBrief && byBrief.value !== "" && item.getAttribute("data-brief") !== byBrief.value) return false;
    if (!byAbout || byAbout.value === "") return true;
    return (item.getAttribute("data-about") || "").split(" ").indexOf(byAbout.value) >= 0;
  }
  function apply() {
    var items = document.querySelectorAll("li[data-brief]");
    for (var i = 0; i < items.length; i++) {
      items[i].hidden = !shown(items[i]);
    }
    var sections = document.querySelectorAll("section.speaker");
    for (var j = 0; j < sections.length; j++) {
      sections[j].hidden = sections[j].querySelectorAll("li[data-brief]:not([hidden])").length === 0;
    }
  }
  if (byBrief) byBrief.addEventListener("change", apply);
  if (byAbout) byAbout.addEventListener("change", apply);
})();
