// Sends the CSRF token with every htmx request and asks for confirmation on destructive buttons.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (evt) {
  var form = evt.target;
  var message = form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    evt.preventDefault();
  }
}, true);

// On a phone, ledger tables are shown as cards: each cell is labelled with its column's header.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('main table.table').forEach(function (table) {
    var head = table.querySelector('thead tr');
    if (!head || table.classList.contains('table-keep')) {
      return;
    }
    var labels = Array.prototype.map.call(head.children, function (th) { return th.textContent.trim(); });
    table.classList.add('table-cards');
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      Array.prototype.forEach.call(tr.children, function (td, i) {
        if (labels[i] && !td.hasAttribute('data-label')) {
          td.setAttribute('data-label', labels[i]);
        }
      });
    });
  });
});

// Saved filters: shown above a list page with a search form; the current query can be saved under a name.
document.addEventListener('DOMContentLoaded', function () {
  var bar = document.getElementById('saved-filters');
  if (!bar) {
    return;
  }
  var searchable = document.querySelector('main form[method="get"], main form[role="search"]');
  var query = window.location.search.replace(/^\?/, '').split('&')
    .filter(function (p) { return p && p.indexOf('page=') !== 0; }).join('&');
  if (searchable && query) {
    document.getElementById('save-filter-query').value = query;
    document.getElementById('save-filter-form').classList.remove('d-none');
  }
  if (searchable || bar.getAttribute('data-saved') !== '0') {
    bar.classList.remove('d-none');
  }
});

// Searchable selects: a long list (violations, officers, parties…) gets a box that filters its options by code or words.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('main select.form-select').forEach(function (select) {
    if (select.options.length < 15 || select.hasAttribute('data-no-search')) {
      return;
    }
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'form-control form-control-sm mb-1 select-search';
    box.placeholder = '输入编码或文字筛选选项';
    box.setAttribute('aria-label', '筛选选项');
    select.parentNode.insertBefore(box, select);
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(select.options, function (o) {
        o.hidden = words !== '' && o.value !== '' && (o.text + ' ' + o.value).toLowerCase().indexOf(words) < 0;
      });
    });
  });
});
