// Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.
// `<versus-card>` in solid-js's JSX: import type {} from 'versus-card/jsx-solid-js';
import 'solid-js';
import type { VersusCardAttributes } from './versus.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'versus-card': HTMLAttributes<HTMLElement> & VersusCardAttributes;
    }
  }
}
