// Matchmaker's small enhancements. No inline scripts: the CSP forbids them.
(function () {
  "use strict";
  // Ask before destructive actions: <form data-confirm="Are you sure?">
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // A region list follows its country list: <select data-country-from="ID"> shows only the
  // regions of the country chosen (their codes start with it). Without JavaScript all show.
  function followCountry(regions) {
    var country = document.getElementById(regions.getAttribute("data-country-from"));
    if (!country) {
      return;
    }
    function show(clearOthers) {
      var prefix = country.value + "-";
      Array.prototype.forEach.call(regions.querySelectorAll("optgroup"), function (group) {
        var mine = !country.value || Array.prototype.some.call(group.querySelectorAll("option"), function (option) {
          return option.value.indexOf(prefix) === 0;
        }) || (!clearOthers && group.querySelector("option:checked") !== null);
        group.hidden = !mine;
        group.disabled = !mine;
      });
      if (clearOthers && regions.value && regions.value.indexOf(prefix) !== 0) {
        regions.value = "";
      }
    }
    country.addEventListener("change", function () { show(true); });
    show(false);  // what was sent stays selected, even if it is of another country
  }
  Array.prototype.forEach.call(document.querySelectorAll("select[data-country-from]"), followCountry);
  // A select-all box: <input type="checkbox" data-select-all="NAME"> ticks every box named NAME.
  // Its wrapper ([data-select-all-box]) stays hidden without JavaScript, where it could do nothing.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-select-all]"), function (all) {
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute("data-select-all") + '"]');
    var box = all.closest("[data-select-all-box]");
    if (box) {
      box.hidden = false;
    }
    all.checked = boxes.length > 0 && Array.prototype.every.call(boxes, function (box) { return box.checked; });
    all.addEventListener("change", function () {
      Array.prototype.forEach.call(boxes, function (box) { box.checked = all.checked; });
    });
  });
  // Folded filters (<details data-open-wide>) open by themselves where there is room for them.
  if (window.matchMedia("(min-width: 992px)").matches) {
    Array.prototype.forEach.call(document.querySelectorAll("details[data-open-wide]"), function (details) {
      details.open = true;
      details.classList.add("opened-wide");  // its "Filters" line is then only in the way
    });
  }
})();
