// How the two companies talk: meetings, channels, language, and how fast each side answers.
import { useTranslation } from 'react-i18next';
import { channels, meetingKinds } from '../../../../src/charter/charter.content.ts';
import { useFormat } from '../../format/use-format.ts';
import { ChoiceList, ClauseInput, NumberInput, TextAreaInput, TextInput } from './inputs.tsx';
import { inOrder } from './rows.ts';
import { InRow } from './section-context.tsx';
import type { CharterContent } from './types.ts';

type Communication = CharterContent['communication'];

const usualMinutes = { weekly: 30, monthly: 60, quarterly: 120, annual: 240 } as const;

export function CommunicationEditor({
  value,
  onChange,
}: {
  value: Communication;
  onChange: (value: Communication) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (changes: Partial<Communication>) => onChange({ ...value, ...changes });
  return (
    <div className="form-grid">
      <div className="span-2">
        <table className="table table-compact editor-table">
          <caption>{t('charterEditor.communication.meetings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charterEditor.communication.meeting')}</th>
              <th scope="col">{t('charterEditor.communication.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {meetingKinds.map((kind) => {
              const index = value.meetings.findIndex((meeting) => meeting.kind === kind);
              const meeting = value.meetings[index];
              const label = t(`charterEditor.communication.kind.${kind}`);
              return (
                <tr key={kind}>
                  <InRow label={label}>
                    <td>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={meeting !== undefined}
                          onChange={(event) =>
                            set({
                              meetings: event.target.checked
                                ? inOrder(
                                    [...value.meetings, { kind, minutes: usualMinutes[kind] }],
                                    'kind',
                                    meetingKinds,
                                  )
                                : value.meetings.filter((item) => item.kind !== kind),
                            })
                          }
                        />
                        {label}
                      </label>
                    </td>
                    <td>
                      {meeting ? (
                        <NumberInput
                          path={`meetings/${index}/minutes`}
                          label={t('charterEditor.communication.minutes')}
                          min={10}
                          max={480}
                          value={meeting.minutes}
                          onChange={(minutes) =>
                            set({
                              meetings: value.meetings.map((item) =>
                                item.kind === kind ? { ...item, minutes } : item,
                              ),
                            })
                          }
                        />
                      ) : (
                        <span className="muted">{t('charterEditor.communication.noMeeting')}</span>
                      )}
                    </td>
                  </InRow>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChoiceList
        path="channels"
        label={t('charterEditor.communication.channels')}
        options={channels}
        optionLabel={(channel) => t(`channel.${channel}`)}
        value={value.channels}
        onChange={(next) => set({ channels: next })}
      />
      <TextInput
        path="workingLanguage"
        label={t('charterEditor.communication.workingLanguage')}
        hint={
          value.workingLanguage.trim()
            ? format.language(value.workingLanguage.trim())
            : t('charterEditor.communication.workingLanguageHint')
        }
        maxLength={35}
        value={value.workingLanguage}
        onChange={(workingLanguage) => set({ workingLanguage })}
      />
      <NumberInput
        path="notesDueHours"
        label={t('charterEditor.communication.notesDueHours')}
        min={1}
        max={2160}
        value={value.notesDueHours}
        onChange={(notesDueHours) => set({ notesDueHours })}
      />
      <TextAreaInput
        path="translationRule"
        label={t('charterEditor.communication.translationRule')}
        maxLength={1000}
        value={value.translationRule}
        onChange={(translationRule) => set({ translationRule })}
      />
      <fieldset className="span-2 inline-fields">
        <legend>{t('charterEditor.communication.responseHours')}</legend>
        {(['urgent', 'high', 'normal'] as const).map((urgency) => (
          <NumberInput
            key={urgency}
            path={`responseHours/${urgency}`}
            label={t(`charterEditor.communication.urgency.${urgency}`)}
            min={1}
            max={2160}
            value={value.responseHours[urgency]}
            onChange={(hours) =>
              set({ responseHours: { ...value.responseHours, [urgency]: hours } })
            }
          />
        ))}
      </fieldset>
      <ClauseInput value={value.clause} onChange={(clause) => set({ clause })} />
    </div>
  );
}
