// The satisfaction rating with scripts: the form is sent as JSON to /api/v1/ratings and the answer is read out in
// the form's status line in the page's own words (the note its outcome names); without scripts the same form posts
// to /danh-gia and comes back to the page's notes.
(function () {
  'use strict';
  function send(form) {
    var status = form.querySelector('.rating-status');
    var chosen = form.querySelector('input[name="diem"]:checked');
    var button = form.querySelector('button[type="submit"]');
    var body = {
      kind: form.elements.loai.value,
      ref: form.elements.ma.value,
      score: chosen ? parseInt(chosen.value, 10) : null,
      comment: form.elements['y-kien'].value
    };
    button.disabled = true;
    fetch('/api/v1/ratings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().then(function (answer) {
        var note = document.querySelector('.rating-note[data-outcome="' + answer.outcome + '"]');
        status.textContent = note ? note.textContent : (answer.message || '');
        form.setAttribute('data-outcome', answer.outcome || 'ERROR');
        button.disabled = answer.outcome === 'RECORDED' || answer.outcome === 'ALREADY_TODAY';
      });
    }).catch(function () {
      button.disabled = false;
      form.submit();
    });
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.hasAttribute && form.hasAttribute('data-rating') && window.fetch && window.JSON) {
      event.preventDefault();
      send(form);
    }
  });
}());
