// The board's camera reading the QR codes participants hold up: loaded only when the team
// opens the camera (src/ui/browser/camera.rs adds this script), so the app's first load
// does not carry it. Frames go to the browser's BarcodeDetector where it exists, else to
// qr-worker.js (a QR reader in WebAssembly), a few times a second and never two at once.
//
// window.SamenDoenCamera.open(video, onText, onFailure) starts the camera in `video` and
// returns a function that stops it. onText(text) gets each QR code's text (the same text is
// not repeated within three seconds); onFailure(reason) gets "refused" (no camera or no
// permission) or "reader" (no way to read codes). Nothing leaves the page.
(function () {
  "use strict";
  if (window.SamenDoenCamera) return;

  function reader() {
    // The browser's own detector first (Chromium on Android and ChromeOS, Safari 17+).
    if (typeof window.BarcodeDetector === "function") {
      try {
        var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        return {
          read: function (video) {
            return detector.detect(video).then(function (codes) {
              return codes.length ? codes[0].rawValue : null;
            });
          },
          stop: function () {},
        };
      } catch (e) {
        /* formats not supported: the worker below */
      }
    }
    var worker;
    try {
      worker = new Worker("./qr-worker.js");
    } catch (e) {
      return null;
    }
    var canvas = document.createElement("canvas");
    var context = canvas.getContext("2d", { willReadFrequently: true });
    var waiting = null;
    worker.onmessage = function (e) {
      if (waiting) waiting(e.data && e.data.text ? e.data.text : null);
      waiting = null;
    };
    return {
      read: function (video) {
        var w = video.videoWidth;
        var h = video.videoHeight;
        if (!w || !h || !context) return Promise.resolve(null);
        // Large enough for a phone's code held a metre away, small enough to read fast.
        var scale = Math.min(1, 960 / Math.max(w, h));
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        var frame = context.getImageData(0, 0, canvas.width, canvas.height);
        return new Promise(function (done) {
          waiting = done;
          worker.postMessage({ width: frame.width, height: frame.height, data: frame.data }, [frame.data.buffer]);
        });
      },
      stop: function () {
        worker.terminate();
      },
    };
  }

  function open(video, onText, onFailure) {
    var stopped = false;
    var stream = null;
    var timer = null;
    var codes = null;
    var last = { text: null, at: 0 };
    function stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (codes) codes.stop();
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      video.srcObject = null;
    }
    function tick() {
      if (stopped) return;
      codes.read(video).then(
        function (text) {
          var now = Date.now();
          if (text && !(text === last.text && now - last.at < 3000)) {
            last = { text: text, at: now };
            try { onText(text); } catch (e) { /* the app's handler never stops the camera */ }
          }
          timer = setTimeout(tick, 200);
        },
        function () {
          timer = setTimeout(tick, 500);
        },
      );
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      onFailure("refused");
      return stop;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "user", width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
      .then(
        function (s) {
          stream = s;
          if (stopped) return stop();
          codes = reader();
          if (!codes) {
            onFailure("reader");
            return stop();
          }
          video.srcObject = s;
          video.setAttribute("playsinline", "");
          video.muted = true;
          var played = video.play();
          if (played && played.catch) played.catch(function () {});
          tick();
        },
        function () {
          if (!stopped) onFailure("refused");
        },
      );
    return stop;
  }

  window.SamenDoenCamera = { open: open };
})();
