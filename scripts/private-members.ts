/**
 * The elements' private members that the script-tag bundle shortens to a
 * letter or two. Only names used nowhere but in our own classes belong here:
 * never a public property or attribute, a reactive property whose name is
 * read as a string (`changed.has('items')`), a key of the text tables
 * (authors' `strings` overrides name them), a name read as a string, or a name that DOM, Lit or @lit/context objects
 * also have (`entries`, `strings`, `host`, `detail`, `provider`...), since
 * every property of that name in the bundle is renamed. A name missing from
 * the list only costs bytes; a wrong one breaks the bundle, which the e2e
 * tests on the built file would show.
 */
const NAMES = [
  'authorList', 'cached', 'stale', 'observer',
  'validItems', 'validLayout', 'validSteps', 'validOrientation', 'currentStep', 'readCurrent',
  'checkedSource', 'checkSource', 'validMode', 'validVariant', 'validSize', 'validProvider', 'forwardPatterns', 'readForwardParams',
  'providerName', 'behaviour', 'popup', 'hasSlottedLabel', 'onMessage', 'onClose', 'onClick', 'onDismiss', 'renderDialog',
  'reportedNoBooking', 'focusAfterRender', 'focusSoon', 'focusField', 'canBook', 'renderQuestion', 'renderResult',
  'headingTag', 'headingText', 'renderHeading', 'renderSubheading', 'clinicConsumer', 'box', 'seen', 'own',
  'active', 'question', 'readConfig', 'pick', 'emit', 'track', 'answered', 'askClinic', 'texts', 'custom', 'details', 'subscribers', 'waited', 'level', 'url', 'dialog', 'styleIn',
  // Internal reactive state (Lit reads these names only from the static properties block, renamed alike)
  // whose names are no text key: `strings` overrides name those keys as written.
  'invalid',
  // @lit/context's own bookkeeping, never read across copies (unlike the context-request event's fields).
  'pendingContextRequests', 'subscriptions', 'unsubscribe', 'updateObservers', 'onContextRequest', 'onContextProvider', 'onProviderRequest',
];

export const PRIVATE_MEMBERS = new RegExp(`^(${NAMES.join('|')})$`);
