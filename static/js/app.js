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
})();
