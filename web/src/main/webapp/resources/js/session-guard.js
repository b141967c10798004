/*
 * When a request cannot be answered because the sign-in must be renewed, renew it first by loading
 * the page again as a whole: the renewal then passes silently while the Keycloak session lives, or
 * shows the login page. Two cases:
 * - an ajax request: Liberty answers with a redirect to Keycloak, which an XMLHttpRequest cannot
 *   follow; the page is loaded again and the typing put back;
 * - a form post (ajax="false"): Liberty would redirect it too and drop its body (its POST replay is
 *   off). So before a form is posted, the script asks /sign-in/alive whether the sign-in still
 *   holds; if not, the post is not sent, the page is loaded again, the typing put back and the user
 *   asked to check and send again. The post is sent once or not at all, never twice: while the
 *   question is out, and after the post left, the form sends nothing more.
 *
 * The page is loaded again at its own address with its view parameters (<meta name="casustafel-page">,
 * e.g. /case.xhtml?id=3), never by reloading a post.
 *
 * What the user typed is kept in sessionStorage across that one load and nowhere else: written only
 * when the guard loads the page again, for the signed-in user (an opaque key the layout renders in
 * <meta name="casustafel-typed-owner">) and the page's address; given back once, on the next load
 * of that address by that user, then deleted. A page of another user, or of nobody, deletes all of
 * it, and so does Afmelden: a client's name never reaches the next person on this tab. The one
 * exception is the page that says Keycloak cannot be reached (data-casustafel-sign-in-pending):
 * like Keycloak's own login page, it leaves the typing waiting for the sign-in, and its retry link
 * goes back to the page where it was typed.
 */
(function () {
  "use strict";
  var KEY = "casustafel.typed"; // One record: {owner, url, reloadedAt, typed, resubmit}.
  var STATE = "data-casustafel-post"; // On a form: "checking", "approved" or "sent".
  var REPEATABLE = "data-casustafel-repeatable"; // A form whose post does not leave the page (a download).
  var UNGUARDED_FORMS = ["user", "language"]; // The header's: Afmelden and the language never wait.
  var OWNER = meta("casustafel-typed-owner");
  var URL_HERE = meta("casustafel-page") || location.pathname + location.search;
  var ALIVE = meta("casustafel-sign-in-alive");
  var SIGN_IN_PENDING = !!document.querySelector("[data-casustafel-sign-in-pending]");

  function meta(name) {
    var element = document.querySelector("meta[name='" + name + "']");
    return (element && element.getAttribute("content")) || "";
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

  /**
   * Keeps the typing and loads the page again; false when it did not (nobody signed in, or it did
   * so for this page less than 10 s ago: loading again did not help).
   */
  function keepTypedAndReload(resubmit) {
    if (!OWNER) { return false; } // Nobody signed in on this page: nothing to keep for anybody.
    var kept = readKept();
    if (kept && kept.owner === OWNER && kept.url === URL_HERE &&
        Date.now() - kept.reloadedAt < 10000) {
      return false;
    }
    var typed = {};
    typedFields().forEach(function (field) {
      if (field.value) { typed[field.id] = field.value; }
    });
    forgetAll();
    sessionStorage.setItem(KEY, JSON.stringify({owner: OWNER, url: URL_HERE,
        reloadedAt: Date.now(), typed: typed, resubmit: !!resubmit}));
    location.replace(URL_HERE);
    return true;
  }

  /**
   * Takes what was kept for this user and this page out of sessionStorage (null when there is
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
    return kept;
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

  function showResubmitNotice() {
    var notice = document.getElementById("signed-out-notice");
    if (notice) { notice.hidden = false; }
  }

  // The sign-in holds unless Liberty answers with its redirect to Keycloak; no answer within 10 s,
  // or a failure, lets the post go: it will show for itself what is wrong.
  function signInAlive() {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, 10000) : null;
    return fetch(ALIVE, {credentials: "same-origin", redirect: "manual", cache: "no-store",
        signal: controller ? controller.signal : undefined})
      .then(function (response) {
        return response.type !== "opaqueredirect" && response.status !== 401;
      }, function () { return true; })
      .then(function (alive) { clearTimeout(timer); return alive; });
  }

  // Sends the post the check held back, as the user's click would have (with the button's name,
  // which tells Faces the action).
  function postAgain(form, submitter) {
    if (form.requestSubmit) {
      if (submitter && submitter.form === form) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
      return;
    }
    if (submitter && submitter.name) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = submitter.name;
      input.value = submitter.value;
      form.appendChild(input);
    }
    form.setAttribute(STATE, "sent"); // form.submit() passes no submit event by here.
    HTMLFormElement.prototype.submit.call(form);
  }

  function guardPost(event) {
    var form = event.target;
    if (!ALIVE || !OWNER || !window.fetch || !(form instanceof HTMLFormElement) ||
        UNGUARDED_FORMS.indexOf(form.id) >= 0) {
      return;
    }
    var state = form.getAttribute(STATE);
    if (state === "approved") { // The post the check let through: it leaves, once.
      if (form.hasAttribute(REPEATABLE)) { form.removeAttribute(STATE); } else { form.setAttribute(STATE, "sent"); }
      setTimeout(function () { if (event.defaultPrevented) { form.removeAttribute(STATE); } }, 0);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (state) { return; } // Being checked, or sent already: never twice.
    form.setAttribute(STATE, "checking");
    var submitter = event.submitter;
    signInAlive().then(function (alive) {
      if (!alive && keepTypedAndReload(true)) { return; }
      form.setAttribute(STATE, "approved");
      postAgain(form, submitter);
    });
  }

  // Any ajax answer that is not a Faces partial response means the request never reached the page.
  if (window.jQuery) {
    jQuery(document).on("pfAjaxError", function (event, xhr) {
      var xml = xhr && xhr.responseXML;
      if (!xml || !xml.getElementsByTagName("partial-response").length) { keepTypedAndReload(false); }
    });
  }
  // Capture phase: before any handler of the form itself sees the post.
  document.addEventListener("submit", guardPost, true);
  // Afmelden (the header's sign-out link) forgets everything before the request leaves; the
  // capture phase runs before the link's own handler submits the form.
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[id='user:logout']")) { forgetAll(); }
  }, true);

  function whenLoaded(then) {
    if (document.readyState === "complete") { then(); } else { window.addEventListener("load", then); }
  }

  if (SIGN_IN_PENDING) {
    // Keycloak cannot be reached: leave the typing for the sign-in, and retry where it was typed.
    var waiting = readKept();
    var retry = document.getElementById("sign-in-retry");
    if (waiting && retry && typeof waiting.url === "string" && /^\/(?![\/\\])/.test(waiting.url)) {
      retry.setAttribute("href", waiting.url);
    }
  } else {
    // Decided at once, before anything else runs on the page; put back after "load", when the
    // components have bound their handlers.
    var kept = takeKept();
    if (kept && (kept.typed || kept.resubmit)) {
      whenLoaded(function () {
        putBack(kept.typed || {});
        if (kept.resubmit) { showResubmitNotice(); }
      });
    }
  }
})();
