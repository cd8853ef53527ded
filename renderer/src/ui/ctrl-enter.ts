// Ctrl+Enter (⌘+Enter) submits a form from any of its fields; Enter alone stays a new line in a
// text area. Not while an input method is composing (Enter then picks the characters).
import type { KeyboardEvent } from 'react';

export function onCtrlEnter(submit: () => unknown): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };
}
