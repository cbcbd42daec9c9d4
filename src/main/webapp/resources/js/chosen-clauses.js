/* Keeps the summary above a clause picker true while clauses are ticked: "Ticked: MSC-SM-2020/7, MSC-SM-2020/8".
   The summary names the picker it follows in data-for; without scripts it shows what was ticked when the page
   opened. */
(function () {
    'use strict';
    document.querySelectorAll('[data-chosen-for]').forEach(function (summary) {
        var picker = document.getElementById(summary.getAttribute('data-chosen-for'));
        if (!picker) {
            return;
        }
        function show() {
            var ticked = Array.prototype.slice.call(picker.querySelectorAll('input[type=checkbox]:checked'))
                .map(function (box) { return box.value; });
            summary.textContent = 'Ticked: ' + (ticked.length ? ticked.join(', ') : 'none');
        }
        picker.addEventListener('change', show);
        picker.addEventListener('click', function () { window.setTimeout(show, 0); });
    });
}());
