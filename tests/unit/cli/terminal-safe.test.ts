import { expect, test } from 'vitest';
import { terminalSafe } from '../../../cli/terminal-safe';

test.each([
  ['an ANSI colour and title change', 'note \u001b[31mred\u001b]0;pwned\u0007', 'note [31mred]0;pwned'],
  ['a C1 control sequence introducer', 'a\u009b2Jb', 'a2Jb'],
  ['NUL, DEL and backspaces', 'x\u0000y\u007fz\b', 'xyz'],
  ['tabs, line ends and text in any script', 'a\tb\r\nç “é” 😀\n', 'a\tb\r\nç “é” 😀\n'],
])('strips %s', (_name, text, expected) => {
  expect(terminalSafe(text)).toBe(expected);
});
