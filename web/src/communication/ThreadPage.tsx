import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { useSession } from '../session/use-session.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { FilePicker } from './FilePicker.tsx';
import { fieldProblem, fieldProblems } from './problem-fields.ts';
import {
  attachmentUrl,
  type MessageRecord,
  useMarkRead,
  usePostMessage,
  useThread,
} from './use-communication.ts';
import './communication.css';

const writers = ['principal_admin', 'principal_manager', 'distributor_admin', 'distributor_member'];

/** /distributors/:id/communication/:threadId: the messages, their files, and a reply box. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = '', threadId = '' } = useParams();
  const distributor = useDistributor(id);
  const thread = useThread(id, threadId);
  const markRead = useMarkRead(id, threadId);
  const isUnread = thread.data?.unread ?? false;
  const { mutate: markAsRead } = markRead;
  useEffect(() => {
    if (isUnread) markAsRead();
  }, [isUnread, markAsRead]);
  usePageTitle(thread.data?.subject ?? t('communication.thread.title'));
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorBreadcrumbs
        distributor={distributor.data}
        parent={{ to: `/distributors/${id}/communication`, label: t('communication.title') }}
        current={thread.data?.subject ?? t('communication.thread.title')}
      />
      {thread.isPending || thread.isError ? (
        <QueryStatus query={thread} />
      ) : (
        <>
          <div className="page-header">
            <div>
              <h1>{thread.data.subject}</h1>
              <p className="muted">
                {t(`communication.priorities.${thread.data.priority}`)} ·{' '}
                {thread.data.participants.map((person) => person.name).join(', ')}
              </p>
            </div>
          </div>
          <ol className="messages" aria-label={t('communication.thread.messages')}>
            {thread.data.messages.map((message) => (
              <Message key={message.id} message={message} distributorId={id} threadId={threadId} />
            ))}
          </ol>
          <ReplyBox distributorId={id} threadId={threadId} />
        </>
      )}
    </div>
  );
}

function Message({
  message,
  distributorId,
  threadId,
}: {
  message: MessageRecord;
  distributorId: string;
  threadId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`message message-${message.author.side}`}>
      <div className="message-meta">
        <strong>{message.author.name}</strong>
        <span className="muted">
          {' '}
          · {t(`communication.sides.${message.author.side}`)} · {format.dateTime(message.createdAt)}
        </span>
      </div>
      <p className="message-body">{message.body}</p>
      {message.attachments.length ? (
        <ul className="attachments" aria-label={t('communication.files.attached')}>
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a href={attachmentUrl(distributorId, threadId, file.id)} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="muted">({format.fileSize(file.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ReplyBox({ distributorId, threadId }: { distributorId: string; threadId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const post = usePostMessage(distributorId, threadId);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [formKey, setFormKey] = useState(0);
  if (!writers.includes(me.role)) {
    return <p className="muted">{t('communication.thread.readOnly')}</p>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(
      { body, files },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
          // A fresh file input: a file input cannot be emptied by setting its value.
          setFormKey((key) => key + 1);
        },
      },
    );
  };
  return (
    <form key={formKey} className="card section reply-box" onSubmit={submit} noValidate>
      <h2>{t('communication.thread.reply')}</h2>
      <ProblemAlert error={post.error} />
      <TextAreaField
        label={t('communication.thread.replyLabel')}
        value={body}
        rows={4}
        required
        onChange={(event) => setBody(event.target.value)}
        error={fieldProblem(post.error, '#/body')}
      />
      <FilePicker files={files} onChange={setFiles} errors={fieldProblems(post.error, '#/files')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={post.isPending}>
          {post.isPending ? t('communication.newThread.sending') : t('communication.thread.send')}
        </button>
      </div>
    </form>
  );
}
