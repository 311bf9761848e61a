// Controleer: show the chosen file's name beside the button (no inline script: the CSP forbids it).
document.addEventListener("DOMContentLoaded", function () {
  var printer = document.getElementById("afdrukken");
  if (printer) {
    printer.hidden = false;  // only where scripts run: without them the browser's own print works
    printer.addEventListener("click", function () { window.print(); });
  }
  var input = document.getElementById("bestand");
  var name = document.getElementById("bestandsnaam");
  if (!input || !name) return;
  input.addEventListener("change", function () {
    name.textContent = input.files.length ? input.files[0].name : "geen bestand gekozen";
  });
});
