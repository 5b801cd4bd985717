// The reading-point kiosk's enhancements; every page also works without them.
// - Goes back to the home screen after the idle time, warning 10 s before; any touch or typing resets it.
// - Shows the print button of a request's receipt slip.
// - Shows the offline banner (rendered by the server, with this page's time) while the server cannot be reached.
// - Registers the service worker that keeps the last pages for when the network drops.
(function () {
    'use strict';
    var body = document.body;
    var idleMs = (parseInt(body.getAttribute('data-idle-seconds'), 10) || 90) * 1000;
    var home = body.getAttribute('data-home');
    var atHome = body.getAttribute('data-at-home') === 'true';
    var warning = document.getElementById('kiosk-idle-warning');
    var banner = document.getElementById('kiosk-offline');
    var idleTimer = null;
    var warnTimer = null;

    function resetIdle() {
        clearTimeout(idleTimer);
        clearTimeout(warnTimer);
        if (warning) {
            warning.hidden = true;
        }
        if (atHome) {
            return;
        }
        warnTimer = setTimeout(function () {
            if (warning) {
                warning.hidden = false;
            }
        }, Math.max(0, idleMs - 10000));
        idleTimer = setTimeout(function () {
            window.location.assign(home);
        }, idleMs);
    }

    // Typing (also through an on-screen keyboard or input method) keeps a half-filled form on screen.
    ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll', 'input', 'change', 'focusin'].forEach(function (type) {
        window.addEventListener(type, resetIdle, {passive: true, capture: true});
    });
    resetIdle();

    function showOffline(offline) {
        if (banner) {
            banner.hidden = !offline;
        }
    }

    // Asks the server itself (the service worker lets this through): the page may have come from the cache.
    function checkNetwork() {
        if (!window.fetch) {
            return;
        }
        fetch(home + 'ping', {cache: 'no-store'}).then(function (response) {
            showOffline(!response.ok);
        }, function () {
            showOffline(true);
        });
    }

    window.addEventListener('offline', function () {
        showOffline(true);
    });
    window.addEventListener('online', checkNetwork);
    checkNetwork();
    setInterval(checkNetwork, 15000);

    // The receipt slip of a filed request: the button shows only when printing can work.
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
        if (window.print) {
            button.hidden = false;
            button.addEventListener('click', function () {
                window.print();
            });
        }
    });

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(home + 'sw.js', {scope: home}).catch(function () {
            // Without a service worker the kiosk still works; it just cannot show pages offline.
        });
    }
})();
