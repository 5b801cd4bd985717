// The reading-point kiosk's service worker, scope /kiosk/{code}/: pages network-first, and when the
// network is down the last copy this kiosk had (the page itself says since when).
'use strict';

var CACHE = 'gongshi-kiosk-v1';
var SCOPE = new URL(self.registration.scope).pathname;

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
        if (response.ok) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) {
                return cache.put(request, copy);
            });
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
