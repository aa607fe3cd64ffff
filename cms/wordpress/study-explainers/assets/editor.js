/* Study Explainers: the block editor side of the three blocks. Plain browser JavaScript on
 * the wp.* globals (no build step, no JSX). The block settings (attributes, title, icon)
 * come from each block.json through the server; this file adds the sidebar controls and a
 * live preview that is the real widget (the classic bundle is loaded in the editor). */
(function (wp, data) {
  'use strict';

  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  data = data || { steps: [], outcomes: [], arms: [], defaultLang: 'en' };

  function choices(pairs) {
    return pairs.map(function (pair) {
      return { value: pair[0], label: pair[1] };
    });
  }

  function select(label, value, options, onChange, help) {
    return el(components.SelectControl, { label: label, value: value, options: options, onChange: onChange, help: help });
  }

  var LEVELS = [2, 3, 4, 5, 6];

  function ids(list) {
    return list.map(function (item) {
      return item.id;
    });
  }

  /**
   * A block attribute as the server's render receives it. WordPress checks each value against
   * block.json with its REST rules (rest_validate_value_from_schema): a whole number or a string
   * of digits passes as an integer; true, false, 1, 0 and those words as strings pass as a
   * boolean; anything else is dropped (the default applies).
   */
  function wholeNumber(value) {
    if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
    return typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  }

  function flag(value) {
    // The plugin then reads "true" and "1" (any case) as on, "false" and "0" as off.
    return value === true || value === 1 || (typeof value === 'string' && ['true', '1'].indexOf(value.toLowerCase()) >= 0);
  }

  /**
   * The settings as the server reads them (includes/options.php): anything the server would
   * drop falls back to its default here too, so the preview shows what the page will show.
   */
  function cleanSettings(a) {
    // The server trims text values (and lowercases the language); the heading level it compares as is.
    var text = function (value) {
      return typeof value === 'string' ? value.trim() : '';
    };
    var lang = text(a.lang).toLowerCase();
    var level = wholeNumber(a.headingLevel);
    var step = wholeNumber(typeof a.step === 'string' ? a.step.trim() : a.step);
    return {
      lang: lang === 'en' || lang === 'es' ? lang : '',
      audience: text(a.audience) === 'clinician' ? 'clinician' : 'patient',
      theme: text(a.theme) === 'light' || text(a.theme) === 'dark' ? text(a.theme) : 'auto',
      headingLevel: LEVELS.indexOf(level) >= 0 ? level : 2,
      step: step >= 0 && step < data.steps.length ? step : 0,
      showAll: flag(a.showAll),
      outcome: ids(data.outcomes).indexOf(text(a.outcome)) >= 0 ? text(a.outcome) : '',
      view: text(a.view) === 'table' || text(a.view) === 'panels' ? text(a.view) : 'chart',
      highlight: ids(data.arms).indexOf(text(a.highlight)) >= 0 ? text(a.highlight) : '',
      variant: text(a.variant) === 'full' ? 'full' : 'compact',
      open: flag(a.open),
    };
  }

  /** The element attributes the preview gets: the same rules as the server's markup. */
  function elementAttributes(widget, c) {
    var attrs = { lang: c.lang || data.defaultLang };
    if (c.audience === 'clinician') attrs.audience = 'clinician';
    if (c.theme !== 'auto') attrs.theme = c.theme;
    if (c.headingLevel !== 3) attrs['heading-level'] = String(c.headingLevel);
    if (widget === 'mechanism-stepper') {
      if (c.step > 0) attrs.step = String(c.step);
      if (c.showAll) attrs['show-all'] = '';
    } else if (widget === 'study-arms-chart') {
      if (c.outcome) attrs.outcome = c.outcome;
      if (c.view === 'table' || c.view === 'panels') attrs.view = c.view;
      if (c.highlight) attrs.highlight = c.highlight;
    } else if (widget === 'evidence-badge') {
      if (c.variant === 'full') attrs.variant = 'full';
      if (c.open) attrs.open = '';
    }
    return attrs;
  }

  function toggle(label, checked, onChange, help) {
    return el(components.ToggleControl, { label: label, checked: checked, onChange: onChange, help: help });
  }

  /** Controls every widget has. `c` holds the cleaned settings, so each control shows what the page will use. */
  function commonControls(c, set) {
    return [
      select(
        __('Language', 'study-explainers'),
        c.lang,
        choices([
          ['', __('Site default', 'study-explainers')],
          ['en', 'English'],
          ['es', 'Español'],
        ]),
        function (value) {
          set({ lang: value });
        },
        __("The language of the widget and its text version. Site default follows the site's language (English if the widget does not speak it).", 'study-explainers'),
      ),
      select(
        __('Audience', 'study-explainers'),
        c.audience,
        choices([
          ['patient', __('Patients and the public', 'study-explainers')],
          ['clinician', __('Clinicians', 'study-explainers')],
        ]),
        function (value) {
          set({ audience: value });
        },
        __('Who the wording is written for: plain language, or the terms clinicians use.', 'study-explainers'),
      ),
      select(
        __('Theme', 'study-explainers'),
        c.theme,
        choices([
          ['auto', __("Automatic (the reader's setting)", 'study-explainers')],
          ['light', __('Light', 'study-explainers')],
          ['dark', __('Dark', 'study-explainers')],
        ]),
        function (value) {
          set({ theme: value });
        },
        __("Light or dark colours. Automatic follows the reader's device setting.", 'study-explainers'),
      ),
      select(
        __('Heading level', 'study-explainers'),
        String(c.headingLevel),
        LEVELS.map(function (level) {
          return { value: String(level), label: 'H' + level };
        }),
        function (value) {
          var level = parseInt(value, 10);
          set({ headingLevel: LEVELS.indexOf(level) >= 0 ? level : 2 });
        },
        __("The widget's main heading. In a post, H2 unless it sits under a heading of the post.", 'study-explainers'),
      ),
    ];
  }

  function ownControls(widget, c, set) {
    if (widget === 'mechanism-stepper') {
      return [
        select(
          __('Starting step', 'study-explainers'),
          String(c.step),
          data.steps.map(function (step, index) {
            return { value: String(index), label: index + 1 + '. ' + step.label };
          }),
          function (value) {
            var step = parseInt(value, 10);
            set({ step: step >= 0 && step < data.steps.length ? step : 0 });
          },
          __('The step readers see first. They can still go through every step.', 'study-explainers'),
        ),
        toggle(
          __('Show all steps', 'study-explainers'),
          c.showAll,
          function (value) {
            set({ showAll: value });
          },
          __('Lists every step with its picture at once, instead of one step at a time.', 'study-explainers'),
        ),
      ];
    }
    if (widget === 'study-arms-chart') {
      return [
        select(
          __('Outcome', 'study-explainers'),
          c.outcome,
          [{ value: '', label: __('All outcomes', 'study-explainers') }].concat(
            data.outcomes.map(function (outcome) {
              return { value: outcome.id, label: outcome.label };
            }),
          ),
          function (value) {
            set({ outcome: ids(data.outcomes).indexOf(value) >= 0 ? value : '' });
          },
          __('Show one result of the study, or all of them.', 'study-explainers'),
        ),
        select(
          __('View', 'study-explainers'),
          c.view,
          choices([
            ['chart', __('Chart (at a glance)', 'study-explainers')],
            ['panels', __('Every outcome in full', 'study-explainers')],
            ['table', __('Table', 'study-explainers')],
          ]),
          function (value) {
            set({ view: value });
          },
          __('Bars or a table with the same numbers.', 'study-explainers'),
        ),
        select(
          __('Highlight a group', 'study-explainers'),
          c.highlight,
          [{ value: '', label: __('None', 'study-explainers') }].concat(
            data.arms.map(function (arm) {
              return { value: arm.id, label: arm.label };
            }),
          ),
          function (value) {
            set({ highlight: ids(data.arms).indexOf(value) >= 0 ? value : '' });
          },
          __('One treatment group stands out in every panel and in the table.', 'study-explainers'),
        ),
      ];
    }
    var controls = [
      select(
        __('Badge style', 'study-explainers'),
        c.variant,
        choices([
          ['compact', __('Compact (details on demand)', 'study-explainers')],
          ['full', __('Full (details shown)', 'study-explainers')],
        ]),
        function (value) {
          // The full badge always shows its details: "open" would be a hidden setting with no effect.
          set(value === 'full' ? { variant: value, open: false } : { variant: value });
        },
        __('Compact is one line that readers can open; full shows the details at once.', 'study-explainers'),
      ),
    ];
    // "Details open at first" only changes the compact badge.
    if (c.variant === 'compact') {
      controls.push(
        toggle(
          __('Details open at first', 'study-explainers'),
          c.open,
          function (value) {
            set({ open: value });
          },
          __('The compact badge starts with its details shown. Readers can close them.', 'study-explainers'),
        ),
      );
    }
    return controls;
  }

  /** Registers the editor side of one block (called from blocks/<widget>/index.js). */
  window.studyExplainersRegisterBlock = function (widget) {
    var name = 'study-explainers/' + widget;
    if (wp.blocks.getBlockType(name)) return;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var c = cleanSettings(props.attributes);
        var set = props.setAttributes;
        var blockProps = blockEditor.useBlockProps({ className: 'study-explainer' });
        return el(
          'div',
          blockProps,
          el(
            blockEditor.InspectorControls,
            null,
            // Controls as separate arguments, not an array: no React keys needed.
            el.apply(
              null,
              [components.PanelBody, { title: __('Widget settings', 'study-explainers'), initialOpen: true }].concat(
                commonControls(c, set),
                ownControls(widget, c, set),
              ),
            ),
          ),
          el(widget, elementAttributes(widget, c)),
        );
      },
      // Dynamic block: the server renders the element and its text fallback.
      save: function () {
        return null;
      },
    });
  };
})(window.wp, window.studyExplainersEditor);
