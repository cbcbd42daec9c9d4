/* PrimeFaces draws a date picker's calendar button with the hidden words "ui-button" inside, which are not part of
   the button's name ("Choose Date"): screen readers and voice control then disagree about it (axe:
   label-content-name-mismatch). The button's hidden words become its name, whenever PrimeFaces draws one. */
(function () {
    'use strict';
    function nameTheTriggers() {
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            var text = button.querySelector('.ui-button-text');
            var name = button.getAttribute('aria-label');
            if (text && name && text.textContent !== name) {
                text.textContent = name;
            }
        });
    }
    nameTheTriggers();
    new MutationObserver(nameTheTriggers).observe(document.body, {childList: true, subtree: true});
}());
