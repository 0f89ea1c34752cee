/*
 * The rich-text editors (Quill inside PrimeFaces' textEditor) for keyboard and screen-reader users:
 * Tab and Shift+Tab leave the text as they leave any field (Quill would insert a tab character, a keyboard trap),
 * the text area is a named multi-line text box (named by the field's label), and the link box speaks Vietnamese:
 * its address field is named, its captions (Quill's English "Enter link", "Save", "Edit", "Remove", shown by CSS from
 * these attributes) and its placeholder are the bundle's. The texts come from the resource bundle through data
 * attributes on the editor.
 * PrimeFaces' multiple autocomplete marks its chosen items as a listbox around a text field, which is no valid
 * listbox: they become a plain list of chosen items (the text field inside keeps its label and combobox role).
 * A dialog opened by an Ajax button gives the focus back to that button when it closes: PrimeFaces disables the
 * button while the request runs, so the dialog would otherwise find nothing focused when it opens.
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
            var address = container.querySelector('.ql-tooltip input[type=text]');
            if (address && editor.getAttribute('data-link-label')) {
                address.setAttribute('aria-label', editor.getAttribute('data-link-label'));
            }
            prepareLinkBox(editor, container.querySelector('.ql-tooltip'));
        });
    }

    function prepareLinkBox(editor, tooltip) {
        if (!tooltip) {
            return;
        }
        function copy(element, attribute, from) {
            if (element && editor.getAttribute(from)) {
                element.setAttribute(attribute, editor.getAttribute(from));
            }
        }
        copy(tooltip, 'data-label-visit', 'data-link-visit');
        copy(tooltip, 'data-label-enter', 'data-link-enter');
        copy(tooltip.querySelector('input[type=text]'), 'data-link', 'data-link-placeholder');
        var action = tooltip.querySelector('a.ql-action');
        var remove = tooltip.querySelector('a.ql-remove');
        copy(action, 'data-label-edit', 'data-link-edit');
        copy(action, 'data-label-save', 'data-link-save');
        copy(remove, 'data-label-remove', 'data-link-remove');
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
            var before = this.focusedElementBeforeDialogOpened;
            if ((!before || before === document.body) && lastFocusedOutsideDialogs) {
                var opener = document.contains(lastFocusedOutsideDialogs.element) ? lastFocusedOutsideDialogs.element
                    : lastFocusedOutsideDialogs.id && document.getElementById(lastFocusedOutsideDialogs.id);
                this.focusedElementBeforeDialogOpened = opener || before;
            }
            return result;
        };
    }

    function prepare() {
        prepareEditors();
        prepareChosenItemLists();
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
