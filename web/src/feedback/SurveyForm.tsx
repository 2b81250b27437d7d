import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { CheckboxField, TextAreaField } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type FeedbackRoundRecord,
  type FeedbackTopicName,
  feedbackTopics,
  useAnswerFeedback,
} from './use-feedback.ts';

type Scores = Partial<Record<FeedbackTopicName, number>>;
type Comments = Record<FeedbackTopicName, string>;

const noComments: Comments = { communication: '', support: '', commitments: '', overall: '' };

/** The four scores (1–5), a comment on each and, for a distributor, the confidentiality box. */
export function SurveyForm({
  distributorId,
  round,
  isDistributor,
}: {
  distributorId: string;
  round: FeedbackRoundRecord;
  isDistributor: boolean;
}) {
  const { t } = useTranslation();
  const answer = useAnswerFeedback(distributorId, round.id);
  const [scores, setScores] = useState<Scores>({});
  const [comments, setComments] = useState<Comments>(noComments);
  const [isConfidential, setConfidential] = useState(false);
  const [missing, setMissing] = useState<FeedbackTopicName[]>([]);
  // The server's field errors name a score by its pointer: #/scores/communication.
  const serverMissing =
    answer.error instanceof ApiError
      ? (answer.error.problem.errors ?? []).flatMap((error) =>
          feedbackTopics.filter((topic) => error.pointer === `#/scores/${topic}`),
        )
      : [];
  const invalid = new Set([...missing, ...serverMissing]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unscored = feedbackTopics.filter((topic) => scores[topic] === undefined);
    setMissing(unscored);
    const { communication, support, commitments, overall } = scores;
    if (
      communication === undefined ||
      support === undefined ||
      commitments === undefined ||
      overall === undefined
    ) {
      document.getElementById(`${formId}-${unscored[0]}-1`)?.focus();
      return;
    }
    answer.mutate({
      scores: { communication, support, commitments, overall },
      comments,
      commentsConfidential: isDistributor && isConfidential,
    });
  };
  const formId = useId();
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-legend`}>
      <h3 id={`${formId}-legend`}>{t('feedback.form.legend', { quarter: round.quarter })}</h3>
      <p className="muted">{t('feedback.form.scale')}</p>
      <ProblemAlert error={serverMissing.length > 0 ? null : answer.error} />
      {feedbackTopics.map((topic) => {
        const errorId = `${formId}-${topic}-error`;
        const isInvalid = invalid.has(topic);
        return (
          <div key={topic}>
            <fieldset
              className={`feedback-scores${isInvalid ? ' field-invalid' : ''}`}
              aria-describedby={isInvalid ? errorId : undefined}
            >
              <legend>{t(`feedback.topics.${topic}`)}</legend>
              <div className="feedback-scale">
                {[1, 2, 3, 4, 5].map((value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      id={`${formId}-${topic}-${value}`}
                      name={`${formId}-${topic}`}
                      value={value}
                      checked={scores[topic] === value}
                      aria-invalid={isInvalid ? true : undefined}
                      onChange={() => {
                        setScores((current) => ({ ...current, [topic]: value }));
                        setMissing((current) => current.filter((name) => name !== topic));
                      }}
                    />
                    {value}
                  </label>
                ))}
              </div>
              {isInvalid ? (
                <p className="field-error" id={errorId}>
                  {t('feedback.form.scoreMissing')}
                </p>
              ) : null}
            </fieldset>
            <TextAreaField
              label={t('feedback.form.comment', { topic: t(`feedback.topics.${topic}`) })}
              rows={2}
              maxLength={2000}
              value={comments[topic]}
              onChange={(event) => {
                const text = event.target.value;
                setComments((current) => ({ ...current, [topic]: text }));
              }}
            />
          </div>
        );
      })}
      {isDistributor ? (
        <CheckboxField
          label={t('feedback.form.confidential')}
          checked={isConfidential}
          onChange={(event) => setConfidential(event.target.checked)}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={answer.isPending}>
          {answer.isPending ? t('feedback.form.sending') : t('feedback.form.submit')}
        </button>
      </div>
    </form>
  );
}
