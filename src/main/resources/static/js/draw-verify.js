// Recomputes a published random draw in the browser (docs/random-draw.md, algorithm zhifa-draw-1): its own SM3
// (GB/T 32905), the canonical sorted lists, the header and its hash, SM3(seed) against the commitment, the stratified
// selection and the assignment by the SM3 counter-mode streams with rejection sampling, the result text and its hash,
// and the replacements. Independent of the server's Java implementation; the page shows every check.
(function () {
  'use strict';

  // —— SM3 ——
  var IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];
  function rotl(x, n) { n %= 32; return ((x << n) | (x >>> (32 - n))) >>> 0; }
  function p0(x) { return (x ^ rotl(x, 9) ^ rotl(x, 17)) >>> 0; }
  function p1(x) { return (x ^ rotl(x, 15) ^ rotl(x, 23)) >>> 0; }

  function sm3(bytes) {
    var len = bytes.length;
    var total = ((len + 9 + 63) >> 6) << 6;
    var m = new Uint8Array(total);
    m.set(bytes);
    m[len] = 0x80;
    var bits = len * 8;
    var hi = Math.floor(bits / 0x100000000), lo = bits >>> 0;
    for (var i = 0; i < 4; i++) {
      m[total - 8 + i] = (hi >>> (24 - 8 * i)) & 0xff;
      m[total - 4 + i] = (lo >>> (24 - 8 * i)) & 0xff;
    }
    var v = IV.slice();
    var w = new Array(68), w1 = new Array(64);
    for (var off = 0; off < total; off += 64) {
      for (var j = 0; j < 16; j++) {
        var k = off + 4 * j;
        w[j] = ((m[k] << 24) | (m[k + 1] << 16) | (m[k + 2] << 8) | m[k + 3]) >>> 0;
      }
      for (j = 16; j < 68; j++) {
        w[j] = (p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6]) >>> 0;
      }
      for (j = 0; j < 64; j++) { w1[j] = (w[j] ^ w[j + 4]) >>> 0; }
      var a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
      for (j = 0; j < 64; j++) {
        var t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
        var ss1 = rotl((rotl(a, 12) + e + rotl(t, j)) >>> 0, 7);
        var ss2 = (ss1 ^ rotl(a, 12)) >>> 0;
        var ff = j < 16 ? (a ^ b ^ c) : ((a & b) | (a & c) | (b & c));
        var gg = j < 16 ? (e ^ f ^ g) : ((e & f) | (~e & g));
        var tt1 = ((ff >>> 0) + d + ss2 + w1[j]) >>> 0;
        var tt2 = ((gg >>> 0) + h + ss1 + w[j]) >>> 0;
        d = c; c = rotl(b, 9); b = a; a = tt1;
        h = g; g = rotl(f, 19); f = e; e = p0(tt2);
      }
      v[0] ^= a; v[1] ^= b; v[2] ^= c; v[3] ^= d; v[4] ^= e; v[5] ^= f; v[6] ^= g; v[7] ^= h;
      for (j = 0; j < 8; j++) { v[j] >>>= 0; }
    }
    var out = new Uint8Array(32);
    for (i = 0; i < 8; i++) {
      out[4 * i] = v[i] >>> 24; out[4 * i + 1] = (v[i] >>> 16) & 0xff;
      out[4 * i + 2] = (v[i] >>> 8) & 0xff; out[4 * i + 3] = v[i] & 0xff;
    }
    return out;
  }

  var encoder = new TextEncoder();
  function utf8(s) { return encoder.encode(s); }
  function hex(b) { var s = ''; for (var i = 0; i < b.length; i++) { s += (b[i] < 16 ? '0' : '') + b[i].toString(16); } return s; }
  function fromHex(h) { var b = new Uint8Array(h.length / 2); for (var i = 0; i < b.length; i++) { b[i] = parseInt(h.substr(2 * i, 2), 16); } return b; }
  function concat(parts) {
    var n = 0; parts.forEach(function (p) { n += p.length; });
    var out = new Uint8Array(n), o = 0;
    parts.forEach(function (p) { out.set(p, o); o += p.length; });
    return out;
  }
  function compareBytes(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) { if (a[i] !== b[i]) { return a[i] - b[i]; } }
    return a.length - b.length;
  }
  function sortBy(list, keyOf) {
    var keyed = list.map(function (x) { return { k: utf8(keyOf(x)), x: x }; });
    keyed.sort(function (p, q) { return compareBytes(p.k, q.k); });
    return keyed.map(function (p) { return p.x; });
  }
  function listHash(lines) { return hex(sm3(utf8(lines.map(function (l) { return l + '\n'; }).join('')))); }

  // ratio text: plain decimal, no trailing zeros; n = min(m, max(ceil(ratio·m), min)) computed exactly
  function ratioText(r) {
    var s = String(r);
    if (s.indexOf('.') >= 0) { s = s.replace(/0+$/, '').replace(/\.$/, ''); }
    s = s.replace(/^0+(?=\d)/, '');
    return s === '' || /^0*$/.test(s) || s === '0' ? '0' : s;
  }
  function sampleSize(ratio, min, m) {
    var parts = ratio.split('.');
    var frac = parts.length > 1 ? parts[1] : '';
    var num = BigInt(parts[0] + frac), den = 10n ** BigInt(frac.length);
    var byRatio = Number((num * BigInt(m) + den - 1n) / den);
    return Math.min(m, Math.max(byRatio, min));
  }

  // —— the stream ——
  var DOMAIN = utf8('zhifa-draw-1/prng\u0000');
  function Stream(seed, headerHash, label) {
    var l = new Uint8Array(4);
    l[0] = label.length >>> 24; l[1] = (label.length >>> 16) & 0xff; l[2] = (label.length >>> 8) & 0xff; l[3] = label.length & 0xff;
    this.prefix = concat([DOMAIN, seed, headerHash, l, label]);
    this.block = 0; this.words = [];
  }
  Stream.prototype.word = function () {
    if (this.words.length === 0) {
      var c = new Uint8Array(8), x = this.block++;
      for (var i = 7; i >= 0; i--) { c[i] = x % 256; x = Math.floor(x / 256); }
      var b = sm3(concat([this.prefix, c]));
      for (var w = 0; w < 4; w++) {
        var v = 0n;
        for (var j = 0; j < 8; j++) { v = (v << 8n) | BigInt(b[8 * w + j]); }
        this.words.push(v);
      }
    }
    return this.words.shift();
  };
  var TWO64 = 1n << 64n;
  Stream.prototype.uniform = function (n) {
    var bn = BigInt(n), limit = TWO64 - (TWO64 % bn);
    for (;;) { var w = this.word(); if (w < limit) { return Number(w % bn); } }
  };
  function label() { return utf8(Array.prototype.slice.call(arguments).join('\u0000')); }
  function pick(list, n, stream) {
    var a = list.slice();
    for (var i = 0; i < n; i++) {
      var j = i + stream.uniform(a.length - i);
      var t = a[i]; a[i] = a[j]; a[j] = t;
    }
    return a.slice(0, n);
  }

  function verify(m) {
    var checks = [];
    var objects = sortBy(m.objects, function (o) { return o[0]; }).map(function (o) {
      return { key: o[0], stratum: o[1], pool: o[2], blocked: sortBy(Array.from(new Set(o[3])), function (g) { return g; }) };
    });
    var assignees = sortBy(m.assignees, function (a) { return a[0]; }).map(function (a) { return { key: a[0], pool: a[1], group: a[2] }; });
    var seenC = {}, conflicts = [];
    m.conflicts.forEach(function (c) { var l = c[0] + '\t' + c[1]; if (!seenC[l]) { seenC[l] = 1; conflicts.push(l); } });
    conflicts = sortBy(conflicts, function (l) { return l; });
    var strata = sortBy(m.strata, function (s) { return s.name; });
    var header = 'zhifa-draw-1\ndraw\t' + m.draw + '\nassign\t' + m.assign + '\n';
    strata.forEach(function (s) { header += 'stratum\t' + s.name + '\t' + ratioText(s.ratio) + '\t' + s.min + '\n'; });
    header += 'objects\t' + objects.length + '\t' + listHash(objects.map(function (o) { return o.key + '\t' + o.stratum + '\t' + o.pool + '\t' + o.blocked.join(','); })) + '\n';
    header += 'assignees\t' + assignees.length + '\t' + listHash(assignees.map(function (a) { return a.key + '\t' + a.pool + '\t' + a.group; })) + '\n';
    header += 'conflicts\t' + conflicts.length + '\t' + listHash(conflicts) + '\n';
    var hh = sm3(utf8(header));
    checks.push({ name: '名单哈希（headerHash）', ok: hex(hh) === m.headerHash, detail: '浏览器计算 ' + hex(hh) });
    if (!m.seed) { return { checks: checks, revealed: false }; }
    var seed = fromHex(m.seed);
    checks.push({ name: '种子承诺（commitment）', ok: hex(sm3(seed)) === m.commitment, detail: 'SM3(种子) = ' + hex(sm3(seed)) });
    var conflictSet = {}; conflicts.forEach(function (l) { conflictSet[l] = 1; });
    function eligible(o, excluded) {
      return assignees.filter(function (a) {
        return a.pool === o.pool && o.blocked.indexOf(a.group) < 0 && !conflictSet[o.key + '\t' + a.key] && !(excluded && excluded[a.key]);
      });
    }
    var byKey = {}; objects.forEach(function (o) { byKey[o.key] = o; });
    var text = 'zhifa-draw-1 result\nheader\t' + hex(hh) + '\nseed\t' + m.seed + '\n';
    var selections = [];
    strata.forEach(function (s) {
      var pop = objects.filter(function (o) { return o.stratum === s.name; });
      var drawn = pick(pop, sampleSize(ratioText(s.ratio), s.min, pop.length), new Stream(seed, hh, label('select', s.name)));
      drawn.forEach(function (o, i) {
        var team = [];
        if (m.assign > 0) {
          var el = eligible(o, null);
          if (el.length >= m.assign) {
            team = pick(el, m.assign, new Stream(seed, hh, label('assign', o.key))).map(function (a) { return a.key; });
          }
        }
        selections.push({ stratum: s.name, rank: i + 1, object: o.key, assignees: team });
        text += 'select\t' + s.name + '\t' + (i + 1) + '\t' + o.key + '\t' + team.join(',') + '\n';
      });
    });
    var same = m.result && m.result.length === selections.length && selections.every(function (x, i) {
      var y = m.result[i];
      return y.stratum === x.stratum && y.rank === x.rank && y.object === x.object && y.assignees.join(',') === x.assignees.join(',');
    });
    checks.push({ name: '抽取结果（result）', ok: !!same, detail: '浏览器重新计算 ' + selections.length + ' 个抽中对象及其人员' });
    var rh = hex(sm3(utf8(text)));
    checks.push({ name: '结果哈希（resultHash）', ok: rh === m.resultHash, detail: '浏览器计算 ' + rh });
    if (m.replacements && m.replacements.length) {
      var teams = {}, withdrawn = {}, rounds = {}, ok = true;
      selections.forEach(function (x) { teams[x.object] = x.assignees.slice(); });
      m.replacements.forEach(function (r) {
        var team = teams[r.object] || [], pos = team.indexOf(r.withdrawn);
        if (pos < 0) { ok = false; return; }
        withdrawn[r.object] = withdrawn[r.object] || {};
        withdrawn[r.object][r.withdrawn] = 1;
        rounds[r.object] = (rounds[r.object] || 0) + 1;
        var excl = {}; Object.keys(withdrawn[r.object]).forEach(function (k) { excl[k] = 1; }); team.forEach(function (k) { excl[k] = 1; });
        var el = eligible(byKey[r.object], excl), rep = null;
        if (el.length) {
          rep = el[new Stream(seed, hh, label('replace', r.object, String(rounds[r.object]))).uniform(el.length)].key;
          team[pos] = rep;
        } else { team.splice(pos, 1); }
        ok = ok && rounds[r.object] === r.round && rep === (r.replacement || null);
      });
      checks.push({ name: '回避替换（replacements）', ok: ok, detail: m.replacements.length + ' 次替换' });
    }
    return { checks: checks, revealed: true, resultHash: rh };
  }

  window.zhifaDrawVerify = { sm3: function (s) { return hex(sm3(utf8(s))); }, verify: verify };

  function render(box, report) {
    var ok = report.checks.every(function (c) { return c.ok; });
    var list = document.createElement('ul');
    list.className = 'small mb-0';
    report.checks.forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = (c.ok ? '✔ ' : '✘ ') + c.name + '：' + c.detail;
      list.appendChild(li);
    });
    var verdict = document.createElement('div');
    verdict.className = 'fw-bold';
    verdict.id = 'verify-verdict';
    verdict.textContent = !report.revealed ? (ok ? '名单哈希一致（种子尚未揭示）' : '名单哈希不一致')
        : (ok ? '复核结果：一致' : '复核结果：不一致');
    box.className = 'alert ' + (ok ? 'alert-success' : 'alert-danger');
    box.textContent = '';
    box.appendChild(verdict);
    box.appendChild(list);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('verify-result');
    if (!box) { return; }
    box.textContent = '正在本浏览器中复核…';
    fetch(box.getAttribute('data-manifest'), { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (m) { setTimeout(function () { render(box, verify(m)); }, 0); })
      .catch(function (e) { box.className = 'alert alert-danger'; box.textContent = '无法复核：' + e.message; });
  });
}());
