// Quotes index: show only the quotes of one brief. The page works without it.
(function () {
  var select = document.getElementById("brief-filter");
  if (!select) return;
  select.addEventListener("change", function () {
    var items = document.querySelectorAll("li[data-brief]");
    for (var i = 0; i < items.length; i++) {
      items[i].hidden = select.value !== "" && items[i].getAttribute("data-brief") !== select.value;
    }
    var sections = document.querySelectorAll("section.speaker");
    for (var j = 0; j < sections.length; j++) {
      sections[j].hidden = sections[j].querySelectorAll("li[data-brief]:not([hidden])").length === 0;
    }
  });
})();
