import { expect } from '@open-wc/testing';
import { define } from '../src/shared/define.js';
import { VERSION } from '../src/shared/version.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

let count = 0;
const uniqueTag = () => `test-defined-${count++}`;
const versioned = (version: string) => class extends HTMLElement {
  static version = version;
};

describe('define()', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  it('registers a new tag', () => {
    const tag = uniqueTag();
    const element = versioned(VERSION);
    define(tag, element);
    expect(customElements.get(tag)).to.equal(element);
  });

  it('ignores a second copy of the same version silently (bundle loaded twice)', () => {
    const tag = uniqueTag();
    const first = versioned(VERSION);
    define(tag, first);
    expect(() => define(tag, versioned(VERSION))).not.to.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(spy.warnings).to.deep.equal([]);
  });

  it('keeps the first of two versions and warns once, naming both', () => {
    const tag = uniqueTag();
    const first = versioned('0.0.1');
    define(tag, first);
    expect(() => define(tag, versioned('9.9.9'))).not.to.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.contain(`<${tag}>`).and.contain('0.0.1').and.contain('9.9.9');
  });

  it('stamps the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
