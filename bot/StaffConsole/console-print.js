// The console's print buttons: the page policy runs no inline script (no onclick), so they are wired here.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
