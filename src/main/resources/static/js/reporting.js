// Reporting dashboard: draws each chart from /api/reporting/dashboard; a click on a bar, point or slice opens its list.
(function () {
  'use strict';

  function draw(chart) {
    var el = document.getElementById('chart-' + chart.id);
    if (!el) {
      return;
    }
    var names = Object.keys(chart.series);
    var first = chart.series[names[0]] || [];
    var ec = window.echarts.init(el);
    var option;
    if (chart.kind === 'pie') {
      option = {
        tooltip: {trigger: 'item'},
        series: [{type: 'pie', radius: '65%', data: first.map(function (p) {
          return {name: p.name, value: p.value, link: p.link};
        })}]
      };
    } else {
      option = {
        tooltip: {trigger: 'axis'},
        legend: {data: names, top: 0},
        grid: {left: 48, right: 12, top: 28, bottom: 56},
        xAxis: {type: 'category', data: first.map(function (p) { return p.name; }), axisLabel: {rotate: 30, fontSize: 10}},
        yAxis: {type: 'value'},
        series: names.map(function (n) {
          return {name: n, type: chart.kind, data: chart.series[n].map(function (p) {
            return {value: p.value, link: p.link};
          })};
        })
      };
    }
    ec.setOption(option);
    ec.on('click', function (params) {
      if (params.data && params.data.link) {
        window.location.href = params.data.link;
      }
    });
    window.addEventListener('resize', function () { ec.resize(); });
  }

  function init() {
    var root = document.getElementById('dashboard');
    if (!root || typeof window.echarts === 'undefined') {
      return;
    }
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (charts) {
        charts.forEach(draw);
        root.dataset.drawn = String(charts.length);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
