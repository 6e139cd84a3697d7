// Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.
// `<versus-card>` in preact's JSX: import type {} from 'versus-card/jsx-preact';
import type { VersusCardAttributes } from './versus.js';

declare global {
  namespace preact.JSX {
    interface IntrinsicElements {
      'versus-card': preact.JSX.HTMLAttributes<HTMLElement> & VersusCardAttributes;
    }
  }
}
