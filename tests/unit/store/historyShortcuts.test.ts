import { describe, expect, it } from 'vitest';
import { commandOf, type KeyPress } from '../../../src/ui/workspace/shortcuts.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inEditable: false,
  ...extra,
});

describe('undo/redo keyboard commands', () => {
  it('maps the usual shortcuts on every platform', () => {
    expect(commandOf(press('z', { ctrlKey: true }))).toBe('undo');
    expect(commandOf(press('z', { metaKey: true }))).toBe('undo');
    expect(commandOf(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(commandOf(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(commandOf(press('y', { ctrlKey: true }))).toBe('redo');
    expect(commandOf(press('Delete'))).toBe('delete');
    expect(commandOf(press('Backspace'))).toBe('delete');
  });
  it('leaves keys alone in text fields, with Alt, and for other keys', () => {
    expect(commandOf(press('z', { ctrlKey: true, inEditable: true }))).toBeNull();
    expect(commandOf(press('Delete', { inEditable: true }))).toBeNull();
    expect(commandOf(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandOf(press('z'))).toBeNull();
    expect(commandOf(press('y', { metaKey: true }))).toBeNull();
    expect(commandOf(press('Delete', { ctrlKey: true }))).toBeNull();
  });
});
