import { expect } from '@open-wc/testing';
import { checkUrl } from '../src/shared/safe-url.js';
import { stringsFor } from '../src/shared/strings.js';

describe('checkUrl', () => {
  it('takes an address with a lone "%" as written instead of throwing on it', () => {
    expect(checkUrl('mailto:100%@clinic.example').url?.protocol).to.equal('mailto:');
    expect(checkUrl('mailto:100%').problem).to.match(/is not an email address/);
  });

  it('refuses what a patient must never be sent to', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'tel:', 'https://a:b@clinic.example/']) {
      expect(checkUrl(value).problem, value).to.be.a('string');
    }
  });
});

describe('stringsFor', () => {
  const table = { en: 'English', fr: 'Français' };

  it('finds a language by its tag or its primary subtag', () => {
    expect(stringsFor(table, 'fr-CA')).to.equal('Français');
    expect(stringsFor(table, 'FR')).to.equal('Français');
  });

  it("falls back to English for a name of Object.prototype's members rather than finding them", () => {
    for (const locale of ['constructor', '__proto__', 'toString', 'hasOwnProperty-x', 'valueOf']) {
      expect(stringsFor(table, locale), locale).to.equal('English');
    }
  });
});
