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

  // Loaded at once: a widget is serialised in the same task as its explainer-ready, before a
  // click can change what it shows.
  var serialiser = import(config.serialiser);
  var module = null;
  serialiser.then(function (loaded) {
    module = loaded;
  });

  function send(element, html) {
    fetch(config.route, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': config.nonce },
      body: JSON.stringify({ key: element.getAttribute('data-study-explainers-copy'), html: html }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('the site answered ' + response.status);
      })
      .catch(warn(element));
  }

  function warn(element) {
    return function (error) {
      // Readers then keep getting the text first: worth a line, not a stop.
      console.warn('[study-explainers] could not keep a copy of <' + element.localName + '> for the next readers: ' + (error && error.message));
    };
  }

  function keep(element) {
    var draw = function (loaded) {
      send(element, loaded.declarativeShadowRoot(element));
    };
    if (!module) {
      serialiser.then(draw).catch(warn(element));
      return;
    }
    try {
      draw(module);
    } catch (error) {
      warn(element)(error);
    }
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
