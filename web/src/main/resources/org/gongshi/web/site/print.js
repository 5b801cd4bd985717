// The print button of a request's confirmation (/board/{code}/requests/new after filing): shown only when
// this script runs, it prints the page, whose print styles keep the receipt slip alone. Without
// JavaScript the page says to use the browser's own print command.
(function () {
    'use strict';
    var button = document.getElementById('print-receipt');
    if (!button || !window.print) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        window.print();
    });
})();
