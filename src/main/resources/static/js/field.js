// 现场取证: the photo's capture time as the phone states it, and the party's signature drawn on the screen.
(function () {
  // the device's time in Beijing time, whatever zone the phone is set to: 2026-12-06T18:17:05
  function beijing(ms) {
    var parts = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'}).formatToParts(new Date(ms));
    var v = {};
    parts.forEach(function (p) { v[p.type] = p.value; });
    return v.year + '-' + v.month + '-' + v.day + 'T' + v.hour + ':' + v.minute + ':' + v.second;
  }
  window.zhifaBeijingTime = beijing;

  var photo = document.getElementById('photo');
  if (photo) {
    photo.addEventListener('change', function () {
      var f = photo.files && photo.files[0];
      // a photo just taken carries the moment of capture; else the file's own time
      document.getElementById('takenAt').value = f ? beijing(f.lastModified || Date.now()) : '';
    });
  }

  var pad = document.getElementById('signature-pad');
  if (!pad) {
    return;
  }
  var ctx = pad.getContext('2d');
  var drawn = false;
  function fit() {
    var ratio = window.devicePixelRatio || 1;
    pad.width = pad.clientWidth * ratio;
    pad.height = 180 * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#000';
    drawn = false;
  }
  fit();
  var down = false;
  function point(e) {
    var r = pad.getBoundingClientRect();
    return {x: e.clientX - r.left, y: e.clientY - r.top};
  }
  pad.addEventListener('pointerdown', function (e) {
    down = true;
    var p = point(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    pad.setPointerCapture(e.pointerId);
  });
  pad.addEventListener('pointermove', function (e) {
    if (!down) {
      return;
    }
    var p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    drawn = true;
  });
  pad.addEventListener('pointerup', function () { down = false; });
  document.getElementById('signature-clear').addEventListener('click', function () {
    ctx.clearRect(0, 0, pad.width, pad.height);
    drawn = false;
  });
  document.getElementById('signature-form').addEventListener('submit', function (e) {
    if (!drawn) {
      e.preventDefault();
      window.alert('请当事人在签名区签名');
      return;
    }
    document.getElementById('signature-data').value = pad.toDataURL('image/png');
    document.getElementById('signedAt').value = beijing(Date.now());
  });
})();
