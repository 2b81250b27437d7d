// The body of a delivery in each format: Standard Webhooks JSON (`type`, `timestamp`, `data`), a
// Slack incoming-webhook message (`text` and Block Kit `blocks`), or a Microsoft Teams message
// carrying an Adaptive Card (what Teams workflows' "post to a channel when a webhook request is
// received" accepts). Chat messages are written in the workspace's words, in English.
import type { TFunction } from 'i18next';
import type { WebhookFormat } from '../db/types.ts';
import { eventSentence } from '../platform/event-text.ts';
import { pathOfEvent } from '../platform/events.ts';

export type EventForPayload = {
  id: string;
  type: string;
  workspaceId: string;
  distributorId: string | null;
  distributorName: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
};

/** The Standard Webhooks body: what a program receives. */
export function standardBody(stored: EventForPayload, publicUrl: string) {
  const path = pathOfEvent(stored);
  return {
    type: stored.type,
    timestamp: stored.occurredAt.toISOString(),
    data: {
      eventId: stored.id,
      workspaceId: stored.workspaceId,
      distributor:
        stored.distributorId && stored.distributorName
          ? { id: stored.distributorId, name: stored.distributorName }
          : null,
      subjectId: stored.subjectId,
      ...stored.data,
      url: path ? `${publicUrl}${path}` : null,
    },
  };
}

export function bodyFor(
  format: WebhookFormat,
  stored: EventForPayload,
  context: { publicUrl: string; t: TFunction },
): Record<string, unknown> {
  if (format === 'standard') return standardBody(stored, context.publicUrl);
  const path = pathOfEvent(stored);
  return chatBody(format, eventSentence(stored, context.t), {
    url: path ? `${context.publicUrl}${path}` : context.publicUrl,
    label: context.t('open'),
  });
}

/** A chat message: Slack's `text` and `blocks`, or a Teams message with an Adaptive Card. */
export function chatBody(
  format: 'slack' | 'teams',
  sentence: string,
  link: { url: string; label: string } | null,
): Record<string, unknown> {
  if (format === 'slack') {
    const button = link && {
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: link.label }, url: link.url }],
    };
    return {
      text: sentence,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: sentence } },
        ...(button ? [button] : []),
      ],
    };
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: 'Liaison', weight: 'Bolder', size: 'Small', isSubtle: true },
            { type: 'TextBlock', text: sentence, wrap: true },
          ],
          actions: link ? [{ type: 'Action.OpenUrl', title: link.label, url: link.url }] : [],
        },
      },
    ],
  };
}
