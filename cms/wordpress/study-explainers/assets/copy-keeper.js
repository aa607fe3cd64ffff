/* Study Explainers: the copy keeper. Loaded only for people who may post unfiltered HTML
 * (includes/copies.php), on a page where a widget had no drawn copy (a shortcode with other
 * settings, a block an author saved, a block whose settings no editor preview drew yet): once
 * such a widget has rendered, their browser serialises its shadow root (the embed builder's
 * serialiser) and sends it to the site, which keeps it for every widget with those settings, so
 * the next readers get the widget's box before the script runs. Plain browser JavaScript: no
 * build step. */
(function (config) {
  'use strict';
  if (!config || !window.fetch || !window.customElements) return;

  // Loaded at once: once it is, a widget is serialised in the task of its explainer-ready (a
  // settled promise's callbacks run before the next task).
  var serialiser = import(config.serialiser);
  // The REST nonce is asked for, not printed in the page, where a cache of logged-in pages could keep it.
  var nonce = null;
  var sent = {};
  // Widgets a reader has touched: what they show may no longer be what readers first get.
  var touched = [];
  ['pointerdown', 'keydown'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      touched.push(event.composedPath()[0]);
    }, true);
  });

  function warn(element) {
    return function (error) {
      // Readers then keep getting the text first: worth a line, not a stop.
      console.warn('[study-explainers] could not keep a copy of <' + element.localName + '> for the next readers: ' + (error && error.message));
    };
  }

  /** Whether the page shows the widget as it was drawn: not translated by the browser, not clicked inside. */
  function asDrawn(element) {
    if (/\btranslated-/.test(document.documentElement.className)) return false;
    return !touched.some(function (node) {
      return element === node || element.contains(node) || (element.shadowRoot && element.shadowRoot.contains(node));
    });
  }

  function send(element, html) {
    var key = element.getAttribute('data-study-explainers-copy');
    if (sent[key]) return;
    sent[key] = true;
    nonce = nonce || fetch(config.nonce, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('no REST nonce (' + response.status + ')');
      return response.text();
    });
    nonce
      .then(function (value) {
        return fetch(config.route, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': value },
          body: JSON.stringify({ key: key, html: html }),
        });
      })
      .then(function (response) {
        if (!response.ok) throw new Error('the site answered ' + response.status);
      })
      .catch(function (error) {
        sent[key] = false;
        warn(element)(error);
      });
  }

  function keep(element) {
    serialiser
      .then(function (loaded) {
        if (asDrawn(element)) send(element, loaded.declarativeShadowRoot(element));
      })
      .catch(warn(element));
  }

  function watch(element) {
    // Already drawn by the time this runs (its code was quicker), or once it is.
    if (window.customElements.get(element.localName) && element.shadowRoot && element.shadowRoot.querySelector('[part~="source"]')) {
      keep(element);
      return;
    }
    element.addEventListener('explainer-ready', function ready(event) {
      if (event.target !== element) return;
      element.removeEventListener('explainer-ready', ready);
      keep(element);
    });
  }

  // Only our widgets, as the server marked them: post content may carry a data-* attribute of its own.
  Array.prototype.forEach.call(document.querySelectorAll('[data-study-explainers-copy]'), function (element) {
    if (config.tags.indexOf(element.localName) >= 0) watch(element);
  });
})(window.studyExplainersCopyKeeper);
