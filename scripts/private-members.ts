/**
 * The elements' private members that the script-tag bundle shortens to a
 * letter or two. Only names used nowhere but in our own classes belong here:
 * never a public property, a reactive property (Lit reads those names), a
 * name read as a string, or a name that DOM, Lit or @lit/context objects
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
  'headingTag', 'headingText', 'renderHeading', 'renderSubheading', 'clinicConsumer',
  // @lit/context's own bookkeeping, never read across copies (unlike the context-request event's fields).
  'pendingContextRequests', 'subscriptions', 'unsubscribe', 'updateObservers', 'onContextRequest', 'onContextProvider', 'onProviderRequest',
];

export const PRIVATE_MEMBERS = new RegExp(`^(${NAMES.join('|')})$`);
