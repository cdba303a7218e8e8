import { expect, test } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../../core/exchange/markdown';
import { fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

test('writes a report per article with each claim, verdict, note, tags and sources', () => {
  expect(toMarkdown(fakeBundle())).toBe(
    [
      '# Factmark report',
      '',
      '## Budget: what the minister said',
      '',
      '<https://news.example.org/2024/05/budget>',
      '',
      '> Unemployment fell by 40% last year.',
      '',
      '**Verdict:** Mostly false',
      '',
      'Checked on 2 May 2024, updated on 3 May 2024',
      '',
      'The figure is 4%, not 40%.',
      '',
      'Tags: economy, figures',
      '',
      'Sources:',
      '',
      '- [Official unemployment figures](<https://stats.example.gov/unemployment>) (refutes) — “Unemployment fell by 4%.”',
      '',
    ].join('\n'),
  );
});

test('writes the export date, and each check’s dates and author, in English', () => {
  const report = toMarkdown(fakeBundle({ author: 'jdoe' }), { exportedAt: '2024-06-01T00:00:00.000Z' });
  expect(report).toContain('# Factmark report\n\nExported on 1 June 2024\n\n## ');
  expect(report).toContain('\n\nChecked on 2 May 2024, updated on 3 May 2024, by jdoe\n\n');
});

test('in French, an update on the same day is not repeated', () => {
  const report = toMarkdown(fakeBundle({ updatedAt: '2024-05-02T23:59:00.000Z' }), {
    locale: 'fr',
    authorName: ' Jeanne Martin ',
  });
  expect(report).toContain('\n\nVérifié le 2 mai 2024, par Jeanne Martin\n\n');
  expect(report).not.toContain('mis à jour');
});

test('a desk author wins over the settings’ name; a report without either names nobody', () => {
  expect(toMarkdown(fakeBundle({ author: 'desk-member' }), { authorName: 'Settings Name' })).toContain(
    ', by desk-member',
  );
  expect(toMarkdown(fakeBundle())).not.toMatch(/, by /u);
});

test('orders claims by position and uses French labels', () => {
  const bundle = {
    articles: [fakeArticle({ title: '' })],
    claims: [
      fakeClaim(),
      fakeClaim({
        id: 'claim-0',
        text: 'Earlier claim.',
        position: { type: 'TextPositionSelector', start: 1, end: 15 },
      }),
    ],
    factChecks: [
      fakeFactCheck(),
      fakeFactCheck({ id: 'fc-0', claimId: 'claim-0', verdict: null, note: '', tags: [], sources: [] }),
    ],
  };
  const report = toMarkdown(bundle, { locale: 'fr' });
  expect(report).toContain('# Rapport Factmark\n\n## https://news.example.org/2024/05/budget');
  expect(report.indexOf('Earlier claim.')).toBeLessThan(report.indexOf('Unemployment'));
  expect(report).toContain('**Verdict :** pas encore de verdict');
  expect(report).toContain('**Verdict :** Plutôt faux');
  expect(report).toContain('Étiquettes : ');
  expect(report).toContain('Sources :\n');
  expect(report).toContain('(réfute)');
});

test("the headline's claim first, saying so in the report's language, whatever its position", () => {
  const bundle = {
    articles: [fakeArticle()],
    claims: [
      fakeClaim({ position: { type: 'TextPositionSelector', start: 0, end: 36 } }),
      fakeClaim({
        id: 'claim-title',
        text: 'Budget: the minister doubles the deficit',
        position: { type: 'TextPositionSelector', start: 8, end: 48 },
        place: 'title',
      }),
    ],
    factChecks: [fakeFactCheck(), fakeFactCheck({ id: 'fc-title', claimId: 'claim-title' })],
  };
  const english = toMarkdown(bundle);
  expect(english).toContain('\n\n*In the headline*\n\n> Budget: the minister doubles the deficit\n\n');
  expect(english.indexOf('doubles the deficit')).toBeLessThan(english.indexOf('Unemployment fell'));
  expect(english.match(/In the headline/gu)).toHaveLength(1);
  expect(toMarkdown(bundle, { locale: 'fr' })).toContain('*Dans le titre*\n\n> Budget');
});

test.each([
  ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
  ['![img](https://evil.example/x.png)', '\\!\\[img\\](https://evil.example/x.png)'],
  ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
  ['&lt;b&gt;', '\\&lt;b\\&gt;'],
  ['*bold* _em_ `code` ~~x~~ | a |', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~x\\~\\~ \\| a \\|'],
  ['# Heading', '\\# Heading'],
  ['- item\n+ item\n1. item\n2) item', '\\- item\n\\+ item\n1\\. item\n2\\) item'],
  ['title\n===', 'title\n\\==='],
  ['    indented code', 'indented code'],
  ['back\\slash', 'back\\\\slash'],
  ['Plain text, 40% (roughly).', 'Plain text, 40% (roughly).'],
])('escapeMarkdown(%j)', (text, escaped) => {
  expect(escapeMarkdown(text)).toBe(escaped);
});

test('keeps hostile text in the report inert', () => {
  const note = 'See [here](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\nline two';
  const report = toMarkdown(
    fakeBundle({
      note,
      sources: [{ url: 'https://a.example/a)b<c', title: '](javascript:x)', stance: 'context' }],
    }),
  );
  expect(report).toContain(
    'See \\[here\\](javascript:alert(1))\n\n\\<img src=x onerror=alert(1)\\>\\\nline two',
  );
  expect(report).toContain('- [\\](javascript:x)](<https://a.example/a)b%3Cc>) (context)');
});

test.each([
  ['en', '**Changed since you checked it. The verdict was given to the text above; the page now reads:**'],
  [
    'fr',
    '**Modifié depuis votre vérification. Le verdict porte sur le texte ci-dessus ; la page dit maintenant :**',
  ],
] as const)(
  'a claim changed since it was checked shows the text as checked, then as it reads now (%s)',
  (locale, line) => {
    const bundle = {
      ...fakeBundle(),
      changedClaims: [{ claimId: 'claim-1', now: 'Unemployment fell by *4%*.' }],
    };
    const report = toMarkdown(bundle, { locale });
    expect(report).toContain(
      [
        '> Unemployment fell by 40% last year.',
        '',
        line,
        '',
        '> Unemployment fell by \\*4%\\*.',
        '',
        locale === 'fr' ? '**Verdict :**' : '**Verdict:**',
      ].join('\n'),
    );
    expect(toMarkdown(fakeBundle(), { locale })).not.toContain(line);
  },
);
