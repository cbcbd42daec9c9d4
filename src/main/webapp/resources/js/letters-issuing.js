/* While approved letters are being issued (a step of the engine's, seconds after the approval), the page looks
   again every few seconds until they are listed, unless the reader has started typing in a form: their words
   would be lost, so the note then offers a reload instead. Gives up after a minute. */
(function () {
    'use strict';
    var note = document.getElementById('lettersIssuing');
    if (!note || !window.sessionStorage) {
        return;
    }
    var key = 'casework.lettersIssuing.' + location.search;
    var tries = Number(window.sessionStorage.getItem(key) || '0');
    if (tries >= 20) {
        window.sessionStorage.removeItem(key);
        return;
    }
    // typing: a field changed from what the page came with (a saved summary fills its box, and is not typing)
    function typing() {
        var fields = document.querySelectorAll('textarea, input[type=text], input[type=date]');
        return Array.prototype.some.call(fields, function (field) { return field.value !== field.defaultValue; });
    }
    window.setTimeout(function () {
        if (typing()) {
            return;
        }
        window.sessionStorage.setItem(key, String(tries + 1));
        window.location.reload();
    }, 3000);
}());
