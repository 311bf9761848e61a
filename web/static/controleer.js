// Controleer: show the chosen file's name beside the button (no inline script: the CSP forbids it).
document.addEventListener("DOMContentLoaded", function () {
  var input = document.getElementById("bestand");
  var name = document.getElementById("bestandsnaam");
  if (!input || !name) return;
  input.addEventListener("change", function () {
    name.textContent = input.files.length ? input.files[0].name : "geen bestand gekozen";
  });
});
