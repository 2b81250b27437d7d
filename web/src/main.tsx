// First: the session and instance requests leave before the rest of the app is evaluated.
import './app/boot-requests.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { applyUserLocale } from './app/i18n.ts';
import './app/base.css';
import './shell/shell.css';
import './app/forms.css';
import './app/tables.css';
import './app/badges.css';
import './app/cards.css';
import './session/session.css';
import './distributors/distributors.css';
import './members/members.css';
import './outbox/outbox.css';
import './audit/audit.css';
import './app/blocks.css';
import './cadence/cadence.css';
import './notifications/notifications.css';
import './webhooks/webhooks.css';
import './app/responsive.css';

const root = document.getElementById('root');
// Before anyone signs in (the sign-in and invitation pages), the browser's language.
await applyUserLocale(navigator.language || 'en');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
