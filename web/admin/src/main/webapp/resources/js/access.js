/*
 * The rich-text editors (Quill inside PrimeFaces' textEditor) for keyboard and screen-reader users:
 * Tab and Shift+Tab leave the text as they leave any field (Quill would insert a tab character, a keyboard trap),
 * the text area is a named multi-line text box (named by the field's label), and the link box of every editor speaks
 * Vietnamese: its address field is named, its captions (Quill's English "Visit URL", "Enter link", "Save", "Edit",
 * "Remove", shown by CSS from data attributes set here) and its placeholder are the bundle's, and its Edit, Save and
 * Remove are named buttons a keyboard reaches. The texts come from the resource bundle through the template.
 * PrimeFaces' multiple autocomplete marks its chosen items as a listbox around a text field, which is no valid
 * listbox: they become a plain list of chosen items (the text field inside keeps its label and combobox role).
 * A dialog opened by an Ajax button gives the focus back to that button when it closes: PrimeFaces disables the
 * button while the request runs, so the dialog would otherwise find nothing focused when it opens. A dialog stays
 * within the window (its content scrolls, see backoffice.css) even when its content grows while it is open.
 */
(function () {
    function prepareEditors() {
        if (!window.Quill) {
            return;
        }
        document.querySelectorAll('.ui-texteditor .ql-container').forEach(function (container) {
            var quill = window.Quill.find(container);
            if (!quill || !quill.keyboard || container.getAttribute('data-access-ready')) {
                return;
            }
            container.setAttribute('data-access-ready', 'true');
            delete quill.keyboard.bindings.Tab;
            var editor = container.closest('.ui-texteditor');
            var root = quill.root;
            root.setAttribute('role', 'textbox');
            root.setAttribute('aria-multiline', 'true');
            var label = document.querySelector('label[for="' + editor.id + '"], label[for="' + editor.id + '_input"]');
            if (label) {
                label.id = label.id || editor.id + '_label';
                root.setAttribute('aria-labelledby', label.id);
            }
            prepareLinkBox(container.querySelector('.ql-tooltip'));
        });
    }

    /** A text of the link box, from the bundle: the page's main element carries them as data-link-* attributes. */
    function linkText(name) {
        var main = document.getElementById('main');
        return main && main.getAttribute('data-link-' + name) || '';
    }

    function prepareLinkBox(tooltip) {
        if (!tooltip) {
            return;
        }
        tooltip.setAttribute('data-label-visit', linkText('visit'));
        tooltip.setAttribute('data-label-enter', linkText('enter'));
        var address = tooltip.querySelector('input[type=text]');
        if (address) {
            address.setAttribute('aria-label', linkText('label'));
            address.setAttribute('data-link', linkText('placeholder'));
        }
        var action = tooltip.querySelector('a.ql-action');
        var remove = tooltip.querySelector('a.ql-remove');
        if (!action || !remove) {
            return;
        }
        action.setAttribute('data-label-edit', linkText('edit'));
        action.setAttribute('data-label-save', linkText('save'));
        remove.setAttribute('data-label-remove', linkText('remove'));
        remove.setAttribute('aria-label', linkText('remove'));
        function nameAction() {
            action.setAttribute('aria-label', linkText(tooltip.classList.contains('ql-editing') ? 'save' : 'edit'));
        }
        nameAction();
        new MutationObserver(nameAction).observe(tooltip, {attributes: true, attributeFilter: ['class']});
        [action, remove].forEach(actAsButton);
    }

    /** Quill's Edit, Save and Remove are anchors without an address: buttons reached by Tab and pressed by Enter or Space. */
    function actAsButton(anchor) {
        anchor.setAttribute('role', 'button');
        anchor.setAttribute('tabindex', '0');
        anchor.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                anchor.click();
            }
        });
    }

    function listChosenItems(container) {
        container.setAttribute('role', 'list');
        container.removeAttribute('aria-orientation');
        container.querySelectorAll(':scope > li').forEach(function (item) {
            if (item.getAttribute('role') !== 'listitem') {
                item.setAttribute('role', 'listitem');
                item.removeAttribute('aria-selected');
            }
        });
    }

    function prepareChosenItemLists() {
        document.querySelectorAll('.ui-autocomplete-multiple-container[role=listbox]').forEach(function (container) {
            listChosenItems(container);
            new MutationObserver(function () {
                listChosenItems(container);
            }).observe(container, {childList: true});
        });
    }

    var lastFocusedOutsideDialogs = null;

    function rememberFocusOutsideDialogs() {
        document.addEventListener('focusin', function (event) {
            if (event.target !== document.body && !event.target.closest('.ui-dialog')) {
                lastFocusedOutsideDialogs = {element: event.target, id: event.target.id};
            }
        });
    }

    function returnFocusToTheOpener() {
        var widgets = window.PrimeFaces && window.PrimeFaces.widget;
        if (!widgets || !widgets.Dialog || widgets.Dialog.prototype.accessOpener) {
            return;
        }
        var show = widgets.Dialog.prototype.show;
        widgets.Dialog.prototype.accessOpener = true;
        widgets.Dialog.prototype.show = function () {
            var result = show.apply(this, arguments);
            keepInView(this);
            var before = this.focusedElementBeforeDialogOpened;
            if ((!before || before === document.body) && lastFocusedOutsideDialogs) {
                var opener = document.contains(lastFocusedOutsideDialogs.element) ? lastFocusedOutsideDialogs.element
                    : lastFocusedOutsideDialogs.id && document.getElementById(lastFocusedOutsideDialogs.id);
                this.focusedElementBeforeDialogOpened = opener || before;
            }
            return result;
        };
    }

    /** A dialog whose content grows while it is open (an Ajax update adds fields) is centred again once it leaves the window. */
    function keepInView(dialog) {
        if (dialog.accessResizeObserver || !window.ResizeObserver || !dialog.initPosition) {
            return;
        }
        dialog.accessResizeObserver = new ResizeObserver(function () {
            recentreWhenOutside(dialog);
        });
        dialog.accessResizeObserver.observe(dialog.jq[0]);
    }

    function recentreWhenOutside(dialog) {
        var box = dialog.jq[0].getBoundingClientRect();
        if (dialog.isVisible() && (box.top < 0 || box.bottom > window.innerHeight)) {
            dialog.initPosition();
        }
    }

    function keepOpenDialogsInView() {
        var widgets = window.PrimeFaces && window.PrimeFaces.widgets;
        Object.keys(widgets || {}).forEach(function (name) {
            var widget = widgets[name];
            if (widget instanceof window.PrimeFaces.widget.Dialog && widget.jq && widget.jq[0]) {
                recentreWhenOutside(widget);
            }
        });
    }

    function prepare() {
        prepareEditors();
        prepareChosenItemLists();
        keepOpenDialogsInView();
    }

    rememberFocusOutsideDialogs();
    returnFocusToTheOpener();
    prepare();
    window.addEventListener('load', prepare);
    if (window.jQuery) {
        window.jQuery(function () {
            window.setTimeout(prepare, 0);
        });
        window.jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(prepare, 0);
        });
    }
})();
