// Draws the insight charts with Chart.js. No inline script (the CSP forbids it): the figures
// come from the <script type="application/json" id="chart-data"> data block, and each
// <canvas data-chart="name"> says which figure it shows. The tables beside them carry the
// same numbers for screen readers and for anyone without JavaScript.
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof window.Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var palette = ["#0f5132", "#0e7490", "#198754", "#20c997", "#6f42c1", "#fd7e14",
                 "#d63384", "#0dcaf0", "#ffc107", "#6c757d", "#084298", "#adb5bd"];

  // Charts size to their box; CSSOM styles set from a script file are allowed by the CSP.
  function sizeBox(canvas, spec) {
    var box = canvas.parentNode;
    var perLabel = spec.series ? 14 + 16 * spec.series.length : 34;
    var height = spec.horizontal ? Math.max(180, perLabel * spec.labels.length + 60) : 280;
    box.style.position = "relative";
    box.style.height = height + "px";
  }

  function draw(canvas) {
    var spec = data[canvas.getAttribute("data-chart")];
    if (!spec || !spec.labels.length) {
      return;
    }
    sizeBox(canvas, spec);
    var doughnut = spec.type === "doughnut";
    var options = {
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? "y" : "x",
      plugins: { legend: { display: doughnut, position: "right" } },
      scales: doughnut ? {} : { [spec.horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } } }
    };
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      options.animation = false;
    }
    // Grouped bars (spec.series): one dataset per series, side by side, never stacked.
    var datasets = spec.series ? spec.series.map(function (series, i) {
      return { label: series.label, data: series.values, backgroundColor: palette[i % palette.length], borderRadius: 4 };
    }) : [{
      label: spec.label,
      data: spec.values,
      backgroundColor: doughnut ? spec.values.map(function (value, i) { return palette[i % palette.length]; }) : palette[1],
      borderRadius: doughnut ? 0 : 4
    }];
    if (spec.series) {
      options.plugins.legend = { display: true, position: "bottom" };
    }
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: options
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
