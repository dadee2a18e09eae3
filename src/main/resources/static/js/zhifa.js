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
