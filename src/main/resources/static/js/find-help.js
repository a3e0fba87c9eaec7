// Find help: fills the optional time zone field with the browser's own, so that opening times are
// shown in the visitor's time zone. Without JavaScript the field stays empty and the country's time
// zone is used; the page says which one.
(function () {
  var field = document.getElementById("timeZone");
  if (!field || field.value) {
    return;
  }
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      field.value = zone;
    }
  } catch (e) {
    // An old browser without Intl: the country's time zone applies.
  }
})();
