/*
 * The posts the tests save, as an Author, a Contributor or an Administrator
 * would: block markup as the block editor serialises it, a classic post with
 * shortcodes, and the README's Custom HTML snippet with hostile extras.
 * Each post says what its widgets must show, so the page checks know what
 * "the Author's list, not the defaults" means on it.
 */

export const BOOKING_URL = 'https://riverside-acupuncture.example/book';

/** What the Administrator types into Settings > Clinic widgets. */
export const CLINIC = {
  name: 'Riverside Acupuncture',
  booking_url: BOOKING_URL,
  phone: '+44 20 7946 0000',
  email: 'hello@riverside-acupuncture.example',
  locale: 'en-GB',
};

const BENEFITS = [
  { title: 'Back pain', text: 'Short-term relief for many people.' },
  { title: 'Better sleep', text: 'Many patients say they sleep better.' },
  { title: 'Time to rest', text: 'An hour that is yours alone.' },
];
const STEPS = [
  { title: 'Welcome', text: 'We talk about your health.', duration: '10 min' },
  { title: 'Treatment', text: 'Fine needles, lying comfortably.', duration: '30 min' },
  { title: 'Next steps', text: 'A plan that suits you.', duration: '5 min' },
];
export const LABEL = 'Book your first visit';

/** A block comment exactly as Gutenberg's serializer writes one (its escapes keep HTML out of the comment). */
export function block(name, attributes) {
  if (!attributes) return `<!-- wp:${name} /-->`;
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:${name} ${json} /-->`;
}

const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const listItems = (items) => items.map(({ title, text }) => `<li><strong>${title}</strong> ${text}</li>`).join('\n');

/*
 * Each post opens with two paragraphs (their distance is the theme's spacing
 * between blocks) and mixes widgets next to widgets and next to paragraphs.
 */
export const POSTS = {
  block: {
    title: 'Block post',
    by: 'author',
    content: [
      paragraph('First paragraph of the block post.'),
      paragraph('Second paragraph of the block post.'),
      block('acu-widgets/benefits', { heading: 'Why patients come to us', headingLevel: 2, items: BENEFITS }),
      paragraph('Between the benefits and the checker.'),
      block('acu-widgets/who-it-helps'),
      block('acu-widgets/timeline', { steps: STEPS }),
      block('acu-widgets/book-button', { label: LABEL }),
      paragraph('Closing paragraph of the block post.'),
    ].join('\n\n'),
    expect: { benefits: BENEFITS, steps: STEPS, label: LABEL, heading: 'Why patients come to us' },
  },
  classic: {
    title: 'Classic post',
    by: 'author',
    // No block markup at all: what the classic editor saves, wpautop and all.
    content: `First paragraph of the classic post.

Second paragraph of the classic post.

[acu_benefits heading="Why patients come to us" heading-level="2"]
<ul>
${listItems(BENEFITS)}
</ul>
[/acu_benefits]

Between the benefits and the checker.

[acu_who_it_helps]

[acu_timeline]
<ol>
${listItems(STEPS)}
</ol>
[/acu_timeline]

[acu_book_button label="${LABEL}"]

Closing paragraph of the classic post.`,
    expect: { benefits: BENEFITS, steps: STEPS, label: LABEL, heading: 'Why patients come to us' },
  },
};

/*
 * The README's Custom HTML snippet (no script line: the plugin adds it), with
 * what an attacker would add. kses keeps the text of a <script> it removes,
 * so the script sits in a paragraph, where that text changes no spacing; so
 * does the hostile button (a button inside a line of text).
 */
const htmlSnippet = (who) => `<!-- wp:html -->
<acu-clinic name="${CLINIC.name}" booking-url="${BOOKING_URL}" phone="${CLINIC.phone}">
  <acu-benefits heading="What it may help with" heading-level="2" layout="grid" onmouseover="alert(1)">
    <ul>
      ${listItems(BENEFITS.slice(0, 2))}
      <li><strong>${BENEFITS[2].title}</strong> ${BENEFITS[2].text}<img src="/wp-includes/images/blank.gif" alt="" onerror="alert('img in ${who} post')"></li>
    </ul>
  </acu-benefits>
  <acu-who-it-helps heading="Is it for you?"></acu-who-it-helps>
  <acu-timeline orientation="vertical" current="1"></acu-timeline>
  <acu-book-button label="Book now" variant="secondary" size="large"></acu-book-button>
</acu-clinic>
<p>Last paragraph of the snippet. <acu-book-button href="javascript:alert('href in ${who} post')" onclick="alert(2)" label="Hostile button"></acu-book-button><script>alert('script in ${who} post')</script></p>
<!-- /wp:html -->`;

for (const who of ['author', 'contributor']) {
  POSTS[`html-${who}`] = {
    title: `Custom HTML post by the ${who}`,
    by: who,
    content: [
      paragraph(`First paragraph of the ${who}'s Custom HTML post.`),
      paragraph(`Second paragraph of the ${who}'s Custom HTML post.`),
      htmlSnippet(who),
      paragraph(`Closing paragraph of the ${who}'s Custom HTML post.`),
    ].join('\n\n'),
    expect: { benefits: BENEFITS, label: 'Book now', hostileLabel: 'Hostile button', heading: 'What it may help with' },
  };
}

/** Block attributes as an attacker would write them by hand in the code editor. */
const INJECTION = [
  block('acu-widgets/benefits', {
    heading: '<script>alert("heading")</script>Benefits"><img src=x onerror=alert("heading-img")>',
    headingLevel: '3 onclick=alert(1)',
    layout: 'grid" onmouseover="alert(2)',
    items: [{ title: '<img src=x onerror=alert("title")>', text: '</li></ul><script>alert("text")</script>' }],
  }),
  block('acu-widgets/who-it-helps', { heading: '<iframe src="javascript:alert(3)"></iframe>' }),
  block('acu-widgets/timeline', {
    orientation: '"><svg onload=alert(4)>',
    steps: [{ title: '<svg onload=alert("step")>', text: 'Text', duration: '"><script>alert("duration")</script>' }],
  }),
  block('acu-widgets/book-button', {
    href: 'javascript:alert("href")',
    label: '"><img src=x onerror=alert("label")>',
    mode: 'popup" onclick="alert(5)',
    provider: '<script>alert(6)</script>',
  }),
];

for (const who of ['author', 'admin']) {
  POSTS[`injection-${who}`] = {
    title: `Block attributes from the ${who} with markup in them`,
    by: who,
    content: [
      paragraph(`First paragraph of the ${who}'s injection post.`),
      paragraph(`Second paragraph of the ${who}'s injection post.`),
      ...INJECTION,
      paragraph(`Closing paragraph of the ${who}'s injection post.`),
    ].join('\n\n'),
    expect: { hostile: true },
  };
}

POSTS.plain = {
  title: 'A post without widgets',
  by: 'author',
  content: [paragraph('First paragraph of a post without widgets.'), paragraph('Second paragraph of a post without widgets.')].join('\n\n'),
  expect: { none: true },
};
