// Visitor statistics: once the page is shown, tell the server which page it was and where the visitor came from (a
// beacon answered 204, never cached), then fill the footer's counter from /api/v1/visits/counter. The page itself
// stays the same for everybody (it is cached); without scripts nothing is counted and the counter stays hidden.
(function () {
  'use strict';
  function beacon() {
    var body = JSON.stringify({ path: window.location.pathname, referrer: document.referrer || '' });
    if (navigator.sendBeacon && window.Blob) {
      navigator.sendBeacon('/api/v1/visits', new Blob([body], { type: 'text/plain' }));
    } else if (window.fetch) {
      fetch('/api/v1/visits', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: body, credentials: 'omit', keepalive: true });
    }
  }
  function counter() {
    var box = document.getElementById('visit-counter');
    if (!box || !window.fetch) {
      return;
    }
    fetch('/api/v1/visits/counter', { credentials: 'omit', headers: { 'Accept': 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (figures) {
      if (!figures) {
        return;
      }
      var format = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(document.documentElement.lang || 'vi') : null;
      Array.prototype.forEach.call(box.querySelectorAll('[data-figure]'), function (cell) {
        var value = figures[cell.getAttribute('data-figure')];
        cell.textContent = format ? format.format(value || 0) : String(value || 0);
      });
      box.hidden = false;
    }).catch(function () { /* the counter stays hidden */ });
  }
  function start() {
    beacon();
    counter();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
