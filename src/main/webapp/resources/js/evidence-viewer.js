/*
 * The evidence viewer on the case page: zoom the working copy in and out (25% steps, up to 400% of its own size)
 * and scroll to pan; "Fit" shows it whole again. A file of its own, not inline script, ready for a CSP without
 * unsafe-inline.
 */
(function () {
    'use strict';
    var STEP = 0.25, MOST = 4, LEAST = 0.25;

    function setUp(tools) {
        var viewer = tools.nextElementSibling;
        var image = viewer && viewer.querySelector('img');
        var level = tools.querySelector('.zoom-level');
        if (!image) {
            return;
        }
        var zoom = 0;
        function show() {
            if (zoom === 0) {
                viewer.classList.remove('zoomed');
                image.style.width = '';
                level.textContent = 'fitted';
            } else {
                viewer.classList.add('zoomed');
                image.style.width = Math.round(image.naturalWidth * zoom) + 'px';
                level.textContent = Math.round(zoom * 100) + '%';
            }
        }
        tools.addEventListener('click', function (event) {
            var what = event.target.getAttribute('data-zoom');
            var fitted = image.naturalWidth ? image.clientWidth / image.naturalWidth : 1;
            if (what === 'in') {
                zoom = Math.min(MOST, (zoom || fitted) + STEP);
            } else if (what === 'out') {
                zoom = Math.max(LEAST, (zoom || fitted) - STEP);
            } else if (what === 'fit') {
                zoom = 0;
            } else {
                return;
            }
            show();
        });
    }

    document.querySelectorAll('.evidence-tools').forEach(setUp);
}());
