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
  // A select-all box: <input type="checkbox" data-select-all="NAME" hidden> ticks every box
  // named NAME. Hidden without JavaScript, where it could do nothing.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-select-all]"), function (all) {
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute("data-select-all") + '"]');
    all.hidden = false;
    all.checked = boxes.length > 0 && Array.prototype.every.call(boxes, function (box) { return box.checked; });
    all.addEventListener("change", function () {
      Array.prototype.forEach.call(boxes, function (box) { box.checked = all.checked; });
    });
  });
})();
