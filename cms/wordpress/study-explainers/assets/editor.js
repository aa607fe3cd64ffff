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

  /** The element attributes the preview gets: the same rules as the server's markup. */
  function elementAttributes(widget, a) {
    var attrs = { lang: a.lang === 'en' || a.lang === 'es' ? a.lang : data.defaultLang };
    if (a.audience === 'clinician') attrs.audience = 'clinician';
    if (a.theme === 'light' || a.theme === 'dark') attrs.theme = a.theme;
    var level = a.headingLevel >= 2 && a.headingLevel <= 6 ? a.headingLevel : 2;
    if (level !== 3) attrs['heading-level'] = String(level);
    if (widget === 'mechanism-stepper') {
      if (a.step > 0) attrs.step = String(a.step);
      if (a.showAll) attrs['show-all'] = '';
    } else if (widget === 'study-arms-chart') {
      if (a.outcome) attrs.outcome = a.outcome;
      if (a.view === 'table' || a.view === 'panels') attrs.view = a.view;
      if (a.highlight) attrs.highlight = a.highlight;
    } else if (widget === 'evidence-badge') {
      if (a.variant === 'full') attrs.variant = 'full';
      if (a.open) attrs.open = '';
    }
    return attrs;
  }

  function commonControls(a, set) {
    return [
      select(
        __('Language', 'study-explainers'),
        a.lang || '',
        choices([
          ['', __('Site default', 'study-explainers')],
          ['en', 'English'],
          ['es', 'Español'],
        ]),
        function (value) {
          set({ lang: value });
        },
      ),
      select(
        __('Audience', 'study-explainers'),
        a.audience || 'patient',
        choices([
          ['patient', __('Patients and the public', 'study-explainers')],
          ['clinician', __('Clinicians', 'study-explainers')],
        ]),
        function (value) {
          set({ audience: value });
        },
      ),
      select(
        __('Theme', 'study-explainers'),
        a.theme || 'auto',
        choices([
          ['auto', __("Automatic (the reader's setting)", 'study-explainers')],
          ['light', __('Light', 'study-explainers')],
          ['dark', __('Dark', 'study-explainers')],
        ]),
        function (value) {
          set({ theme: value });
        },
      ),
      select(
        __('Heading level', 'study-explainers'),
        String(a.headingLevel || 2),
        [2, 3, 4, 5, 6].map(function (level) {
          return { value: String(level), label: 'H' + level };
        }),
        function (value) {
          set({ headingLevel: parseInt(value, 10) });
        },
        __("The widget's main heading. In a post, H2 unless it sits under a heading of the post.", 'study-explainers'),
      ),
    ];
  }

  function ownControls(widget, a, set) {
    if (widget === 'mechanism-stepper') {
      return [
        select(
          __('Starting step', 'study-explainers'),
          String(a.step || 0),
          data.steps.map(function (step, index) {
            return { value: String(index), label: index + 1 + '. ' + step.label };
          }),
          function (value) {
            set({ step: parseInt(value, 10) });
          },
        ),
        el(components.ToggleControl, {
          label: __('Show all steps', 'study-explainers'),
          checked: !!a.showAll,
          onChange: function (value) {
            set({ showAll: value });
          },
        }),
      ];
    }
    if (widget === 'study-arms-chart') {
      return [
        select(
          __('Outcome', 'study-explainers'),
          a.outcome || '',
          [{ value: '', label: __('All outcomes', 'study-explainers') }].concat(
            data.outcomes.map(function (outcome) {
              return { value: outcome.id, label: outcome.label };
            }),
          ),
          function (value) {
            set({ outcome: value });
          },
        ),
        select(
          __('View', 'study-explainers'),
          a.view || 'chart',
          choices([
            ['chart', __('Chart (at a glance)', 'study-explainers')],
            ['panels', __('Every outcome in full', 'study-explainers')],
            ['table', __('Table', 'study-explainers')],
          ]),
          function (value) {
            set({ view: value });
          },
        ),
        select(
          __('Highlight a group', 'study-explainers'),
          a.highlight || '',
          [{ value: '', label: __('None', 'study-explainers') }].concat(
            data.arms.map(function (arm) {
              return { value: arm.id, label: arm.label };
            }),
          ),
          function (value) {
            set({ highlight: value });
          },
        ),
      ];
    }
    return [
      select(
        __('Badge style', 'study-explainers'),
        a.variant || 'compact',
        choices([
          ['compact', __('Compact (details on demand)', 'study-explainers')],
          ['full', __('Full (details shown)', 'study-explainers')],
        ]),
        function (value) {
          set({ variant: value });
        },
      ),
      el(components.ToggleControl, {
        label: __('Details open at first', 'study-explainers'),
        checked: !!a.open,
        onChange: function (value) {
          set({ open: value });
        },
      }),
    ];
  }

  /** Registers the editor side of one block (called from blocks/<widget>/index.js). */
  window.studyExplainersRegisterBlock = function (widget) {
    var name = 'study-explainers/' + widget;
    if (wp.blocks.getBlockType(name)) return;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var a = props.attributes;
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
                commonControls(a, set),
                ownControls(widget, a, set),
              ),
            ),
          ),
          el(widget, elementAttributes(widget, a)),
        );
      },
      // Dynamic block: the server renders the element and its text fallback.
      save: function () {
        return null;
      },
    });
  };
})(window.wp, window.studyExplainersEditor);
