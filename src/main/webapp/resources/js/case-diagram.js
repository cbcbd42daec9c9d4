/* Draws the case's process with bpmn-js: completed steps and the current step marked. The data comes from
   /staff/diagram/{ref} (same origin, the staff session); nothing on the page is executed from it. */
(function () {
    'use strict';
    var host = document.getElementById('diagram');
    if (!host) {
        return;
    }
    var note = document.getElementById('diagramNote');
    function failed() {
        if (note) {
            note.textContent = 'The process diagram could not be drawn; the steps are listed below.';
        }
    }
    if (!window.BpmnJS || !window.fetch) {
        failed();
        return;
    }
    function draw() {
        fetch(host.getAttribute('data-src'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (diagram) {
                var viewer = new window.BpmnJS({container: host});
                return viewer.importXML(diagram.xml).then(function () {
                    var canvas = viewer.get('canvas');
                    var registry = viewer.get('elementRegistry');
                    canvas.zoom('fit-viewport');
                    diagram.completed.forEach(function (id) {
                        if (registry.get(id)) {
                            canvas.addMarker(id, 'step-done');
                        }
                    });
                    diagram.current.forEach(function (id) {
                        if (registry.get(id)) {
                            canvas.addMarker(id, 'step-current');
                        }
                    });
                    host.setAttribute('data-current', diagram.current.join(' '));
                    host.setAttribute('data-rendered', 'true');
                });
            })
            .catch(failed);
    }
    // drawn when it comes near the screen: most visits to a case never scroll to the diagram, and its data costs the
    // server a read of the process's history
    if (!window.IntersectionObserver) {
        draw();
        return;
    }
    var watcher = new window.IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
            watcher.disconnect();
            draw();
        }
    }, {rootMargin: '300px'});
    watcher.observe(host);
})();
