// The phone form of an inspection: a signature pad (the drawing becomes a PNG data URL in a hidden field), location
// only when the officer taps the button, and the parts of the form shown for the chosen signature and outcome.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('inspection-form');
    if (!form) { return; }
    var canvas = document.getElementById('signature-pad');
    var hidden = document.getElementById('signatureImage');
    var ctx = canvas.getContext('2d');
    var drawing = false, drawn = false;
    ctx.lineWidth = 3; ctx.lineCap = 'round'; ctx.strokeStyle = '#000';
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true; var p = point(e); ctx.beginPath(); ctx.moveTo(p.x, p.y);
      if (canvas.setPointerCapture) { try { canvas.setPointerCapture(e.pointerId); } catch (x) { /* synthetic event */ } }
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = point(e); ctx.lineTo(p.x, p.y); ctx.stroke(); drawn = true;
    });
    function end() { if (drawing) { drawing = false; if (drawn) { hidden.value = canvas.toDataURL('image/png'); } } }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointerleave', end);
    document.getElementById('signature-clear').addEventListener('click', function () {
      ctx.clearRect(0, 0, canvas.width, canvas.height); hidden.value = ''; drawn = false;
    });

    var status = document.getElementById('locate-status');
    document.getElementById('locate').addEventListener('click', function () {
      if (!navigator.geolocation) { status.textContent = '本设备不支持定位，可手工填写或留空'; return; }
      status.textContent = '正在定位…';
      navigator.geolocation.getCurrentPosition(function (pos) {
        document.getElementById('longitude').value = pos.coords.longitude.toFixed(6);
        document.getElementById('latitude').value = pos.coords.latitude.toFixed(6);
        status.textContent = '已填写（精度约 ' + Math.round(pos.coords.accuracy) + ' 米）';
      }, function () { status.textContent = '未能定位，可手工填写或留空'; }, { enableHighAccuracy: true, timeout: 15000 });
    });

    function sync() {
      var sig = form.querySelector('input[name=signature]:checked');
      document.getElementById('signature-block').hidden = !(sig && sig.value === 'SIGNED');
      document.getElementById('refusal-block').hidden = !(sig && sig.value === 'REFUSED');
      var out = form.querySelector('input[name=outcome]:checked');
      document.getElementById('correction-block').hidden = !(out && out.value === 'CORRECTION');
      document.getElementById('case-block').hidden = !(out && out.value === 'CASE_SOURCE');
    }
    form.addEventListener('change', sync);
    sync();
  });
}());
