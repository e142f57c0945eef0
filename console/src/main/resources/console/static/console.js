// Responder console: live updates and countdowns. Every page works without this file; with it,
// a page listens for the server's "change" events and swaps in its own <main> fetched again, and
// response-time and expiry countdowns tick. It never inserts HTML it did not get from the server.
(function () {
  "use strict";

  function plural(n, unit) {
    return n + unit;
  }

  function countdown(deadline, now) {
    var left = Math.round((deadline - now) / 1000);
    var late = left < 0;
    var s = Math.abs(left);
    var text =
      (s >= 3600 ? plural(Math.floor(s / 3600), "h ") : "") +
      plural(Math.floor((s % 3600) / 60), "m ") +
      plural(s % 60, "s");
    return late ? "overdue by " + text : text + " left";
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      var deadline = Date.parse(el.getAttribute("data-countdown"));
      if (!isNaN(deadline)) {
        el.textContent = countdown(deadline, now);
        el.classList.toggle("overdue", deadline < now);
      }
    });
  }

  var refreshing = false;
  function refresh() {
    // Do not replace a form someone is typing into.
    var active = document.activeElement;
    if (refreshing || (active && /INPUT|TEXTAREA|SELECT/.test(active.tagName))) {
      return;
    }
    refreshing = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        var current = document.getElementById("live");
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
          document.body.setAttribute("data-refreshed", String(Date.now()));
          tick();
        }
      })
      .catch(function () {})
      .then(function () {
        refreshing = false;
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    setInterval(tick, 1000);
    var url = document.body.getAttribute("data-live");
    if (url && window.EventSource) {
      var events = new EventSource(url);
      events.addEventListener("change", refresh);
      events.addEventListener("open", function () {
        document.body.setAttribute("data-live-connected", "true");
      });
    }
  });
})();
