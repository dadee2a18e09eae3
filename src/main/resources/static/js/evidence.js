// Chunked, resumable evidence upload: the file is sent in 8 MB slices to /api/evidence/uploads/{id}/chunks;
// after a broken connection the upload resumes from the byte count the server confirms. Where the browser offers
// Web Crypto, each slice carries its SHA-256 (X-Chunk-SHA256): bytes damaged on the way are refused by the server
// and the slice is sent again.
(function () {
  'use strict';
  var CHUNK = 8 * 1024 * 1024;
  var form = document.getElementById('evidence-form');
  if (!form) {
    return;
  }
  var api = form.getAttribute('data-api');
  var detail = form.getAttribute('data-detail');
  var fileInput = document.getElementById('file');
  var status = document.getElementById('upload-status');
  var progress = document.getElementById('upload-progress');
  var bar = progress.querySelector('.progress-bar');
  var resumeButton = document.getElementById('resume-upload');
  var submitButton = document.getElementById('submit-evidence');

  function headers(extra) {
    var h = extra || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      h[header.content] = token.content;
    }
    h.Accept = 'application/json';
    return h;
  }

  function say(text, isError) {
    status.textContent = text;
    status.className = 'small mt-2' + (isError ? ' text-danger' : '');
  }

  function showProgress(done, total) {
    var pct = total === 0 ? 100 : Math.floor(done * 100 / total);
    progress.classList.remove('d-none');
    bar.style.width = pct + '%';
    bar.textContent = pct + '%';
  }

  function value(name) {
    var el = form.elements[name];
    return el ? el.value : '';
  }

  function metadata() {
    var links = [];
    if (value('targetId').trim() !== '') {
      links.push({targetType: value('targetType'), targetId: value('targetId').trim()});
    }
    return {
      kind: value('kind'),
      title: value('title'),
      description: value('description'),
      collectedAt: value('collectedAt') || null,
      place: value('place'),
      device: value('device'),
      continuousRecording: form.elements.continuousRecording.checked,
      links: links
    };
  }

  function clearFieldErrors() {
    form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
  }

  function showProblem(problem) {
    say(problem.detail || '操作失败', true);
    var fields = problem.fields || {};
    Object.keys(fields).forEach(function (name) {
      var el = form.elements[name];
      if (el && el.classList) {
        el.classList.add('is-invalid');
        var feedback = el.parentNode.querySelector('.invalid-feedback');
        if (feedback) {
          feedback.textContent = fields[name];
        }
      }
    });
  }

  function json(response) {
    return response.text().then(function (text) {
      var body = text ? JSON.parse(text) : {};
      if (!response.ok) {
        var err = new Error(body.detail || ('HTTP ' + response.status));
        err.problem = body;
        err.status = response.status;
        throw err;
      }
      return body;
    });
  }

  function storageKey(file) {
    return 'zhifa-evidence-upload:' + file.name + ':' + file.size + ':' + file.lastModified;
  }

  function openSession(file) {
    var saved = window.localStorage.getItem(storageKey(file));
    var fresh = function () {
      return fetch(api + '/uploads', {
        method: 'POST', credentials: 'same-origin',
        headers: headers({'Content-Type': 'application/json'}),
        body: JSON.stringify({fileName: file.name, mediaType: file.type || 'application/octet-stream', size: file.size})
      }).then(json).then(function (u) {
        window.localStorage.setItem(storageKey(file), u.id);
        return u;
      });
    };
    if (!saved) {
      return fresh();
    }
    return fetch(api + '/uploads/' + saved, {credentials: 'same-origin', headers: headers()})
      .then(json)
      .then(function (u) {
        return u.status === 'OPEN' && u.declaredSize === file.size ? u : fresh();
      })
      .catch(fresh);
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  // The slice's SHA-256 as lower-case hex, or null where Web Crypto is not available (then nothing is stated).
  function sha256(blob) {
    if (!window.crypto || !window.crypto.subtle || !blob.arrayBuffer) {
      return Promise.resolve(null);
    }
    return blob.arrayBuffer().then(function (bytes) {
      return window.crypto.subtle.digest('SHA-256', bytes);
    }).then(hex, function () { return null; });
  }

  function sendChunks(file, upload, attempt) {
    if (upload.received >= file.size) {
      return Promise.resolve(upload);
    }
    var end = Math.min(file.size, upload.received + CHUNK);
    var slice = file.slice(upload.received, end);
    showProgress(upload.received, file.size);
    return sha256(slice).then(function (digest) {
      var h = {'Content-Type': 'application/octet-stream'};
      if (digest) {
        h['X-Chunk-SHA256'] = digest;
      }
      return fetch(api + '/uploads/' + upload.id + '/chunks?offset=' + upload.received, {
        method: 'PUT', credentials: 'same-origin', headers: headers(h), body: slice
      });
    }).then(function (response) {
      if (response.status === 400 && attempt < 5) {
        return response.json().then(function (p) {
          if (!p.fields || !p.fields['X-Chunk-SHA256']) {
            var err = new Error(p.detail || 'HTTP 400');
            err.problem = p;
            throw err;
          }
          // The bytes arrived damaged and were discarded: send the same slice again.
          say('分片在传输中损坏，正在重新发送第 ' + upload.received + ' 字节起的分片…', true);
          return sendChunks(file, upload, attempt + 1);
        });
      }
      if (response.status === 409) {
        return response.json().then(function (p) {
          // Another attempt of this chunk is still being written: wait, then resume from the confirmed count.
          var busy = p.received === upload.received;
          upload.received = p.received;
          return new Promise(function (resolve) { setTimeout(resolve, busy ? 1000 : 0); })
            .then(function () { return sendChunks(file, upload, busy ? attempt + 1 : 0); });
        });
      }
      return json(response).then(function (u) {
        return sendChunks(file, u, 0);
      });
    }, function (networkError) {
      if (attempt >= 5) {
        throw networkError;
      }
      say('网络中断，' + (attempt + 1) + ' 秒后从第 ' + upload.received + ' 字节续传…', true);
      return new Promise(function (resolve) { setTimeout(resolve, (attempt + 1) * 1000); })
        .then(function () {
          return fetch(api + '/uploads/' + upload.id, {credentials: 'same-origin', headers: headers()}).then(json);
        })
        .then(function (u) { return sendChunks(file, u, attempt + 1); },
              function () { return sendChunks(file, upload, attempt + 1); });
    });
  }

  function upload() {
    var file = fileInput.files[0];
    clearFieldErrors();
    submitButton.disabled = true;
    resumeButton.classList.add('d-none');
    say('正在上传 ' + file.name + '…');
    openSession(file)
      .then(function (u) { return sendChunks(file, u, 0); })
      .then(function (u) {
        showProgress(file.size, file.size);
        say('正在计算摘要并写入防篡改日志…');
        return fetch(api + '/uploads/' + u.id + '/complete', {
          method: 'POST', credentials: 'same-origin',
          headers: headers({'Content-Type': 'application/json'}),
          body: JSON.stringify(metadata())
        }).then(json);
      })
      .then(function (item) {
        window.localStorage.removeItem(storageKey(file));
        say('已登记证据 #' + item.id);
        window.location.assign(detail + item.id);
      })
      .catch(function (err) {
        submitButton.disabled = false;
        if (err.problem) {
          showProblem(err.problem);
        } else {
          say('上传中断：' + err.message + '。已上传的部分已保存，点击“继续上传”续传。', true);
          resumeButton.classList.remove('d-none');
        }
      });
  }

  form.addEventListener('submit', function (evt) {
    if (!fileInput.files || fileInput.files.length === 0 || !window.fetch) {
      return; // metadata only, or an old browser: the plain form
    }
    evt.preventDefault();
    upload();
  });
  resumeButton.addEventListener('click', upload);
})();
