/*
 * When an ajax request cannot be answered because the sign-in must be renewed (Liberty answers with
 * a redirect to Keycloak, which an XMLHttpRequest cannot follow), reload the page as a whole: the
 * renewal then passes silently while the Keycloak session lives, or shows the login page. What the
 * user typed is kept in sessionStorage across the reload and put back, so nothing is lost.
 */
(function () {
  "use strict";
  var KEY = "casustafel.typed:" + location.pathname;

  function typedFields() {
    return document.querySelectorAll("input[type=text][id], input[type=search][id], textarea[id]");
  }

  function keepTypedAndReload() {
    var last = Number(sessionStorage.getItem(KEY + ":reloaded") || 0);
    if (Date.now() - last < 10000) { return; } // Reloading did not help: let PrimeFaces report it.
    sessionStorage.setItem(KEY + ":reloaded", String(Date.now()));
    var typed = {};
    typedFields().forEach(function (field) {
      if (field.value) { typed[field.id] = field.value; }
    });
    sessionStorage.setItem(KEY, JSON.stringify(typed));
    location.reload();
  }

  function restoreTyped() {
    var saved = sessionStorage.getItem(KEY);
    if (!saved) { return; }
    sessionStorage.removeItem(KEY);
    var typed = JSON.parse(saved);
    Object.keys(typed).forEach(function (id) {
      var field = document.getElementById(id);
      if (field) {
        field.value = typed[id];
        whenListening(field, 50, function () {
          // Let the component act on the value again, e.g. a table filter.
          jQuery(field).trigger("input").trigger("keyup");
        });
      }
    });
  }

  // Components bind their handlers after the page has loaded; wait for them (at most 5 s).
  function whenListening(field, triesLeft, then) {
    var events = window.jQuery && jQuery._data(field, "events");
    if ((events && (events.keyup || events.input)) || triesLeft <= 0) {
      setTimeout(then, 0);
    } else {
      setTimeout(function () { whenListening(field, triesLeft - 1, then); }, 100);
    }
  }

  // Any ajax answer that is not a Faces partial response means the request never reached the page.
  if (window.jQuery) {
    jQuery(document).on("pfAjaxError", function (event, xhr) {
      var xml = xhr && xhr.responseXML;
      if (!xml || !xml.getElementsByTagName("partial-response").length) { keepTypedAndReload(); }
    });
  }
  // After "load": the components have bound their handlers by then.
  if (document.readyState === "complete") {
    restoreTyped();
  } else {
    window.addEventListener("load", restoreTyped);
  }
})();
