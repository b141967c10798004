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
        // Let the component act on it again (e.g. a table filter).
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      }
    });
  }

  // Any ajax answer that is not a Faces partial response means the request never reached the page.
  if (window.jQuery) {
    jQuery(document).on("pfAjaxError", function (event, xhr) {
      var xml = xhr && xhr.responseXML;
      if (!xml || !xml.getElementsByTagName("partial-response").length) { keepTypedAndReload(); }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", restoreTyped);
  } else {
    restoreTyped();
  }
})();
