// Advertising placements: the page holds every banner of today's contracts; show one of them at random per page
// view so that each gets a fair share. Without scripts every banner is shown.
(function () {
  'use strict';
  function rotate() {
    var lists = document.querySelectorAll('.ad-placement .ad-banners');
    Array.prototype.forEach.call(lists, function (list) {
      var banners = list.querySelectorAll('.ad-banner');
      if (banners.length < 2) {
        return;
      }
      var shown = Math.floor(Math.random() * banners.length);
      Array.prototype.forEach.call(banners, function (banner, i) {
        banner.hidden = i !== shown;
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', rotate);
  } else {
    rotate();
  }
}());
