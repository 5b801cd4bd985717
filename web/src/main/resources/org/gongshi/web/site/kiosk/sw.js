// The reading-point kiosk's service worker, scope /kiosk/{code}/: pages network-first, and when the
// network is down the last copy this kiosk had (the page itself says since when).
'use strict';

var CACHE = 'gongshi-kiosk-v1';
var SCOPE = new URL(self.registration.scope).pathname;
// A kiosk runs for months and every search is its own address: keep the most recent pages only.
var MAX_ENTRIES = 300;

function trim(cache) {
    return cache.keys().then(function (keys) {
        // Oldest first; the home screen and the script stay.
        var old = keys.filter(function (request) {
            var path = new URL(request.url).pathname;
            return path !== SCOPE && path !== SCOPE + 'kiosk.js';
        });
        return Promise.all(old.slice(0, Math.max(0, keys.length - MAX_ENTRIES)).map(function (request) {
            return cache.delete(request);
        }));
    });
}

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        return cache.addAll([SCOPE, SCOPE + 'kiosk.js']);
    }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf(SCOPE) !== 0
            || url.pathname === SCOPE + 'ping' || url.pathname === SCOPE + 'sw.js') {
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        // Pages marked no-store (the request forms, a receipt with its access code) are never kept.
        if (response.ok && !/no-store/.test(response.headers.get('Cache-Control') || '')) {
            var copy = response.clone();
            event.waitUntil(caches.open(CACHE).then(function (cache) {
                // Delete first, so that a page seen again counts as the newest.
                return cache.delete(request).then(function () {
                    return cache.put(request, copy);
                }).then(function () {
                    return trim(cache);
                });
            }));
        }
        return response;
    }, function () {
        return caches.match(request).then(function (cached) {
            if (cached) {
                return cached;
            }
            // A page never seen before: the home screen is better than the browser's error page.
            return request.mode === 'navigate' ? caches.match(SCOPE).then(function (home) {
                return home || Response.error();
            }) : Response.error();
        });
    }));
});
