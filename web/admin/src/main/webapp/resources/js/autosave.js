/*
 * Autosave of the item editor: typing anywhere in the form (the rich-text body fires "input" too)
 * marks it changed; every 30 seconds a changed form is sent to the server by the page's
 * p:remoteCommand "autosaveNow", which keeps it apart from the item until it is saved. An autosave the server
 * did not confirm (the database unreachable, a 503, a lost connection) leaves the form marked changed, so the
 * next tick sends it again; the typed text itself never leaves the page.
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
    window.autosaveDone = function (args) {
        if (!args || !args.autosaved) {
            changed = true;
        }
    };
})();
