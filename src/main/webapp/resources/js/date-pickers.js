/* PrimeFaces draws a date picker's calendar button with the hidden words "ui-button" inside, which are not part of
   the button's name ("Choose Date"): screen readers and voice control then disagree about it (axe:
   label-content-name-mismatch). The button shows only its calendar icon, so the words go. */
window.addEventListener('load', function () {
    'use strict';
    document.querySelectorAll('.ui-datepicker-trigger .ui-button-text').forEach(function (text) {
        text.textContent = '';
    });
});
