// Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.
// `<versus-card>` in react's JSX: import type {} from 'versus-card/jsx-react';
import type * as React from 'react';
import type { VersusCardAttributes } from './versus.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'versus-card': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & VersusCardAttributes;
    }
  }
}
