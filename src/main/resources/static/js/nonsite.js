// Non-site enforcement pages: fast keyboard review of clues and the statistics chart.
(function () {
  'use strict';

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function clueKeys() {
    var root = document.getElementById('clue-review');
    if (!root) {
      return;
    }
    document.addEventListener('keydown', function (evt) {
      if (evt.ctrlKey && evt.key === 'Enter' && evt.target && evt.target.id === 'reason') {
        evt.preventDefault();
        var form = document.getElementById('reject-form');
        if (form) {
          form.requestSubmit();
        }
        return;
      }
      if (evt.altKey || evt.ctrlKey || evt.metaKey || typing(evt.target)) {
        return;
      }
      if (evt.key === 'j' && root.dataset.next) {
        window.location.href = root.dataset.next;
      } else if (evt.key === 'k' && root.dataset.prev) {
        window.location.href = root.dataset.prev;
      } else if (evt.key === 'c') {
        var confirm = document.getElementById('confirm-clue');
        if (confirm && !confirm.disabled) {
          evt.preventDefault();
          confirm.form.requestSubmit();
        }
      } else if (evt.key === 'r') {
        var reason = document.getElementById('reason');
        if (reason) {
          evt.preventDefault();
          reason.focus();
        }
      }
    });
  }

  function statsChart() {
    var el = document.getElementById('stats-chart');
    if (!el || typeof window.echarts === 'undefined') {
      return;
    }
    fetch(el.dataset.source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (rows) {
        var byDay = {};
        rows.forEach(function (row) {
          var d = byDay[row.day] || (byDay[row.day] = {detections: 0, overLimit: 0, reviewed: 0, confirmed: 0});
          d.detections += row.detections;
          d.overLimit += row.overLimit;
          d.reviewed += row.reviewed;
          d.confirmed += row.confirmed;
        });
        var days = Object.keys(byDay).sort();
        var chart = window.echarts.init(el);
        chart.setOption({
          tooltip: {trigger: 'axis'},
          legend: {data: ['检测', '超限', '已审核', '已确认', '超限率 %']},
          grid: {left: 60, right: 60, bottom: 40},
          xAxis: {type: 'category', data: days},
          yAxis: [{type: 'value', name: '条'}, {type: 'value', name: '%', position: 'right'}],
          series: [
            {name: '检测', type: 'bar', data: days.map(function (d) { return byDay[d].detections; })},
            {name: '超限', type: 'bar', data: days.map(function (d) { return byDay[d].overLimit; })},
            {name: '已审核', type: 'line', data: days.map(function (d) { return byDay[d].reviewed; })},
            {name: '已确认', type: 'line', data: days.map(function (d) { return byDay[d].confirmed; })},
            {name: '超限率 %', type: 'line', yAxisIndex: 1, data: days.map(function (d) {
              var x = byDay[d];
              return x.detections ? Math.round(1000 * x.overLimit / x.detections) / 10 : 0;
            })}
          ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    clueKeys();
    statsChart();
  });
}());
