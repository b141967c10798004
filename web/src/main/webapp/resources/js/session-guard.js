/*
 * When an ajax request cannot be answered because the sign-in must be renewed (Liberty answers with
 * a redirect to Keycloak, which an XMLHttpRequest cannot follow), reload the page as a whole: the
 * renewal then passes silently while the Keycloak session lives, or shows the login page.
 *
 * What the user typed is kept in sessionStorage across that one reload and nowhere else: written
 * only when the guard reloads, for the signed-in user (an opaque key the layout renders in
 * <meta name="casustafel-typed-owner">) and the full URL (path and query); given back once, on the
 * next load of that URL by that user, then deleted. A page of another user, or of nobody, deletes
 * all of it, and so does Afmelden: a client's name never reaches the next person on this tab.
 */
(function () {
  "use strict";
  var KEY = "casustafel.typed"; // One record: {owner, url, reloadedAt, typed}.
  var OWNER = ownerOfPage();
  var URL_HERE = location.pathname + location.search;

  function ownerOfPage() {
    var meta = document.querySelector("meta[name='casustafel-typed-owner']");
    return (meta && meta.getAttribute("content")) || "";
  }

  function typedFields() {
    return document.querySelectorAll("input[type=text][id], input[type=search][id], textarea[id]");
  }

  function readKept() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY));
    } catch (e) {
      return null; // Unreadable: forgetAll() below removes it.
    }
  }

  // Every key of ours, also those of older versions of this script ("casustafel.typed:/path").
  function forgetAll() {
    for (var i = sessionStorage.length - 1; i >= 0; i--) {
      var key = sessionStorage.key(i);
      if (key && key.indexOf(KEY) === 0) { sessionStorage.removeItem(key); }
    }
  }

  function keepTypedAndReload() {
    if (!OWNER) { return; } // Nobody signed in on this page: nothing to keep for anybody.
    var kept = readKept();
    if (kept && kept.owner === OWNER && kept.url === URL_HERE &&
        Date.now() - kept.reloadedAt < 10000) {
      return; // Reloading did not help: let PrimeFaces report it.
    }
    var typed = {};
    typedFields().forEach(function (field) {
      if (field.value) { typed[field.id] = field.value; }
    });
    forgetAll();
    sessionStorage.setItem(KEY, JSON.stringify(
        {owner: OWNER, url: URL_HERE, reloadedAt: Date.now(), typed: typed}));
    location.reload();
  }

  /**
   * Takes the typing kept for this user and this URL out of sessionStorage (null when there is
   * none). Only the moment of the reload stays, without any typing, to stop a reload loop.
   */
  function takeKept() {
    var kept = readKept();
    if (!kept || !OWNER || kept.owner !== OWNER || kept.url !== URL_HERE) {
      forgetAll(); // Another user, no user, another page, or nothing: nothing of it stays.
      return null;
    }
    forgetAll();
    sessionStorage.setItem(KEY, JSON.stringify(
        {owner: OWNER, url: URL_HERE, reloadedAt: kept.reloadedAt}));
    return kept.typed || null;
  }

  function putBack(typed) {
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
  // Afmelden (the header's sign-out link) forgets everything before the request leaves; the
  // capture phase runs before the link's own handler submits the form.
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[id='user:logout']")) { forgetAll(); }
  }, true);

  // Decided at once, before anything else runs on the page; put back after "load", when the
  // components have bound their handlers.
  var typed = takeKept();
  if (typed) {
    if (document.readyState === "complete") {
      putBack(typed);
    } else {
      window.addEventListener("load", function () { putBack(typed); });
    }
  }
})();
