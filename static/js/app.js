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
})();
