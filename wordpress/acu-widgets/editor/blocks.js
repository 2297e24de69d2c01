/*
 * The blocks in the editor: each shows the real widget (acu-widgets.js,
 * added to the editor canvas) and edits its attributes in the sidebar.
 * Plain script with WordPress's globals, so the plugin needs no build step.
 * What it saves is only the attributes: the server renders the markup.
 */
(function (wp, window) {
  'use strict';

  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { useBlockProps, InspectorControls } = wp.blockEditor;
  const { PanelBody, TextControl, TextareaControl, ToggleControl, SelectControl, Button, Placeholder, ExternalLink } = wp.components;
  const { __, sprintf } = wp.i18n;

  const data = window.acuWidgetsEditor || { clinic: {}, settingsUrl: '' };
  const SAFE_URL = /^(https?:|tel:|mailto:)/i;

  /** Element attributes from block attributes: kebab-case names, unset ones left out. */
  function elementAttributes(values) {
    const attributes = {};
    Object.keys(values).forEach((name) => {
      const value = values[name];
      if (value === undefined || value === null || value === false) return;
      attributes[name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())] = value === true ? '' : String(value);
    });
    return attributes;
  }

  /**
   * Readies a preview when React mounts it. The widgets' script is added to
   * the document the preview is in (the editor canvas, iframed or not) as a
   * module, once. The preview is inert: it is to look at and is edited in the
   * sidebar, so a click selects the block instead of following the booking
   * link or answering the checker, and keys typed into it never reach the
   * editor's shortcuts.
   */
  function setUpPreview(node) {
    if (!node) return;
    node.setAttribute('inert', '');
    const doc = node.ownerDocument;
    if (data.script && !doc.getElementById('acu-widgets-js')) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.id = 'acu-widgets-js';
      script.src = data.script;
      doc.head.appendChild(script);
    }
  }

  /** The widget inside <acu-clinic> with the clinic's details from the settings, as the page renders it. */
  function preview(tag, attributes, children) {
    return el('acu-clinic', Object.assign({ ref: setUpPreview }, data.clinic), el(tag, elementAttributes(attributes), children));
  }

  /** Focuses an element of the panel once React has re-rendered it (after a move or a removal). */
  function focusLater(panel, selector) {
    window.requestAnimationFrame(() => {
      const target = panel && panel.querySelector(selector);
      if (target) target.focus();
    });
  }

  function choice(value, label) {
    return { value, label };
  }

  function headingControls(attributes, setAttributes) {
    const shown = attributes.heading !== '';
    return [
      el(ToggleControl, {
        key: 'show',
        label: __('Show heading', 'acu-widgets'),
        checked: shown,
        onChange: (show) => setAttributes({ heading: show ? undefined : '' }),
      }),
      shown &&
        textControl(attributes, setAttributes, 'heading', { key: 'text', label: __('Heading', 'acu-widgets'), help: __('Leave empty for the built-in heading.', 'acu-widgets') }),
      el(SelectControl, {
        key: 'level',
        label: __('Heading level', 'acu-widgets'),
        help: __('Pick the level that fits your page’s outline.', 'acu-widgets'),
        value: String(attributes.headingLevel || 2),
        options: [2, 3, 4, 5, 6].map((level) => choice(String(level), sprintf(__('Heading %d', 'acu-widgets'), level))),
        onChange: (value) => setAttributes({ headingLevel: Number(value) }),
      }),
    ];
  }

  /** A select whose first option ('') leaves the attribute unset, so the element's default applies. */
  /** Sets an attribute from a field; an empty field removes it, so the element's default applies. */
  const setOrUnset = (setAttributes, name) => (value) => setAttributes({ [name]: value === '' ? undefined : value });

  /** A text field for an attribute. */
  function textControl(attributes, setAttributes, name, props) {
    return el(TextControl, { ...props, value: attributes[name] || '', onChange: setOrUnset(setAttributes, name) });
  }

  function keywordControl(attributes, setAttributes, name, label, options) {
    return el(SelectControl, {
      key: name,
      label,
      value: attributes[name] || '',
      options,
      onChange: setOrUnset(setAttributes, name),
    });
  }

  /**
   * The list of benefits or steps: a group of fields for each entry with
   * buttons to move it and remove it, and one to add an entry. Focus stays on
   * the button used, or moves to "Add" when its entry is gone.
   */
  function ListPanel(props) {
    const { entries, onChange, title, entryLabel, addLabel, withDuration, emptyHelp } = props;
    let panel = null;
    const keepPanel = (node) => {
      panel = node;
    };
    const update = (index, changes) => onChange(entries.map((entry, i) => (i === index ? Object.assign({}, entry, changes) : entry)));
    const move = (index, by, action) => {
      const next = entries.slice();
      const [entry] = next.splice(index, 1);
      next.splice(index + by, 0, entry);
      onChange(next);
      const target = index + by;
      const button = (action === 'up' && target === 0) || (action === 'down' && target === next.length - 1) ? (action === 'up' ? 'down' : 'up') : action;
      focusLater(panel, `[data-acu-entry="${target}"] [data-acu-action="${button}"]`);
    };
    const remove = (index) => {
      onChange(entries.filter((entry, i) => i !== index));
      focusLater(panel, '[data-acu-action="add"]');
    };

    return el(
      PanelBody,
      { title, initialOpen: true },
      el(
        'div',
        { ref: keepPanel },
        entries.length === 0 && el('p', { className: 'components-base-control__help' }, emptyHelp),
        entries.map((entry, index) => {
          const name = sprintf(entryLabel, index + 1);
          return el(
            'div',
            { key: index, role: 'group', 'aria-label': name, 'data-acu-entry': index, style: { borderTop: '1px solid #ddd', paddingTop: '8px', marginBottom: '8px' } },
            el('p', { style: { fontWeight: 600, margin: '0 0 8px' } }, name),
            el(TextControl, { label: __('Title', 'acu-widgets'), value: entry.title || '', onChange: (value) => update(index, { title: value }) }),
            el(TextareaControl, { label: __('Text', 'acu-widgets'), rows: 2, value: entry.text || '', onChange: (value) => update(index, { text: value }) }),
            withDuration &&
              el(TextControl, {
                label: __('How long (optional)', 'acu-widgets'),
                help: __('For example: 10 minutes', 'acu-widgets'),
                value: entry.duration || '',
                onChange: (value) => update(index, { duration: value === '' ? undefined : value }),
              }),
            el(
              'div',
              { style: { display: 'flex', flexWrap: 'wrap', gap: '4px' } },
              index > 0 &&
                el(Button, { variant: 'secondary', 'data-acu-action': 'up', onClick: () => move(index, -1, 'up') }, __('Move up', 'acu-widgets'), el('span', { className: 'screen-reader-text' }, ': ' + name)),
              index < entries.length - 1 &&
                el(Button, { variant: 'secondary', 'data-acu-action': 'down', onClick: () => move(index, 1, 'down') }, __('Move down', 'acu-widgets'), el('span', { className: 'screen-reader-text' }, ': ' + name)),
              el(Button, { variant: 'secondary', isDestructive: true, 'data-acu-action': 'remove', onClick: () => remove(index) }, __('Remove', 'acu-widgets'), el('span', { className: 'screen-reader-text' }, ': ' + name)),
            ),
          );
        }),
        el(
          Button,
          {
            variant: 'primary',
            'data-acu-action': 'add',
            onClick: () => {
              onChange(entries.concat([{ title: '', text: '' }]));
              focusLater(panel, `[data-acu-entry="${entries.length}"] input`);
            },
          },
          addLabel,
        ),
      ),
    );
  }

  /** The author list the element reads, as the server renders it: a leading <strong> is the title. */
  function authorList(tag, entries, withDuration) {
    const items = entries.filter((entry) => (entry.title || '').trim() || (entry.text || '').trim());
    if (items.length === 0) return null;
    return el(
      tag,
      null,
      items.map((entry, index) => {
        let text = (entry.text || '').trim();
        if (withDuration && entry.duration) text = (text + ' ' + sprintf(__('(%s)', 'acu-widgets'), entry.duration)).trim();
        const title = (entry.title || '').trim();
        return el('li', { key: index }, title && el('strong', null, title), title && text ? ' ' : null, text);
      }),
    );
  }

  /**
   * A widget block's editor: the heading controls and `settings` in the
   * sidebar's Settings panel, then any further `panels`, and the real widget
   * in the canvas.
   */
  function widgetEditor(attributes, setAttributes, settings, panels, widget) {
    return el(
      Fragment,
      null,
      el(InspectorControls, null, el(PanelBody, { title: __('Settings', 'acu-widgets') }, headingControls(attributes, setAttributes), settings), panels),
      el('div', useBlockProps(), widget),
    );
  }

  registerBlockType('acu-widgets/benefits', {
    edit({ attributes, setAttributes }) {
      const items = attributes.items || [];
      return widgetEditor(
        attributes,
        setAttributes,
        keywordControl(attributes, setAttributes, 'layout', __('Layout', 'acu-widgets'), [choice('', __('List', 'acu-widgets')), choice('grid', __('Grid of cards', 'acu-widgets'))]),
        el(ListPanel, {
          title: __('Benefits', 'acu-widgets'),
          entries: items,
          onChange: (next) => setAttributes({ items: next }),
          /* translators: %d: the benefit's position in the list. */
          entryLabel: __('Benefit %d', 'acu-widgets'),
          addLabel: __('Add a benefit', 'acu-widgets'),
          emptyHelp: __('No benefits of your own: the six built-in benefits for back pain are shown.', 'acu-widgets'),
        }),
        preview('acu-benefits', { heading: attributes.heading, headingLevel: attributes.headingLevel, layout: attributes.layout }, authorList('ul', items, false)),
      );
    },
    save: () => null,
  });

  registerBlockType('acu-widgets/who-it-helps', {
    edit({ attributes, setAttributes }) {
      return widgetEditor(attributes, setAttributes, null, null, preview('acu-who-it-helps', { heading: attributes.heading, headingLevel: attributes.headingLevel }));
    },
    save: () => null,
  });

  registerBlockType('acu-widgets/timeline', {
    edit({ attributes, setAttributes }) {
      const steps = attributes.steps || [];
      return widgetEditor(
        attributes,
        setAttributes,
        [
          keywordControl(attributes, setAttributes, 'orientation', __('Orientation', 'acu-widgets'), [
            choice('', __('Vertical', 'acu-widgets')),
            choice('horizontal', __('Horizontal (side by side where there is room)', 'acu-widgets')),
          ]),
          el(TextControl, {
            key: 'current',
            type: 'number',
            min: 1,
            label: __('Current step', 'acu-widgets'),
            help: __('The step to mark, 1 for the first. Leave empty to mark none.', 'acu-widgets'),
            value: attributes.current || '',
            onChange: (value) => {
              const step = parseInt(value, 10);
              setAttributes({ current: step >= 1 ? step : undefined });
            },
          }),
        ],
        el(ListPanel, {
          title: __('Steps', 'acu-widgets'),
          entries: steps,
          withDuration: true,
          onChange: (next) => setAttributes({ steps: next }),
          /* translators: %d: the step's position in the timeline. */
          entryLabel: __('Step %d', 'acu-widgets'),
          addLabel: __('Add a step', 'acu-widgets'),
          emptyHelp: __('No steps of your own: the five built-in steps of a first visit are shown.', 'acu-widgets'),
        }),
        preview('acu-timeline', { heading: attributes.heading, headingLevel: attributes.headingLevel, orientation: attributes.orientation, current: attributes.current }, authorList('ol', steps, true)),
      );
    },
    save: () => null,
  });

  registerBlockType('acu-widgets/book-button', {
    edit({ attributes, setAttributes }) {
      const href = (attributes.href || '').trim();
      const clinic = data.clinic || {};
      const target = href ? SAFE_URL.test(href) : Boolean(clinic['booking-url'] || clinic.phone || clinic.email);
      const settingsLink = data.settingsUrl ? el(ExternalLink, { href: data.settingsUrl }, __('Settings > Clinic widgets', 'acu-widgets')) : null;
      const help = href
        ? __('Starts with https://, http://, tel: or mailto:.', 'acu-widgets')
        : __('Leave empty to use the booking page, phone or email from Settings > Clinic widgets.', 'acu-widgets');
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Settings', 'acu-widgets') },
            textControl(attributes, setAttributes, 'label', { label: __('Label', 'acu-widgets'), placeholder: __('Book an appointment', 'acu-widgets') }),
            textControl(attributes, setAttributes, 'href', { type: 'url', label: __('Link to', 'acu-widgets'), help }),
            keywordControl(attributes, setAttributes, 'mode', __('Opens', 'acu-widgets'), [
              choice('', __('As a link', 'acu-widgets')),
              choice('new-tab', __('In a new tab', 'acu-widgets')),
              choice('popup', __('In a popup over the page', 'acu-widgets')),
              choice('floating', __('From a floating corner button', 'acu-widgets')),
            ]),
            keywordControl(attributes, setAttributes, 'provider', __('Booking system', 'acu-widgets'), [
              choice('', __('Recognise from the link', 'acu-widgets')),
              choice('jane', 'Jane'),
              choice('calendly', 'Calendly'),
              choice('calcom', 'Cal.com'),
              choice('acuity', 'Acuity'),
              choice('square', 'Square'),
              choice('mindbody', 'Mindbody'),
              choice('zocdoc', 'Zocdoc'),
              choice('simplepractice', 'SimplePractice'),
              choice('generic', __('Other', 'acu-widgets')),
            ]),
            keywordControl(attributes, setAttributes, 'variant', __('Style', 'acu-widgets'), [
              choice('', __('Primary', 'acu-widgets')),
              choice('secondary', __('Secondary', 'acu-widgets')),
              choice('outline', __('Outline', 'acu-widgets')),
            ]),
            keywordControl(attributes, setAttributes, 'size', __('Size', 'acu-widgets'), [
              choice('small', __('Small', 'acu-widgets')),
              choice('', __('Medium', 'acu-widgets')),
              choice('large', __('Large', 'acu-widgets')),
            ]),
            el(ToggleControl, {
              label: __('Full width', 'acu-widgets'),
              checked: Boolean(attributes.fullWidth),
              onChange: (value) => setAttributes({ fullWidth: value }),
            }),
          ),
        ),
        el(
          'div',
          useBlockProps(),
          target
            ? preview('acu-book-button', {
                href: href || undefined,
                label: attributes.label,
                mode: attributes.mode,
                provider: attributes.provider,
                variant: attributes.variant,
                size: attributes.size,
                fullWidth: attributes.fullWidth,
              })
            : el(
                Placeholder,
                {
                  icon: 'calendar-alt',
                  label: __('Book button', 'acu-widgets'),
                  instructions: href
                    ? __('This link cannot be used: it must start with https://, http://, tel: or mailto:.', 'acu-widgets')
                    : __('Where should the button take patients? Add your booking page, phone or email in Settings > Clinic widgets, or a link in this block’s settings.', 'acu-widgets'),
                },
                settingsLink,
              ),
        ),
      );
    },
    save: () => null,
  });
})(wp, window);
