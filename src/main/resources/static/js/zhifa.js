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
