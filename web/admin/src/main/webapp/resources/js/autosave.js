/*
 * Autosave of the item editor: typing anywhere in the form (the rich-text body fires "input" too)
 * marks it changed; every 30 seconds a changed form is sent to the server by the page's
 * p:remoteCommand "autosaveNow", which keeps it apart from the item until it is saved.
 */
(function () {
    var changed = false;
    document.addEventListener('input', function (event) {
        if (event.target.closest && event.target.closest('#item-form')) {
            changed = true;
        }
    }, true);
    window.setInterval(function () {
        if (changed && typeof window.autosaveNow === 'function') {
            changed = false;
            window.autosaveNow();
        }
    }, 30000);
})();
