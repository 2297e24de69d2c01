import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AcuBookButton } from '../src/book-button/index.js';

/*
 * A same-origin iframe's document (an editor's canvas, a preview pane): a
 * widget connected there first, or moved there after rendering, keeps its
 * styles and renders, with no exception.
 */
describe('widgets in a same-origin iframe', () => {
  let frameDocument: Document;
  let errors: string[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.error));

  beforeEach(async () => {
    errors = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="preview"></iframe>`);
    frameDocument = frame.contentDocument!;
  });

  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  const styled = (button: AcuBookButton) => getComputedStyle(button.shadowRoot!.querySelector('[part=button]')!);

  it('renders, styled, when first connected in the iframe', async () => {
    const button = document.createElement('acu-book-button');
    button.href = 'https://clinic.example/book';
    frameDocument.body.append(button);
    await button.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(errors).to.deep.equal([]);
    expect(button.shadowRoot!.textContent).to.contain('Book an appointment');
    expect(styled(button).backgroundColor).to.equal('rgb(11, 107, 97)');
  });

  it('keeps its styles when moved into the iframe after rendering', async () => {
    const button = await fixture<AcuBookButton>(html`<acu-book-button href="https://clinic.example/book"></acu-book-button>`);
    expect(styled(button).backgroundColor).to.equal('rgb(11, 107, 97)');
    frameDocument.body.append(button);
    await button.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(styled(button).backgroundColor).to.equal('rgb(11, 107, 97)');
  });
});
