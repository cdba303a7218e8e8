/**
 * The options page's ClaimReview publishing form: organisation name and web address, the
 * address pattern of each fact-check's own page, and the fact-checker's name. Each field has a
 * visible label and, when it fails the check, a message tied to it (aria-describedby); only a
 * value that passes is stored (extension/settings/claim-review-publisher.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  ClaimReviewPublisher,
  PublisherField,
  PublisherProblem,
} from '../../core/exchange/claim-review-publisher';
import type { MessageKey } from '../../components/i18n/messages';
import type { Translator } from '../../components/i18n/translate';
import { claimReviewPublisher, savePublisher } from '../settings/claim-review-publisher';

const EMPTY: ClaimReviewPublisher = {
  organisationName: '',
  organisationUrl: '',
  reviewUrlPattern: '',
  authorName: '',
};

const FIELDS: { field: PublisherField; label: MessageKey; type: 'text' | 'url'; hint?: MessageKey }[] = [
  { field: 'organisationName', label: 'publisherOrgName', type: 'text' },
  { field: 'organisationUrl', label: 'publisherOrgUrl', type: 'url' },
  { field: 'reviewUrlPattern', label: 'publisherReviewUrl', type: 'url', hint: 'publisherReviewUrlHint' },
  { field: 'authorName', label: 'publisherAuthor', type: 'text' },
];

const PROBLEMS: Record<PublisherProblem, MessageKey> = {
  empty: 'publisherEmpty',
  'too-long': 'publisherTooLong',
  'not-web-address': 'publisherNotWebAddress',
  'no-id-placeholder': 'publisherNoId',
};

type Problems = Partial<Record<PublisherField, PublisherProblem>>;

export function PublisherSettingsForm({ i18n }: { i18n: Translator }) {
  const { t } = i18n;
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void claimReviewPublisher.getValue().then((stored) => stored && setValues(stored));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = await savePublisher(values);
    if (checked.ok) {
      setValues(checked.value);
      setProblems({});
      setMessage(t('publisherSaved'));
    } else {
      setProblems(checked.problems);
      setMessage(t('publisherInvalid'));
    }
  };

  return (
    <section aria-labelledby="publisher-title" data-testid="publisher-settings">
      <h2 id="publisher-title">{t('publisherTitle')}</h2>
      <p>{t('publisherIntro')}</p>
      {/* The browser's own validation would speak its language, not the page's: ours checks. */}
      <form class="fm-desk-form" noValidate onSubmit={(event) => void save(event)}>
        {FIELDS.map(({ field, label, type, hint }) => {
          const problem = problems[field];
          const described = [hint && `publisher-${field}-hint`, problem && `publisher-${field}-problem`]
            .filter(Boolean)
            .join(' ');
          return (
            <div key={field} class="fm-field">
              <label for={`publisher-${field}`}>{t(label)}</label>
              <input
                id={`publisher-${field}`}
                name={field}
                // Plain text with a URL keyboard: the browser's own URL check would speak its language.
                inputMode={type === 'url' ? 'url' : undefined}
                spellcheck={type === 'url' ? false : undefined}
                value={values[field]}
                required={field !== 'authorName'}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={described || undefined}
                onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
              />
              {hint && (
                <small id={`publisher-${field}-hint`} class="fm-hint">
                  {t(hint)}
                </small>
              )}
              {problem && (
                <small
                  id={`publisher-${field}-problem`}
                  class="fm-field-problem fm-error"
                  data-testid="publisher-problem"
                >
                  {t(PROBLEMS[problem])}
                </small>
              )}
            </div>
          );
        })}
        <div class="fm-actions">
          <button type="submit" class="fm-button" data-testid="publisher-save">
            {t('publisherSave')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="publisher-message">
        {message}
      </p>
    </section>
  );
}
