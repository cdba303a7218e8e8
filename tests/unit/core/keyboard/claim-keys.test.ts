import { describe, expect, test } from 'vitest';
import { navigationDirection } from '../../../../core/keyboard/claim-keys';

const press = (
  code: string,
  modifiers: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>,
) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('navigationDirection', () => {
  test('Alt+Shift+N is the next claim, Alt+Shift+P the previous one, by key position', () => {
    expect(navigationDirection(press('KeyN', { altKey: true, shiftKey: true }))).toBe(1);
    expect(navigationDirection(press('KeyP', { altKey: true, shiftKey: true }))).toBe(-1);
  });

  test('any other key or modifier set is not navigation', () => {
    expect(navigationDirection(press('KeyN', { altKey: true }))).toBeNull();
    expect(navigationDirection(press('KeyN', { shiftKey: true }))).toBeNull();
    expect(navigationDirection(press('KeyN', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(navigationDirection(press('KeyP', { altKey: true, shiftKey: true, metaKey: true }))).toBeNull();
    expect(navigationDirection(press('KeyM', { altKey: true, shiftKey: true }))).toBeNull();
  });
});
