// Upload progress on the Imports page. Without JavaScript the form posts as usual; with it,
// the file is sent by XMLHttpRequest so that a progress bar shows the bytes sent, then the
// import itself ("every line checked"), and the server's answer (the result page, or the
// error page) replaces the page as a normal submission would.
(function () {
  'use strict';
  var form = document.querySelector('form[data-progress]');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var box = document.getElementById('upload-progress');
  var bar = box.querySelector('progress');
  var text = box.querySelector('[role="status"]');
  form.addEventListener('submit', function (event) {
    var file = form.querySelector('input[type="file"]');
    if (!file || !file.files || file.files.length === 0) {
      return; // the browser or the server says what is missing
    }
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    box.hidden = false;
    bar.value = 0;
    text.textContent = form.getAttribute('data-sending') + ' 0 %';
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.floor(e.loaded * 100 / e.total);
        bar.value = percent;
        text.textContent = form.getAttribute('data-sending') + ' ' + percent + ' %';
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate: the server checks every line
      text.textContent = form.getAttribute('data-importing');
    });
    xhr.addEventListener('load', function () {
      if (xhr.responseURL && xhr.responseURL !== window.location.href) {
        window.history.replaceState(null, '', xhr.responseURL);
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      text.textContent = form.getAttribute('data-failed');
    });
    xhr.send(new FormData(form));
  });
}());
