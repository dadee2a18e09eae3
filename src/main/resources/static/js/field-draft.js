// The field form works offline: the draft is kept in the browser (localStorage) and sent when the network returns.
// Each draft carries the idempotency key the server gave the form, so sending it twice never makes a second case.
(function () {
  var form = document.getElementById('field-form');
  if (!form) {
    return;
  }
  var STORE = 'zhifa.field.drafts';
  var status = document.getElementById('draft-status');

  function drafts() {
    try {
      return JSON.parse(localStorage.getItem(STORE) || '[]');
    } catch (e) {
      return [];
    }
  }
  function save(list) {
    localStorage.setItem(STORE, JSON.stringify(list));
  }
  function show(text) {
    status.textContent = text;
    status.classList.toggle('d-none', !text);
  }
  function keep(entries) {
    var key = entries.filter(function (e) { return e[0] === 'idempotencyKey'; })[0];
    var list = drafts().filter(function (d) { return !key || d.key !== key[1]; });
    list.push({key: key ? key[1] : '', savedAt: Date.now(), entries: entries});
    save(list);
  }
  function drop(key) {
    save(drafts().filter(function (d) { return d.key !== key; }));
  }

  // sends one draft; resolves with the case page's address, or null when the server answered with the form again
  function send(draft) {
    var body = new URLSearchParams();
    draft.entries.forEach(function (e) { body.append(e[0], e[1]); });
    return fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow'})
      .then(function (r) {
        if (r.ok && /\/cases\/\d+/.test(new URL(r.url).pathname)) {
          drop(draft.key);
          return r.url;
        }
        return null;
      });
  }

  function restore(draft) {
    draft.entries.forEach(function (e) {
      var fields = form.querySelectorAll('[name="' + CSS.escape(e[0]) + '"]');
      fields.forEach(function (el) {
        if (el.type === 'checkbox' || el.type === 'radio') {
          el.checked = el.value === e[1] || el.checked;
        } else {
          el.value = e[1];
        }
      });
    });
  }

  function flush() {
    var list = drafts();
    if (!list.length) {
      show('');
      return;
    }
    if (!navigator.onLine) {
      show('网络不可用：本机保存有 ' + list.length + ' 份当场处罚草稿，网络恢复后自动发送。');
      return;
    }
    show('网络已恢复，正在发送本机保存的草稿……');
    send(list[0]).then(function (url) {
      if (url) {
        window.location.href = url;
      } else {
        // refused by the server (e.g. a missing fact): show the draft in the form to be completed
        drop(list[0].key);
        restore(list[0]);
        show('草稿未能提交，已填回表单，请检查后再次提交。');
        form.submit();
      }
    }).catch(function () {
      show('网络不可用：本机保存有 ' + list.length + ' 份当场处罚草稿，网络恢复后自动发送。');
    });
  }

  form.addEventListener('submit', function (evt) {
    if (evt.defaultPrevented) {
      return;
    }
    var entries = Array.from(new FormData(form).entries()).filter(function (e) { return typeof e[1] === 'string'; });
    if (!navigator.onLine) {
      evt.preventDefault();
      keep(entries);
      show('网络不可用：草稿已保存在本机，网络恢复后自动发送。请勿关闭浏览器数据。');
      return;
    }
    // kept until the server answers, so that a connection lost during the sending keeps the draft
    evt.preventDefault();
    keep(entries);
    var key = document.getElementById('idempotencyKey').value;
    var draft = drafts().filter(function (d) { return d.key === key; })[0];
    send(draft).then(function (url) {
      if (url) {
        window.location.href = url;
      } else {
        // the server refused the input: the form is sent the ordinary way to show what to correct
        drop(key);
        form.submit();
      }
    }).catch(function () {
      show('网络中断：草稿已保存在本机，网络恢复后自动发送。');
    });
  });

  window.addEventListener('online', flush);
  window.addEventListener('offline', flush);
  window.addEventListener('pageshow', flush);
})();
