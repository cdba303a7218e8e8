import { expect, test } from 'vitest';
import { publishedTimeOf, siteNameOf } from '../../../../core/article/page-metadata';
import { parse } from './fixtures';

test.each([
  ['', '2024-01-02', '2024-01-02'],
  ['<meta property="article:published_time" content="2024-05-06T07:00:00Z">', null, '2024-05-06T07:00:00Z'],
  ['<meta itemprop="datePublished" content="2024-05-07">', undefined, '2024-05-07'],
  ['<time datetime="2024-05-08T09:00">8 May</time>', null, '2024-05-08T09:00'],
  ['<time>8 May</time>', null, null],
])('publishedTimeOf %s', (html, fromReadability, expected) => {
  expect(publishedTimeOf(parse(`<html><body>${html}</body></html>`), fromReadability)).toBe(expected);
});

test.each([
  ['', 'Le Monde', 'Le Monde'],
  ['<meta property="og:site_name" content="Meridian Wire">', null, 'Meridian Wire'],
  ['<meta name="application-name" content="Nasuba">', '  ', 'Nasuba'],
  ['', null, null],
])('siteNameOf %s', (html, fromReadability, expected) => {
  expect(siteNameOf(parse(`<html><head>${html}</head></html>`), fromReadability)).toBe(expected);
});
