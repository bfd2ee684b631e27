import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/frenchTypography.ts';
import { typesetHtml } from '../../src/lib/typesetHtml.ts';

const ft = (text: string, context = {}) => frenchTypography(text, context);
/** Spaces made visible in failure messages. */
const show = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '⎵');

describe('frenchTypography: spaces before ? ! ; : and inside « »', () => {
  it('replaces the ordinary space: narrow before ? ! ;, no-break before :', () => {
    expect(show(ft('Et s’il tombe malade ? Je réponds : on l’a prévu ; tout va bien !'))).toBe(
      show(`Et s’il tombe malade${NNBSP}? Je réponds${NBSP}: on l’a prévu${NNBSP}; tout va bien${NNBSP}!`),
    );
  });

  it('adds the space where there is none, after a word', () => {
    expect(show(ft('Attention: départ demain! Vraiment? Oui; enfin.'))).toBe(
      show(`Attention${NBSP}: départ demain${NNBSP}! Vraiment${NNBSP}? Oui${NNBSP}; enfin.`),
    );
  });

  it('sets « » with no-break spaces, whether a space was there or not', () => {
    expect(show(ft('« merci », «bonjour»'))).toBe(show(`«${NBSP}merci${NBSP}», «${NBSP}bonjour${NBSP}»`));
  });

  it('treats a run of white space (a line break in the source) as one space', () => {
    expect(show(ft('vraiment\n  ?'))).toBe(show(`vraiment${NNBSP}?`));
  });

  it('keeps "?!" together and does not space a mark after an opening bracket', () => {
    expect(show(ft('Quoi?! (?)'))).toBe(show(`Quoi${NNBSP}?! (?)`));
  });
});

describe('frenchTypography: what it never touches', () => {
  it.each([
    ['a web address', 'Voir https://www.ofaj.org/programmes?id=3&x=1;y=2 pour tout savoir.'],
    ['an address without scheme', 'Le site www.example.fr/page?x=1 est à jour.'],
    ['an e-mail address', 'Écrivez à sophie.o\'neil@example.fr pour la convention.'],
    ['a time', 'Rendez-vous à 18:30 au portail.'],
    ['a ratio', 'Un ratio de 3:1 entre élèves et accompagnateurs.'],
    ['a mark inside a word', 'Le fichier a:b et la page?x restent tels quels.'],
  ])('%s', (_label, text) => {
    expect(ft(text)).toBe(text);
  });

  it('keeps an address intact but still sets the sentence around it', () => {
    expect(show(ft('Le site : https://x.fr/a?b=1 !'))).toBe(show(`Le site${NBSP}: https://x.fr/a?b=1${NNBSP}!`));
  });

  it('leaves a space at the start of a block alone (it is not shown)', () => {
    expect(ft(' : suite')).toBe(' : suite');
  });

  it('leaves text holding a private-use character (an icon) unchanged', () => {
    const text = '\ue001 Attention: x';
    expect(ft(text)).toBe(text);
  });
});

describe('frenchTypography: correct text, idempotence', () => {
  const correct = `Et s’il tombe malade${NNBSP}? Je réponds${NBSP}: «${NBSP}on l’a prévu${NBSP}» ; 150${NBSP}€ et 20${NBSP}%`.replace(' ;', `${NNBSP};`);

  it('leaves already-correct text unchanged, whichever no-break space it uses', () => {
    expect(ft(correct)).toBe(correct);
    // U+202F before ":" and inside « » (as src/i18n/ui.ts writes them) is kept, not swapped.
    const narrow = `Téléphone${NNBSP}: «${NNBSP}oui${NNBSP}»`;
    expect(ft(narrow)).toBe(narrow);
  });

  it.each([
    'Attention: départ à 18:30! « Vraiment » ? Oui ; voir https://x.fr/?a=1 : 3 500 € · 20 % · l\'école',
    "Aujourd'hui, «bonjour»! Écrivez à a.b@example.fr: merci ?",
  ])('setting twice gives the same text as once: %s', (text) => {
    const once = ft(text);
    expect(once).not.toBe(text);
    expect(ft(once)).toBe(once);
  });
});

describe('frenchTypography: separators, apostrophes, numbers', () => {
  it('keeps the separator "·" off the start of a line', () => {
    expect(show(ft('Lucas · CAPA Jardinier paysagiste · Espagne'))).toBe(show(`Lucas${NBSP}· CAPA Jardinier paysagiste${NBSP}· Espagne`));
  });

  it('turns the straight apostrophe between letters into the typographic one', () => {
    expect(ft("l'école d'aujourd'hui")).toBe('l’école d’aujourd’hui');
    expect(ft("'citation'")).toBe("'citation'");
  });

  it('keeps a number with its unit and its groups of digits together', () => {
    expect(show(ft('150 €, 20 %, 3 500 €, 12 km, 18 h 30'))).toBe(show(`150${NBSP}€, 20${NBSP}%, 3${NNBSP}500${NBSP}€, 12${NBSP}km, 18${NBSP}h${NBSP}30`));
    expect(ft('en 2024 120 élèves')).toBe('en 2024 120 élèves');
  });
});

describe('frenchTypography: neighbouring text (the text of the nodes on either side)', () => {
  it('adds the space before a mark whose word is in the previous node', () => {
    expect(show(ft(': la suite', { before: 'n' }))).toBe(show(`${NBSP}: la suite`));
  });

  it('replaces a trailing space when the mark is in the next node', () => {
    expect(show(ft('Vraiment ', { after: '?' }))).toBe(show(`Vraiment${NNBSP}`));
  });

  it('does not add a space before a mark followed by a word in the next node', () => {
    expect(ft('voir:', { after: 'x' })).toBe('voir:');
  });

  it('turns the apostrophe before a letter of the next node', () => {
    expect(ft("l'", { after: 'é' })).toBe('l’');
  });
});

const page = (body: string, lang = 'fr', head = '') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}<title>Essai</title></head><body>${body}</body></html>`;
const glossary = {
  fr: [
    { term: 'BTSA', expansion: 'brevet de technicien supérieur agricole' },
    { term: 'BTS', expansion: 'brevet de technicien supérieur' },
    { term: 'OFAJ', expansion: 'Office franco-allemand pour la jeunesse' },
  ],
  en: [{ term: 'BTSA', expansion: 'higher technician diploma in agriculture' }],
};

describe('typesetHtml: French pages only, text nodes only', () => {
  it('sets the text of a French page, entities included, and leaves an English page as it is', () => {
    // A changed node is written back with its characters (the &nbsp; already there is kept as one).
    const fr = typesetHtml(page('<main><p>Qu&#39;en pensez-vous ? Voir&nbsp;: ici &amp; là &lt;3</p></main>'));
    expect(fr).toContain(`<p>Qu’en pensez-vous${NNBSP}? Voir${NBSP}: ici &amp; là &lt;3</p>`);
    expect(typesetHtml(page('<p>Un texte sans rien à reprendre&nbsp;: &amp;</p>'))).toContain('<p>Un texte sans rien à reprendre&nbsp;: &amp;</p>');
    expect(typesetHtml(page('', 'fr', '<title>Page : essai</title>'))).toContain(`<title>Page${NBSP}: essai</title>`);
    const en = page('<main><p>What ? Yes : no.</p></main>', 'en');
    expect(typesetHtml(en)).toBe(en);
  });

  it('skips passages in English on a French page, and sets French passages of an English page', () => {
    expect(typesetHtml(page('<p lang="en">Ready ? Go !</p>'))).toContain('<p lang="en">Ready ? Go !</p>');
    expect(typesetHtml(page('<p>Quote: <q lang="fr">Prêt ? Partez !</q></p>', 'en'))).toContain(`<q lang="fr">Prêt${NNBSP}? Partez${NNBSP}!</q>`);
  });

  it('keeps scripts, styles, JSON-LD, code, URLs and data attributes byte for byte', () => {
    const head = '<meta http-equiv="content-security-policy" content="script-src \'sha256-abc\'"><script type="application/ld+json">{"name":"Qu\'est-ce ? : ;"}</script><style>a::before{content:" : "}</style>';
    const body = '<main data-pagefind-body><p data-pagefind-meta="title:Un titre ? Oui">Lancez <code>npm run build ; ls</code> ?</p><pre>a : b</pre><script>if (a ? b : c) x();</script><a href="https://x.fr/?a=1&amp;b=2">lien</a></main>';
    const html = page(body, 'fr', head);
    const out = typesetHtml(html);
    for (const part of [head, '<code>npm run build ; ls</code>', '<pre>a : b</pre>', '<script>if (a ? b : c) x();</script>', 'data-pagefind-meta="title:Un titre ? Oui"', 'href="https://x.fr/?a=1&amp;b=2"']) expect(out).toContain(part);
    expect(out).toContain(`</code>${NNBSP}?</p>`);
  });

  it('sets the attributes people read (alt, title, aria-label), keeping the others', () => {
    const out = typesetHtml(page('<img src="/a.webp" alt="Illustration : l\'école" data-x="a : b"><button aria-label="Fermer ?" title="Aide : ici">x</button>'));
    expect(out).toContain(`<img src="/a.webp" alt="Illustration${NBSP}: l’école" data-x="a : b">`);
    expect(out).toContain(`<button aria-label="Fermer${NNBSP}?" title="Aide${NBSP}: ici">`);
  });

  it('handles a space and its mark in different nodes, and a separator between spans', () => {
    const out = typesetHtml(page('<p><em>Vraiment</em> <strong>?</strong> <strong>Attention</strong>: oui</p><p><span>Léa</span> · <span>Irlande</span></p>'));
    expect(out).toContain(`<em>Vraiment</em>${NNBSP}<strong>?</strong> <strong>Attention</strong>${NBSP}: oui`);
    expect(out).toContain(`<span>Léa</span>${NBSP}· <span>Irlande</span>`);
  });

  it('does not join text across blocks', () => {
    const html = page('<p>Bonjour</p><p>: suite</p>');
    expect(typesetHtml(html)).toBe(html);
  });

  it('is idempotent on a whole page', () => {
    const html = page("<main><h1>Le BTSA ?</h1><p>Un BTSA, puis un BTS : l'OFAJ (Office franco-allemand pour la jeunesse) aide.</p><p>Le BTSA encore.</p></main><footer>EPLEFPA</footer>");
    const once = typesetHtml(html, { glossary });
    expect(once).not.toBe(html);
    expect(typesetHtml(once, { glossary })).toBe(once);
  });
});

describe('typesetHtml: acronyms spelled out at first use', () => {
  it('spells out the first use in the text, once, and not in headings or links', () => {
    const out = typesetHtml(page('<main><h1>Le BTSA</h1><p><a href="/x/">Un BTSA</a> puis un BTSA, et encore un BTSA.</p></main>'), { glossary });
    expect(out).toContain('<h1>Le BTSA</h1>');
    expect(out).toContain('<a href="/x/">Un BTSA</a>');
    expect(out).toContain('puis un <abbr title="brevet de technicien supérieur agricole">BTSA</abbr> (brevet de technicien supérieur agricole), et encore un BTSA.');
    expect(out.match(/<abbr/g)).toHaveLength(1);
  });

  it('tells BTS from BTSA, and leaves an acronym inside a word or an address alone', () => {
    const out = typesetHtml(page('<main><p>Un BTS. Voir BTSAX, www.ofaj.org/OFAJ et a@OFAJ.org.</p></main>'), { glossary });
    expect(out).toContain('<abbr title="brevet de technicien supérieur">BTS</abbr> (brevet de technicien supérieur).');
    expect(out).not.toContain('>BTSA<');
    expect(out).not.toContain('>OFAJ<');
  });

  it('counts an acronym already explained in brackets, or already in an <abbr>, as spelled out', () => {
    const out = typesetHtml(page('<main><p>L’OFAJ (Office franco-allemand pour la jeunesse) aide. L’OFAJ encore. <abbr title="x">BTSA</abbr>, puis BTSA.</p></main>'), { glossary });
    expect(out).not.toContain('<abbr title="Office');
    expect(out.match(/<abbr/g)).toHaveLength(1);
  });

  it('puts no brackets inside brackets, nor a second bracketed group in one phrase: the next use is spelled out', () => {
    const nested = typesetHtml(page('<main><p>Les aides (Région, OFAJ, Erasmus+) financent. L’OFAJ paie.</p></main>'), { glossary });
    expect(nested).toContain('<p>Les aides (Région, OFAJ, Erasmus+) financent. L’<abbr title="Office franco-allemand pour la jeunesse">OFAJ</abbr> (Office franco-allemand pour la jeunesse) paie.</p>');
    const twice = typesetHtml(page('<main><p>Le BTSA de Valbonne (Loire) recrute.</p><p>Un BTSA, deux ans.</p></main>'), { glossary });
    expect(twice).toContain('<p>Le BTSA de Valbonne (Loire) recrute.</p>');
    expect(twice).toContain('<p>Un <abbr title="brevet de technicien supérieur agricole">BTSA</abbr> (brevet de technicien supérieur agricole), deux ans.</p>');
    // A bracket after the end of the phrase is no obstacle, and a closed bracket before it neither.
    const apart = typesetHtml(page('<main><p>(Voir plus bas.) Le BTSA, en deux ans (après le bac).</p></main>'), { glossary });
    expect(apart).toContain('Le <abbr title="brevet de technicien supérieur agricole">BTSA</abbr> (brevet de technicien supérieur agricole), en deux ans (après le bac).');
  });

  it('spells nothing in a passage marked data-no-glossary (a postal address, a card’s byline): the next use is spelled out', () => {
    const out = typesetHtml(page('<main><p data-no-glossary>Léa, BTSA Viticulture</p><p>Le BTSA.</p></main>'), { glossary });
    expect(out).toContain('<p data-no-glossary>Léa, BTSA Viticulture</p>');
    expect(out).toContain('<p>Le <abbr title="brevet de technicien supérieur agricole">BTSA</abbr> (brevet de technicien supérieur agricole).</p>');
  });

  it('uses the English expansion on an English page, and spells nothing outside <main> and <footer>', () => {
    const out = typesetHtml(page('<header><p>BTSA</p></header><main><p>A BTSA abroad.</p></main>', 'en'), { glossary });
    expect(out).toContain('<header><p>BTSA</p></header>');
    expect(out).toContain('A <abbr title="higher technician diploma in agriculture">BTSA</abbr> (higher technician diploma in agriculture) abroad.');
  });

  it('escapes the expansion and spells nothing without a glossary', () => {
    const out = typesetHtml(page('<main><p>OFAJ</p></main>'), { glossary: { fr: [{ term: 'OFAJ', expansion: 'A & <B> "C"' }] } });
    expect(out).toContain('<abbr title="A &amp; <B> &quot;C&quot;">OFAJ</abbr> (A &amp; &lt;B&gt; "C")');
    const html = page('<main><p>OFAJ</p></main>');
    expect(typesetHtml(html)).toBe(html);
  });
});
