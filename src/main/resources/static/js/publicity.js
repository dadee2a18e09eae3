// Public portal: draws the penalty procedure flowchart from the procedure definition the cases module serves
// (GET /api/public/procedure), so the picture is always the state machine the system actually runs.
(function () {
  'use strict';

  function pick(obj, keys) {
    for (var i = 0; i < keys.length; i++) {
      if (obj && obj[keys[i]] !== undefined && obj[keys[i]] !== null) {
        return obj[keys[i]];
      }
    }
    return undefined;
  }

  function asList(value) {
    if (value === undefined || value === null) { return []; }
    return Array.isArray(value) ? value : [value];
  }

  function stateCode(s) {
    return typeof s === 'string' ? s : String(pick(s, ['code', 'id', 'name', 'state']));
  }

  function stateLabel(s) {
    return typeof s === 'string' ? s : String(pick(s, ['label', 'title', 'displayName', 'name', 'code']));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function render(container, def) {
    var states = asList(pick(def, ['states', 'steps', 'nodes']));
    var transitions = asList(pick(def, ['transitions', 'events', 'edges']));
    if (states.length === 0 && transitions.length === 0) {
      container.appendChild(el('p', 'text-muted', '流程图暂不可用'));
      return;
    }
    var labels = {};
    var order = [];
    states.forEach(function (s) {
      var code = stateCode(s);
      labels[code] = stateLabel(s);
      order.push(code);
    });
    var outgoing = {};
    transitions.forEach(function (t) {
      var froms = asList(pick(t, ['from', 'source', 'fromState', 'preStates', 'pre']));
      var tos = asList(pick(t, ['to', 'target', 'toState', 'postStates', 'postState', 'post']));
      var name = pick(t, ['label', 'title', 'displayName', 'name', 'event', 'code']);
      froms.forEach(function (f) {
        var fc = stateCode(f);
        if (labels[fc] === undefined) { labels[fc] = stateLabel(f); order.push(fc); }
        tos.forEach(function (to) {
          var tc = stateCode(to);
          if (labels[tc] === undefined) { labels[tc] = stateLabel(to); order.push(tc); }
          (outgoing[fc] = outgoing[fc] || []).push({to: tc, name: name === undefined ? '' : String(name)});
        });
      });
    });
    var title = pick(def, ['label', 'title', 'name']);
    var version = pick(def, ['version']);
    if (title || version) {
      container.appendChild(el('p', 'small text-muted', (title || '') + (version ? '（版本 ' + version + '）' : '')));
    }
    var list = el('ol', 'list-unstyled procedure-flow');
    order.forEach(function (code, i) {
      var item = el('li', 'mb-2');
      var box = el('div', 'border border-success rounded px-3 py-2 d-inline-block fw-bold', labels[code]);
      item.appendChild(box);
      var outs = outgoing[code] || [];
      if (outs.length > 0) {
        var ul = el('ul', 'small mb-0 mt-1');
        outs.forEach(function (o) {
          ul.appendChild(el('li', '', '→ ' + labels[o.to] + (o.name ? '（' + o.name + '）' : '')));
        });
        item.appendChild(ul);
      }
      if (i < order.length - 1) {
        item.appendChild(el('div', 'text-success', '↓'));
      }
      list.appendChild(item);
    });
    container.appendChild(list);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('procedure-chart');
    if (!container) { return; }
    fetch(container.getAttribute('data-source'), {headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.json();
      })
      .then(function (def) {
        // The cases module serves {"procedures": [...]}: the ordinary procedure first, then the others.
        var procedures = asList(pick(def, ['procedures']));
        if (procedures.length === 0) {
          render(container, def);
          return;
        }
        procedures.sort(function (a, b) {
          return (a.name === 'ORDINARY' ? 0 : 1) - (b.name === 'ORDINARY' ? 0 : 1);
        });
        procedures.forEach(function (p) {
          var box = el('div', 'mb-4');
          box.setAttribute('data-procedure', String(pick(p, ['name', 'label'])));
          container.appendChild(box);
          // the drawn diagram (SVG generated on the server from the same definition), then each state's steps
          var picture = el('div', 'procedure-diagram mb-2');
          box.appendChild(picture);
          fetch(container.getAttribute('data-source') + '/' + encodeURIComponent(p.name) + '/diagram.svg')
            .then(function (r) { return r.ok ? r.text() : ''; })
            .then(function (svg) {
              if (svg.indexOf('<svg') === 0) {
                picture.innerHTML = svg;
              }
            });
          render(box, p);
        });
      })
      .catch(function () {
        container.appendChild(el('p', 'text-muted', '流程图暂不可用'));
      });
  });
})();
